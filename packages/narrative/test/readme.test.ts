import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { errorsOf } from './helpers.js';
import { parseNarrative } from '../src/index.js';

it('the README examples form a valid narrative', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = (lang: string) => readme.split(`\`\`\`${lang}\n`)[1]!.split('\n```\n')[0]!;
  const { narrative, findings } = parseNarrative({
    'narrative.yaml': block('yaml'),
    'sections/01-cloud-fall.md': `${block('markdown')}\n`,
  });
  expect(errorsOf(findings)).toEqual([]);
  expect(narrative!.sections[0]!.paragraphs.map((p) => p.id)).toEqual([
    'growth',
    'retail-stumble',
    'hardest-year',
    'cloud-fall-p4',
  ]);
});
