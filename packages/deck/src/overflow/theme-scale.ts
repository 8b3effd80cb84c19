import { type ThemeTextBox, themeTokens } from '../themes/tokens.js';

/**
 * How a theme's text room compares with the `lectern` theme's, for which the budgets (budgets.ts) are written:
 * `width`, body columns per line; `title`, heading columns per line; `height`, body lines between the heading
 * and the footer band; `headingLine`, one heading line in the theme's body lines (1, 1, 1 and 1.6 for `lectern`).
 */
export interface ThemeScale {
  width: number;
  title: number;
  height: number;
  headingLine: number;
  /** The theme's body line in px: a layout sized in px (KPI cards) costs its px over `line × height`. */
  line: number;
  /** Body lines (lectern's) a kicker takes from the content box: 0 but in uncover (ThemeTextBox.kicker). */
  kicker: number;
}

const perLine = (box: ThemeTextBox, size: number): number => box.width / (size + box.letterSpacing);
const room = (box: ThemeTextBox): number => (box.bandTop - box.bodyTop) / box.line;

const scales = new Map<string, ThemeScale>();

/** The scale of theme `name` (unknown names: `lectern`'s). */
export function themeScale(name = 'lectern'): ThemeScale {
  let scale = scales.get(name);
  if (scale === undefined) {
    const box = themeTokens(name).textBox;
    const base = themeTokens('lectern').textBox;
    const height = room(box) / room(base);
    scale = {
      width: perLine(box, box.body) / perLine(base, base.body),
      title: perLine(box, box.heading) / perLine(base, base.heading),
      height,
      // lectern budgets an extra heading line at 1.6 body lines (55px heading line and margin).
      headingLine: (1.6 * box.headingLine) / base.headingLine / (box.line / base.line),
      line: box.line,
      kicker: box.kicker / (box.line * height),
    };
    scales.set(name, scale);
  }
  return scale;
}
