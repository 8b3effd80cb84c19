import { isChinese } from '@lectern/narrative';
import type { SlideDraft } from '../model/draft.js';
import { fullWidthPunctuation } from './cjk-punctuation.js';

/** One display string the deck shows differently from the content: the content itself is unchanged. */
export interface PresentationNormalisation {
  rule: 'deck/full-width-punctuation';
  /** The slide's title (after normalisation). */
  slide: string;
  /** Where in the slide: `title`, or a path into its data (`data.points.0`). */
  field: string;
  from: string;
  to: string;
}

/**
 * Keys whose strings are identifiers, codes or dates, never shown as prose. Notes are not display text;
 * the sources slide quotes the source and the content as written, so its data is left as it is.
 */
const NOT_DISPLAY = new Set([
  'factId',
  'quoteId',
  'itemId',
  'paragraphId',
  'metric',
  'unit',
  'scale',
  'kind',
  'period',
  'date',
  'role',
  'chart',
  'url',
]);

function walk(value: unknown, path: string, record: (path: string, from: string, to: string) => void): unknown {
  if (typeof value === 'string') {
    const to = fullWidthPunctuation(value);
    if (to !== value) record(path, value, to);
    return to;
  }
  if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}.${i}`, record));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value))
      out[key] = NOT_DISPLAY.has(key) ? v : walk(v, `${path}.${key}`, record);
    return out;
  }
  return value;
}

/**
 * A Chinese deck's display text (titles, points, captions, labels, quotes) with full-width punctuation
 * where it stands in Chinese (`fullWidthPunctuation`); each change is appended to `log`. Other languages,
 * notes and the sources slide are returned as they are.
 */
export function normaliseDisplayText(
  draft: SlideDraft,
  language: string,
  log: PresentationNormalisation[],
): SlideDraft {
  if (!isChinese(language)) return draft;
  const changes: Array<Omit<PresentationNormalisation, 'slide'>> = [];
  const record = (field: string, from: string, to: string): void => {
    changes.push({ rule: 'deck/full-width-punctuation', field, from, to });
  };
  const title = walk(draft.title, 'title', record) as string;
  const data = draft.layout === 'sources' ? draft.data : walk(draft.data, 'data', record);
  for (const change of changes) log.push({ ...change, slide: title });
  return changes.length === 0 ? draft : ({ ...draft, title, data } as SlideDraft);
}
