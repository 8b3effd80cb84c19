import { itemRule } from '../rule.js';

/** The item does not say which passage it tests, so it cannot be traced to the text. */
export const missingSource = itemRule('quiz/missing-source', 'error', (item) => {
  const { source } = item;
  if (source.sectionId !== '' && source.paragraphIds.length > 0 && source.passage.trim() !== '') return [];
  return [
    {
      message: 'the item has no source passage',
      hint: 'Name the paragraph(s) it tests (`tests.paragraphs`), and check that they exist.',
    },
  ];
});
