import type { Finding, Narrative, SourceLocation } from '@lectern/narrative';
import type { DeckModel, Slide } from '../model/deck-model.js';
import { BUDGETS } from '../overflow/budgets.js';
import { measureSlide, overflows } from '../overflow/measure-slide.js';

/** Where the densest part of a slide comes from: a fact's own location, else its section's. */
function locate(slide: Slide, narrative: Narrative): SourceLocation | undefined {
  if (slide.layout === 'comparison') return slide.data.rows[0]?.fact.loc;
  if (slide.layout === 'big-number') {
    const longest = [...slide.data.kpis].sort((a, b) => b.caption.length - a.caption.length)[0];
    if (longest?.fact.loc) return longest.fact.loc;
  }
  const section = narrative.sections.find((s) => s.id === slide.sectionId);
  if (slide.layout === 'quote' && section) {
    return section.quotes.find((q) => q.id === slide.data.quotes[0]?.quoteId)?.loc ?? section.loc;
  }
  return section?.loc;
}

function overflowFindings(deck: DeckModel, narrative: Narrative): Finding[] {
  return deck.slides
    .filter((slide) => overflows(slide, deck.theme, deck.language))
    .map((slide) => {
      const m = measureSlide(slide, deck.theme, deck.language);
      const used = m.fixed + m.items.reduce((a, b) => a + b, 0);
      const finding: Finding = {
        rule: 'deck/overflow',
        severity: 'warning',
        message: `Slide ${slide.index + 1} (${slide.layout}, "${slide.title}") needs ~${used.toFixed(1)} lines but holds ${BUDGETS[slide.layout].lines} in the ${deck.theme} theme; one item is longer than a slide can show.`,
        hint: 'Shorten the key point, caption or quote, or split it into two (the full text stays in the speaker notes); or build with a theme that holds more text (--theme lectern).',
      };
      const loc = locate(slide, narrative);
      if (loc !== undefined) finding.loc = loc;
      return finding;
    });
}

function sectionFindings(deck: DeckModel, narrative: Narrative): Finding[] {
  const cut = narrative.cuts.find((c) => c.id === deck.cut);
  const inCut =
    cut?.sections === undefined ? narrative.sections : narrative.sections.filter((s) => cut.sections!.includes(s.id));
  const shown = new Set(deck.slides.map((s) => s.sectionId));
  const findings: Finding[] = [];
  for (const section of inCut) {
    if (section.paragraphs.length === 0) {
      findings.push({
        rule: 'deck/empty-section',
        severity: 'warning',
        message: `Section "${section.title}" has no prose: its slides have no speaker notes.`,
        hint: 'Write the section body below its frontmatter.',
        loc: section.loc,
      });
    }
    if (!shown.has(section.id)) {
      findings.push({
        rule: 'deck/section-dropped',
        severity: 'warning',
        message: `Section "${section.title}" does not fit the ${deck.cut} cut and has no slide.`,
        hint: "Raise the cut's maxSlides or narrow its sections list.",
        loc: section.loc,
      });
    }
  }
  if (cut?.maxSlides !== undefined && deck.slides.length > cut.maxSlides) {
    findings.push({
      rule: 'deck/too-many-slides',
      severity: 'error',
      message: `The ${cut.id} cut has ${deck.slides.length} slides; its maxSlides is ${cut.maxSlides}.`,
      hint: 'Raise maxSlides or include fewer sections in the cut.',
      loc: cut.loc,
    });
  }
  return findings;
}

/** Checks a built deck against its narrative: overflow, empty or dropped sections, slide limits. */
export function lintDeck(deck: DeckModel, narrative: Narrative): Finding[] {
  return [...overflowFindings(deck, narrative), ...sectionFindings(deck, narrative)];
}
