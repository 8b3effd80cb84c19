import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@lectern/course', () => {
  // Pins what the CLI uses; other exports may change.
  it('exposes the api the CLI builds on', () => {
    const used = [
      'CourseBuilder',
      'DECK_FORMATS',
      'FORMATS',
      'FORMAT_FILES',
      'ItemTypeSchema',
      'LMS_TARGETS',
      'PACKAGE_RULES',
      'QUIZ_FORMATS',
      'QuizSchema',
      'assetDirs',
      'changedFolders',
      'isDeckFormat',
      'listThemes',
      'sameData',
      'topFolder',
    ];
    expect(Object.keys(api)).toEqual(expect.arrayContaining(used));
  });

  it('checks and builds through one model stage', () => {
    const builder = new api.CourseBuilder();
    expect(typeof builder.check).toBe('function');
    expect(typeof builder.build).toBe('function');
    expect(api.DEFAULT_REQUEST).toMatchObject({ seed: 1, checkpoints: true, formatsExplicit: false });
  });
});
