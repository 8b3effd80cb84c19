import { describe, expect, it } from 'vitest';
import { draftPoints } from '../src/draft/draft-points.js';
import { tableRowProse } from '../src/read/table-prose.js';

describe('drafted key points and summary', () => {
  it('draws them from prose before table rows written as sentences', () => {
    const row = tableRowProse(['Provider', 'Q3 2024 revenue', 'Growth'], ['Google Cloud', '$11.4 billion', '35%']);
    const sentences = [
      { text: 'Google Cloud revenue rose 35% to $11.4 billion in Q3 2024.', hasFigure: true },
      { text: 'Its operating income reached $1.9 billion, up from $266 million a year earlier.', hasFigure: true },
      { text: 'Analysts said the unit now pays for its own data centers.', hasFigure: false },
      { text: row, hasFigure: true, tableRow: true },
    ];
    const { summary, keyPoints } = draftPoints(sentences, false);
    expect(summary).not.toContain('Growth 35%');
    expect(keyPoints).toHaveLength(3);
    expect(keyPoints.join('\n')).not.toContain('Growth 35%');
  });

  it('drafts a table row when the prose runs short', () => {
    const row = tableRowProse(['Provider', 'Growth'], ['AWS', '19%']);
    const { keyPoints } = draftPoints(
      [
        { text: 'AWS grew 19% in the quarter.', hasFigure: true },
        { text: row, hasFigure: true, tableRow: true },
      ],
      false,
    );
    expect(keyPoints).toContain('AWS: Growth 19%');
  });
});
