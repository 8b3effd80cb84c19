/**
 * Watch/serve wait this long after the last file event before rebuilding. Editors' saves (in-place or
 * atomic write-then-rename) land within a few ms, so 25 ms groups one save's events without eating
 * the edit-loop budget (a 100 ms debounce alone used the whole 100 ms p50 target).
 */
export const DEFAULT_DEBOUNCE_MS = 25;
