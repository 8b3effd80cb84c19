import type { Item, ItemSource } from '../model/item.js';
import type { QuizSection } from '../model/quiz.js';
import type { ExportLabels } from './labels.js';

/**
 * Where a learner finds an item's passage, in words a learner reads: the item's own `source.label` when the
 * bank provides one, else the section's number and title. Never the internal section or paragraph ids.
 */
export function learnerSourceLabel(item: Item, section: QuizSection | undefined, labels: ExportLabels): string {
  const label = (item.source as ItemSource & { label?: string }).label;
  if (label) return label;
  return section ? `${labels.section} ${section.number} ${section.title}` : labels.source;
}
