/* Lectern quiz player. Static: never built from content. Reads the quiz from the JSON data block and builds
   the page with DOM calls and textContent only, so no content is ever parsed as HTML. The key is held as
   salted SHA-256 hashes (see key-hashes.ts): a response is right when its hash is in the key. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('quiz-data').textContent);
  var L = data.labels;
  var exam = data.mode === 'exam';
  var form = document.getElementById('quiz-form');
  var scoreBox = document.getElementById('quiz-score');
  var startedAt = new Date().toISOString();

  /* SHA-256 (FIPS 180-4) over UTF-8, hex. Synchronous, so it works on file:// pages too. */
  var K = [];
  (function () {
    var n = 2, found = 0;
    while (found < 64) {
      var prime = true;
      for (var d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
      if (prime) { K[found++] = (Math.pow(n, 1 / 3) % 1) * 4294967296 | 0; }
      n++;
    }
  })();
  function sha256(text) {
    var bytes = new TextEncoder().encode(text);
    var len = bytes.length, words = [], i;
    var total = ((len + 9 + 63) >> 6) << 4;
    for (i = 0; i < total; i++) words[i] = 0;
    for (i = 0; i < len; i++) words[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
    words[len >> 2] |= 0x80 << (24 - (len % 4) * 8);
    words[total - 1] = len * 8;
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = [];
    for (var j = 0; j < total; j += 16) {
      var a = h[0], b = h[1], c = h[2], d2 = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (i = 0; i < 64; i++) {
        if (i < 16) w[i] = words[j + i] | 0;
        else {
          var x = w[i - 15], y = w[i - 2];
          var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
          var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
          w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
        }
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        hh = g; g = f; f = e; e = (d2 + t1) | 0; d2 = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d2) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
    }
    return h.map(function (v) { return ('00000000' + (v >>> 0).toString(16)).slice(-8); }).join('');
  }
  function keyHash(salt, parts) { return sha256([salt].concat(parts).join('|')).slice(0, 32); }
  /* Mirrors normalizeAnswer in util/answer-match.ts (a test runs both over the same strings). */
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  function fold(text) {
    var folded = String(text).normalize('NFKC').toLowerCase().replace(/[\p{P}`^~]/gu, ' ').replace(/\s+/g, ' ').trim();
    return CJK.test(folded) ? folded.replace(/ /g, '') : folded;
  }
  /* Mirrors matchesPattern in util/answer-match.ts: `*` stands for any text. */
  function matchesPattern(pattern, response) {
    var parts = String(pattern).split('*').map(function (p) { return fold(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    return new RegExp('^' + parts.join('.*') + '$', 'u').test(fold(response));
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }
  function letter(i) {
    var label = '';
    for (var n = i; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(65 + (n % 26)) + label;
    return label;
  }
  function round(n) { return Math.round(n * 100) / 100; }
  function field(name) { return form.elements.namedItem(name); }
  function value(name) { var f = field(name); return f ? f.value : ''; }

  function choiceControls(item, q, box) {
    var type = item.type === 'multiple' ? 'checkbox' : 'radio';
    var options = item.type === 'true-false' ? [{ text: L.trueLabel }, { text: L.falseLabel }] : item.options;
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

  /* Ordering refuses a position twice: picking a taken position swaps the two entries. */
  function orderingSelects(item, q, box, status) {
    var selects = item.entries.map(function (text, i) {
      var row = el('div', { class: 'row' });
      var positions = item.entries.map(function (_, j) { return String(j + 1); });
      var node = select(q + '-p' + i, L.position + ' — ' + text, positions);
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

  function renderControls(item, q, box, status) {
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
        return orderingSelects(item, q, box, status);
    }
  }

  /* The learner's response as data (for results files) and its score in [0, 1] against the hashed key. */
  function grade(item, q) {
    var k = item.key, s = item.salt;
    var hit = function (list, parts) { return list.indexOf(keyHash(s, parts)) >= 0; };
    var share = function (flags) { return flags.length ? flags.filter(Boolean).length / flags.length : 0; };
    switch (item.type) {
      case 'single': {
        var pick = checked(q)[0];
        if (pick === undefined) return { response: '', score: 0, picks: [] };
        return { response: item.options[pick].id, score: keyHash(s, [pick]) === k.one ? 1 : 0, picks: [pick] };
      }
      case 'true-false': {
        var tf = checked(q)[0];
        if (tf === undefined) return { response: '', score: 0, picks: [] };
        var said = tf === 0 ? 'true' : 'false';
        return { response: said, score: keyHash(s, [said]) === k.one ? 1 : 0, picks: [tf] };
      }
      case 'multiple': {
        var picks = checked(q), got = 0;
        picks.forEach(function (i) { got += keyHash(s, [i, 1]) === k.each[i] ? 1 / k.right : -1 / (k.wrong || 1); });
        return {
          response: picks.map(function (i) { return item.options[i].id; }),
          score: Math.max(0, Math.min(1, got)),
          picks: picks,
        };
      }
      case 'numeric': {
        var raw = value(q).normalize('NFKC').replace(/[,\s]/g, '');
        var n = raw === '' ? NaN : Number(raw);
        var form2 = k.grid ? 'n:' + Math.round(n / k.grid) : 'v:' + String(n);
        return { response: raw, score: isFinite(n) && hit(k.any, [form2]) ? 1 : 0, picks: [] };
      }
      case 'short': {
        var typed = fold(value(q));
        var byPattern = typed !== '' && (item.patterns || []).some(function (p) { return matchesPattern(p, value(q)); });
        return { response: value(q), score: typed !== '' && (byPattern || hit(k.any, [typed])) ? 1 : 0, picks: [] };
      }
      case 'cloze': {
        var gaps = item.segments.filter(function (g) { return g.gap !== undefined; });
        return {
          response: gaps.map(function (g) { return value(q + '-g' + g.gap); }),
          score: share(gaps.map(function (g, i) {
            var t = fold(value(q + '-g' + g.gap));
            return t !== '' && hit(k.gaps[i], [g.gap, t]);
          })),
          picks: [],
        };
      }
      case 'matching': case 'ordering': {
        var prefix = item.type === 'matching' ? '-m' : '-p';
        var values = k.each.map(function (_, i) { return value(q + prefix + i); });
        return {
          response: values,
          score: share(values.map(function (v, i) {
            if (v === '') return false;
            return keyHash(s, [i, item.type === 'matching' ? Number(v) : Number(v) + 1]) === k.each[i];
          })),
          picks: [],
        };
      }
    }
    return { response: '', score: 0, picks: [] };
  }

  function verdict(score) { return score >= 1 ? 'ok' : score > 0 ? 'part' : 'bad'; }
  function verdictWord(score) {
    var kind = verdict(score);
    return kind === 'ok' ? L.correct : kind === 'part' ? L.partlyCorrect + ' (' + round(score) + ')' : L.incorrect;
  }

  /* Practice feedback: the verdict first, then the chosen options' notes, the answer, the explanation. */
  function showFeedback(item, box, result, revealed) {
    box.textContent = '';
    box.className = 'feedback ' + verdict(result.score);
    box.appendChild(el('p', { class: 'status' }, verdictWord(result.score) + L.fullStop));
    result.picks.forEach(function (i) {
      var note = item.optionFeedback && item.optionFeedback[i];
      if (note) box.appendChild(el('p', {}, note));
    });
    box.appendChild(el('p', {}, L.answer + '：' + item.answerText.join('\n')));
    item.explanation.split(/\n\n/).forEach(function (para) { box.appendChild(el('p', {}, para)); });
    if (revealed) box.appendChild(el('p', { class: 'hint' }, L.revealed));
  }

  function setLocked(section, locked) {
    Array.prototype.forEach.call(section.querySelectorAll('input, select'), function (c) { c.disabled = locked; });
  }

  if (exam) {
    var intro = el('div', { class: 'intro' });
    intro.appendChild(el('p', {}, L.examIntro));
    var nameRow = el('div', { class: 'row' });
    nameRow.appendChild(el('label', { for: 'learner-name' }, L.learnerName));
    nameRow.appendChild(el('input', { type: 'text', id: 'learner-name', name: 'learner-name', autocomplete: 'name' }));
    intro.appendChild(nameRow);
    form.appendChild(intro);
  }

  var states = data.items.map(function (item, index) {
    var q = 'q' + (index + 1);
    var section = el('section', { class: 'item', id: q + '-item', 'aria-labelledby': q + '-legend' });
    var fieldset = el('fieldset');
    var legend = el('legend', { id: q + '-legend' });
    legend.appendChild(el('span', { class: 'num' }, fmt(L.questionN, { n: index + 1 })));
    legend.appendChild(el('span', { class: 'text' }, item.stem));
    fieldset.appendChild(legend);
    if (item.type === 'single') fieldset.appendChild(el('p', { class: 'visually-hidden' }, L.chooseOne));
    if (item.type === 'multiple') fieldset.appendChild(el('p', { class: 'hint' }, L.chooseAll));
    if (item.type === 'ordering') fieldset.appendChild(el('p', { class: 'hint' }, L.orderSelectHint));
    var status = el('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
    renderControls(item, q, fieldset, status);
    fieldset.appendChild(status);
    section.appendChild(fieldset);
    var feedback = el('div', { class: 'feedback', id: q + '-feedback', 'aria-live': 'polite' });
    var state = { item: item, q: q, section: section, feedback: feedback, score: null, ms: 0, since: 0 };
    section.addEventListener('focusin', function () { if (!state.since) state.since = Date.now(); });
    section.addEventListener('focusout', function () {
      if (state.since) { state.ms += Date.now() - state.since; state.since = 0; }
    });
    if (!exam) {
      var actions = el('div', { class: 'actions' });
      var check = el('button', { type: 'button', 'aria-describedby': q + '-legend' }, L.check);
      var retry = el('button', { type: 'button', hidden: '' }, L.retry);
      check.addEventListener('click', function () {
        var r = grade(item, q);
        // Note: the first check counts; after the answer is shown the score no longer changes.
        var revealed = state.score !== null;
        if (!revealed) state.score = r.score;
        showFeedback(item, feedback, r, revealed);
        setLocked(section, true);
        check.hidden = true;
        retry.hidden = false;
        retry.focus();
      });
      retry.addEventListener('click', function () {
        setLocked(section, false);
        feedback.textContent = '';
        feedback.className = 'feedback';
        retry.hidden = true;
        check.hidden = false;
        var first = section.querySelector('input, select');
        if (first) first.focus();
      });
      actions.appendChild(check);
      actions.appendChild(retry);
      section.appendChild(actions);
    }
    section.appendChild(feedback);
    form.appendChild(section);
    return state;
  });

  var footer = el('div', { class: 'footer' });
  var submit = el('button', { type: 'submit', class: 'primary' }, L.submit);
  footer.appendChild(submit);
  var reset = el('button', { type: 'button' }, L.reset);
  if (!exam) footer.appendChild(reset);
  form.appendChild(footer);
  var report = el('div', { id: 'quiz-report' });
  form.parentNode.insertBefore(report, scoreBox.nextSibling);

  function results(rows) {
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
  function csv(rows) {
    var cell = function (v) {
      var t = typeof v === 'string' ? v : JSON.stringify(v);
      return /[",\n\r]/.test(t) || /^[=+\-@]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
    };
    var lines = [['item', 'id', 'type', 'response', 'correct', 'time_ms'].join(',')];
    rows.forEach(function (r, i) { lines.push([i + 1, r.id, r.type, r.response, r.correct, r.timeMs].map(cell).join(',')); });
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }
  function downloadLink(text, type, fileName, label) {
    var a = el('a', { class: 'download', download: fileName, href: URL.createObjectURL(new Blob([text], { type: type })) }, label);
    return a;
  }
  function breakdown(title, rows, keyOf) {
    var groups = {};
    var order = [];
    rows.forEach(function (r, i) {
      var k = keyOf(data.items[i]);
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

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (submit.disabled) return;
    var rows = states.map(function (st) {
      var r = grade(st.item, st.q);
      var score = !exam && st.score !== null ? st.score : r.score;
      if (st.since) { st.ms += Date.now() - st.since; st.since = 0; }
      if (!exam) {
        // Practice: submitting shows every answer; a checked question keeps its first score.
        var revealed = st.score !== null;
        st.score = score;
        showFeedback(st.item, st.feedback, { score: score, picks: r.picks }, revealed);
      }
      return { id: st.item.id, type: st.item.type, response: r.response, correct: round(score), timeMs: st.ms };
    });
    var total = rows.reduce(function (sum, r) { return sum + r.correct; }, 0);
    scoreBox.textContent = fmt(L.score, { got: round(total), total: rows.length });
    report.textContent = '';
    if (exam) {
      // Answers are locked at submit; each item shows only its verdict and where to review it.
      submit.disabled = true;
      setLocked(form, true);
      states.forEach(function (st, i) {
        setLocked(st.section, true);
        st.feedback.className = 'feedback ' + verdict(rows[i].correct);
        st.feedback.textContent = '';
        st.feedback.appendChild(el('p', { class: 'status' }, verdictWord(rows[i].correct) + L.fullStop));
        var where = L.review + '：' + st.item.where + (st.item.slide ? ' · ' + fmt(L.slide, { n: st.item.slide }) : '');
        if (rows[i].correct < 1) st.feedback.appendChild(el('p', {}, where));
      });
      report.appendChild(el('p', { class: 'hint' }, L.submitted));
      var bySection = breakdown(L.bySection, rows, function (it) { return it.section; });
      var byObjective = breakdown(L.byObjective, rows, function (it) { return it.objective; });
      if (bySection) report.appendChild(bySection);
      if (byObjective) report.appendChild(byObjective);
    }
    var data2 = results(rows);
    var links = el('p', { class: 'downloads' });
    links.appendChild(downloadLink(JSON.stringify(data2, null, 2), 'application/json', 'results-' + data.narrativeId + '.json', L.downloadJson));
    links.appendChild(downloadLink(csv(rows), 'text/csv', 'results-' + data.narrativeId + '.csv', L.downloadCsv));
    report.appendChild(links);
    scoreBox.focus();
  });
  reset.addEventListener('click', function () {
    form.reset();
    states.forEach(function (st) {
      st.feedback.textContent = '';
      st.feedback.className = 'feedback';
      st.score = null;
      st.ms = 0;
      setLocked(st.section, false);
      Array.prototype.forEach.call(st.section.querySelectorAll('.actions button'), function (b, i) { b.hidden = i === 1; });
    });
    scoreBox.textContent = '';
    report.textContent = '';
  });
})();
