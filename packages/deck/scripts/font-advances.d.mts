/** Where the generated table is written: src/overflow/font-advances.ts. */
export const ADVANCES_FILE: string;
/** Blocks whose characters are 1 em wide unless a table lists them. */
export const EM_BLOCKS: ReadonlyArray<readonly [number, number]>;
/** The generated module src/overflow/font-advances.ts, as text. */
export function fontAdvancesSource(): string;
