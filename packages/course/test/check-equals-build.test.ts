import { describe, expect, it } from 'vitest';
import { buildCourse, buildRequest, checkCourse, CourseBuilder } from '../src/index.js';
import { narrativeWith } from './helpers.js';

/** An authored item renamed to the id a generator gives one of its items. */
const clash = (files: Record<string, string>) => {
  const file = 'sections/01-cloud-fall.md';
  expect(files[file]).toContain('  - id: s1-recovery-tf\n');
  return {
    ...files,
    [file]: files[file]!.replace('  - id: s1-recovery-tf\n', '  - id: gen-numeric-choice-amazon-go-closures\n'),
  };
};

describe('check and build', () => {
  it('report the same findings, and an item id clash fails both', async () => {
    const narrative = await narrativeWith(clash);
    const request = buildRequest({ formats: ['md', 'json'] });
    const checked = checkCourse(narrative, request);
    const built = await buildCourse(narrative, request);
    expect(built.findings).toEqual(checked.findings);
    expect(checked.findings).toContainEqual(expect.objectContaining({ rule: 'quiz/duplicate-id', severity: 'error' }));
    // An error renders nothing: the last good output stays.
    expect([...built.files.keys()]).toEqual([]);
  });

  it('use the request’s seed and quiz settings alike', async () => {
    const narrative = await narrativeWith();
    for (const request of [
      buildRequest({ seed: 7, quiz: { count: 12 } }),
      buildRequest({ cuts: ['executive'], checkpoints: false }),
    ]) {
      const builder = new CourseBuilder();
      const checked = builder.check(narrative, request);
      const built = await builder.build(narrative, { ...request, formats: ['json'] });
      expect(built.findings).toEqual(checked.findings);
      expect(built.run.quiz).toEqual(checked.quiz);
      expect(JSON.parse(built.files.get('quiz/quiz.json') as string).items).toHaveLength(checked.quiz.items.length);
    }
  });

  it('render every requested format when nothing is wrong', async () => {
    const built = await buildCourse(await narrativeWith(), buildRequest({ formats: ['md', 'print'] }));
    expect(built.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(built.folders).toEqual(['quiz', 'deck', 'deck-executive', 'deck-ai-strategy']);
    expect(built.files.get('quiz/answer-key.md')).toContain('幻灯片');
  });
});
