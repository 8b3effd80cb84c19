/** Kinds the narrative schema knows. */
export type EntityKind = 'company' | 'product' | 'service' | 'chip' | 'person' | 'organisation' | 'place' | 'other';

/** A name found in the text, at an offset. `key` joins mentions of one entity (gazetteer id or normalised name). */
export interface Mention {
  key: string;
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** From the gazetteer (sure) rather than guessed from tags or capitals. */
  known: boolean;
}
