import type { QuizReport } from './quiz-report.js';

const pct = (n: number): string => `${Math.round(n * 100)}%`;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const mark = (ok: boolean): string => (ok ? '✔' : '✘');

/** A quiz report as Markdown, for a person reviewing the quiz (written beside it as `quiz-report.md`). */
export function reportMarkdown(report: QuizReport): string {
  const lines = [
    `# Quiz report: ${report.narrativeId} (seed ${report.seed})`,
    '',
    `${report.items} items · ${pct(report.aboveRemember.share)} above \`remember\` (target ≥ ${pct(report.aboveRemember.target)}) ${mark(report.targets.aboveRemember)} · ${report.figureRecall} ask for a bare figure`,
    '',
    '| level | items |',
    '| --- | ---: |',
    ...Object.entries(report.levels).map(([level, count]) => `| ${level} | ${count} |`),
    '',
    '## Sections',
    '',
    '| section | share of text | target | cap | items | × share |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...report.sections.map(
      (s) => `| ${cell(s.title)} | ${pct(s.share)} | ${s.target} | ${s.cap} | ${s.items} | ${s.ratio.toFixed(2)} |`,
    ),
    '',
    `Every section covered ${mark(report.targets.everySectionCovered)} · none over its cap ${mark(report.targets.sectionsWithinCap)}`,
    '',
    '## Objectives',
    '',
    '| objective | share | target | items |',
    '| --- | ---: | ---: | ---: |',
    ...report.objectives.map((o) => `| ${cell(o.id)} | ${pct(o.share)} | ${o.target} | ${o.items} |`),
    '',
    `Every objective covered ${mark(report.targets.everyObjectiveCovered)}`,
    '',
    '## Independence and item writing',
    '',
    `- Cueing pairs (one item shows another's answer): ${report.cueingPairs.length} ${mark(report.targets.noCueing)}`,
    ...report.cueingPairs.map((c) => `  - ${cell(c.giver)} → ${cell(c.taker)}: ${cell(c.reason)}`),
    `- Distractor-rule violations: ${report.distractorViolations.length} ${mark(report.targets.noDistractorViolations)}`,
    ...report.distractorViolations.map((v) => `  - \`${v.rule}\` ${cell(v.message)}`),
    `- Most frequent stem opening: “${cell(report.stemPrefix.prefix)}” in ${report.stemPrefix.count} items (${pct(report.stemPrefix.share)}, target ≤ 25%) ${mark(report.targets.stemPrefixAtMostQuarter)}`,
    '',
    '## Where the items come from',
    '',
    ...Object.entries(report.origins).map(([origin, count]) => `- ${origin}: ${count}`),
    '',
  ];
  return lines.join('\n');
}
