import type { QuizStrings } from './strings.js';

/** `Amazon's`, `Analysts'`: an English possessive that reads right after a name ending in s. */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

export const en: QuizStrings = {
  figureQuestion: [
    'What was {owner} {metric} in {period}?',
    'In {period}, what {metric} does the text give for {subject}?',
    'Which figure does the text report for {owner} {metric} in {period}?',
    'How large was {owner} {metric} in {period}, according to the text?',
  ],
  figureQuestionNoPeriod: [
    'What was {owner} {metric}?',
    'What {metric} does the text give for {subject}?',
    'Which figure does the text report for {owner} {metric}?',
  ],
  blankChoiceQuestion: [
    'Which number belongs in the blank?\n{sentence}',
    'Complete the sentence as the text has it:\n{sentence}',
    'The text says this with a number. Which one?\n{sentence}',
  ],
  figureEntry: [
    'What was {owner} {metric} in {period}?{unitHint}',
    'Enter the {metric} the text gives for {subject} in {period}.{unitHint}',
    'In {period}, how large was {owner} {metric}?{unitHint}',
  ],
  figureEntryNoPeriod: [
    'What was {owner} {metric}?{unitHint}',
    'Enter the {metric} the text gives for {subject}.{unitHint}',
  ],
  blankEntry: [
    'Enter the number that belongs in the blank:\n{sentence}',
    'Complete the sentence with the number the text gives:\n{sentence}',
  ],
  unitHint: ' (unit: {unit}; enter the number only)',
  matchingMetric: [
    'Match each {kind} with its {metric} in {period}.',
    'Pair every {kind} with the {metric} the text gives for {period}.',
  ],
  matchingMetricNoPeriod: [
    'Match each {kind} with its {metric}.',
    'Pair every {kind} with the {metric} the text gives.',
  ],
  matchingClaims: [
    'Match each {kind} with what the text says about it (the blank stands for the {kind}).',
    'Which {kind} is each statement about? Pair them (the blank stands for the {kind}).',
  ],
  ordering: [
    'Put these events in the order they happened, earliest first.',
    'In what order did these events happen? Start with the earliest.',
  ],
  trueFalse: [
    'True or false? {statement}',
    'Does the text support this statement?\n{statement}',
    'Is this statement true?\n{statement}',
  ],
  cloze: ['Fill in the missing number:', 'Complete the sentence with the right number:'],
  compareMax: [
    'Which {kind} had the highest {metric} in {period}?',
    'Comparing the {period} figures in the text, which {kind} had the highest {metric}?',
  ],
  compareMin: [
    'Which {kind} had the lowest {metric} in {period}?',
    'Comparing the {period} figures in the text, which {kind} had the lowest {metric}?',
  ],
  compareRank: [
    'Rank these by {metric} in {period}, highest first.',
    'Order these by their {period} {metric}, from highest to lowest.',
  ],
  compareGap: [
    'By how many percentage points did {owner} {metric} exceed that of {b} in {period}?',
    'In {period}, how many percentage points separated the {metric} of {a} and {b}?',
  ],
  compareMaxNoPeriod: [
    'Which {kind} had the highest {metric}?',
    'Comparing the figures in the text, which {kind} had the highest {metric}?',
  ],
  compareMinNoPeriod: [
    'Which {kind} had the lowest {metric}?',
    'Comparing the figures in the text, which {kind} had the lowest {metric}?',
  ],
  compareRankNoPeriod: [
    'Rank these by {metric}, highest first.',
    'Order these by their {metric}, from highest to lowest.',
  ],
  compareGapNoPeriod: [
    'By how many percentage points did {owner} {metric} exceed that of {b}?',
    'How many percentage points separated the {metric} of {a} and {b}?',
  ],
  trend: [
    'How did {owner} {metric} change from {from} to {to}?',
    'Between {from} and {to}, which way did {owner} {metric} move?',
  ],
  trendRose: 'It rose',
  trendFell: 'It fell',
  trendFlat: 'It stayed about the same',
  trendRoseThenFell: 'It rose, then fell',
  trendFellThenRose: 'It fell, then rose',
  cause: [
    'What reason does the text give for this: “{effect}”?',
    'The text says: “{effect}”. What reason does it give?',
    'According to the text, what led to this: “{effect}”?',
  ],
  keyPoint: [
    'True or false? {statement}',
    'Does this sum up what the text says?\n{statement}',
    'Is this a fair reading of the text?\n{statement}',
  ],
  sectionArgument: [
    'Which statement best sums up part {section}, {title}?',
    'What is the main argument of part {section}, {title}?',
    'Which sentence states the point of part {section}, {title}?',
  ],
  quoteSpeaker: ['Who said “{text}”?', 'The text quotes “{text}”. Who said it?'],
  rationaleEvidence: 'The text says: “{evidence}”',
  rationaleMatching: 'The text pairs them as follows: {pairs}.',
  rationaleOrdering: 'In order: {sequence}.',
  rationaleCompare: 'The text gives: {pairs}.',
  rationaleGap: 'The text gives {a} {va} and {b} {vb}: {va} − {vb} = {gap}.',
  rationaleCause: 'The text says: “{sentence}”',
  rationaleKeyPoint: 'This is a key point of {where}: {truth}',
  rationaleArgument: 'The point of {where}: {summary}',
  rationaleQuote: 'The text says: “{sentence}”',
  feedbackFalse: 'The text says: {truth}',
  feedbackTrue: 'The text says: “{evidence}”',
  blank: '____',
  quote: '“{text}”',
  listSeparator: '; ',
  dateSeparator: ': ',
  sequenceSeparator: ' → ',
  fullStop: '.',
  percentagePoints: 'percentage points',
  period: {
    year: '{year}',
    quarter: 'Q{quarterNumber} {year}',
    month: '{month}/{year}',
    day: '{year}-{month}-{day}',
    quarterNames: ['1', '2', '3', '4'],
  },
  subjectKinds: {
    company: 'company',
    product: 'product',
    service: 'service',
    chip: 'chip',
    person: 'person',
    organisation: 'organisation',
    place: 'place',
    other: 'item',
  },
  metricLabels: {
    revenue: 'revenue',
    'revenue-growth': 'revenue growth',
    'sales-growth': 'sales growth',
    'net-profit': 'net profit',
    'net-income': 'net income',
    'net-loss': 'net loss',
    'operating-profit': 'operating profit',
    'market-share': 'market share',
    'cloud-growth': 'cloud revenue growth',
    layoffs: 'share of staff laid off',
    'layoff-share': 'share of staff laid off',
  },
  trueLabel: 'True',
  falseLabel: 'False',
  paragraphCitation: 'part {section}, paragraph {paragraph}',
  sourceLabel: 'Part {section}, {title}, ¶ {paragraphs}',
  numberSeparator: ', ',
  partName: 'part {section} ({title})',
  possessive,
};
