import { describe, expect, it } from 'vitest';
import { analysisHtml, analysisJson, analyzeResults } from '../src/index.js';
import { resultsFile, smallQuiz } from './fixtures/small-quiz.js';

const quiz = smallQuiz();

describe('quiz.html results files', { timeout: 60_000 }, () => {
  const inputs = [
    {
      file: 'ann.json',
      text: resultsFile('Ann', [
        ['aws-revenue', 'b', 1],
        ['layoffs', ['a', 'b'], 1],
        ['growth-tf', 'true', 1],
      ]),
    },
    {
      file: 'bo.json',
      text: resultsFile('Bo', [
        ['aws-revenue', 'a', 0],
        ['layoffs', ['a'], 0.5],
        ['growth-tf', 'false', 0],
      ]),
    },
    {
      file: 'cy.json',
      text: resultsFile('Cy', [
        ['aws-revenue', 'b', 1],
        ['layoffs', ['a', 'c'], 0],
        ['growth-tf', 'true', 1],
      ]),
    },
  ];
  const { analysis, notes } = analyzeResults(inputs, quiz);

  it('reads every learner and item, with partial credit and multiple choices', () => {
    expect(analysis.test.learners).toBe(3);
    expect(analysis.items.map((s) => s.p)).toEqual([2 / 3, 0.5, 2 / 3]);
    expect(analysis.test.kr20).toBeNull();
    const layoffs = analysis.items[1]!.options;
    expect(layoffs.map((o) => [o.id, o.rate])).toEqual([
      ['a', 1],
      ['b', 1 / 3],
      ['c', 1 / 3],
    ]);
    expect(notes).toEqual([]);
  });

  it('carries the item source paragraph and slide into the analysis', () => {
    expect(analysis.items[0]!.item).toMatchObject({
      paragraphIds: ['cloud-p2'],
      slide: 4,
      sectionId: 'cloud',
      number: 1,
    });
  });

  it('rejects a file that is not a results file, naming the file and the field', () => {
    expect(() => analyzeResults([{ file: 'x.json', text: '{"format":"other"}' }], quiz)).toThrow(
      /not a quiz.html results file: format/,
    );
    expect(() => analyzeResults([{ file: 'x.json', text: '{oops' }], quiz)).toThrow(/not valid JSON/);
  });

  it('rejects results of another quiz', () => {
    const other = resultsFile('Ann', []).replace('"demo"', '"other"');
    expect(() => analyzeResults([{ file: 'o.json', text: other }], quiz)).toThrow(/results of quiz "other"/);
  });

  it('writes JSON with rounded numbers, byte-identical on a second run', () => {
    const json = analysisJson(analysis);
    expect(json).toBe(analysisJson(analyzeResults(inputs, quiz).analysis));
    expect(JSON.parse(json).items[0].p).toBe(0.6667);
  });

  it('writes a self-contained HTML page: CSP, no script, content escaped', () => {
    const html = analysisHtml(analysis, quiz.title);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('&lt;b&gt;1000&lt;/b&gt;');
    expect(html).toContain('演示 &lt;测验&gt;');
    expect(html).toContain('<svg class="scatter"');
  });
});

describe('Moodle Responses report (CSV)', () => {
  const csv = [
    '\uFEFF"Surname","First name","Email address","State","Grade/3.00","Question 1","Response 1","Right answer 1","Question 2","Response 2","Right answer 2","Question 3","Response 3","Right answer 3"',
    '"Li","Ann","a@x","Finished","3.00","AWS 2022 年的营收是多少？: 620 亿美元; 801 亿美元; 1000 亿美元; 455 亿美元","801 亿美元","801 亿美元","关于裁员，哪些说法正确？","约 27000 人; 规模为历史最大","约 27000 人; 规模为历史最大","AWS 2022 年营收同比增长 29%。","True","True"',
    '"Wu","Bo","b@x","Finished","0.00","AWS 2022 年的营收是多少？: …","620 亿美元","801 亿美元","关于裁员，哪些说法正确？","只涉及 AWS","约 27000 人; 规模为历史最大","AWS 2022 年营收同比增长 29%。","False","True"',
    '"Overall average","","","","1.50","","","","","","","","",""',
  ].join('\n');

  it('maps slots to items by question text, scores against the right answer, maps option texts to ids', () => {
    const { analysis, notes } = analyzeResults([{ file: 'responses.csv', text: csv }], quiz);
    expect(analysis.test.learners).toBe(2);
    expect(analysis.items.map((s) => s.p)).toEqual([0.5, 0.5, 0.5]);
    const rates = (i: number) => Object.fromEntries(analysis.items[i]!.options.map((o) => [o.id, o.rate]));
    expect(rates(0)).toEqual({ a: 0.5, b: 0.5, c: 0, d: 0 });
    expect(rates(1)).toEqual({ a: 0.5, b: 0.5, c: 0.5 });
    expect(rates(2)).toEqual({ true: 0.5, false: 0.5 });
    expect(notes[0]).toBe('responses.csv: 2 learners; slots matched by question text 3');
  });

  it('says how to get the right report when the columns are wrong', () => {
    expect(() => analyzeResults([{ file: 'grades.csv', text: '"Surname","Grade/10.00"\n"Li","5"' }], quiz)).toThrow(
      /no "Response N" columns/,
    );
  });
});
