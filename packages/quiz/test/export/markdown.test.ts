import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline } from '../../src/export/escape-markdown.js';
import { exportAnswerKey } from '../../src/export/markdown-answer-key.js';
import { exportQuizMarkdown } from '../../src/export/markdown-quiz.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';

const md = new MarkdownIt({ html: true });

/** Visible text of rendered Markdown: tags dropped, entities decoded, `<br>` as a line break. */
function visibleText(markdown: string): string {
  return md
    .render(markdown)
    .replace(/<br>\n?/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('markdown escaping', () => {
  it('renders hostile text as the same text, with no markup', () => {
    for (const text of [
      HOSTILE,
      '# not a heading',
      '1. not a list',
      '---',
      '*a* _b_ `c` [d](e) <b>f</b> &amp;',
      '| x |',
    ]) {
      const html = md.render(mdBlock(text));
      expect(html).not.toMatch(/<(script|h1|ol|hr|em|code|a |b>|table)/);
      expect(visibleText(mdBlock(text)).trim()).toBe(text);
      expect(visibleText(mdInline(text)).trim()).toBe(text);
    }
  });
});

describe('quiz.md', () => {
  const text = exportQuizMarkdown(sampleQuiz());

  it('numbers questions and letters options without giving answers away', () => {
    expect(text).toMatch(/^## 1\n\nAWS 2022 年的营收是多少？/m);
    expect(text).toContain('- A\\. 620 亿美元');
    expect(text).toContain('- D\\. 455 亿美元');
    expect(text).not.toContain('原文写明');
    expect(text).not.toMatch(/这是 2021 年的数字/);
  });

  it('prints blanks, a two-column match table and an ordering list', () => {
    const html = md.render(text);
    expect(html).toContain('<table>');
    expect(visibleText(text)).toContain('AWS 2022 年营收 ________（1） 亿美元，同比增长 ________（2）%。');
    expect(visibleText(text)).toContain('答案：________ 亿美元');
    expect(visibleText(text)).toMatch(/1\. 801 亿美元\s+________\s+A\. 增长率/);
    expect(visibleText(text)).toContain('________ A. 2022 年');
  });

  it('keeps hostile content as text', () => {
    const html = md.render(exportQuizMarkdown(hostileQuiz()));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<hr>');
    expect(visibleText(exportQuizMarkdown(hostileQuiz()))).toContain(HOSTILE);
  });
});

describe('answer-key.md', () => {
  const text = exportAnswerKey(sampleQuiz());

  it('gives answer, rationale, passage where a learner finds it, and slide; never internal ids', () => {
    const visible = visibleText(text);
    expect(visible).toContain('答案： B. 801 亿美元');
    expect(visible).toContain('解析： 原文写明 AWS 2022 年营收 801 亿美元。');
    expect(visible).toContain('出处： 章节 1 云的坠落');
    expect(visible).toContain('第 3 张幻灯片讲到');
    expect(visible).not.toMatch(/cloud-fall|layoffs-p\d/);
    expect(md.render(text)).toContain('<blockquote>');
    expect(visible).toContain('(1) 801');
    expect(visible).toContain('1. C. 2021 年');
    expect(visible).toContain('1. 801 亿美元 → B. AWS 营收');
  });

  it('keeps hostile content as text', () => {
    const hostile = exportAnswerKey(hostileQuiz());
    expect(md.render(hostile)).not.toContain('<script>');
    expect(visibleText(hostile)).toContain(HOSTILE);
  });
});
