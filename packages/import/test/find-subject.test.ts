import { describe, expect, it } from 'vitest';
import { findSubject } from '../src/facts/find-subject.js';
import type { Mention } from '../src/nlp/entity-types.js';

/** Mentions of `names` where they occur in `text`. */
function mentionsIn(text: string, names: string[]): Mention[] {
  return names
    .map((name) => ({
      key: name.toLowerCase(),
      name,
      kind: 'product' as const,
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      known: true,
    }))
    .sort((a, b) => a.start - b.start);
}

/** The subject of the figure at `figure` in a one-sentence text, clauses split at commas. */
function subjectOf(text: string, names: string[], figure: string, carried?: string): string | undefined {
  const at = text.indexOf(figure);
  const clauses = [...text.matchAll(/[^，,。]+[，,。]?/gu)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const clause = clauses.find((c) => at >= c.start && at < c.end)!;
  const figures = [...text.matchAll(/\d+(?:\.\d+)?%?/gu)]
    .map((m) => m.index!)
    .filter((i) => i >= clause.start && i < clause.end);
  return findSubject(mentionsIn(text, names), at, clause, { start: 0, end: text.length }, carried, text, figures)?.key;
}

describe('findSubject', () => {
  it('pairs figures with names in order around 分别 / respectively', () => {
    const zh = '微软旗下的Azure和谷歌云近日分别报得27%和28%的增长。';
    expect(subjectOf(zh, ['微软', 'Azure', '谷歌云'], '27%')).toBe('azure');
    expect(subjectOf(zh, ['微软', 'Azure', '谷歌云'], '28%')).toBe('谷歌云');
    const en = 'Azure and Google Cloud grew 27% and 28% respectively.';
    expect(subjectOf(en, ['Azure', 'Google Cloud'], '27%')).toBe('azure');
    expect(subjectOf(en, ['Azure', 'Google Cloud'], '28%')).toBe('google cloud');
  });

  it('takes the subject after a short scene-setting first clause rather than one carried from before', () => {
    expect(subjectOf('15年后,AWS已经是年入千亿美元的业务。', ['AWS'], '15', 'microsoft')).toBe('aws');
  });

  it('passes over a name compared with in an earlier clause of the sentence', () => {
    const text = '另一款推理软件Inf2较此前的Inferentia吞吐量提高了4倍,延迟降低了10倍。';
    expect(subjectOf(text, ['Inf2', 'Inferentia'], '4倍')).toBe('inf2');
    expect(subjectOf(text, ['Inf2', 'Inferentia'], '10倍')).toBe('inf2');
  });

  it('keeps the nearest name before the figure in ordinary clauses', () => {
    expect(subjectOf('Azure增长了27%,谷歌云增长了28%。', ['Azure', '谷歌云'], '28%')).toBe('谷歌云');
  });
});
