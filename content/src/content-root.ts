import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the content package folder, which holds one folder per narrative.
 * Resolved from this module's own location: the module sits one level below the package
 * root both as `src/content-root.ts` (tests, `@lectern/source`) and as `dist/content-root.js`.
 */
export const contentRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Id of the narrative Lectern builds when none is named. */
export const defaultNarrativeId = 'amazon-aws-2023';

/** Absolute folder of the default narrative (`<contentRoot>/amazon-aws-2023`). */
export const defaultNarrativeDir: string = join(contentRoot, defaultNarrativeId);
