import type { ItemBank } from '../bank/build-item-bank.js';
import type { Item, ItemType } from '../model/item.js';

/** Which of a bank's items a quiz may draw from. */
export interface PoolOptions {
  /** Item types to draw from. @default all */
  types?: readonly ItemType[];
  /** Section ids to draw from. @default all */
  sections?: readonly string[];
  /** Include authored items. @default true */
  includeAuthored?: boolean;
}

/** The bank's items a quiz with these options may use, in bank order. */
export function quizPool(bank: ItemBank, options: PoolOptions): Item[] {
  return bank.items.filter(
    (item) =>
      (options.types === undefined || options.types.includes(item.type)) &&
      (options.sections === undefined || options.sections.includes(item.source.sectionId)) &&
      (options.includeAuthored !== false || item.origin !== 'authored'),
  );
}
