import JSZip from 'jszip';
import type { PptxPresentation } from './pptxgen-class.js';

/** The `outputType` that makes pptxgenjs's `write` hand back its archive of parts instead of generating it. */
const PARTS = 'lectern-parts';

/**
 * Takes an XML part of the presentation as pptxgenjs adds it, or declines it (`false`): a declined part stays in
 * the archive `pptxgenParts` returns.
 */
export type PartSink = (name: string, xml: string) => boolean;

/** The sink of the write under way (writes take turns, see `pptxgenParts`). */
let sink: PartSink | undefined;
let hooked = false;

/**
 * Note: pptxgenjs has no front door to its parts: `write` adds every part (the XML as strings) to a JSZip archive
 * and returns `zip.generateAsync({ type: outputType })`, which builds the whole package in memory (~380 MB of
 * transient memory for a 48 MB package of 500 sections). This is the one place that reaches past it, through
 * JSZip's own methods: `generateAsync` given our output type resolves to the archive itself, and while a write
 * with a sink is under way, `file(name, xml)` on the presentation's archive (the one with a `ppt/` folder; a
 * chart's workbook has none) hands the part to the sink instead of keeping it. Every other call is JSZip's own.
 * pptxgenjs imports the same JSZip module (one version in the lockfile; a test pins it).
 */
function hookJSZip(): void {
  if (hooked) return;
  hooked = true;
  const generate = JSZip.prototype.generateAsync;
  JSZip.prototype.generateAsync = function (this: JSZip, ...args: Parameters<typeof generate>) {
    if ((args[0]?.type as string | undefined) === PARTS)
      return Promise.resolve(this) as unknown as ReturnType<typeof generate>;
    return generate.apply(this, args);
  } as typeof generate;
  const file = JSZip.prototype.file;
  JSZip.prototype.file = function (this: JSZip, ...args: unknown[]) {
    const [name, data] = args;
    if (
      args.length === 2 &&
      typeof name === 'string' &&
      typeof data === 'string' &&
      this.files['ppt/'] &&
      sink?.(name, data)
    ) {
      // The folders JSZip would have made for the part (pptxgenjs makes them all beforehand).
      const folder = name.slice(0, name.lastIndexOf('/') + 1);
      if (folder !== '' && !this.files[folder]) this.folder(folder);
      return this;
    }
    return (file as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof file;
}

let turn: Promise<unknown> = Promise.resolve();

/**
 * The parts pptxgenjs makes of a presentation: each XML part `take` accepts goes to it as it is made, the rest
 * (folders, chart workbooks, declined parts) come back in the JSZip archive pptxgenjs would have zipped: part
 * names in `zip.files`, each part's data read with `async`. Writes take turns, so a sink sees its own parts only.
 */
export function pptxgenParts(pptx: PptxPresentation, take?: PartSink): Promise<JSZip> {
  hookJSZip();
  const write = async (): Promise<JSZip> => {
    sink = take;
    try {
      const parts: unknown = await pptx.write({ outputType: PARTS as 'uint8array' });
      if (!(parts instanceof JSZip)) {
        throw new Error('pptxgenjs did not hand back its parts: it no longer loads the JSZip that @lectern/deck loads');
      }
      return parts;
    } finally {
      sink = undefined;
    }
  };
  const result = turn.then(write, write);
  turn = result.catch(() => undefined);
  return result;
}
