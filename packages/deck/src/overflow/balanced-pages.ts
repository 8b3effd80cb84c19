/** Slack for float sums: a page of cost `room + 1e-9` still fits `room`. */
const EPS = 1e-9;

type Range = [number, number];

/**
 * For each suffix start `s` (0…n), the fewest and most pages the items from `s` to the end split into
 * when every page holds at least `least` items and costs at most `limit` (`Infinity` when impossible).
 * A page from `s` may end anywhere in a window `[s + least, far(s)]` whose ends only move right as `s`
 * does, so both counts come from sliding-window minima and maxima: O(n). The counts reachable from a
 * suffix form an interval (windows of monotone ends), so its fewest and most say which are possible.
 */
function suffixCounts(prefix: readonly number[], limit: number, least: number): { min: number[]; max: number[] } {
  const n = prefix.length - 1;
  const min = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const max = new Array<number>(n + 1).fill(Number.NEGATIVE_INFINITY);
  min[n] = 0;
  max[n] = 0;
  // Deques of page ends e (indices into min/max) for the current window, kept monotone.
  const lowQ: number[] = [];
  const highQ: number[] = [];
  let lowHead = 0;
  let highHead = 0;
  let far = n; // furthest end a page from s may reach, moves left as s does
  let next = n; // the next end to enter the window (window is [s + least, far])
  for (let s = n - 1; s >= 0; s--) {
    while (far > s && prefix[far]! - prefix[s]! > limit + EPS) far--;
    // Enter ends down to s + least.
    while (next >= s + least) {
      if (Number.isFinite(min[next]!)) {
        while (lowQ.length > lowHead && min[lowQ[lowQ.length - 1]!]! >= min[next]!) lowQ.pop();
        lowQ.push(next);
        while (highQ.length > highHead && max[highQ[highQ.length - 1]!]! <= max[next]!) highQ.pop();
        highQ.push(next);
      }
      next--;
    }
    // Leave ends beyond far.
    while (lowHead < lowQ.length && lowQ[lowHead]! > far) lowHead++;
    while (highHead < highQ.length && highQ[highHead]! > far) highHead++;
    if (lowHead < lowQ.length) min[s] = min[lowQ[lowHead]!]! + 1;
    if (highHead < highQ.length) max[s] = max[highQ[highHead]!]! + 1;
  }
  return { min, max };
}

/** Pages of cost at most `limit`, each as full as the pages after it allow; undefined when impossible. */
function pagesWithin(prefix: readonly number[], k: number, limit: number, least: number): Range[] | undefined {
  const n = prefix.length - 1;
  const { min, max } = suffixCounts(prefix, limit, least);
  if (!(min[0]! <= k && k <= max[0]!)) return undefined;
  const pages: Range[] = [];
  let start = 0;
  for (let left = k; left > 0; left--) {
    let end = start + least;
    while (end < n && prefix[end + 1]! - prefix[start]! <= limit + EPS) end++;
    // The fullest page that leaves a suffix splittable into the pages still to come.
    while (end >= start + least && !(min[end]! <= left - 1 && left - 1 <= max[end]!)) end--;
    if (end < start + least) return undefined;
    pages.push([start, end]);
    start = end;
  }
  return start === n ? pages : undefined;
}

/**
 * Page ranges of `items` over exactly `k` pages that make the fullest page as light as possible
 * (the linear partition problem), each page holding at least `least` items where that is possible;
 * among equally light splits, earlier pages are the fuller. The lightest fullest page is found by
 * bisection over its cost, each step a linear check: O(n log(total / precision)), not O(k·n²).
 */
export function balancedPages(items: readonly number[], k: number, least = 1): Range[] | undefined {
  const n = items.length;
  if (k < 1 || k > n || k * least > n) return undefined;
  const prefix = [0];
  for (const cost of items) prefix.push(prefix[prefix.length - 1]! + cost);
  let high = prefix[n]!;
  let best = pagesWithin(prefix, k, high, least);
  if (!best) return undefined;
  let low = items.reduce((a, b) => Math.max(a, b), high / k) - EPS;
  // Each step halves [low, high]; 100 steps take any float range below the EPS slack.
  for (let step = 0; step < 100 && high - low > EPS; step++) {
    const mid = (low + high) / 2;
    const pages = pagesWithin(prefix, k, mid, least);
    if (pages) {
      best = pages;
      high = pages.reduce((most, [a, b]) => Math.max(most, prefix[b]! - prefix[a]!), 0);
    } else low = mid;
  }
  // The split at the lightest limit found, as full early as it allows.
  return pagesWithin(prefix, k, high, least) ?? best;
}
