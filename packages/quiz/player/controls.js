import { el, fmt, letter } from './dom.js';

/* The form controls of each item type: real inputs and selects with labels, named q<n>, q<n>-g<gap>, q<n>-m<i>, q<n>-p<i>. */
function choiceControls(item, q, box, L) {
  var type = item.type === 'multiple' ? 'checkbox' : 'radio';
  var options = item.type === 'true-false' ? [{ text: L.trueLabel }, { text: L.falseLabel }] : item.options;
  options.forEach(function (option, i) {
    var label = el('label', { class: 'choice' });
    label.appendChild(el('input', { type: type, name: q, id: q + '-o' + i, value: String(i) }));
    label.appendChild(el('span', { class: 'text' }, letter(i) + '. ' + option.text));
    box.appendChild(label);
  });
}
function textInput(q, labelText) {
  return el('input', { type: 'text', name: q, id: q, autocomplete: 'off', 'aria-label': labelText });
}
function select(name, labelText, choices, L) {
  var node = el('select', { name: name, id: name, 'aria-label': labelText });
  node.appendChild(el('option', { value: '' }, L.choose));
  choices.forEach(function (text, i) { node.appendChild(el('option', { value: String(i) }, text)); });
  return node;
}

/* Ordering refuses a position twice: picking a taken position swaps the two entries. */
function orderingSelects(item, q, box, status, L) {
  var selects = item.entries.map(function (text, i) {
    var row = el('div', { class: 'row' });
    var positions = item.entries.map(function (_, j) { return String(j + 1); });
    var node = select(q + '-p' + i, L.position + ' — ' + text, positions, L);
    node.dataset.previous = '';
    row.appendChild(node);
    row.appendChild(el('label', { class: 'text', for: q + '-p' + i }, letter(i) + '. ' + text));
    box.appendChild(row);
    return node;
  });
  selects.forEach(function (node) {
    node.addEventListener('change', function () {
      var other = selects.filter(function (s) { return s !== node && s.value !== '' && s.value === node.value; })[0];
      if (other) {
        other.value = node.dataset.previous;
        other.dataset.previous = other.value;
        status.textContent = L.duplicatePosition;
      } else status.textContent = '';
      node.dataset.previous = node.value;
    });
  });
}

export function renderControls(item, q, box, status, L) {
  switch (item.type) {
    case 'single': case 'multiple': case 'true-false':
      return choiceControls(item, q, box, L);
    case 'numeric': case 'short': {
      var row = el('div', { class: 'row' });
      row.appendChild(el('label', { for: q }, L.yourAnswer));
      row.appendChild(textInput(q, L.yourAnswer));
      if (item.unit) row.appendChild(el('span', { class: 'text' }, item.unit));
      if (item.type === 'numeric') row.querySelector('input').setAttribute('inputmode', 'decimal');
      return box.appendChild(row);
    }
    case 'cloze': {
      var para = el('div', { class: 'cloze' });
      item.segments.forEach(function (s) {
        if (s.text !== undefined) para.appendChild(document.createTextNode(s.text));
        else para.appendChild(textInput(q + '-g' + s.gap, fmt(L.gap, { n: s.gap })));
      });
      return box.appendChild(para);
    }
    case 'matching':
      return item.left.forEach(function (text, i) {
        var row = el('div', { class: 'row' });
        row.appendChild(el('label', { class: 'text', for: q + '-m' + i }, (i + 1) + '. ' + text));
        row.appendChild(select(q + '-m' + i, text, item.right.map(function (r, j) { return letter(j) + '. ' + r; }), L));
        box.appendChild(row);
      });
    case 'ordering':
      return orderingSelects(item, q, box, status, L);
  }
}
