import { defineRules, type RuleId } from '@lectern/narrative';

/** Every finding and error code the deck package reports. */
export const DECK_RULES = defineRules([
  {
    rule: 'deck/overflow',
    severity: 'warning',
    title: 'A slide item longer than a slide can show',
    message:
      'Slide {n} ({layout}, "{title}") needs ~{lines} lines but holds {budget} in the {theme} theme; one item is longer than a slide can show.',
    hint: 'Shorten the key point, caption or quote, or split it into two (the full text stays in the speaker notes); or build with a theme that holds more text (--theme lectern).',
  },
  {
    rule: 'deck/empty-section',
    severity: 'warning',
    title: 'A section whose slides have no speaker notes',
    message: 'Section "{title}" has no prose: its slides have no speaker notes.',
    hint: 'Write the section body below its frontmatter.',
  },
  {
    rule: 'deck/section-dropped',
    severity: 'warning',
    title: 'A section a cut has no room for',
    message: 'Section "{title}" does not fit the {cut} cut and has no slide.',
    hint: "Raise the cut's maxSlides or narrow its sections list.",
  },
  {
    rule: 'deck/too-many-slides',
    severity: 'error',
    title: 'A cut longer than its maxSlides',
    message: 'The {cut} cut has {count} slides; its maxSlides is {max}.',
    hint: 'Raise maxSlides or include fewer sections in the cut.',
  },
  {
    rule: 'deck/full-width-punctuation',
    severity: 'info',
    title: 'Half-width punctuation in Chinese display text, shown full-width',
    message: 'Slide "{slide}" shows {from} as {to}; the content and the notes keep what was written.',
    hint: 'Nothing to do: the deck records it in `normalisations`. Write full-width punctuation in Chinese text to match.',
  },
  {
    rule: 'deck/unknown-cut',
    severity: 'failure',
    title: 'A cut the narrative does not define',
    message: 'Unknown cut "{cut}" for narrative {id}.',
    hint: 'Use `full` or one of the cut ids in narrative.yaml.',
  },
  {
    rule: 'deck/cut-carry',
    severity: 'failure',
    title: 'A cut carries what its sections do not have',
    message: 'Cut "{cut}" carries a fact no section of the cut has, or entities no key point of its sections names.',
    hint: 'Name a fact of one of the cut’s sections (or add its section to `sections`), or entities its key points mention.',
  },
  {
    rule: 'deck/unknown-theme',
    severity: 'failure',
    title: 'A theme the deck package does not have',
    message: 'Unknown theme "{name}".',
    hint: 'Use one of the themes `listThemes()` names (the error lists them).',
  },
]);

export type DeckRule = RuleId<typeof DECK_RULES>;
