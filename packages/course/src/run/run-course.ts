import { buildDeckModel, type DeckModel, lintDeck } from '@lectern/deck/model';
import type { Finding, Narrative } from '@lectern/narrative';
import { type BuildRequest, DEFAULT_REQUEST } from '../request/build-request.js';
import { cutsFor } from '../request/cuts-for.js';
import { formsFindings } from '../outputs/forms-findings.js';
import { lmsFindings } from '../outputs/lms-findings.js';
import { isDeckFormat, type QuizFormat } from '../request/formats.js';
import { teachingSlides, withTeachingSlides } from '../slides/teaching-slides.js';
import { CourseMemo } from './course-memo.js';
import type { CourseDeck, CourseRun } from './course-run.js';

/**
 * The model stage of a build, which is all of `check`: the item bank, the quiz the request draws, the
 * checkpoints, every requested cut's deck (checkpoint slides placed), each item's teaching slide taken
 * from the decks as written, and the findings of the bank, the quiz and every deck. Pure; `memo` only
 * saves work between runs of a long-lived builder.
 * @throws LecternError `course/unknown-cut` when the request names a cut the narrative lacks
 */
export function runCourse(
  narrative: Narrative,
  request: BuildRequest = DEFAULT_REQUEST,
  memo = new CourseMemo(),
): CourseRun {
  const cuts = cutsFor(narrative, request.cuts);
  memo.slides.nextRun();
  const bank = memo.itemBank(narrative);
  const drawn = memo.quiz(bank, request.quiz, request.seed);
  const checkpoints = request.checkpoints
    ? memo.checkpoints(
        bank.items,
        narrative.sections.map((s) => s.id),
      )
    : [];
  const deckOf = (cut: string): DeckModel =>
    buildDeckModel(narrative, {
      cut,
      checkpoints,
      memo: memo.slides,
      ...(request.theme ? { theme: request.theme } : {}),
    });
  const decks: CourseDeck[] = cuts.map((cut) => {
    const deck = deckOf(cut);
    return { cut, deck, teaching: teachingSlides(deck, drawn.items) };
  });
  // Item slide numbers always refer to the full deck as written, built here when no cut asked for it.
  const full = decks.find((d) => d.cut === 'full')?.deck ?? deckOf('full');
  const quiz = withTeachingSlides(drawn, full);
  const parallel = memo.forms(bank, request.quiz, request.seed);
  const forms = parallel?.forms.map((form, i) => ({
    letter: parallel.letters[i] as string,
    quiz: withTeachingSlides(form, full),
  }));
  const quizFormats = request.formats.filter((f): f is QuizFormat => !isDeckFormat(f));
  const findings = unique([
    ...bank.findings,
    ...memo.lintQuiz(quiz.items),
    ...lmsFindings(quiz, quizFormats, request.quiz.lms),
    ...(parallel ? formsFindings(parallel) : []),
  ]);
  for (const { cut, deck } of decks) {
    for (const f of lintDeck(deck, narrative))
      findings.push(cut === 'full' ? f : { ...f, message: `[${cut}] ${f.message}` });
  }
  return {
    narrative,
    request,
    bank,
    quiz,
    ...(forms ? { forms } : {}),
    checkpoints,
    decks,
    findings: findings.map((f) => ({ ...f, narrative: narrative.id })),
  };
}

/** The bank and the quiz see the same items, so per-item findings would come twice. */
function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.rule, f.message, f.loc]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
