import type { Format } from '@lectern/course';

/** Which format writes an output file (path relative to `out/<id>/`); undefined for a file no format writes. */
const OWNERS: [pattern: RegExp, format: Format][] = [
  [/^deck[^/]*\/deck\.md$/, 'md'],
  [/^deck[^/]*\/theme-[^/]+\.css$/, 'md'],
  [/^deck[^/]*\/charts\/[^/]+\.svg$/, 'md'],
  [/^deck[^/]*\/deck\.html$/, 'html'],
  [/^deck[^/]*\/deck\.pdf$/, 'pdf'],
  [/^deck[^/]*\/deck-notes\.pdf$/, 'notes-pdf'],
  [/^deck[^/]*\/slides\/\d+\.png$/, 'png'],
  [/^deck[^/]*\/deck\.pptx$/, 'pptx'],
  [/^quiz\/(form-[a-z]\/)?quiz(\.schema)?\.json$/, 'json'],
  [/^quiz\/quiz-report\.(json|md)$/, 'json'],
  [/^quiz\/(form-[a-z]\/)?(quiz|answer-key)\.md$/, 'print'],
  [/^quiz\/(form-[a-z]\/)?quiz(-exam)?\.html$/, 'quizhtml'],
  [/^quiz\/(form-[a-z]\/)?quiz\.gift\.txt$/, 'gift'],
  [/^quiz\/(form-[a-z]\/)?quiz\.moodle\.xml$/, 'moodle'],
  [/^quiz\/(form-[a-z]\/)?quiz\.qti\.zip$/, 'qti'],
  [/^quiz\/(form-[a-z]\/)?quiz\.anki\.txt$/, 'anki'],
  [/^quiz\/(form-[a-z]\/)?quiz\.kahoot\.xlsx$/, 'kahoot'],
  [/^quiz\/(form-[a-z]\/)?exam(-key)?\.pdf$/, 'exam'],
];

/** The format that writes `key` (`deck/deck.pdf` → `pdf`), so a build can replace its own files and keep the rest. */
export function outputFormat(key: string): Format | undefined {
  return OWNERS.find(([pattern]) => pattern.test(key))?.[1];
}
