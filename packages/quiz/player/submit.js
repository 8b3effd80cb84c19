import { el, fmt, round } from './dom.js';
import { setLocked, showFeedback, verdict, verdictWord } from './feedback.js';
import { grade } from './grade.js';
import { breakdown, csv, downloadLink, results } from './results.js';

/*
 * Submit grades every item and shows the score and the results downloads. Practice shows every answer (a checked
 * question keeps its first score). Exam locks every answer, shows each item's verdict and where to review it, and
 * the score by section and objective.
 */
export function onSubmit(page, states, submit, report) {
  var L = page.L, data = page.data, exam = page.exam;
  page.form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (submit.disabled) return;
    var rows = states.map(function (st) {
      var r = grade(st.item, st.q, page.read);
      var score = !exam && st.score !== null ? st.score : r.score;
      if (st.since) { st.ms += Date.now() - st.since; st.since = 0; }
      if (!exam) {
        var revealed = st.score !== null;
        st.score = score;
        showFeedback(st.item, st.feedback, { score: score, picks: r.picks }, revealed, L);
      }
      return { id: st.item.id, type: st.item.type, response: r.response, correct: round(score), timeMs: st.ms };
    });
    var total = rows.reduce(function (sum, r) { return sum + r.correct; }, 0);
    page.scoreBox.textContent = fmt(L.score, { got: round(total), total: rows.length });
    report.textContent = '';
    if (exam) {
      submit.disabled = true;
      setLocked(page.form, true);
      states.forEach(function (st, i) {
        setLocked(st.section, true);
        st.feedback.className = 'feedback ' + verdict(rows[i].correct);
        st.feedback.textContent = '';
        st.feedback.appendChild(el('p', { class: 'status' }, verdictWord(rows[i].correct, L) + L.fullStop));
        var where = L.review + '：' + st.item.where + (st.item.slide ? ' · ' + fmt(L.slide, { n: st.item.slide }) : '');
        if (rows[i].correct < 1) st.feedback.appendChild(el('p', {}, where));
      });
      report.appendChild(el('p', { class: 'hint' }, L.submitted));
      var bySection = breakdown(L.bySection, rows, function (it) { return it.section; }, data.items);
      var byObjective = breakdown(L.byObjective, rows, function (it) { return it.objective; }, data.items);
      if (bySection) report.appendChild(bySection);
      if (byObjective) report.appendChild(byObjective);
    }
    var file = results(data, page.startedAt, rows);
    var links = el('p', { class: 'downloads' });
    links.appendChild(downloadLink(JSON.stringify(file, null, 2), 'application/json', 'results-' + data.narrativeId + '.json', L.downloadJson));
    links.appendChild(downloadLink(csv(rows), 'text/csv', 'results-' + data.narrativeId + '.csv', L.downloadCsv));
    report.appendChild(links);
    page.scoreBox.focus();
  });
}

/* Start again (practice): clears every answer, feedback and score. */
export function onReset(page, states, reset, report) {
  reset.addEventListener('click', function () {
    page.form.reset();
    states.forEach(function (st) {
      st.feedback.textContent = '';
      st.feedback.className = 'feedback';
      st.score = null;
      st.ms = 0;
      setLocked(st.section, false);
      Array.prototype.forEach.call(st.section.querySelectorAll('.actions button'), function (b, i) { b.hidden = i === 1; });
    });
    page.scoreBox.textContent = '';
    report.textContent = '';
  });
}
