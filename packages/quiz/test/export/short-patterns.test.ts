import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { lmsWarnings } from '../../src/export/lms-warnings.js';
import { qtiPackageFiles } from '../../src/export/qti-package.js';
import { xsdPattern } from '../../src/export/qti-processing.js';
import { exportQuizGift, exportQuizMoodleXml, matchesPattern } from '../../src/index.js';
import { sampleQuiz } from '../fixtures/export/sample-quiz.js';

const quiz = sampleQuiz();
const short = quiz.items.find((i) => i.type === 'short' && i.patterns?.length);

describe('short-answer patterns reach every export', () => {
  it('GIFT and Moodle XML accept each pattern at 100 % (Moodle reads * as a wildcard)', () => {
    if (short?.type !== 'short') throw new Error('fixture: a short item with patterns');
    expect(exportQuizGift(quiz)).toContain('=%100%*亚马逊*');
    const xml = exportQuizMoodleXml(quiz);
    expect(xml).toMatch(/<answer fraction="100"[^>]*>\s*<text>\*亚马逊\*<\/text>/);
  });

  it('QTI tests each pattern with patternMatch before the answer mapping', () => {
    if (short?.type !== 'short') throw new Error('fixture');
    const files = qtiPackageFiles(quiz);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      files[`items/${short.id}.xml`]!,
    );
    const condition =
      parsed.assessmentItem.responseProcessing.responseCondition[0] ??
      parsed.assessmentItem.responseProcessing.responseCondition;
    expect(condition.responseElseIf.or.patternMatch['@pattern']).toBe('.*亚马逊.*');
  });

  it('an XML Schema pattern accepts what matchesPattern accepts, in any letter case', () => {
    // XSD patterns are implicitly anchored: test them anchored here.
    const cases: [string, string, boolean][] = [
      ['*cloud*', 'Our CLOUD spend', true],
      ['*cloud*', 'clod', false],
      ['andy*letter', 'Andy Jassy letter', true],
      ['a.b*', 'a.bc', true],
      ['a.b*', 'axbc', false],
      ['(x)*', '(X) and more', true],
    ];
    for (const [pattern, typed, accepted] of cases) {
      expect(new RegExp(`^(?:${xsdPattern(pattern)})$`, 'u').test(typed), `${pattern} ~ ${typed}`).toBe(accepted);
      expect(matchesPattern(pattern, typed), `matchesPattern ${pattern} ~ ${typed}`).toBe(accepted);
    }
  });

  it('warns that Canvas leaves patterns ungraded', () => {
    if (short?.type !== 'short') throw new Error('fixture');
    const warnings = lmsWarnings(quiz, 'canvas').filter((w) => w.itemId === short.id);
    expect(warnings.map((w) => w.rule)).toEqual(['quiz/lms-canvas-correct-responses', 'quiz/lms-canvas-patterns']);
    expect(lmsWarnings(quiz, 'moodle@4.4').filter((w) => w.itemId === short.id)).toEqual([]);
  });
});
