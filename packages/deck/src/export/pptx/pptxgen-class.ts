import pptxgenImport from 'pptxgenjs';
import type * as Pptx from 'pptxgenjs';

/** A pptxgenjs presentation. */
export type PptxPresentation = Pptx.default;
export type PptxSlide = Pptx.default.Slide;
export type PptxTextRun = Pptx.default.TextProps;
export type PptxTextOptions = Pptx.default.TextPropsOptions;
export type PptxTableRow = Pptx.default.TableRow;
export type PptxChartName = Pptx.default.CHART_NAME;

type PptxGenJSClass = new () => PptxPresentation;

/**
 * The pptxgenjs class. Note: the package's type declarations are CommonJS (so TypeScript sees the default
 * import as the module object), while Node loads its ESM build, whose default export is the class itself.
 */
export const PptxGenJSClass: PptxGenJSClass = (() => {
  const loaded = pptxgenImport as unknown as PptxGenJSClass | { default: PptxGenJSClass };
  return typeof loaded === 'function' ? loaded : loaded.default;
})();
