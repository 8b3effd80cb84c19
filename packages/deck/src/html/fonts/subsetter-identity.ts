import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The version in the package.json of the package `file` belongs to (the nearest one named `name`). */
function versionNear(file: string, name: string): string {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '?';
    }
  }
  return '?';
}

let identity: string | undefined;

/**
 * What a subset face's bytes depend on besides the font and the text: the packages that cut and pack it
 * (subset-font, harfbuzzjs, fontverter, woff2sfnt-sfnt2woff, pako), by version. Read once per process,
 * from the files Node resolves (no `exports` map needed).
 */
export function subsetterIdentity(): string {
  if (identity === undefined) {
    const chain: string[] = [];
    let from = createRequire(import.meta.url).resolve('subset-font');
    chain.push(`subset-font@${versionNear(from, 'subset-font')}`);
    for (const name of ['harfbuzzjs', 'fontverter', 'woff2sfnt-sfnt2woff', 'pako']) {
      const require = createRequire(from);
      const entry = name === 'harfbuzzjs' ? 'harfbuzzjs/dist/harfbuzz-subset.wasm' : name;
      const resolved = require.resolve(entry);
      chain.push(`${name}@${versionNear(resolved, name)}`);
      if (name !== 'harfbuzzjs') from = resolved;
    }
    identity = chain.join(' ');
  }
  return identity;
}

/** The cache key of one subset face: a SHA-256 over everything its bytes depend on. */
export function subsetKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
