import type { Item } from '../model/item.js';
import type { GeneratorContext } from './context.js';

/** One way of writing items from the narrative's facts, events or sentences. */
export interface Generator {
  /** Stable name, used in item ids (`gen-<name>-…`) and `item.generator`. */
  name: string;
  generate(context: GeneratorContext): Item[];
}
