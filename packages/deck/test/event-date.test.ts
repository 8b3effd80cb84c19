import { describe, expect, it } from 'vitest';
import { buildDeckModel } from '../src/index.js';
import { compareDates, dateKey } from '../src/model/event-date.js';
import { section, smallNarrative } from './fixtures/small-narrative.js';

describe('event dates', () => {
  it('sorts by a date key, not as strings', () => {
    const dates = ['2023-04', '2023-Q1', '2023', '2022-Q3', '2023-04-13', '2021-07', '2023-Q2', '2022'];
    expect([...dates].sort(compareDates)).toEqual([
      '2021-07',
      '2022',
      '2022-Q3',
      '2023',
      '2023-Q1',
      '2023-04',
      '2023-Q2',
      '2023-04-13',
    ]);
    expect(dateKey('2023-Q2')).toEqual([2023, 4, 0]);
    expect(dateKey('2023')).toEqual([2023, 0, 0]);
  });

  it('keeps equal dates in content order and puts unknown forms last', () => {
    const items = ['b:2023-Q2', 'a:2023-04', 'c:soon', 'd:2023-04'];
    const sorted = [...items].sort((x, y) => compareDates(x.slice(2), y.slice(2)));
    expect(sorted).toEqual(['b:2023-Q2', 'a:2023-04', 'd:2023-04', 'c:soon']);
  });

  it('orders timeline slides by date: a quarter before a later month of the same year', () => {
    const n = smallNarrative();
    const ev = (id: string, date: string) => ({
      id,
      date,
      precision: 'month' as const,
      text: id,
      paragraph: 't-p1',
      sectionId: 't',
      loc: { file: 'x', line: 1, column: 1 },
    });
    n.sections.push(
      section('t', 2, {
        events: [ev('april', '2023-04'), ev('q1', '2023-Q1'), ev('year', '2023'), ev('old', '2022-12')],
      }),
    );
    const deck = buildDeckModel(n);
    const timeline = deck.slides.find((s) => s.layout === 'timeline' && s.sectionId === 't');
    expect(timeline?.layout === 'timeline' && timeline.data.events.map((e) => e.text)).toEqual([
      'old',
      'year',
      'q1',
      'april',
    ]);
  });
});
