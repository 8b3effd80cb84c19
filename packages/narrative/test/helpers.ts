import { fileURLToPath } from 'node:url';
import { type Finding, loadNarrative, readNarrativeFiles } from '../src/index.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const loadFixture = (name: string) => loadNarrative(fixture(name));

export const readFixture = (name: string) => readNarrativeFiles(fixture(name));

/** `file:line:col rule` for compact, exact position assertions. */
export const where = (f: Finding): string => `${f.loc?.file}:${f.loc?.line}:${f.loc?.column} ${f.rule}`;

export const errorsOf = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'error');
