import { describe, expect, it } from 'vitest';
import { remoteHitRate, type RunSummary, taskSpan } from './run-summary.js';
import { parseTimes } from './run-turbo.js';

const summary: RunSummary = {
  execution: { startTime: 0, endTime: 100, exitCode: 0 },
  tasks: [
    {
      taskId: '@lectern/deck#build',
      command: 'tsc',
      cache: { status: 'HIT', source: 'REMOTE' },
      execution: { startTime: 0, endTime: 40, exitCode: 0 },
    },
    { taskId: '@lectern/e2e#build', command: '<NONEXISTENT>', cache: { status: 'MISS' } },
    {
      taskId: '@lectern-narrative/a#build',
      command: 'node',
      cache: { status: 'HIT', source: 'LOCAL' },
      execution: { startTime: 50, endTime: 70, exitCode: 0 },
    },
    {
      taskId: '@lectern-narrative/b#build',
      command: 'node',
      cache: { status: 'MISS' },
      execution: { startTime: 60, endTime: 90, exitCode: 0 },
    },
  ],
};

describe('run summary', () => {
  it('counts remote hits over the tasks that run a script', () => {
    expect(remoteHitRate(summary)).toEqual({
      percent: (1 / 3) * 100,
      hits: 1,
      tasks: 3,
      misses: ['@lectern-narrative/a#build', '@lectern-narrative/b#build'],
    });
  });

  it('spans the picked tasks from first start to last end', () => {
    expect(taskSpan(summary, (t) => t.taskId.startsWith('@lectern-narrative/'))).toEqual({ ms: 40, count: 2 });
    expect(taskSpan(summary, () => false)).toEqual({ ms: 0, count: 0 });
  });

  it('reads the children’s CPU time from bash `times`', () => {
    expect(parseTimes('0m0.010s 0m0.002s\n1m2.500s 0m0.250s\n')).toBe(62_750);
    expect(() => parseTimes('')).toThrow(/CPU times/);
  });
});
