import { el, round } from './dom.js';

/* The results file: quiz, mode, learner, times and one row per item. */
export function results(data, startedAt, rows) {
  var name = document.getElementById('learner-name');
  return {
    format: 'lectern-quiz-results',
    version: 1,
    quiz: { narrativeId: data.narrativeId, title: data.title, seed: data.seed },
    mode: data.mode,
    learner: name ? name.value.trim() : '',
    startedAt: startedAt,
    submittedAt: new Date().toISOString(),
    items: rows,
  };
}

/* The same rows as CSV (BOM, CRLF; cells that a spreadsheet would run as formulas quoted). */
export function csv(rows) {
  var cell = function (v) {
    var t = typeof v === 'string' ? v : JSON.stringify(v);
    return /[",\n\r]/.test(t) || /^[=+\-@]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  };
  var lines = [['item', 'id', 'type', 'response', 'correct', 'time_ms'].join(',')];
  rows.forEach(function (r, i) { lines.push([i + 1, r.id, r.type, r.response, r.correct, r.timeMs].map(cell).join(',')); });
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
export function downloadLink(text, type, fileName, label) {
  var a = el('a', { class: 'download', download: fileName, href: URL.createObjectURL(new Blob([text], { type: type })) }, label);
  return a;
}
/* Score per group (section or objective) as a table; null when no item has a group. */
export function breakdown(title, rows, keyOf, items) {
  var groups = {};
  var order = [];
  rows.forEach(function (r, i) {
    var k = keyOf(items[i]);
    if (!k) return;
    if (!groups[k]) { groups[k] = { got: 0, n: 0 }; order.push(k); }
    groups[k].got += r.correct;
    groups[k].n += 1;
  });
  if (order.length === 0) return null;
  var table = el('table');
  table.appendChild(el('caption', {}, title));
  order.forEach(function (k) {
    var tr = el('tr');
    tr.appendChild(el('th', { scope: 'row' }, k));
    tr.appendChild(el('td', {}, round(groups[k].got) + ' / ' + groups[k].n));
    table.appendChild(tr);
  });
  return table;
}
