#!/usr/bin/env node
// Bundles the `lectern` binary (src/bin.ts and everything it imports, workspace packages and libraries alike)
// into dist/bin.js plus lazily loaded chunks beside it: one file per command path instead of ~900 modules, so
// start-up does not pay for module resolution. tsc's dist/ (the library API and its types) stays as it is.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
/**
 * Loaded at run time from the package that depends on it instead of inlined: playwright-core (too big, and only
 * PDF/PNG need it), and what `lectern import` uses: @node-rs/jieba is a native addon (a .node file esbuild cannot
 * inline), the others are large, read data files beside their code or are only ever needed by `import`.
 */
const EXTERNAL = [
  'playwright-core',
  '@node-rs/jieba',
  '@microsoft/recognizers-text-number',
  '@microsoft/recognizers-text-number-with-unit',
  '@mozilla/readability',
  'compromise',
  'linkedom',
  'mammoth',
  'opencc-js',
  'pinyin-pro',
];

const toImport = (file) => {
  const rel = path.relative(outdir, file).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/**
 * Every output file sits in dist/, so a module's own `import.meta.url` (used to find its templates, themes,
 * fonts and dependencies) becomes its original location, relative to the bundle: the repository moves as a whole.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = `new URL(${JSON.stringify(toImport(args.path))}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * An external package (or a file inside one, e.g. `@node-rs/jieba/dict.js`) is imported by a relative path to the
 * file esbuild resolves from the importing workspace package, so each command loads the copy its package declares.
 */
const externalFromImporter = {
  name: 'external-from-importer',
  setup(b) {
    const escaped = EXTERNAL.map((e) => e.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const filter = new RegExp(`^(${escaped.join('|')})(/.*)?$`);
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'external-from-importer') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'external-from-importer' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: toImport(resolved.path), external: true };
    });
  },
};

// Chunks of an earlier bundle would pile up beside the new ones.
for (const file of existsSync(outdir) ? readdirSync(outdir) : []) {
  if (/^chunk-[A-Z0-9]+\.js(\.map)?$/.test(file)) rmSync(path.join(outdir, file));
}

const result = await build({
  entryPoints: { bin: path.join(root, 'src', 'bin.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  // Libraries in CommonJS call require() for Node's modules; an ES module has none of its own.
  banner: { js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);" },
  plugins: [keepModuleUrls, externalFromImporter],
});
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
const kb = outputs.reduce((sum, [, o]) => sum + o.bytes, 0) / 1024;
// `LECTERN_BUNDLE_META=file` keeps esbuild's metafile (what each chunk holds) for analysis.
if (process.env.LECTERN_BUNDLE_META) writeFileSync(process.env.LECTERN_BUNDLE_META, JSON.stringify(result.metafile));
process.stdout.write(`bundled ${Object.keys(result.metafile.inputs).length} modules into ${outputs.length} files (${Math.round(kb)} KB)\n`);
