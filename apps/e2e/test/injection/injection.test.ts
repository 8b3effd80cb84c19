import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INJECTION_PAYLOADS, LIVE_MARKUP } from '../../src/injection/payloads.js';
import { removeDir } from '../../src/narrative-files.js';
import { plainFormats } from '../support/corpus.js';
import { buildInjected, type Kind } from '../support/injected-build.js';

// The payloads sit in every text field of a narrative; each output must carry them as literal text and
// have exactly the structure (slides, questions, elements) of the same narrative written in plain words.

let root: string;
const outputs: Record<Kind, string> = { safe: '', injected: '' };
const formats = plainFormats().split(',');

beforeAll(async () => {
  const built = await buildInjected(formats.join(','));
  root = built.root;
  Object.assign(outputs, built.outputs);
});

afterAll(async () => {
  await removeDir(root);
});

const read = (kind: Kind, file: string) => readFile(path.join(outputs[kind], file), 'utf8');
const readBytes = (kind: Kind, file: string) => readFile(path.join(outputs[kind], file));
const has = (format: string) => formats.includes(format);

function expectNoLiveMarkup(html: string, what: string): void {
  for (const live of LIVE_MARKUP) expect(live.exec(html)?.[0], `${what} contains live markup ${live}`).toBeUndefined();
}

/** Text of an XML document's nodes (entities decoded), concatenated. */
function xmlText(xml: string): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string' || typeof node === 'number') parts.push(String(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  // CDATA stays as written (the parser would otherwise decode entities inside it).
  walk(
    new XMLParser({
      ignoreAttributes: true,
      processEntities: true,
      htmlEntities: false,
      cdataPropName: '__cdata',
    }).parse(xml),
  );
  return parts.join('\n');
}

/** Every `{ format: 'html', text }` that gift-pegjs parsed (stems, feedback, choices). */
function giftHtmlTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const n of node) giftHtmlTexts(n, out);
  } else if (node && typeof node === 'object') {
    const o = node as { format?: unknown; text?: unknown };
    if (o.format === 'html' && typeof o.text === 'string') out.push(o.text);
    else for (const n of Object.values(node)) giftHtmlTexts(n, out);
  }
  return out;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The `<text>` of every Moodle element marked `format="html"`, as the HTML Moodle will render. */
function moodleHtmlTexts(xml: string): string[] {
  return [...xml.matchAll(/<\w+[^>]*\bformat="html"[^>]*>\s*<text>([\s\S]*?)<\/text>/g)].map(([, raw]) => {
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw!.trim());
    return cdata ? cdata[1]! : raw!.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);
  });
}

/** Element names in an XML document (to prove no `script` or `img` element was smuggled in). */
function xmlElementNames(xml: string): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        names.add(key);
        walk(value);
      }
    }
  };
  walk(new XMLParser({ ignoreAttributes: true }).parse(xml));
  return names;
}

describe.runIf(has('md'))('deck.md and deck.html', () => {
  for (const folder of ['deck', 'deck-short']) {
    it(`${folder}: no extra slide, no directive applied, no live markup`, async () => {
      const [safeMd, md, safeHtml, html] = await Promise.all([
        read('safe', `${folder}/deck.md`),
        read('injected', `${folder}/deck.md`),
        read('safe', `${folder}/deck.html`),
        read('injected', `${folder}/deck.html`),
      ]);
      const breaks = (text: string) => text.split('\n').filter((l) => /^---\s*$/.test(l)).length;
      expect(breaks(md), 'slide breaks in deck.md').toBe(breaks(safeMd));
      const sections = (text: string) => (text.match(/<section\b/g) ?? []).length;
      expect(sections(html), 'slides in deck.html').toBe(sections(safeHtml));
      expect(html).not.toMatch(/data-theme="gaia"|--theme:gaia/);
      const styles = (text: string) => (text.match(/<\/style/gi) ?? []).length;
      expect(styles(html), 'no style element closed early').toBe(styles(safeHtml));
      expect(html).not.toMatch(/<section\b[^>]*\sclass="(?:[^"]*\s)?x(?:\s[^"]*)?"/);
      expectNoLiveMarkup(html, `${folder}/deck.html`);
      expect(html).toContain('http-equiv="Content-Security-Policy"');
      // The directives may only appear escaped in the Markdown (never as a live comment outside notes).
      const body = md.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--\n[\s\S]*?\n-->/g, '');
      expect(body).not.toContain('<!-- theme: gaia -->');
      expect(body).not.toContain('<!-- _class: x -->');
      expect(body).not.toContain('<script>');
    });
  }
});

describe.runIf(has('pptx'))('deck.pptx', () => {
  it('every part is well-formed XML and the payloads are text, not markup', async () => {
    const parts = (zip: Uint8Array) =>
      Object.entries(unzipSync(zip)).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    const safe = parts(await readBytes('safe', 'deck/deck.pptx'));
    const injected = parts(await readBytes('injected', 'deck/deck.pptx'));
    expect(injected.map(([n]) => n)).toEqual(safe.map(([n]) => n));
    let text = '';
    for (const [name, data] of injected) {
      const xml = new TextDecoder().decode(data);
      expect(XMLValidator.validate(xml), name).toBe(true);
      if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) text += xmlText(xml);
    }
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('{{{x}}}');
    expect(text).toContain(']]>');
  });
});

describe.runIf(has('json'))('quiz.json', () => {
  it('parses and keeps every payload verbatim in the items', async () => {
    const [safe, quiz] = await Promise.all([read('safe', 'quiz/quiz.json'), read('injected', 'quiz/quiz.json')]);
    const items = (JSON.parse(quiz) as { items: { stem: string }[] }).items;
    expect(items.length).toBe((JSON.parse(safe) as { items: unknown[] }).items.length);
    const stems = items.map((i) => i.stem).join('\n');
    for (const payload of INJECTION_PAYLOADS) expect(stems, payload).toContain(payload);
  });
});

describe.runIf(has('print'))('quiz.md and answer-key.md', () => {
  for (const file of ['quiz/quiz.md', 'quiz/answer-key.md']) {
    it(`${file} renders (markdown-it, HTML on) with no live markup and the payloads as text`, async () => {
      const md = new MarkdownIt({ html: true, linkify: false });
      const [safe, text] = await Promise.all([read('safe', file), read('injected', file)]);
      const html = md.render(text);
      expectNoLiveMarkup(html, file);
      expect(html).not.toMatch(/<!-- theme: gaia -->/);
      const headings = (s: string) => (md.render(s).match(/<h\d/g) ?? []).length;
      expect(headings(text), 'no heading or question added by the payloads').toBe(headings(safe));
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });
  }
});

describe.runIf(has('quizhtml'))('quiz.html (static)', () => {
  it('has a CSP, no live markup and no extra script element', async () => {
    const [safe, html] = await Promise.all([read('safe', 'quiz/quiz.html'), read('injected', 'quiz/quiz.html')]);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expectNoLiveMarkup(html, 'quiz.html');
    const scripts = (s: string) => (s.match(/<\/script/gi) ?? []).length;
    expect(scripts(html)).toBe(scripts(safe));
  });
});

describe.runIf(has('gift'))('quiz.gift.txt', () => {
  it('parses with gift-pegjs into the same questions, the payloads as text', async () => {
    const [safe, gift] = await Promise.all([
      read('safe', 'quiz/quiz.gift.txt'),
      read('injected', 'quiz/quiz.gift.txt'),
    ]);
    const questions = parseGift(gift);
    // A question GIFT cannot express is left out with a visible `// lectern: … left out` comment, never mangled.
    const leftOut = (text: string) => (text.match(/^\/\/ lectern: .* left out$/gm) ?? []).length;
    expect(questions.length + leftOut(gift)).toBe(parseGift(safe).length + leftOut(safe));
    expect(leftOut(gift), 'at most the one short answer holding "->" is left out').toBeLessThanOrEqual(1);
    // Texts in [html] format must hold the payloads HTML-escaped, so a GIFT importer shows them as text.
    const html = giftHtmlTexts(questions).join('\n');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('{}~=#:');
    expectNoLiveMarkup(html, 'GIFT [html] texts');
  });
});

describe.runIf(has('moodle'))('quiz.moodle.xml', () => {
  it('is well-formed, has the same questions and no live markup in its HTML texts', async () => {
    const [safe, xml] = await Promise.all([
      read('safe', 'quiz/quiz.moodle.xml'),
      read('injected', 'quiz/quiz.moodle.xml'),
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const count = (s: string) => (s.match(/<question\b/g) ?? []).length;
    expect(count(xml)).toBe(count(safe));
    // Texts marked format="html" (question texts, feedback) must hold the payloads escaped; the rest is plain text.
    const text = moodleHtmlTexts(xml).join('\n');
    expect(text.length).toBeGreaterThan(1000);
    expectNoLiveMarkup(text, 'Moodle question texts (HTML)');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe.runIf(has('qti'))('quiz.qti.zip', () => {
  it('every XML file is well-formed, with the same files and no script or img element', async () => {
    const files = (zip: Uint8Array) => Object.entries(unzipSync(zip)).filter(([name]) => name.endsWith('.xml'));
    const safe = files(await readBytes('safe', 'quiz/quiz.qti.zip'));
    const injected = files(await readBytes('injected', 'quiz/quiz.qti.zip'));
    expect(injected.map(([n]) => n)).toEqual(safe.map(([n]) => n));
    let text = '';
    for (const [name, data] of injected) {
      const xml = new TextDecoder().decode(data);
      expect(XMLValidator.validate(xml), name).toBe(true);
      const names = xmlElementNames(xml);
      expect(names.has('script') || names.has('img') || names.has('style'), `${name} holds a smuggled element`).toBe(
        false,
      );
      text += xmlText(xml);
    }
    expect(text).toContain('<script>alert(1)</script>');
  });
});
