import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Quiz } from '../model/quiz.js';
import { playerData, type QuizMode } from './player-data.js';
import { escapeHtml, jsonForScript } from './text-safety.js';

// The player and its styles are static files shipped with the package, read once; content never reaches them.
const PLAYER_JS = readFileSync(new URL('../../templates/quiz-player.js', import.meta.url), 'utf8');
const PLAYER_CSS = readFileSync(new URL('../../templates/quiz-player.css', import.meta.url), 'utf8');

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page's Content-Security-Policy: nothing may load; only the player script and stylesheet (by hash) run.
 * The JSON data block is not executed, so it needs no permission.
 */
export const QUIZ_HTML_CSP = [
  "default-src 'none'",
  `script-src ${hash(PLAYER_JS)}`,
  `style-src ${hash(PLAYER_CSS)}`,
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `quiz.html` (practice) or `quiz-exam.html` (exam): one self-contained, offline, self-grading page. Real
 * form controls inside fieldsets; the quiz travels as JSON with its key as salted hashes; the static player
 * renders it with `textContent`. Practice: check each question (verdict, answer, explanation, passage), try
 * again, the first check's score counts. Exam: no answers in the page, everything locked at submit, score
 * with a breakdown by section and objective. Both: results as JSON and CSV downloads.
 */
export function exportQuizHtml(quiz: Quiz, options: { mode?: QuizMode } = {}): string {
  const lang = escapeHtml(quiz.language);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${QUIZ_HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(quiz.title)}</title>
<style>${PLAYER_CSS}</style>
</head>
<body>
<main aria-labelledby="quiz-title">
<h1 id="quiz-title">${escapeHtml(quiz.title)}</h1>
<noscript><p>This quiz needs JavaScript to check answers. 本测验需要启用 JavaScript 才能判分。</p></noscript>
<form id="quiz-form" novalidate></form>
<p id="quiz-score" role="status" aria-live="polite" tabindex="-1"></p>
</main>
<script type="application/json" id="quiz-data">${jsonForScript(playerData(quiz, options.mode))}</script>
<script>${PLAYER_JS}</script>
</body>
</html>
`;
}
