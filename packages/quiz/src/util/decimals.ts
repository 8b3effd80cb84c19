/** Number of decimals a value is written with (29.4 → 1, 4600 → 0). */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Rounds to the given number of decimals without floating-point tails. */
export function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}
