/**
 * The script `measureRenderedSlides` runs in the page (a string: this package compiles without the DOM lib).
 * For each Marp slide it returns the layout class, where its content starts and ends, the top of the footer
 * band, and every place where something escapes: text or an image outside the slide box, body text reaching
 * into the footer band, a box that clips its own text (`overflow: hidden` with more content than room), a chart
 * label outside its chart, body text crossing the header or footer text. Coordinates are CSS px of the 1280×720 slide (its own scale divided out).
 */
export const SLIDE_BOXES_SCRIPT = `(() => {
  const SLACK = 1.5;
  const label = (el) => {
    const text = (el.textContent || '').replace(/\\s+/g, ' ').trim();
    const tag = el.tagName.toLowerCase();
    return text ? tag + ' "' + (text.length > 40 ? text.slice(0, 39) + '…' : text) + '"' : tag;
  };
  // Every slide sits in Marp's own <svg>: a chart is an <svg> inside the section.
  const inChart = (el, section) => { const svg = el.closest('svg'); return svg !== null && section.contains(svg); };
  const sections = [...document.querySelectorAll('div.marpit > svg[data-marpit-svg] > foreignObject > section')];
  return sections.map((section) => {
    const box = section.getBoundingClientRect();
    const scale = box.width / section.offsetWidth || 1;
    const y = (v) => (v - box.top) / scale;
    const x = (v) => (v - box.left) / scale;
    const width = section.offsetWidth;
    const height = section.offsetHeight;
    const style = getComputedStyle(section);
    const paddingTop = parseFloat(style.paddingTop) || 0;
    const paddingBottom = parseFloat(style.paddingBottom) || 0;
    const chrome = new Set([...section.querySelectorAll(':scope > footer, :scope > header')]);
    const inChrome = (node) => [...chrome].some((c) => c.contains(node));
    const footer = section.querySelector(':scope > footer');
    const footerBox = footer && footer.textContent.trim() ? footer.getBoundingClientRect() : undefined;
    // The band the footer and the page number sit in: from the footer's top (without one, the bottom padding) down.
    const band = footerBox ? y(footerBox.top) : height - paddingBottom;
    const problems = [];
    let top = Infinity;
    let bottom = -Infinity;
    const take = (rect, what, isText) => {
      if (rect.width < 0.5 || rect.height < 0.5) return;
      const t = y(rect.top), b = y(rect.bottom), l = x(rect.left), r = x(rect.right);
      top = Math.min(top, t);
      bottom = Math.max(bottom, b);
      if (t < -SLACK || l < -SLACK || r > width + SLACK || b > height + SLACK) {
        problems.push({ kind: 'outside', what, px: Math.round(Math.max(b - height, r - width, -t, -l)) });
      } else if (isText && b > band + SLACK) {
        problems.push({ kind: 'under-footer', what, px: Math.round(b - band) });
      }
    };
    const range = document.createRange();
    // Header and footer text: no body text may cross it.
    const chromeRects = [];
    for (const c of chrome) {
      const w = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        if (!n.textContent.trim()) continue;
        range.selectNodeContents(n);
        chromeRects.push(...range.getClientRects());
      }
    }
    const crosses = (r) => chromeRects.some((c) => r.left < c.right - SLACK && c.left < r.right - SLACK && r.top < c.bottom - SLACK && c.top < r.bottom - SLACK);
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim() || inChrome(node)) continue;
      const parent = node.parentElement;
      if (inChart(parent, section)) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        take(rect, label(parent), true);
        if (crosses(rect)) problems.push({ kind: 'overlap', what: label(parent), px: 0 });
      }
    }
    for (const el of section.querySelectorAll('img, svg, table, li')) {
      if (inChrome(el) || inChart(el.parentElement, section)) continue;
      take(el.getBoundingClientRect(), label(el), false);
    }
    for (const chart of section.querySelectorAll('svg')) {
      if (inChart(chart.parentElement, section)) continue;
      const c = chart.getBoundingClientRect();
      for (const text of chart.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.width < 0.5) continue;
        if (r.left < c.left - SLACK || r.right > c.right + SLACK || r.top < c.top - SLACK || r.bottom > c.bottom + SLACK) {
          problems.push({ kind: 'chart-label', what: label(text), px: Math.round(Math.max(c.left - r.left, r.right - c.right, c.top - r.top, r.bottom - c.bottom) / scale) });
        }
      }
    }
    for (const el of section.querySelectorAll('*')) {
      if (inChrome(el) || inChart(el, section)) continue;
      const s = getComputedStyle(el);
      // Sideways only: a CJK glyph's ink reaches a little above and below a tight line box, which clips nothing.
      if (s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push({ kind: 'clipped', what: label(el), px: el.scrollWidth - el.clientWidth });
    }
    // Fill: the share of the usable height (padding top to the footer band) the content spans.
    const fill = Number.isFinite(bottom) ? Math.max(0, Math.min(1, (Math.min(bottom, band) - Math.max(top, 0)) / (band - paddingTop))) : 0;
    return { className: section.className, fill, bottom: Number.isFinite(bottom) ? bottom : 0, band, problems };
  });
})()`;
