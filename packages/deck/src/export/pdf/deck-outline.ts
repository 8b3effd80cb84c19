import type { DeckModel, Slide } from '../../model/deck-model.js';
import type { OutlineEntry } from './outline-entry.js';

/** Joiners and zero-width spaces the typography step puts into display titles: no use in a bookmark. */
const INVISIBLE = /[\u200b\u2060\u00ad]/g;

const clean = (text: string): string => text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

/**
 * The bookmarks of a deck's PDF (one page per slide): the title, agenda and closing slides at the top
 * level, and one bookmark per section opening its first slide, with that section's slides under it.
 * A continuation slide and a checkpoint's answer slide get no bookmark of their own. Pure.
 */
export function deckOutline(deck: DeckModel): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let section: { id: string; entry: OutlineEntry } | undefined;
  for (const slide of deck.slides) {
    if ((slide.continuation?.part ?? 1) > 1 || slide.layout === 'checkpoint-answer') continue;
    if (slide.sectionId === undefined) {
      section = undefined;
      entries.push({ title: clean(slide.title), page: slide.index });
      continue;
    }
    if (section?.id !== slide.sectionId) {
      section = { id: slide.sectionId, entry: { title: sectionTitle(slide), page: slide.index, children: [] } };
      entries.push(section.entry);
      if (slide.layout === 'section') continue;
    }
    const title = clean(slide.title);
    // A condensed cut's one slide per section is the section's bookmark itself.
    if (slide.index !== section.entry.page || title !== section.entry.title) {
      section.entry.children!.push({ title, page: slide.index });
    }
  }
  for (const entry of entries) if (entry.children?.length === 0) delete entry.children;
  return entries;
}

/** A section's bookmark: its divider's number and title, else the title of its first slide. */
function sectionTitle(slide: Slide): string {
  if (slide.layout === 'section') return clean(`${slide.data.number} ${slide.data.title}`);
  return clean(slide.title);
}
