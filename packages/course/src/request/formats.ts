/** Output formats `lectern build --formats` accepts; each names a set of files in the output layout. */
export const DECK_FORMATS = ['md', 'html', 'pdf', 'png', 'pptx', 'notes-pdf'] as const;
export const QUIZ_FORMATS = ['json', 'print', 'quizhtml', 'gift', 'moodle', 'qti', 'anki', 'kahoot', 'exam'] as const;
export const FORMATS = [...DECK_FORMATS, ...QUIZ_FORMATS] as const;
/** Formats that need a browser (Chromium) to produce. */
export const BROWSER_FORMATS = ['pdf', 'png', 'notes-pdf', 'exam'] as const;

/**
 * What `build` makes when no format is named: every format but `exam` (printed exam PDFs, which need a
 * browser; by name or with `--forms 2` or more), `kahoot` (by name: it reports every item it leaves out) and
 * `notes-pdf` (the speaker-notes PDF, by name).
 */
export const DEFAULT_FORMATS: readonly Format[] = FORMATS.filter(
  (f) => f !== 'exam' && f !== 'kahoot' && f !== 'notes-pdf',
);

export type DeckFormat = (typeof DECK_FORMATS)[number];
export type QuizFormat = (typeof QUIZ_FORMATS)[number];
export type Format = (typeof FORMATS)[number];

/** What each format writes, for help text and the README. */
export const FORMAT_FILES: Record<Format, string> = {
  md: 'deck/deck.md + theme-<name>.css',
  html: 'deck/deck.html',
  pdf: 'deck/deck.pdf with bookmarks per section (browser)',
  png: 'deck/slides/001.png… (browser)',
  pptx: 'deck/deck.pptx',
  'notes-pdf': 'deck/deck-notes.pdf: each slide with its speaker notes, A4 (browser; only when named)',
  json: 'quiz/quiz.json + quiz.schema.json + quiz-report.json/.md',
  print: 'quiz/quiz.md + answer-key.md',
  quizhtml: 'quiz/quiz.html (practice) + quiz-exam.html (exam)',
  gift: 'quiz/quiz.gift.txt',
  moodle: 'quiz/quiz.moodle.xml',
  qti: 'quiz/quiz.qti.zip',
  anki: 'quiz/quiz.anki.txt (Anki notes: recall items as cards)',
  kahoot: 'quiz/quiz.kahoot.xlsx (Kahoot spreadsheet: choice and true/false items; by name)',
  exam: 'quiz/exam.pdf + exam-key.pdf (printed exam with answer sheet, and its key; browser; by name or with --forms)',
};

export function isDeckFormat(format: Format): format is DeckFormat {
  return (DECK_FORMATS as readonly string[]).includes(format);
}

export function isBrowserFormat(format: Format): boolean {
  return (BROWSER_FORMATS as readonly string[]).includes(format);
}
