import type { Item } from '../model/item.js';
import type { ExportLabels } from './labels.js';

/**
 * The feedback every LMS export shows after an item is answered, as plain text: the rationale, then the
 * cited passage with its paragraph ids, then the slide that teaches it when known.
 */
export function generalFeedbackText(item: Item, labels: ExportLabels): string {
  const parts = [
    `${labels.rationale}：${item.rationale}`,
    `${labels.source}（${item.source.paragraphIds.join(', ')}）：${item.source.passage}`,
  ];
  if (item.slide !== undefined) parts.push(labels.taughtOnSlide(item.slide));
  return parts.join('\n\n');
}
