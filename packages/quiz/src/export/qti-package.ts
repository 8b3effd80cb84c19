import { strToU8, zipSync, type Zippable } from 'fflate';
import { create } from 'xmlbuilder2';
import type { Quiz } from '../model/quiz.js';
import { labelsFor } from './labels.js';
import { DEFAULT_LMS, type ExportOptions } from './lms-target.js';
import { QTI_NS, QTI_XSD, XSI_NS, qtiItemIdentifiers } from './qti-identifiers.js';
import { qtiItemXml } from './qti-item.js';
import { qtiManifestXml } from './qti-manifest.js';

export const QTI_TEST_FILE = 'assessment-test.xml';

/**
 * The files of the QTI 2.1 content package, by path: `imsmanifest.xml`, `assessment-test.xml` and one
 * `items/<identifier>.xml` per item. Pure; `exportQuizQti` zips them. For `lms: 'canvas'` every accepted
 * text answer is also a correct response (Canvas reads no mapping).
 */
export function qtiPackageFiles(quiz: Quiz, options: ExportOptions = {}): Record<string, string> {
  const labels = labelsFor(quiz.language);
  const canvas = (options.lms ?? DEFAULT_LMS) === 'canvas';
  const sections = new Map(quiz.sections.map((s) => [s.id, s]));
  const ids = qtiItemIdentifiers(quiz.items.map((i) => i.id));
  const items = quiz.items.map((item, i) => ({ identifier: ids[i]!, href: `items/${ids[i]}.xml`, item }));
  const files: Record<string, string> = {};
  for (const { identifier, href, item } of items) {
    const section = sections.get(item.source.sectionId);
    files[href] = qtiItemXml(item, identifier, labels, { ...(section ? { section } : {}), allAnswers: canvas });
  }
  files[QTI_TEST_FILE] = qtiTestXml(quiz, items);
  files['imsmanifest.xml'] = qtiManifestXml(quiz, items, QTI_TEST_FILE);
  return files;
}

/** `quiz.qti.zip`: the package zipped with sorted entries and a fixed timestamp (same quiz → same bytes). */
export function exportQuizQti(quiz: Quiz, options: ExportOptions = {}): Uint8Array {
  const files = qtiPackageFiles(quiz, options);
  // Note: fflate reads the date's local-time fields, so a date built from local fields is the same DOS time
  // in every time zone.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const zippable: Zippable = {};
  for (const path of Object.keys(files).sort()) zippable[path] = [strToU8(files[path]!), { mtime, level: 6 }];
  return zipSync(zippable);
}

function qtiTestXml(quiz: Quiz, items: { identifier: string; href: string }[]): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const test = doc.ele(QTI_NS, 'assessmentTest', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`,
    identifier: 'TEST',
    title: quiz.title,
  });
  test.ele('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' });
  const section = test
    .ele('testPart', { identifier: 'PART', navigationMode: 'nonlinear', submissionMode: 'individual' })
    .ele('assessmentSection', { identifier: 'SECTION', title: quiz.title, visible: 'true' });
  for (const { identifier, href } of items) section.ele('assessmentItemRef', { identifier, href: `${href}` });
  test
    .ele('outcomeProcessing')
    .ele('setOutcomeValue', { identifier: 'SCORE' })
    .ele('sum')
    .ele('testVariables', { variableIdentifier: 'SCORE' });
  return `${doc.end({ prettyPrint: true })}\n`;
}
