import type { SynthCast, SynthCompany } from './entities.js';
import { drawFigures, formatFigure } from './figures.js';
import { fillerSentence, paragraphLine } from './prose.js';
import type { Random } from './random.js';
import { ACTIONS, DOMAINS, METRICS, type Metric, QUOTE_LINES, SECTION_THEMES } from './vocabulary.js';

export interface SynthSection {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  paragraphs: string[];
}

export const OBJECTIVES = [
  { id: 'obj-figures', text: '记住各公司关键经营数字', level: 'remember' },
  { id: 'obj-compare', text: '比较不同公司同一指标的高低', level: 'understand' },
] as const;

function clause(company: SynthCompany, metric: Metric, text: string): string {
  return `${company.name}${metric.noun}${metric.verb}${text}`;
}

/**
 * Section `index` (0-based) of a synthetic narrative: four paragraphs of prose carrying a comparable
 * fact group of three companies, a single fact, a quote and two events, plus two authored items.
 */
export function synthSection(random: Random, cast: SynthCast, index: number): SynthSection {
  const n = index + 1;
  const id = `s${String(n).padStart(4, '0')}`;
  const pid = (k: number) => `${id}-p${k}`;
  const year = 2014 + (index % 10);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const [a, b, c, d] = random.sample(cast.companies, 4) as [SynthCompany, SynthCompany, SynthCompany, SynthCompany];
  const [groupMetric, singleMetric] = random.sample(METRICS, 2) as [Metric, Metric];
  const person = random.pick(cast.people);
  const figures = drawFigures(random, groupMetric, 4);
  const single = drawFigures(random, singleMetric, 1)[0]!;
  const trio = [a, b, c] as const;
  const evidence = trio.map((co, i) => clause(co, groupMetric, figures[i]!.text));
  const singleEvidence = clause(d, singleMetric, single.text);
  const quote = random.pick(QUOTE_LINES);
  const theme = SECTION_THEMES[index % SECTION_THEMES.length]!;
  const domain = DOMAINS[a.domainIndex]!;
  const action = random.pick(ACTIONS);

  const paragraphs = [
    paragraphLine([`${year}年，${evidence[0]}，${evidence[1]}，${evidence[2]}。`, fillerSentence(random, a)], pid(1)),
    paragraphLine([fillerSentence(random, d), `同年，${singleEvidence}。`, fillerSentence(random, b)], pid(2)),
    paragraphLine(
      [`${person.company.name}${person.title}${person.name}表示：“${quote}”。`, fillerSentence(random, c)],
      pid(3),
    ),
    paragraphLine(
      [`${year}年${Number(month)}月，${a.name}宣布${action}。`, fillerSentence(random, a), fillerSentence(random, d)],
      pid(4),
    ),
  ];

  const groupId = `${id}-${groupMetric.id}`;
  const fact = (co: SynthCompany, metric: Metric, value: number, words: string, k: number, group?: string) => ({
    id: `${id}-f${k}`,
    statement: `${year}年，${words}。`,
    value,
    unit: metric.unit,
    ...(metric.scale ? { scale: metric.scale } : {}),
    kind: metric.kind,
    period: String(year),
    subject: co.id,
    metric: metric.id,
    ...(group ? { group, label: co.name } : {}),
    paragraph: group ? pid(1) : pid(2),
    evidence: words,
  });
  const facts = [
    ...trio.map((co, i) => fact(co, groupMetric, figures[i]!.value, evidence[i]!, i + 1, groupId)),
    fact(d, singleMetric, single.value, singleEvidence, 4),
  ];
  const options = random.sample([0, 1, 2, 3], 4).map((i) => ({
    text: formatFigure(groupMetric, figures[i]!.value),
    correct: i === 0,
  }));
  const higher = figures[1]!.value > figures[0]!.value;
  const items = [
    {
      id: `${id}-q1`,
      type: 'single',
      stem: `根据文章，${year}年${a.name}的${groupMetric.noun}是多少？`,
      options,
      rationale: `文中写道：“${evidence[0]}”（${pid(1)}）。`,
      tests: { paragraphs: [pid(1)], facts: [`${id}-f1`] },
      objective: OBJECTIVES[0].id,
      difficulty: 'easy',
      level: 'remember',
    },
    {
      id: `${id}-q2`,
      type: 'true-false',
      stem: `判断：${year}年，${b.name}的${groupMetric.noun}高于${a.name}。`,
      answer: higher,
      rationale: `${a.name}为${figures[0]!.text}，${b.name}为${figures[1]!.text}（${pid(1)}）。`,
      tests: { paragraphs: [pid(1)], facts: [`${id}-f1`, `${id}-f2`] },
      objective: OBJECTIVES[1].id,
      difficulty: 'medium',
      level: 'understand',
    },
  ];
  const frontmatter = {
    id,
    number: String(n).padStart(2, '0'),
    title: theme,
    summary: `${year}年，${a.name}等公司在${domain}领域的经营数字出现分化。`,
    keyPoints: [`${evidence[0]}。`, `${singleEvidence}。`, `${person.name}：“${quote}”。`],
    facts,
    quotes: [
      {
        id: `${id}-quote`,
        speaker: person.id,
        text: quote,
        paragraph: pid(3),
        context: `${person.company.name}${person.title}`,
      },
    ],
    events: [
      {
        id: `${id}-ev1`,
        date: String(year),
        precision: 'year',
        text: `${evidence[0]}。`,
        subject: a.id,
        paragraph: pid(1),
      },
      // Note: dated in its text, so two sections' events never read the same (an ordering item's entries must differ).
      {
        id: `${id}-ev2`,
        date: `${year}-${month}`,
        precision: 'month',
        text: `${year}年${Number(month)}月，${a.name}宣布${action}。`,
        subject: a.id,
        paragraph: pid(4),
      },
    ],
    items,
  };
  return { id, file: `sections/${id}.md`, frontmatter, paragraphs };
}
