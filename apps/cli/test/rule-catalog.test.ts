import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_ID } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { FAULTS } from '../src/report/system-error.js';
import { ALL_RULES } from '../src/rules/all-rules.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Every folder of sources that reports findings or errors. */
const SOURCE_DIRS = [
  ...readdirSync(path.join(root, 'packages')).map((p) => path.join(root, 'packages', p, 'src')),
  path.join(root, 'apps/cli/src'),
].filter((dir) => {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
});

/** Source files, without tests and without the catalogs themselves (`*-rules.ts`). */
function sources(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter(
        (e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('-rules.ts'),
      )
      .map((e) => path.join(e.parentPath, e.name)),
  );
}

const declared = new Set(ALL_RULES.map((r) => r.rule));
const scopes = [...new Set(ALL_RULES.map((r) => r.rule.split('/')[0]!))];
/** A quoted `scope/kebab-name` literal under one of the declared scopes (MIME types such as `text/html` are not). */
const LITERAL = new RegExp(`['"\`](?:${scopes.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*['"\`]`, 'g');

/** Each id quoted in the sources, with the files that quote it. */
function usedIds(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sources()) {
    for (const m of readFileSync(file, 'utf8').matchAll(LITERAL)) {
      const id = m[0].slice(1, -1);
      used.set(id, [...(used.get(id) ?? []), path.relative(root, file)]);
    }
  }
  return used;
}

describe('the rule catalogs', () => {
  it('declare each id once, in scope/kebab-name style, with a title, message and hint', () => {
    expect(declared.size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.rule).toMatch(RULE_ID);
      expect(
        [r.title, r.message, r.hint].every((t) => t.length > 3),
        r.rule,
      ).toBe(true);
      expect(['error', 'warning', 'info', 'failure']).toContain(r.severity);
    }
  });

  it('declare every id a source reports', () => {
    const undeclared = [...usedIds()].filter(([id]) => !declared.has(id));
    expect(undeclared, 'ids used in the sources that no *-rules.ts catalog declares').toEqual([]);
  });

  it('declare no id that no source reports', () => {
    const used = usedIds();
    // The fs/* codes are made from the errno table they are declared from (report/system-error.ts).
    const fs = new Set(Object.keys(FAULTS).map((code) => `fs/${code.toLowerCase()}`));
    const unused = [...declared].filter((id) => !used.has(id) && !fs.has(id));
    expect(unused, 'catalog entries no source uses').toEqual([]);
  });

  it('leave no code in the old UPPER_CASE style', () => {
    const old = /(?:LecternError|CliError)\(\s*'[A-Z][A-Z_]+'/;
    for (const file of sources()) expect(readFileSync(file, 'utf8'), file).not.toMatch(old);
  });
});
