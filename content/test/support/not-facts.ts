/**
 * Numbers written in source.txt that are deliberately not facts. Each entry names the source line
 * and the word holding the number (as `writtenNumbers` reads it), and says why.
 */
export const NOT_FACTS: readonly { line: number; word: string; why: string }[] = [
  // Part numbers, on their own lines.
  { line: 1, word: '01', why: 'part number' },
  { line: 17, word: '02', why: 'part number' },
  { line: 43, word: '03', why: 'part number' },
  { line: 68, word: '04', why: 'part number' },
  // Digits inside product names.
  { line: 21, word: 'Graviton2', why: 'chip name' },
  { line: 21, word: 'Graviton2', why: 'chip name (second mention)' },
  { line: 21, word: 'x86', why: 'instruction-set name' },
  { line: 21, word: 'Graviton3', why: 'chip name' },
  { line: 48, word: 'EC2', why: 'service name' },
  { line: 48, word: 'EC2', why: 'service name (second mention)' },
  { line: 48, word: 'Trn1n', why: 'instance name' },
  { line: 48, word: 'Inf2', why: 'instance name' },
  { line: 49, word: 'AI21', why: 'company name (AI21 Labs)' },
  { line: 53, word: 'Trn1n', why: 'instance name' },
  { line: 53, word: 'Trn1', why: 'instance name' },
  { line: 53, word: 'Inf2', why: 'instance name' },
  { line: 60, word: 'EC2', why: 'service name' },
  { line: 60, word: 'EC2', why: 'service name (second mention)' },
  { line: 60, word: 'Trn1n', why: 'instance name' },
  { line: 60, word: 'Inf2', why: 'instance name' },
  // Years and months named as context, already dated by an event or fact elsewhere.
  { line: 7, word: '2023', why: 'the year Jassy calls “最艰难”; quote jassy-hardest-year, event ev-rebound-2023q1' },
  { line: 7, word: '2022', why: 'recalls the 2022 losses; event ev-growth-stalls-2022' },
  { line: 36, word: '4', why: '“今年4月”: the launch dated by event ev-genai-launch (2023-04-13)' },
  {
    line: 40,
    word: '2009',
    why: 'end of the counterfactual “2008-2009年减缓投资”; the decision is event ev-cloud-bet-2008',
  },
  // “一” + measure word as the article “a/one”, and “这/那一年” as a pointer to a year.
  { line: 3, word: '一', why: '“一家小型图书零售商”: article' },
  { line: 4, word: '一', why: '“这一年” = 2022, dated by the facts of that paragraph' },
  { line: 5, word: '一', why: '“过去一年”: the period of fact amazon-jobs-cut' },
  { line: 7, word: '一', why: '“最艰难”的一年: the year 2023, not a count' },
  { line: 20, word: '一', why: '“一个重要因素”: article' },
  { line: 21, word: '一', why: '“一个方向”: article' },
  { line: 36, word: '一', why: '“落后一大拍”: idiom' },
  { line: 38, word: '一', why: '“一个小业务”: article' },
  { line: 40, word: '一', why: '“一家完全不同的公司”: article' },
  { line: 53, word: '一', why: '“另一款推理软件”: article' },
  { line: 65, word: '一', why: '“一个更大、更通用、更强大的大语言模型”: article' },
  { line: 65, word: '一', why: '“一个很大的商业模式”: article' },
  // (Quarter names such as 一季度 / 三季度 need no entry: the periods 2023-Q1 / 2022-Q3 of their paragraphs' facts cover them.)
  { line: 31, word: '四', why: '“前四强”: the four are listed with their shares (group cloud-market-share-2022q3)' },
  // Enumerations whose members are named right after; counting them adds nothing.
  { line: 8, word: '两', why: '“两大主营业务分别是零售电商与云计算”' },
  { line: 15, word: '两', why: '“这两家云计算厂商”: refers back to Azure and 谷歌云' },
  { line: 63, word: '两', why: '“两个期望,一是……二是……”' },
  // Vague amounts.
  { line: 46, word: '数十', why: '“未来数十年”: vague' },
  { line: 56, word: '数十', why: '“数十亿美元” in a quote: vague' },
  // A figure the parser cannot yet check: it reads no fractions (X分之Y), so the fact is left out for now.
];
