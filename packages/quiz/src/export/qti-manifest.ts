import { create } from 'xmlbuilder2';
import type { Item } from '../model/item.js';
import type { Quiz } from '../model/quiz.js';
import { QTI_NS } from './qti-identifiers.js';

const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';

/**
 * The `interactionType` a resource declares. Canvas's importer (`AssessmentItemConverter.create_instructure_question`)
 * takes the type from the manifest when present and only otherwise guesses from the item
 * (`QuestionTypeEducatedGuesser`): the guess has no case for `orderInteraction` (ordering fails without this
 * metadata), while for text entry and matching the guess sets the sub-type the converter needs
 * (`text_entry_interaction`, `matching`) and a declared type would skip it. So: declared for choice and order
 * interactions, left to the guess for text entry and matching.
 */
export function manifestInteractionType(item: Item): string | undefined {
  switch (item.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return 'choiceInteraction';
    case 'ordering':
      return 'orderInteraction';
    default:
      return undefined;
  }
}

/** `imsmanifest.xml`: the test and every item as resources, each listing its file; the test depends on all. */
export function qtiManifestXml(
  quiz: Quiz,
  items: { identifier: string; href: string; item: Item }[],
  testHref: string,
): string {
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
  for (const { identifier, href, item } of items) {
    const resource = resources.ele('resource', { identifier: `RES-${identifier}`, type: 'imsqti_item_xmlv2p1', href });
    const interaction = manifestInteractionType(item);
    if (interaction) resource.ele('metadata').ele(QTI_NS, 'qtiMetadata').ele('interactionType').txt(interaction);
    resource.ele('file', { href });
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
