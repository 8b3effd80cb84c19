import type { Slide } from '../model/deck-model.js';
import type { SlideDraft } from '../model/draft.js';
import { overflows } from './measure-slide.js';

/**
 * A statement title (the slide's point, its topic moved to the kicker) may take two heading lines. Where they
 * would make the slide overflow `theme` (so its content would be split or cut), the slide keeps its one-line
 * topic title instead: the point is in the notes, and no continuation exists only to make room for a title.
 */
export function fitStatementTitle(draft: SlideDraft, theme: string, language = 'zh-CN'): SlideDraft {
  if (draft.kicker === undefined || !overflows({ ...draft, index: 0 } as Slide, theme, language)) return draft;
  const { kicker, ...topic } = draft;
  return { ...topic, title: kicker } as SlideDraft;
}
