#!/usr/bin/env node
import path from 'node:path';
import { synthesizeNarrative } from './synth/narrative.js';
import { writeNarrative } from './synth/write-narrative.js';

// `node apps/bench/dist/synth-cli.js <sections> <content-folder> [seed]`: writes synth-<sections>/ there.
const [sections = '10', root = 'synth-content', seed = '1'] = process.argv.slice(2);
const synth = synthesizeNarrative({ sections: Number(sections), seed: Number(seed) });
const dir = path.resolve(root, synth.id);
await writeNarrative(dir, synth.files);
process.stdout.write(`${dir}: ${JSON.stringify(synth.counts)}\n`);
