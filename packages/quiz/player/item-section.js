import { renderControls } from './controls.js';
import { el, fmt } from './dom.js';
import { setLocked, showFeedback } from './feedback.js';
import { grade } from './grade.js';

/* The exam's opening: what the mode means, and a field for the learner's name. */
export function examIntro(form, L) {
  var intro = el('div', { class: 'intro' });
  intro.appendChild(el('p', {}, L.examIntro));
  var nameRow = el('div', { class: 'row' });
  nameRow.appendChild(el('label', { for: 'learner-name' }, L.learnerName));
  nameRow.appendChild(el('input', { type: 'text', id: 'learner-name', name: 'learner-name', autocomplete: 'name' }));
  intro.appendChild(nameRow);
  form.appendChild(intro);
}

/*
 * One question as a section of the form: a fieldset whose legend is the stem, its controls, a live status line and
 * a feedback box; in practice also Check and Try again. Returns its state: the first check's score, time spent.
 */
export function itemSection(item, index, page) {
  var L = page.L;
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
  renderControls(item, q, fieldset, status, L);
  fieldset.appendChild(status);
  section.appendChild(fieldset);
  var feedback = el('div', { class: 'feedback', id: q + '-feedback', 'aria-live': 'polite' });
  var state = { item: item, q: q, section: section, feedback: feedback, score: null, ms: 0, since: 0 };
  section.addEventListener('focusin', function () { if (!state.since) state.since = Date.now(); });
  section.addEventListener('focusout', function () {
    if (state.since) { state.ms += Date.now() - state.since; state.since = 0; }
  });
  if (!page.exam) section.appendChild(practiceActions(state, page));
  section.appendChild(feedback);
  page.form.appendChild(section);
  return state;
}

/* Check (verdict, answer, explanation; the first check's score counts) and Try again. */
function practiceActions(state, page) {
  var L = page.L, item = state.item, q = state.q, section = state.section, feedback = state.feedback;
  var actions = el('div', { class: 'actions' });
  var check = el('button', { type: 'button', 'aria-describedby': q + '-legend' }, L.check);
  var retry = el('button', { type: 'button', hidden: '' }, L.retry);
  check.addEventListener('click', function () {
    var r = grade(item, q, page.read);
    // Note: the first check counts; after the answer is shown the score no longer changes.
    var revealed = state.score !== null;
    if (!revealed) state.score = r.score;
    showFeedback(item, feedback, r, revealed, L);
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
  return actions;
}
