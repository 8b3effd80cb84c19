/**
 * The script every served page loads: live reload, plus an error overlay (after Vite's) that shows a failed
 * rebuild over the open page — each problem with file:line:col, message and hint — and goes away with the next
 * good build. It builds the overlay with DOM calls and `textContent` only (content never becomes markup) and
 * styles it through CSSOM, which the pages' Content-Security-Policy allows.
 */
export function overlayScript(eventsPath: string): string {
  return `(() => {
  const failed = new Map();
  const css = (el, style) => { Object.assign(el.style, style); return el; };
  const make = (tag, text, style) => { const el = document.createElement(tag); if (text) el.textContent = text; return css(el, style || {}); };
  let box;
  function render() {
    if (box) { box.remove(); box = undefined; }
    if (failed.size === 0) return;
    box = make('div', '', { position: 'fixed', inset: '0', zIndex: '2147483647', background: 'rgba(0,0,0,0.66)', overflow: 'auto', padding: '4vh 4vw', boxSizing: 'border-box', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, "Noto Sans Mono CJK SC", monospace', fontSize: '14px', lineHeight: '1.5' });
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', 'Build failed');
    box.id = 'lectern-error-overlay';
    const panel = make('div', '', { background: '#1e1e1e', color: '#e8e8e8', borderTop: '6px solid #e5484d', borderRadius: '6px', padding: '20px 24px', maxWidth: '1000px', margin: '0 auto', boxShadow: '0 10px 40px rgba(0,0,0,0.5)' });
    const count = [...failed.values()].reduce((n, f) => n + f.problems.length, 0);
    panel.append(make('div', 'Build failed: the preview shows the last good build until these are fixed (' + count + ')', { color: '#ff8a8a', fontWeight: '700', fontSize: '16px', marginBottom: '12px' }));
    for (const f of failed.values()) {
      panel.append(make('div', f.narrative, { color: '#9ecbff', marginTop: '10px', fontWeight: '700' }));
      for (const p of f.problems) {
        const row = make('div', '', { margin: '8px 0 0 0', padding: '8px 10px', background: '#2a2a2a', borderRadius: '4px', whiteSpace: 'pre-wrap', wordBreak: 'break-word' });
        row.append(make('span', p.where, { color: '#ffd866' }), make('span', '  ' + p.severity + '  ', { color: p.severity === 'error' ? '#ff8a8a' : '#ffd866' }), make('span', p.message, {}));
        if (p.rule) row.append(make('span', '  ' + p.rule, { color: '#8b8b8b' }));
        if (p.hint) row.append(make('div', 'hint: ' + p.hint, { color: '#b5e0a0', marginTop: '4px' }));
        panel.append(row);
      }
    }
    panel.append(make('div', 'Save a fix and this closes by itself. Esc or a click outside hides it.', { color: '#8b8b8b', marginTop: '14px' }));
    box.append(panel);
    box.addEventListener('click', (e) => { if (e.target === box) { box.remove(); box = undefined; } });
    document.body.append(box);
  }
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && box) { box.remove(); box = undefined; } });
  const source = new EventSource(${JSON.stringify(eventsPath)});
  source.addEventListener('reload', () => location.reload());
  source.addEventListener('build-error', (e) => { const f = JSON.parse(e.data); failed.set(f.narrative, f); render(); });
  source.addEventListener('build-ok', (e) => { failed.delete(JSON.parse(e.data).narrative); render(); });
})();
`;
}
