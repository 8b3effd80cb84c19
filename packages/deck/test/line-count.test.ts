import { describe, expect, it } from 'vitest';
import { advance } from '../src/overflow/font-metrics.js';
import { linesIn } from '../src/overflow/text-measure.js';
import { columnLineCount, lineCount } from '../src/overflow/text-width.js';

/** Width of `text` in columns (half ems) in regular Noto Sans SC. */
const columnsOf = (text: string): number =>
  [...text].reduce((w, ch) => w + advance(ch.codePointAt(0)!, 'sc', false), 0) / 500;

describe('lineCount: lines as Chromium breaks them, in the embedded faces', () => {
  it('fills CJK lines with 1 em characters, breaking between any two', () => {
    expect(lineCount('亚'.repeat(40), 80)).toBe(1);
    expect(lineCount('亚'.repeat(41), 80)).toBe(2);
    expect(lineCount('', 10)).toBe(1);
    expect(lineCount('亚\n亚', 80)).toBe(2);
  });

  it('wraps Latin text at spaces, not inside words, where the column model breaks anywhere', () => {
    const word = 'a'.repeat(9);
    const text = `${word} ${word} ${word}`;
    const columns = columnsOf(`${word} ${word}`) - 0.5;
    expect(lineCount(text, columns)).toBe(3);
    expect(columnLineCount(text, Math.floor(columns))).toBe(2);
    // Spaces at a line's end hang: a line exactly as wide as its words holds them.
    expect(lineCount(`${word} ${word}`, columnsOf(`${word} ${word}`))).toBe(1);
    expect(lineCount(`${word} ${word} `, columnsOf(`${word} ${word}`))).toBe(1);
  });

  it('breaks after a hyphen, and breaks a word longer than a line anywhere', () => {
    const half = 'b'.repeat(8);
    expect(lineCount(`${half}-${half}`, columnsOf(`${half}-`) + 0.5)).toBe(2);
    expect(lineCount('c'.repeat(60), columnsOf('c'.repeat(20)) + 0.1)).toBe(3);
  });

  it('keeps punctuation off the start of a line and opening brackets off its end (kinsoku)', () => {
    // Four characters a line: 。 cannot start the second line, so 亚 goes down with it.
    const four = columnsOf('亚亚亚亚');
    expect(lineCount('亚亚亚亚。', four)).toBe(2);
    // （ cannot end the first line, ） cannot start the third: 亚亚亚 / （亚亚 / 亚）.
    expect(lineCount('亚亚亚（亚亚亚）', four)).toBe(3);
    expect(columnLineCount('亚亚亚（亚亚亚）', four)).toBe(2);
  });

  it('keeps a number whole with its sign, decimals and percent', () => {
    const room = columnsOf('增长达到29');
    expect(lineCount('增长达到29.4%', room)).toBe(2);
    expect(lineCount('增长达到 29.4% ', room)).toBe(2);
  });

  it('measures bold and the Latin face of an English deck wider', () => {
    const text = 'Revenue grew in every region of the company during the quarter';
    const regular = columnsOf(text);
    expect(lineCount(text, regular + 0.5)).toBe(1);
    expect(lineCount(text, regular + 0.5, { bold: true })).toBe(2);
    expect(lineCount(text, regular + 0.5, { faces: 'latin' })).toBe(2);
  });

  it('keeps a Chinese number and its unit together as the deck renders them (word joiners)', () => {
    // 亿美元 joined to 50 on the slide: the line breaks before 50, not after it.
    const room = columnsOf('亚马逊营收为50');
    expect(linesIn('zh-CN')('亚马逊营收为50亿美元', room)).toBe(2);
    expect(linesIn('en')('亚马逊营收为50亿美元', room + 10)).toBe(1);
  });
});
