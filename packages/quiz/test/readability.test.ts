import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { formatPeriod } from '../src/i18n/format-period.js';
import { nestQuotes } from '../src/i18n/strings.js';
import { zh } from '../src/i18n/zh.js';
import { findGiveaways, type Item } from '../src/index.js';
import { meaningChanges } from '../src/util/meaning-change.js';
import { isTableRow } from '../src/util/sentences.js';

describe('what reads badly in imported quizzes', () => {
  it('names fiscal periods and half years in words', () => {
    expect(formatPeriod('FY2025-Q1', en)).toBe('Q1 of fiscal 2025');
    expect(formatPeriod('FY2025-Q1', zh)).toBe('2025财年第一季度');
    expect(formatPeriod('FY2024', en)).toBe('fiscal 2024');
    expect(formatPeriod('2024-H1', zh)).toBe('2024年上半年');
    expect(formatPeriod('2024-H2', en)).toBe('the second half of 2024');
    expect(formatPeriod('2023-Q3', en)).toBe('Q3 2023');
  });

  it('tells a table row from a sentence', () => {
    expect(isTableRow('Google Cloud: Q3 2024 revenue $11.4 billion; Growth 35%.')).toBe(true);
    expect(isTableRow('Anthropic：2023年融资73亿美元；估值184亿美元')).toBe(true);
    expect(isTableRow('AWS以自研芯片提升性价比：Graviton2比x86实例价格性能提升40%。')).toBe(false);
    expect(isTableRow('Growth held up, but spending rose even faster; investors asked when it will pay off.')).toBe(
      false,
    );
  });

  it('turns an English sentence by a verb before its opening noun', () => {
    expect(meaningChanges('Growth held up, but spending on AI rose even faster.', 'en')[0]?.text).toBe(
      'Growth held up, but spending on AI fell even faster.',
    );
  });

  it('closes a quotation a cut sentence opens', () => {
    expect(nestQuotes('正如他所言，“客户在优化支出。')).toBe('正如他所言，‘客户在优化支出。’');
  });

  it('sees an English figure written apart from its unit as a cue', () => {
    const base = {
      origin: 'generated' as const,
      language: 'en',
      rationale: 'The text says so.',
      difficulty: 'easy' as const,
      level: 'remember' as const,
      type: 'numeric' as const,
      tolerance: 0,
      unit: 'billion USD',
    };
    const source = (f: string) => ({ sectionId: 's', paragraphIds: ['p'], factIds: [f], passage: 'P.' });
    const a = {
      ...base,
      id: 'a',
      answer: 7.3,
      source: source('f1'),
      stem: 'Anthropic: $____ billion; valuation $18.4 billion.',
    };
    const b = {
      ...base,
      id: 'b',
      answer: 18.4,
      source: source('f2'),
      stem: 'Anthropic: $7.3 billion; valuation $____ billion.',
    };
    expect(findGiveaways([a, b] as Item[]).length).toBe(1);
  });
});
