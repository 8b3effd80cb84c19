import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportQuizQti, qtiPackageFiles } from '../../src/export/qti-package.js';
import { verdictFeedback } from '../../src/export/general-feedback.js';
import { labelsFor } from '../../src/export/labels.js';
import { HOSTILE, hostileQuiz, sampleQuiz } from '../fixtures/export/sample-quiz.js';
import { CP_XSD, QTI_ITEM_XSD, validateAgainst } from './qti-schemas.js';

// biome-ignore lint/suspicious/noExplicitAny: a parsed XML tree (preserveOrder form)
type XNode = any;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  trimValues: false,
});

/** All text inside an element subtree (preserveOrder form), `<br/>` as a line break. */
function textOf(nodes: XNode[]): string {
  return nodes
    .map((n) => {
      if ('#text' in n) return String(n['#text']);
      const [tag] = Object.keys(n).filter((k) => k !== ':@');
      if (tag === 'br') return '\n';
      return textOf(n[tag!] as XNode[]);
    })
    .join('');
}

function find(nodes: XNode[], tag: string): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    if (tag in n) out.push(n);
    for (const k of Object.keys(n))
      if (k !== ':@' && k !== '#text' && Array.isArray(n[k])) out.push(...find(n[k], tag));
  }
  return out;
}

describe('quiz.qti.zip', () => {
  it('every item, the test and the manifest validate against the QTI 2.1 / IMS CP XSDs', async () => {
    const items: Record<string, string> = {};
    const manifests: Record<string, string> = {};
    for (const [name, quiz] of Object.entries({ sample: sampleQuiz(), hostile: hostileQuiz() })) {
      const files = qtiPackageFiles(quiz);
      for (const [path, xml] of Object.entries(files)) {
        if (path === 'imsmanifest.xml') manifests[`${name}-${path}`] = xml;
        else items[`${name}-${path}`] = xml;
      }
    }
    expect(Object.keys(items)).toHaveLength(2 * (sampleQuiz().items.length + 1));
    expect(await validateAgainst(QTI_ITEM_XSD, items)).toEqual([]);
    expect(await validateAgainst(CP_XSD, manifests)).toEqual([]);
  }, 600_000);

  it('the validator does reject a broken item', async () => {
    const files = qtiPackageFiles(sampleQuiz());
    const broken = files['items/aws-revenue-2022.xml']!.replace('maxChoices="1"', 'maxChoices="one"');
    expect((await validateAgainst(QTI_ITEM_XSD, { 'x.xml': broken })).length).toBeGreaterThan(0);
  }, 600_000);

  it('the manifest lists every resource with its file, and the zip holds exactly those', () => {
    const zip = unzipSync(exportQuizQti(sampleQuiz()));
    const names = Object.keys(zip);
    expect(names).toEqual([...names].sort());
    const manifest = strFromU8(zip['imsmanifest.xml']!);
    const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.sort()).toEqual(names.filter((n) => n !== 'imsmanifest.xml').sort());
    expect(manifest.match(/type="imsqti_item_xmlv2p1"/g)).toHaveLength(sampleQuiz().items.length);
  });

  it('is byte-identical across runs', () => {
    expect(Buffer.from(exportQuizQti(hostileQuiz())).equals(Buffer.from(exportQuizQti(hostileQuiz())))).toBe(true);
  });

  it('declares the right interaction and correct response per type', () => {
    const files = qtiPackageFiles(sampleQuiz());
    const get = (id: string) => files[`items/${id}.xml`]!;
    expect(get('aws-revenue-2022')).toContain('<correctResponse><value>C2</value></correctResponse>');
    expect(get('layoff-facts')).toContain('cardinality="multiple"');
    expect(get('layoff-facts')).toMatch(/mapKey="C1" mappedValue="0.5"/);
    expect(get('aws-revenue-numeric')).toContain('baseType="float"');
    expect(get('aws-revenue-numeric')).toContain('tolerance="0.5 0.5"');
    expect(get('who-cut')).toContain('<mapEntry mapKey="Amazon" mappedValue="1" caseSensitive="false"/>');
    expect(get('cloze-growth')).toContain('textEntryInteraction responseIdentifier="RESPONSE_2"');
    expect(get('match-figures')).toContain('<value>L1 R1</value><value>L2 R2</value><value>L3 R3</value>');
    expect(get('order-events')).toContain('cardinality="ordered"');
    expect(get('order-events')).toContain('<value>E1</value><value>E2</value><value>E3</value>');
  });

  it('round-trips hostile text in stems, options and feedback', () => {
    const quiz = hostileQuiz();
    const files = qtiPackageFiles(quiz);
    const labels = labelsFor(quiz.language);
    quiz.items.forEach((item) => {
      const xml = files[`items/${item.id}.xml`]!;
      expect(xml).not.toContain('<script>');
      const doc = parser.parse(xml);
      const body = find(doc, 'itemBody')[0].itemBody as XNode[];
      const paragraphs = body.filter((n) => 'p' in n).map((n) => textOf(n.p));
      expect(paragraphs[0]).toBe(item.stem);
      const section = quiz.sections.find((x) => x.id === item.source.sectionId);
      const [correct, incorrect] = find(doc, 'modalFeedback').map((feedback: XNode) =>
        textOf(
          feedback.modalFeedback.filter((n: XNode) => 'p' in n).flatMap((n: XNode) => [{ '#text': '\n\n' }, ...n.p]),
        ).slice(2),
      );
      expect(correct).toBe(verdictFeedback(item, labels, 'correct', section));
      expect(incorrect).toBe(verdictFeedback(item, labels, 'incorrect', section));
      if (item.type === 'single') {
        const choices = find(doc, 'simpleChoice').map((n) => textOf(n.simpleChoice));
        expect(choices).toEqual(item.options.map((o) => o.text));
      }
      if (item.type === 'cloze') expect(paragraphs.at(-1)).toContain(HOSTILE);
    });
  });
});
