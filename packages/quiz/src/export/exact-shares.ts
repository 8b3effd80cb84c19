/**
 * `total` split into `n` shares of at most 5 decimals that add up to `total` exactly in decimal: the first
 * shares take the leftover units (1 → 0.33334, 0.33333, 0.33333). Rounding every share alike would lose
 * 0.00001 (0.99999), and a strict player then shows full marks as partial.
 */
export function exactShares(total: number, n: number): number[] {
  const units = Math.round(total * 1e5);
  const each = Math.trunc(units / n);
  const left = units - each * n;
  return Array.from({ length: n }, (_, i) => (each + (i < Math.abs(left) ? Math.sign(left) : 0)) / 1e5);
}
