import path from 'node:path';
import { memoryIo, runCli } from '@lectern/cli';
import { injectedNarrative } from '../../src/injection/injected-narrative.js';
import { defused, PAYLOAD_BLOCK, PAYLOAD_LINE } from '../../src/injection/payloads.js';
import { tempDir, writeFiles } from '../../src/narrative-files.js';

export type Kind = 'safe' | 'injected';

export interface InjectedBuild {
  root: string;
  /** Output folder `out/<id>` of each build. */
  outputs: Record<Kind, string>;
}

/**
 * Builds the injected narrative and its baseline (the same text with every markup character replaced by a
 * letter, so layout and overflow splitting match) into a temporary folder.
 */
export async function buildInjected(formats: string): Promise<InjectedBuild> {
  const root = await tempDir('lectern-inject-');
  const outputs = { safe: '', injected: '' };
  for (const [kind, inline, block] of [
    ['safe', defused(PAYLOAD_LINE), defused(PAYLOAD_BLOCK)],
    ['injected', PAYLOAD_LINE, PAYLOAD_BLOCK],
  ] as const) {
    const dir = path.join(root, kind);
    await writeFiles(dir, injectedNarrative(inline, block, 'injected'));
    const out = path.join(root, `out-${kind}`);
    const io = memoryIo({ cwd: root });
    await runCli(['build', dir, '--out', out, '--formats', formats, '--quiet'], io);
    if (/not built/.test(io.err())) throw new Error(`the ${kind} narrative did not build:\n${io.err()}`);
    outputs[kind] = path.join(out, 'injected');
  }
  return { root, outputs };
}
