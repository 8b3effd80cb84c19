import type { TimelineEvent } from '@lectern/narrative';

/** The first and last day an event's date may mean, as comparable day numbers (`2021` spans the whole year). */
export function eventSpan(event: TimelineEvent): { start: number; end: number } {
  const day = (y: number, m: number, d: number): number => y * 372 + (m - 1) * 31 + (d - 1);
  const [yearText, rest, dayText] = event.date.split('-');
  const year = Number(yearText);
  if (rest === undefined) return { start: day(year, 1, 1), end: day(year, 12, 31) };
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return { start: day(year, q * 3 - 2, 1), end: day(year, q * 3, 31) };
  }
  const month = Number(rest);
  if (dayText === undefined) return { start: day(year, month, 1), end: day(year, month, 31) };
  const d = Number(dayText);
  return { start: day(year, month, d), end: day(year, month, d) };
}

/**
 * The largest set of events whose dates cannot overlap (so the order is beyond doubt), thinned evenly to `max`.
 * `2021` and `2021-07` overlap; `2021-07` and `2022` do not.
 */
export function orderableEvents(events: readonly TimelineEvent[], max: number): TimelineEvent[] {
  const sorted = [...events].sort(
    (a, b) =>
      eventSpan(a).end - eventSpan(b).end || eventSpan(a).start - eventSpan(b).start || a.id.localeCompare(b.id),
  );
  const chosen: TimelineEvent[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const event of sorted) {
    const span = eventSpan(event);
    if (span.start > lastEnd) {
      chosen.push(event);
      lastEnd = span.end;
    }
  }
  if (chosen.length <= max) return chosen;
  return Array.from(
    { length: max },
    (_, i) => chosen[Math.round((i * (chosen.length - 1)) / (max - 1))] as TimelineEvent,
  );
}
