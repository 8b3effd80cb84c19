import JSZip from 'jszip';
import type { PptxPresentation } from './pptxgen-class.js';

/** The `outputType` that makes pptxgenjs's `write` hand back its archive of parts instead of generating it. */
const PARTS = 'lectern-parts';

let hooked = false;

/**
 * Note: pptxgenjs has no front door to its parts: `write` adds every part (the XML as strings) to a JSZip archive
 * and returns `zip.generateAsync({ type: outputType })`, which builds the whole package in memory (~380 MB of
 * transient memory for a 48 MB package of 500 sections). This is the one place that reaches past it: JSZip's
 * `generateAsync`, given our own output type, resolves to the archive itself; any other call is JSZip's own.
 * pptxgenjs imports the same JSZip module (one version in the lockfile; a test pins it).
 */
function hookGenerate(): void {
  if (hooked) return;
  hooked = true;
  const generate = JSZip.prototype.generateAsync;
  JSZip.prototype.generateAsync = function (this: JSZip, ...args: Parameters<typeof generate>) {
    if ((args[0]?.type as string | undefined) === PARTS)
      return Promise.resolve(this) as unknown as ReturnType<typeof generate>;
    return generate.apply(this, args);
  } as typeof generate;
}

/**
 * The parts pptxgenjs made of a presentation, as the JSZip archive it would have zipped: part names in
 * `zip.files`, each part's data read with `async`.
 */
export async function pptxgenParts(pptx: PptxPresentation): Promise<JSZip> {
  hookGenerate();
  const parts: unknown = await pptx.write({ outputType: PARTS as 'uint8array' });
  if (!(parts instanceof JSZip)) {
    throw new Error('pptxgenjs did not hand back its parts: it no longer loads the JSZip that @lectern/deck loads');
  }
  return parts;
}
