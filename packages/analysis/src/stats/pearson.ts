/** Pearson correlation of x and y over the indices in `rows`; `NaN` when either has no variance. */
export function pearson(x: (r: number) => number, y: (r: number) => number, rows: ArrayLike<number>): number {
  const n = rows.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x(rows[i]!);
    sy += y(rows[i]!);
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x(rows[i]!) - mx;
    const dy = y(rows[i]!) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}
