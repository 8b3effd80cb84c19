import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUIZ_HTML_CSP, exportQuizHtml } from '../../src/export/html-exporter.js';
import { jsonForScript } from '../../src/export/text-safety.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

describe('quiz.html (static checks)', () => {
  const html = exportQuizHtml(hostileQuiz());

  it('carries a strict CSP: nothing loads, only the hashed player runs', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${QUIZ_HTML_CSP}">`);
    expect(QUIZ_HTML_CSP).toMatch(/default-src 'none'/);
    expect(QUIZ_HTML_CSP).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(QUIZ_HTML_CSP).not.toMatch(/unsafe|https?:/);
    expect(html).not.toMatch(/\b(src|href)=/);
  });

  it('has exactly two script blocks: the JSON data and the static player', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const player = readFileSync(new URL('../../templates/quiz-player.js', import.meta.url), 'utf8');
    expect(html).toContain(`<script>${player}</script>`);
  });

  it('embeds the data as JSON that cannot end the script block and parses back equal', () => {
    const block = html.match(/<script type="application\/json" id="quiz-data">([\s\S]*?)<\/script>/)![1]!;
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(block);
    expect(data.items[0].stem).toContain(HOSTILE);
    expect(JSON.parse(jsonForScript({ s: '\u2028</script>&' })).s).toBe('\u2028</script>&');
  });

  it('is deterministic and declares the language', () => {
    expect(exportQuizHtml(sampleQuiz())).toBe(exportQuizHtml(sampleQuiz()));
    expect(exportQuizHtml(sampleQuiz())).toContain('<html lang="zh-CN">');
  });
});
