/* Lectern quiz player. Static: never built from content. Reads the quiz from the JSON data block and builds
   the page with DOM calls and textContent only, so no content is ever parsed as HTML. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('quiz-data').textContent);
  var L = data.labels;
  var form = document.getElementById('quiz-form');
  var scoreBox = document.getElementById('quiz-score');

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }
  function fold(text) {
    return String(text).normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  }
  function letter(i) {
    var label = '';
    for (var n = i; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(65 + (n % 26)) + label;
    return label;
  }
  function round(n) { return Math.round(n * 100) / 100; }
  function field(name) { return form.elements.namedItem(name); }

  function choiceControls(item, q, box) {
    var type = item.type === 'multiple' ? 'checkbox' : 'radio';
    var options = item.type === 'true-false'
      ? [{ text: L.trueLabel }, { text: L.falseLabel }]
      : item.options;
    options.forEach(function (option, i) {
      var label = el('label', { class: 'choice' });
      label.appendChild(el('input', { type: type, name: q, id: q + '-o' + i, value: String(i) }));
      label.appendChild(el('span', { class: 'text' }, letter(i) + '. ' + option.text));
      box.appendChild(label);
    });
  }
  function checked(q) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + q + '"]'), function (input) {
      return input.checked;
    }).map(function (input) { return Number(input.value); });
  }
  function textInput(q, labelText) {
    return el('input', { type: 'text', name: q, id: q, autocomplete: 'off', 'aria-label': labelText });
  }
  function select(name, labelText, choices) {
    var node = el('select', { name: name, id: name, 'aria-label': labelText });
    node.appendChild(el('option', { value: '' }, L.choose));
    choices.forEach(function (text, i) { node.appendChild(el('option', { value: String(i) }, text)); });
    return node;
  }

  function renderControls(item, q, box) {
    switch (item.type) {
      case 'single': case 'multiple': case 'true-false':
        return choiceControls(item, q, box);
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
          row.appendChild(select(q + '-m' + i, text, item.right.map(function (r, j) { return letter(j) + '. ' + r; })));
          box.appendChild(row);
        });
      case 'ordering':
        return item.entries.forEach(function (entry, i) {
          var row = el('div', { class: 'row' });
          var positions = item.entries.map(function (_, j) { return String(j + 1); });
          row.appendChild(select(q + '-p' + i, L.position + ' — ' + entry.text, positions));
          row.appendChild(el('label', { class: 'text', for: q + '-p' + i }, letter(i) + '. ' + entry.text));
          box.appendChild(row);
        });
    }
  }

  /** Score in [0, 1] plus the feedback of the chosen options. */
  function grade(item, q) {
    var value = function (name) { var f = field(name); return f ? f.value : ''; };
    var share = function (flags) {
      return flags.length ? flags.filter(Boolean).length / flags.length : 0;
    };
    switch (item.type) {
      case 'single': case 'true-false': {
        var pick = checked(q)[0];
        if (pick === undefined) return { score: 0, notes: [] };
        if (item.type === 'true-false') return { score: (pick === 0) === item.answer ? 1 : 0, notes: [] };
        var chosen = item.options[pick];
        return { score: chosen.correct ? 1 : 0, notes: chosen.feedback ? [chosen.feedback] : [] };
      }
      case 'multiple': {
        var picks = checked(q);
        var right = item.options.filter(function (o) { return o.correct; }).length;
        var wrong = item.options.length - right;
        var got = 0;
        picks.forEach(function (i) { got += item.options[i].correct ? 1 / right : -1 / (wrong || 1); });
        return {
          score: Math.max(0, Math.min(1, got)),
          notes: picks.map(function (i) { return item.options[i].feedback; }).filter(Boolean),
        };
      }
      case 'numeric': {
        var raw = value(q).normalize('NFKC').replace(/[,\s]/g, '');
        var n = raw === '' ? NaN : Number(raw);
        return { score: Math.abs(n - item.answer) <= item.tolerance + 1e-9 ? 1 : 0, notes: [] };
      }
      case 'short': {
        var typed = fold(value(q));
        return { score: typed && item.answers.some(function (a) { return fold(a) === typed; }) ? 1 : 0, notes: [] };
      }
      case 'cloze':
        return {
          score: share(item.segments.filter(function (s) { return s.gap !== undefined; }).map(function (s) {
            var typed = fold(value(q + '-g' + s.gap));
            return typed !== '' && s.answers.some(function (a) { return fold(a) === typed; });
          })),
          notes: [],
        };
      case 'matching':
        return { score: share(item.key.map(function (k, i) { return value(q + '-m' + i) === String(k); })), notes: [] };
      case 'ordering':
        return {
          score: share(item.entries.map(function (e, i) { return value(q + '-p' + i) === String(e.position - 1); })),
          notes: [],
        };
    }
    return { score: 0, notes: [] };
  }

  function showFeedback(item, box, result) {
    box.textContent = '';
    var kind = result.score >= 1 ? 'ok' : result.score > 0 ? 'part' : 'bad';
    box.className = 'feedback ' + kind;
    var status = kind === 'ok' ? L.correct : kind === 'part' ? L.partlyCorrect + ' (' + round(result.score) + ')' : L.incorrect;
    box.appendChild(el('p', { class: 'status' }, status));
    result.notes.forEach(function (note) { box.appendChild(el('p', {}, note)); });
    if (item.feedback) box.appendChild(el('p', {}, item.feedback));
    box.appendChild(el('p', {}, L.answer + '：' + item.answerText.join('\n')));
    box.appendChild(el('p', {}, L.rationale + '：' + item.rationale));
    box.appendChild(el('p', {}, L.source + '：' + item.where));
    box.appendChild(el('blockquote', {}, item.passage));
    if (item.slide) box.appendChild(el('p', {}, fmt(L.slide, { n: item.slide })));
  }

  var checks = data.items.map(function (item, index) {
    var q = 'q' + (index + 1);
    var section = el('section', { class: 'item', id: q + '-item', 'aria-labelledby': q + '-legend' });
    var fieldset = el('fieldset');
    var legend = el('legend', { id: q + '-legend' });
    legend.appendChild(el('span', { class: 'num' }, fmt(L.questionN, { n: index + 1 })));
    legend.appendChild(el('span', { class: 'text' }, item.stem));
    fieldset.appendChild(legend);
    if (item.type === 'single') fieldset.appendChild(el('p', { class: 'visually-hidden' }, L.chooseOne));
    if (item.type === 'multiple') fieldset.appendChild(el('p', { class: 'hint' }, L.chooseAll));
    renderControls(item, q, fieldset);
    section.appendChild(fieldset);
    var feedback = el('div', { class: 'feedback', id: q + '-feedback', 'aria-live': 'polite' });
    var actions = el('div', { class: 'actions' });
    var button = el('button', { type: 'button', 'aria-describedby': q + '-legend' }, L.check);
    var run = function () { var r = grade(item, q); showFeedback(item, feedback, r); return r.score; };
    button.addEventListener('click', run);
    actions.appendChild(button);
    section.appendChild(actions);
    section.appendChild(feedback);
    form.appendChild(section);
    return { run: run, feedback: feedback };
  });

  var footer = el('div', { class: 'footer' });
  footer.appendChild(el('button', { type: 'submit', class: 'primary' }, L.submit));
  var reset = el('button', { type: 'button' }, L.reset);
  footer.appendChild(reset);
  form.appendChild(footer);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var total = checks.reduce(function (sum, c) { return sum + c.run(); }, 0);
    scoreBox.textContent = fmt(L.score, { got: round(total), total: checks.length });
    scoreBox.focus();
  });
  reset.addEventListener('click', function () {
    form.reset();
    checks.forEach(function (c) { c.feedback.textContent = ''; c.feedback.className = 'feedback'; });
    scoreBox.textContent = '';
  });
})();
