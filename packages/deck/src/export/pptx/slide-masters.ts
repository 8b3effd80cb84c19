import type { LayoutKind } from '../../model/deck-model.js';
import { BODY, HEADING, PAGE, type PptxContext } from './pptx-context.js';
import type { PptxPresentation } from './pptxgen-class.js';

type MasterObjects = NonNullable<Parameters<PptxPresentation['defineSlideMaster']>[0]['objects']>;
type PlaceholderOptions = Extract<MasterObjects[number], { placeholder: unknown }>['placeholder']['options'];

/** The slide masters, one per look of the HTML themes' layouts. */
export type MasterName =
  | 'LECTERN_TITLE'
  | 'LECTERN_SECTION'
  | 'LECTERN_QUOTE'
  | 'LECTERN_CONTENT'
  | 'LECTERN_CHECKPOINT'
  | 'LECTERN_LIST';

/** The master each layout is drawn on. */
export function masterFor(layout: LayoutKind): MasterName {
  if (layout === 'title') return 'LECTERN_TITLE';
  if (layout === 'section') return 'LECTERN_SECTION';
  if (layout === 'quote') return 'LECTERN_QUOTE';
  if (layout === 'checkpoint-question' || layout === 'checkpoint-answer') return 'LECTERN_CHECKPOINT';
  if (layout === 'key-points' || layout === 'summary') return 'LECTERN_LIST';
  return 'LECTERN_CONTENT';
}

const FOOTER_Y = PAGE.height - 0.42;

/**
 * The placeholders and fixed marks of each master. pptxgenjs gives text put into a placeholder the
 * placeholder's own options (its position, font, size, colour), so each look is a master of its own.
 */
function masters(ctx: PptxContext): Record<MasterName, { background: string; objects: MasterObjects }> {
  const { theme: t, fonts } = ctx;
  const s = t.sizes;
  const title = (options: Partial<PlaceholderOptions>): MasterObjects[number] => ({
    placeholder: {
      options: {
        name: 'title',
        type: 'title',
        fontFace: fonts.heading,
        bold: true,
        color: t.text,
        valign: 'bottom',
        fit: 'shrink',
        margin: 0,
        lang: ctx.lang,
        ...HEADING,
        fontSize: s.heading,
        ...options,
      } as PlaceholderOptions,
      text: '',
    },
  });
  const footer = (color: string): MasterObjects[number] => ({
    text: {
      text: ctx.footer,
      options: {
        x: PAGE.margin,
        y: FOOTER_Y,
        w: 7.2,
        h: 0.3,
        fontFace: fonts.body,
        fontSize: s.footer,
        color,
        lang: ctx.lang,
        margin: 0,
        valign: 'middle',
      },
    },
  });
  const rule = (color: string): MasterObjects[number] => ({
    line: {
      x: HEADING.x,
      y: HEADING.y + HEADING.h + 0.08,
      w: HEADING.w,
      h: 0,
      line: { color, width: 2.25 },
    },
  });
  const heading = (ruleColor: string): MasterObjects => [title({}), rule(ruleColor), footer(t.muted)];
  return {
    LECTERN_TITLE: {
      background: t.background,
      objects: [
        title({ x: 1.06, y: 1.25, w: PAGE.width - 1.06 - 0.75, h: 1.6, fontSize: Math.round((s.heading * 64) / 44) }),
        footer(t.muted),
      ],
    },
    LECTERN_SECTION: {
      background: t.divider,
      objects: [
        title({ y: 2.2, h: 1.0, fontSize: Math.round((s.heading * 56) / 44), color: t.onDivider, valign: 'top' }),
        footer(t.onDivider),
      ],
    },
    // The quote's heading is a small kicker above the quotation, as in the HTML themes.
    LECTERN_QUOTE: {
      background: t.background,
      objects: [title({ y: 0.3, h: 0.35, fontSize: s.caption, color: t.muted, valign: 'middle' }), footer(t.muted)],
    },
    LECTERN_CONTENT: { background: t.background, objects: heading(t.accent) },
    LECTERN_CHECKPOINT: { background: t.background, objects: heading(t.accent2) },
    LECTERN_LIST: {
      background: t.background,
      objects: [
        ...heading(t.accent),
        {
          placeholder: {
            options: {
              name: 'body',
              type: 'body',
              ...BODY,
              fontFace: fonts.body,
              fontSize: s.body,
              color: t.text,
              valign: 'top',
              fit: 'shrink',
              lang: ctx.lang,
            } as PlaceholderOptions,
            text: '',
          },
        },
      ],
    },
  };
}

/**
 * Defines every master on the presentation: a real title placeholder where its layouts put the heading (so
 * PowerPoint's outline view, the slide sorter and screen readers see every slide's title), the list master a
 * body placeholder for the points, the heading's rule, the footer (the deck's title) and the slide number, in
 * the theme's colours and sizes (`PptxTheme`, from the same tokens as the CSS).
 */
export function defineMasters(ctx: PptxContext): void {
  const number = {
    x: PAGE.width - 0.31 - 0.8,
    y: FOOTER_Y,
    w: 0.8,
    h: 0.3,
    fontFace: ctx.fonts.body,
    fontSize: ctx.theme.sizes.footer,
    color: ctx.theme.muted,
    align: 'right' as const,
  };
  for (const [title, master] of Object.entries(masters(ctx))) {
    const numbered = title !== 'LECTERN_TITLE' && title !== 'LECTERN_SECTION';
    ctx.pptx.defineSlideMaster({
      title,
      background: { color: master.background },
      objects: master.objects,
      ...(numbered ? { slideNumber: number } : {}),
    });
  }
}
