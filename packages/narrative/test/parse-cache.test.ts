import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createParseCache, type ParseResult, parseNarrative, readNarrativeFiles } from '../src/index.js';

const defaultDir = fileURLToPath(new URL('../../../content/amazon-aws-2023', import.meta.url));

/** Exact text of a parse result, so cached and uncached parses are compared byte for byte. */
const bytes = (r: ParseResult): string => JSON.stringify(r);

/** The files with the first paragraph-bearing line of one section changed. */
function editParagraph(files: Record<string, string>, path: string, from: string, to: string): Record<string, string> {
  const text = files[path]!;
  expect(text).toContain(from);
  return { ...files, [path]: text.replace(from, to) };
}

describe('parse cache', () => {
  it('gives the same narrative and findings as an uncached parse, cold, warm and after edits', async () => {
    const files = await readNarrativeFiles(defaultDir);
    const sectionPaths = Object.keys(files).filter((f) => f.startsWith('sections/'));
    expect(sectionPaths.length).toBeGreaterThan(1);
    const cache = createParseCache();
    const plain = parseNarrative(files, { dir: defaultDir });
    expect(plain.narrative).toBeDefined();
    expect(bytes(parseNarrative(files, { dir: defaultDir, cache }))).toBe(bytes(plain));
    expect(bytes(parseNarrative(files, { dir: defaultDir, cache }))).toBe(bytes(plain));

    // A prose edit in one section: only that file changes.
    const last = sectionPaths.at(-1)!;
    const body = files[last]!.split('\n---\n')[1]!;
    const word = body.trim().slice(0, 4);
    const edited = editParagraph(files, last, `\n${word}`, `\n${word}改`);
    const editedPlain = parseNarrative(edited, { dir: defaultDir });
    const editedCached = parseNarrative(edited, { dir: defaultDir, cache });
    expect(bytes(editedCached)).toBe(bytes(editedPlain));
    expect(bytes(editedCached)).not.toBe(bytes(plain));

    // An edit that breaks the frontmatter, then the original text again.
    const broken = { ...files, [last]: files[last]!.replace(/\nid: /, '\nid: [') };
    const brokenCached = parseNarrative(broken, { dir: defaultDir, cache });
    expect(brokenCached.narrative).toBeUndefined();
    expect(bytes(brokenCached)).toBe(bytes(parseNarrative(broken, { dir: defaultDir })));
    expect(bytes(parseNarrative(files, { dir: defaultDir, cache }))).toBe(bytes(plain));
  });

  it('re-parses narrative.yaml when it changes, and cross-file checks still run', async () => {
    const files = await readNarrativeFiles(defaultDir);
    const cache = createParseCache();
    parseNarrative(files, { dir: defaultDir, cache });
    const first = Object.keys(files).find((f) => f.startsWith('sections/'))!;
    const renamed = { ...files, 'narrative.yaml': files['narrative.yaml']!.replace(first, 'sections/00-missing.md') };
    const cached = parseNarrative(renamed, { cache });
    const plain = parseNarrative(renamed);
    expect(bytes(cached)).toBe(bytes(plain));
    expect(cached.findings.map((f) => f.rule)).toContain('file/missing');
    expect(cached.findings.map((f) => f.rule)).toContain('file/unlisted');
  });
});
