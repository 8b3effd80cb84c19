/**
 * A bare English number whose thing counted stands before it, not after (`Customer complaints about estimated
 * bills had risen to 6,200`, `Billing complaints dropped to 1,100`): the plural noun that leads its verb.
 */

/** A verb that brings the count's new level or its total, with its particle. */
const LEVEL_VERB = String.raw`(?:(?:had|has|have)\s+)?(?:rose|risen|fell|fallen|dropped|climbed|grew|grown|increased|decreased|declined|jumped|reached|totall?ed|hit|stood|numbered)(?:\s+(?:to|at))?`;
/** A qualifier between the verb and the number (read as the figure's qualifier later). */
const QUALIFIER = String.raw`(?:(?:about|around|nearly|almost|roughly|some|just|over|more than|fewer than|less than|under)\s+)?`;
/** The plural noun, an optional `about/of/for … ` complement of up to five words, the verb. */
const COUNTED = new RegExp(
  String.raw`\b([a-z]{3,}s)(?:\s+(?:about|for|on|of|from|in|over)(?:\s+[a-z'-]+){1,5})?\s+${LEVEL_VERB}\s+${QUALIFIER}$`,
  'i',
);
/** Plural nouns whose bare number is a level or a price, not a count (`prices rose to 5`, `shares fell to 120`). */
const NOT_COUNTED = new Set(
  'prices shares rates margins yields scores levels ratings temperatures odds stocks sales revenues costs earnings profits losses this its was has is'.split(
    ' ',
  ),
);

/** The thing counted before a bare number: `before` is the text up to the number (its sentence is enough). */
export function countedBefore(before: string): string | undefined {
  const clause = before.slice(before.search(/[^.;:!?]*$/));
  const noun = COUNTED.exec(clause)?.[1]?.toLowerCase();
  return noun && !NOT_COUNTED.has(noun) ? noun : undefined;
}

/** Words after which a bare number is the base of a comparison and counts what the figure before it counts. */
const BASE =
  /(?:\bfrom|\bthan|\bcompared (?:with|to)|\bversus|\bvs\.?)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/i;

/** True when a bare number is the base of the comparison the figure before it opens (`6,200 in 2022, up from 3,900`). */
export function isComparisonBase(between: string): boolean {
  return !/[.;!?]/.test(between) && BASE.test(between);
}
