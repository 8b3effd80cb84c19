import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@lectern/content', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual(['contentRoot', 'defaultNarrativeDir', 'defaultNarrativeId']);
  });

  it('resolves contentRoot to the package folder and the default narrative inside it', () => {
    expect(isAbsolute(api.contentRoot)).toBe(true);
    expect(JSON.parse(readFileSync(join(api.contentRoot, 'package.json'), 'utf8')).name).toBe('@lectern/content');
    expect(api.defaultNarrativeId).toBe('amazon-aws-2023');
    expect(api.defaultNarrativeDir).toBe(join(api.contentRoot, 'amazon-aws-2023'));
    expect(existsSync(join(api.defaultNarrativeDir, 'narrative.yaml'))).toBe(true);
  });

  const built = new URL('../dist/index.js', import.meta.url);
  it.skipIf(!existsSync(built))('resolves the same folder from the built dist/', async () => {
    const dist = (await import(built.href)) as typeof api;
    expect(dist.contentRoot).toBe(api.contentRoot);
    expect(dist.defaultNarrativeDir).toBe(api.defaultNarrativeDir);
  });
});
