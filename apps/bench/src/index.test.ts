import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@lectern/bench', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'benchmarksMarkdown',
        'browserExport',
        'coldBuild',
        'consoleReport',
        'cpuModel',
        'createRandom',
        'describeMachine',
        'editLoop',
        'editParagraph',
        'formatMeasure',
        'formatValue',
        'median',
        'moduleOf',
        'percentile',
        'profileBuild',
        'ratioOf',
        'readUsage',
        'runChild',
        'runChildOk',
        'scale',
        'scaleOut',
        'startup',
        'summarise',
        'summariseProfile',
        'synthesizeNarrative',
        'textTable',
        'verdict',
        'writeNarrative',
      ].sort(),
    );
  });
});
