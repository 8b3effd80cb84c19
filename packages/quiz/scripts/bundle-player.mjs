#!/usr/bin/env node
// Bundles the quiz player's modules (player/*.js) into templates/quiz-player.js, the one inline script quiz.html
// embeds (its CSP allows it by hash). esbuild's output is the same for the same sources, so the page's bytes are
// too. `pnpm -F @lectern/quiz build` runs this; test/export/player-bundle.test.ts fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PLAYER_BUNDLE = fileURLToPath(new URL('../templates/quiz-player.js', import.meta.url));

const BANNER = `/* Lectern quiz player, bundled from player/*.js by scripts/bundle-player.mjs: edit those, then build. */`;

/** The bundled player script, as text. */
export async function bundlePlayer() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['player/main.js'],
    bundle: true,
    format: 'iife',
    target: 'es2018',
    charset: 'utf8',
    legalComments: 'none',
    banner: { js: BANNER },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await bundlePlayer();
  let before = '';
  try {
    before = readFileSync(PLAYER_BUNDLE, 'utf8');
  } catch {}
  if (text !== before) writeFileSync(PLAYER_BUNDLE, text);
}
