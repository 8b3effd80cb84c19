import { el, round } from './dom.js';

/* 'ok', 'part' or 'bad': the class of a feedback box and of the verdict word. */
export function verdict(score) { return score >= 1 ? 'ok' : score > 0 ? 'part' : 'bad'; }
export function verdictWord(score, L) {
  var kind = verdict(score);
  return kind === 'ok' ? L.correct : kind === 'part' ? L.partlyCorrect + ' (' + round(score) + ')' : L.incorrect;
}

/* Practice feedback: the verdict first, then the chosen options' notes, the answer, the explanation. */
export function showFeedback(item, box, result, revealed, L) {
  box.textContent = '';
  box.className = 'feedback ' + verdict(result.score);
  box.appendChild(el('p', { class: 'status' }, verdictWord(result.score, L) + L.fullStop));
  result.picks.forEach(function (i) {
    var note = item.optionFeedback && item.optionFeedback[i];
    if (note) box.appendChild(el('p', {}, note));
  });
  box.appendChild(el('p', {}, L.answer + '：' + item.answerText.join('\n')));
  item.explanation.split(/\n\n/).forEach(function (para) { box.appendChild(el('p', {}, para)); });
  if (revealed) box.appendChild(el('p', { class: 'hint' }, L.revealed));
}

export function setLocked(section, locked) {
  Array.prototype.forEach.call(section.querySelectorAll('input, select'), function (c) { c.disabled = locked; });
}
