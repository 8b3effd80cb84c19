/**
 * A number written out in plain decimal notation (no exponent, no grouping), as GIFT, Moodle and QTI
 * expect: `460000000000`, `0.0000001`, `-12.5`.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Letter label for the n-th option (0-based): A, B, … Z, AA, AB, … */
export function optionLetter(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/** Rounds to 5 decimals, the precision Moodle uses for fractions (33.33333). */
export function round5(value: number): number {
  return Number(value.toFixed(5));
}
