import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportQuizAnki } from '../../src/export/anki-exporter.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

/** Reads an Anki text file as Anki does: `#key:value` header lines, then tab-separated, quote-aware rows. */
function readAnki(text: string) {
  const lines = text.split('\n');
  const headers = Object.fromEntries(
    lines.filter((l) => l.startsWith('#')).map((l) => [l.slice(1, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]),
  );
  const body = lines.filter((l) => !l.startsWith('#')).join('\n');
  const rows = parse(body, { delimiter: '\t', relax_quotes: false, skip_empty_lines: true }) as string[][];
  return { headers, rows };
}

const unhtml = (html: string) =>
  html
    .replace(/<br>\n?/g, '\n')
    .replace(/<\/?b>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('quiz.anki.txt', () => {
  it('writes the headers Anki reads and one Basic note per recall item', () => {
    const quiz = sampleQuiz();
    const { headers, rows } = readAnki(exportQuizAnki(quiz));
    expect(headers).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      deck: quiz.title,
      columns: 'Front\tBack\tTags',
      'tags column': '3',
    });
    const recall = quiz.items.filter((i) => ['numeric', 'short', 'cloze', 'single'].includes(i.type));
    expect(rows).toHaveLength(recall.length);
    for (const row of rows) expect(row).toHaveLength(3);
    const short = rows[recall.findIndex((i) => i.type === 'short')]!;
    expect(unhtml(short[1]!).startsWith('亚马逊 / Amazon\n\n')).toBe(true);
    expect(short[2]).toContain('level:remember');
  });

  it('keeps hostile text as text: escaped HTML, quoted tabs and line breaks', () => {
    const quiz = hostileQuiz();
    const { rows } = readAnki(exportQuizAnki(quiz));
    expect(rows.every((r) => r.length === 3)).toBe(true);
    expect(rows.map((r) => r[0]).join('')).not.toContain('<script>');
    expect(unhtml(rows[0]![0]!)).toContain(HOSTILE);
  });
});
