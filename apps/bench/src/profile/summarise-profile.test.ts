import { describe, expect, it } from 'vitest';
import { type CpuProfile, moduleOf, summariseProfile } from './summarise-profile.js';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

describe('moduleOf', () => {
  it('names npm packages, scoped or not, through the pnpm store', () => {
    expect(moduleOf('file:///r/node_modules/.pnpm/handlebars@4.7.8/node_modules/handlebars/dist/cjs/x.js')).toBe(
      'handlebars',
    );
    expect(
      moduleOf('file:///r/node_modules/.pnpm/@marp-team+marp-core@4/node_modules/@marp-team/marp-core/lib/a.js'),
    ).toBe('@marp-team/marp-core');
    expect(moduleOf('file:///r/node_modules/yaml/dist/index.js')).toBe('yaml');
  });

  it('names workspace packages, Node internals and native frames', () => {
    expect(moduleOf('file:///work/main/packages/deck/dist/html/x.js')).toBe('packages/deck');
    expect(moduleOf('node:internal/modules/cjs/loader')).toBe('node:internal/modules');
    expect(moduleOf('node:fs')).toBe('node:fs');
    expect(moduleOf('')).toBe('(native, gc, idle)');
  });
});

describe('summariseProfile', () => {
  it('sums self time per function and module, largest first, leaving idle out', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        {
          id: 2,
          callFrame: frame('compile', 'file:///r/node_modules/.pnpm/handlebars@4/node_modules/handlebars/c.js', 9),
        },
        { id: 3, callFrame: frame('render', 'file:///r/packages/deck/dist/r.js', 4) },
        { id: 4, callFrame: frame('(idle)', '') },
      ],
      samples: [2, 3, 2, 4, 2],
      timeDeltas: [1000, 2000, 1000, 50_000, 1000],
    };
    const s = summariseProfile(profile);
    expect(s.totalMs).toBe(5);
    expect(s.functions[0]).toEqual({ name: 'compile handlebars/c.js:10', ms: 3, share: 0.6 });
    expect(s.modules.map((m) => m.name)).toEqual(['handlebars', 'packages/deck']);
  });

  it('counts a workspace step inclusively, once per sample, and leaves out entry points', () => {
    const deck = 'file:///r/packages/deck/dist/r.js';
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('main', 'file:///r/apps/cli/dist/bin.js'), children: [3, 5] },
        { id: 3, callFrame: frame('render', deck, 4), children: [4] },
        { id: 4, callFrame: frame('render', deck, 4), children: [6] },
        { id: 5, callFrame: frame('lint', 'file:///r/packages/quiz/dist/l.js', 1) },
        { id: 6, callFrame: frame('compile', 'file:///r/node_modules/handlebars/c.js', 9) },
      ],
      samples: [6, 4, 5, 2],
      timeDeltas: [3000, 1000, 1000, 1000],
    };
    const s = summariseProfile(profile);
    expect(s.steps).toEqual([
      { name: 'render packages/deck/dist/r.js:5', ms: 4, share: 4 / 6 },
      { name: 'lint packages/quiz/dist/l.js:2', ms: 1, share: 1 / 6 },
    ]);
  });
});
