import { create } from 'xmlbuilder2';
import type { Quiz } from '../model/quiz.js';

const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';

/** `imsmanifest.xml`: the test and every item as resources, each listing its file; the test depends on all. */
export function qtiManifestXml(quiz: Quiz, items: { identifier: string; href: string }[], testHref: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const manifest = doc.ele(CP_NS, 'manifest', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${CP_NS} ${CP_XSD}`,
    identifier: `MANIFEST-${quiz.narrativeId.replace(/[^A-Za-z0-9._-]/g, '_')}`,
  });
  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('QTIv2.1 Package');
  metadata.ele('schemaversion').txt('1.0.0');
  manifest.ele('organizations');
  const resources = manifest.ele('resources');
  const test = resources.ele('resource', { identifier: 'RES-TEST', type: 'imsqti_test_xmlv2p1', href: testHref });
  test.ele('file', { href: testHref });
  for (const { identifier } of items) test.ele('dependency', { identifierref: `RES-${identifier}` });
  for (const { identifier, href } of items) {
    resources
      .ele('resource', { identifier: `RES-${identifier}`, type: 'imsqti_item_xmlv2p1', href })
      .ele('file', { href });
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
