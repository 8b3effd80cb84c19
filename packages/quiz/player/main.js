import { el } from './dom.js';
import { formReader } from './form-reader.js';
import { examIntro, itemSection } from './item-section.js';
import { onReset, onSubmit } from './submit.js';

/*
 * Lectern quiz player. Static: never built from content. Reads the quiz from the JSON data block and builds the
 * page with DOM calls and textContent only, so no content is ever parsed as HTML. The key is held as salted
 * SHA-256 hashes (see key-hashes.ts): a response is right when its hash is in the key.
 */
var data = JSON.parse(document.getElementById('quiz-data').textContent);
var form = document.getElementById('quiz-form');
var page = {
  data: data,
  L: data.labels,
  exam: data.mode === 'exam',
  form: form,
  scoreBox: document.getElementById('quiz-score'),
  read: formReader(form),
  startedAt: new Date().toISOString(),
};

if (page.exam) examIntro(form, page.L);
var states = data.items.map(function (item, index) { return itemSection(item, index, page); });

var footer = el('div', { class: 'footer' });
var submit = el('button', { type: 'submit', class: 'primary' }, page.L.submit);
footer.appendChild(submit);
var reset = el('button', { type: 'button' }, page.L.reset);
if (!page.exam) footer.appendChild(reset);
form.appendChild(footer);
var report = el('div', { id: 'quiz-report' });
form.parentNode.insertBefore(report, page.scoreBox.nextSibling);

onSubmit(page, states, submit, report);
onReset(page, states, reset, report);
