#!/usr/bin/env node
// Regenerates test/fixtures/bad/<case>/: each case is the base narrative (test/fixtures/base) with one
// mistake, plus a case.json saying which rule it must trigger and where. Run after changing the base or a case:
//   node apps/e2e/scripts/make-bad-fixtures.mjs
// Cases that are big, binary or need symlinks are made at test time instead (test/support/generated-cases.ts).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'test', 'fixtures');
const base = path.join(fixtures, 'base');
const out = path.join(fixtures, 'bad');

const META = 'narrative.yaml';
const S1 = 'sections/01-shop.md';
const S2 = 'sections/02-cloud.md';

/**
 * Each case: `ops` edit the copy; `rule` is the finding rule expected as an error; `file` and `at` (text in the
 * edited file whose line the finding must point at) give the place, when a place applies.
 */
const cases = [
  // --- broken YAML
  { name: 'yaml-unclosed-quote', about: 'a quoted value never closed', ops: [rep(META, "title: '小书店如何变成一朵云'", "title: '小书店如何变成一朵云")], rule: 'yaml/syntax', file: META, at: 'title:' },
  { name: 'yaml-tab-indent', about: 'a tab used for indentation in the frontmatter', ops: [rep(S1, '  - id: shop-revenue-2010\n    statement', '  - id: shop-revenue-2010\n\tstatement')], rule: 'yaml/syntax', file: S1 },
  { name: 'yaml-duplicate-key', about: 'the same key twice in a mapping', ops: [rep(META, "subtitle: '端到端测试用的示例叙事'", "subtitle: '端到端测试用的示例叙事'\ntitle: '又一个标题'")], rule: 'yaml/duplicate-key', file: META, at: "title: '又一个标题'" },
  { name: 'yaml-unquoted-colon', about: 'a value holding ": " without quotes', ops: [rep(S1, "summary: '一家小书店十年间营收增长了一百倍。'", 'summary: 注意: 一家小书店: 十年')], rule: 'yaml/syntax', file: S1, at: 'summary:' },
  { name: 'yaml-unclosed-flow', about: 'a flow sequence never closed', ops: [rep(META, 'sections: [shop, cloud]\n  - id: recall', 'sections: [shop, cloud\n  - id: recall')], rule: 'yaml/syntax', file: META },
  { name: 'frontmatter-unclosed', about: 'section frontmatter opened with --- but never closed', ops: [rep(S2, '\n---\n\n2015年', '\n\n2015年')], rule: 'yaml/syntax', file: S2, at: '---' },
  { name: 'frontmatter-absent', about: 'a section file with prose but no frontmatter', ops: [write(S2, '2015年4月，书店推出了第一款面向其他公司的云服务。 {#cloud-launch}\n\n2020年，云业务贡献了60%的利润。 {#cloud-profit}\n')], rule: 'schema/required', file: S2, at: '2015年' },
  { name: 'meta-is-a-list', about: 'narrative.yaml is a YAML list, not a mapping', ops: [write(META, '- id: e2e-base\n- title: x\n')], rule: 'schema/type', file: META },
  { name: 'meta-is-a-scalar', about: 'narrative.yaml is a bare string', ops: [write(META, 'just some words\n')], rule: 'schema/type', file: META },
  // --- wrong types
  { name: 'fact-value-text', about: 'a fact value written as words', ops: [rep(S1, 'value: 200\n', "value: '两百'\n")], rule: 'schema/type', file: S1, at: "value: '两百'" },
  { name: 'keypoints-not-a-list', about: 'keyPoints given as one string', ops: [rep(S1, "keyPoints:\n  - '营收从2010年的200万元增至2020年的2亿元。'\n  - '创始人承诺永远把读者放在第一位。'", "keyPoints: '营收增长'")], rule: 'schema/type', file: S1, at: 'keyPoints:' },
  { name: 'sections-not-a-list', about: 'sections given as one string', ops: [rep(META, 'sections:\n  - sections/01-shop.md\n  - sections/02-cloud.md', 'sections: sections/01-shop.md')], rule: 'schema/type', file: META, at: 'sections: sections' },
  { name: 'tf-answer-not-boolean', about: 'a true-false answer written as "yes"', ops: [rep(S1, 'answer: true', "answer: 'yes'")], rule: 'schema/type', file: S1, at: "answer: 'yes'" },
  { name: 'item-type-unknown', about: 'an item type that does not exist', ops: [rep(S1, 'type: true-false', 'type: essay')], rule: 'schema/invalid', file: S1, at: 'type: essay' },
  { name: 'entity-kind-unknown', about: 'an entity kind outside the enum', ops: [rep(META, 'kind: company', 'kind: corporation')], rule: 'schema/invalid', file: META, at: 'kind: corporation' },
  // --- missing files and fields
  { name: 'meta-absent', about: 'the folder has no narrative.yaml', ops: [del(META)], rule: 'file/missing' },
  { name: 'section-file-absent', about: 'a listed section file does not exist', ops: [del(S2)], rule: 'file/missing', file: META, at: '- sections/02-cloud.md' },
  { name: 'title-absent', about: 'narrative.yaml has no title', ops: [rep(META, "title: '小书店如何变成一朵云'\n", '')], rule: 'schema/required', file: META },
  { name: 'section-id-absent', about: 'a section frontmatter without id', ops: [rep(S2, '---\nid: cloud\n', '---\n')], rule: 'schema/required', file: S2 },
  { name: 'fact-evidence-absent', about: 'a fact without evidence', ops: [rep(S2, "    evidence: '云业务贡献了60%的利润'\n", '')], rule: 'schema/required', file: S2 },
  // --- duplicate ids
  { name: 'duplicate-entity-id', about: 'two entities with the same id', ops: [rep(META, '  - id: cloud\n    name: 示例云', '  - id: shop\n    name: 示例云')], rule: 'ref/duplicate-id', file: META, at: '  - id: shop\n    name: 示例云' },
  { name: 'duplicate-paragraph-id', about: 'the same {#id} marker in two sections', ops: [rep(S2, '{#cloud-profit}', '{#shop-growth}')], rule: 'ref/duplicate-id', file: S2, at: '{#shop-growth}' },
  { name: 'duplicate-fact-id', about: 'two facts with the same id', ops: [rep(S1, '  - id: shop-revenue-2020', '  - id: shop-revenue-2010'), rep(S1, 'facts: [shop-revenue-2010, shop-revenue-2020]', 'facts: [shop-revenue-2010]')], rule: 'ref/duplicate-id', file: S1, at: '  - id: shop-revenue-2010\n    statement: \'2020' },
  { name: 'duplicate-item-id', about: 'two items with the same id', ops: [rep(S2, '  - id: story-order', '  - id: cloud-profit-share')], rule: 'ref/duplicate-id', file: S2, at: '  - id: cloud-profit-share\n    type: ordering' },
  { name: 'duplicate-section-listed', about: 'a section file listed twice', ops: [rep(META, '  - sections/02-cloud.md', '  - sections/02-cloud.md\n  - sections/01-shop.md')], rule: 'ref/duplicate-id', file: META, at: '  - sections/01-shop.md\n\n' },
  { name: 'duplicate-section-id', about: 'two section files with the same id', ops: [rep(S2, 'id: cloud\nnumber', 'id: shop\nnumber')], rule: 'ref/duplicate-id', file: S2, at: 'id: shop\nnumber' },
  // --- dangling references
  { name: 'dangling-fact-subject', about: 'a fact about an entity that does not exist', ops: [rep(S2, 'subject: cloud\n    metric', 'subject: clouds\n    metric')], rule: 'ref/dangling', file: S2, at: 'subject: clouds' },
  { name: 'dangling-fact-paragraph', about: 'a fact citing a paragraph that does not exist', ops: [rep(S2, '    paragraph: cloud-profit\n    evidence', '    paragraph: cloud-profits\n    evidence')], rule: 'ref/dangling', file: S2, at: 'paragraph: cloud-profits' },
  { name: 'dangling-item-objective', about: 'an item naming an objective that does not exist', ops: [rep(S2, "objective: recall-figures\n  - id: story-order", "objective: remember-figures\n  - id: story-order")], rule: 'ref/dangling', file: S2, at: 'objective: remember-figures' },
  { name: 'dangling-item-fact', about: 'an item testing a fact that does not exist', ops: [rep(S2, 'facts: [cloud-profit-share-2020]', 'facts: [cloud-profit-share-2021]')], rule: 'ref/dangling', file: S2, at: 'facts: [cloud-profit-share-2021]' },
  { name: 'dangling-quote-speaker', about: 'a quote by an unknown speaker', ops: [rep(S1, 'speaker: founder', 'speaker: founders')], rule: 'ref/dangling', file: S1, at: 'speaker: founders' },
  { name: 'dangling-objective-section', about: 'an objective drawing on an unknown section', ops: [rep(META, "level: understand\n    sections: [shop, cloud]", "level: understand\n    sections: [shop, clouds]")], rule: 'ref/dangling', file: META, at: 'sections: [shop, clouds]' },
  { name: 'dangling-editorial-paragraph', about: 'an editorial change in an unknown paragraph', ops: [rep(META, 'paragraph: cloud-launch', 'paragraph: cloud-lunch')], rule: 'ref/dangling', file: META, at: 'paragraph: cloud-lunch' },
  // --- absurd values
  { name: 'fact-value-nan', about: 'a fact value of .nan', ops: [rep(S2, 'value: 60\n', 'value: .nan\n')], rule: 'schema/type', file: S2, at: 'value: .nan' },
  { name: 'fact-value-infinity', about: 'a fact value of .inf', ops: [rep(S2, 'value: 60\n', 'value: .inf\n')], rule: 'schema/type', file: S2, at: 'value: .inf' },
  { name: 'percent-1e308', about: 'a percentage of 1e308 its evidence does not state', ops: [rep(S2, 'value: 60\n', 'value: 1e308\n')], rule: 'content/value-mismatch', file: S2, at: 'value: 1e308' },
  { name: 'event-date-2023-13-45', about: 'an event on 2023-13-45', ops: [rep(S2, 'date: 2015-04', "date: '2023-13-45'")], rule: 'schema/invalid', file: S2, at: "date: '2023-13-45'" },
  { name: 'source-date-invalid', about: 'a source date of 2023-13-45', ops: [rep(META, "  title: '测试用示例文本'", "  title: '测试用示例文本'\n  date: '2023-13-45'")], rule: 'schema/invalid', file: META, at: "date: '2023-13-45'" },
  { name: 'cut-max-slides-negative', about: 'a cut with maxSlides: -5', ops: [rep(META, 'maxSlides: 8', 'maxSlides: -5')], rule: 'schema/invalid', file: META, at: 'maxSlides: -5' },
  { name: 'numeric-tolerance-negative', about: 'a numeric item with a negative tolerance', ops: [rep(S2, "    answer: 60\n    unit: '%'", "    answer: 60\n    tolerance: -1\n    unit: '%'")], rule: 'schema/invalid', file: S2, at: 'tolerance: -1' },
  { name: 'keypoints-too-many', about: 'nine key points', ops: [rep(S1, "  - '创始人承诺永远把读者放在第一位。'", "  - '创始人承诺永远把读者放在第一位。'\n  - '三'\n  - '四'\n  - '五'\n  - '六'\n  - '七'\n  - '八'\n  - '九'")], rule: 'schema/invalid', file: S1, at: "  - '营收从2010年" },
  { name: 'single-one-option', about: 'a single-choice item with one option', ops: [rep(S1, "      - text: '从2000万元增至2亿元。'\n      - text: '从2亿元降至200万元。'\n      - text: '一直是200万元。'\n", '')], rule: 'schema/invalid', file: S1, at: "      - text: '从200万元增至2亿元。'" },
  { name: 'section-number-negative', about: 'a section number of -1', ops: [rep(S1, "number: '01'", 'number: -1')], rule: 'schema/invalid', file: S1, at: 'number: -1' },
  // --- empty files
  { name: 'meta-empty', about: 'narrative.yaml is empty', ops: [write(META, '')], rule: 'schema/required', file: META },
  { name: 'meta-comments-only', about: 'narrative.yaml holds only comments and blank lines', ops: [write(META, '# nothing here\n\n   \n')], rule: 'schema/required', file: META },
  { name: 'section-empty', about: 'a section file of zero bytes', ops: [write(S2, '')], rule: 'schema/required', file: S2 },
  { name: 'section-no-prose', about: 'a section with frontmatter but no paragraphs', ops: [rep(S2, '\n2015年4月，书店推出了第一款面向其他公司的云服务。 {#cloud-launch}\n\n2020年，云业务贡献了60%的利润。 {#cloud-profit}\n', '\n')], rule: 'content/empty-section', file: S2 },
  { name: 'title-blank', about: 'a title of spaces only', ops: [rep(META, "title: '小书店如何变成一朵云'", "title: '   '")], rule: 'schema/required', file: META, at: "title: '   '" },
  // --- unknown keys
  { name: 'meta-unknown-key', about: 'a misspelt key in narrative.yaml', ops: [rep(META, "subtitle: '端到端测试用的示例叙事'", "subtitel: '端到端测试用的示例叙事'")], rule: 'schema/unknown-key', file: META, at: 'subtitel:' },
  { name: 'fact-unknown-key', about: 'an unknown key in a fact', ops: [rep(S2, "    unit: '%'\n    kind: percent", "    unit: '%'\n    unti: '%'\n    kind: percent")], rule: 'schema/unknown-key', file: S2, at: 'unti:' },
  // --- invalid language codes
  { name: 'language-word', about: 'language: chinese', ops: [rep(META, 'language: zh-CN', 'language: chinese')], rule: 'schema/invalid', file: META, at: 'language: chinese' },
  { name: 'language-underscore', about: 'language: zh_CN', ops: [rep(META, 'language: zh-CN', 'language: zh_CN')], rule: 'schema/invalid', file: META, at: 'language: zh_CN' },
  // --- facts that contradict their evidence or the prose
  { name: 'fact-value-contradicts-evidence', about: 'value 300 where the evidence says 200', ops: [rep(S1, 'value: 200\n', 'value: 300\n')], rule: 'content/value-mismatch', file: S1, at: 'value: 300' },
  { name: 'fact-evidence-not-in-paragraph', about: 'evidence words that the paragraph does not contain', ops: [rep(S1, "evidence: '2020年增至2亿元'", "evidence: '2020年增至3亿元'")], rule: 'content/evidence-not-found', file: S1, at: "evidence: '2020年增至3亿元'" },
  { name: 'quote-not-verbatim', about: 'a quote the paragraph does not contain', ops: [rep(S1, "text: '我们永远把读者放在第一位。'", "text: '我们永远把顾客放在第一位。'")], rule: 'content/evidence-not-found', file: S1, at: "text: '我们永远把顾客放在第一位。'" },
  { name: 'editorial-replacement-absent', about: 'a restoration whose words are not in the paragraph', ops: [rep(META, "replacement: '第一款'", "replacement: '首款'")], rule: 'content/editorial-not-found', file: META, at: "replacement: '首款'" },
  // --- paths and ids that would leave the folder
  { name: 'source-file-traversal', about: 'source.file: ../../etc/passwd', ops: [rep(META, 'file: source.txt', 'file: ../../etc/passwd')], rule: 'file/outside', file: META, at: 'file: ../../etc/passwd' },
  { name: 'source-file-absolute', about: 'source.file: /etc/passwd', ops: [rep(META, 'file: source.txt', 'file: /etc/passwd')], rule: 'file/outside', file: META, at: 'file: /etc/passwd' },
  { name: 'section-path-traversal', about: 'a section listed as ../../etc/passwd.md', ops: [rep(META, '  - sections/02-cloud.md', '  - ../../etc/passwd.md')], rule: 'schema/invalid', file: META, at: '../../etc/passwd.md' },
  { name: 'section-path-absolute', about: 'a section listed as /etc/x.md', ops: [rep(META, '  - sections/02-cloud.md', '  - /etc/x.md')], rule: 'schema/invalid', file: META, at: '/etc/x.md' },
  { name: 'narrative-id-traversal', about: 'a narrative id of ../../x', ops: [rep(META, 'id: e2e-base', "id: '../../x'")], rule: 'schema/invalid', file: META, at: "id: '../../x'" },
  { name: 'cut-id-traversal', about: 'a cut id of ../x', ops: [rep(META, '  - id: executive', "  - id: '../x'")], rule: 'schema/invalid', file: META, at: "id: '../x'" },
  { name: 'id-uppercase', about: 'an entity id with capitals and spaces', ops: [rep(META, '  - id: founder', "  - id: 'Founder Lin'"), rep(S1, 'speaker: founder', "speaker: 'Founder Lin'")], rule: 'schema/invalid', file: META, at: "id: 'Founder Lin'" },
];

function rep(file, from, to, optional = false) {
  return { kind: 'replace', file, from, to, optional };
}
function write(file, text) {
  return { kind: 'write', file, text };
}
function del(file) {
  return { kind: 'delete', file };
}

function lineOf(text, needle) {
  const at = text.indexOf(needle);
  if (at < 0) return undefined;
  return text.slice(0, at).split('\n').length + (needle.startsWith('\n') ? 1 : 0);
}

rmSync(out, { recursive: true, force: true });
const names = new Set();
for (const c of cases) {
  if (names.has(c.name)) throw new Error(`duplicate case ${c.name}`);
  names.add(c.name);
  const dir = path.join(out, c.name);
  mkdirSync(dir, { recursive: true });
  cpSync(base, dir, { recursive: true });
  for (const op of c.ops) {
    const file = path.join(dir, op.file);
    if (op.kind === 'delete') rmSync(file);
    else if (op.kind === 'write') writeFileSync(file, op.text);
    else {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(op.from)) {
        if (op.optional) continue;
        throw new Error(`${c.name}: ${op.file} does not contain ${JSON.stringify(op.from)}`);
      }
      writeFileSync(file, text.replace(op.from, op.to));
    }
  }
  const expect = { about: c.about, rule: c.rule };
  if (c.file) {
    expect.file = c.file;
    const text = existsSync(path.join(dir, c.file)) ? readFileSync(path.join(dir, c.file), 'utf8') : '';
    if (c.at) {
      const line = lineOf(text, c.at);
      if (line === undefined) throw new Error(`${c.name}: ${c.file} does not contain ${JSON.stringify(c.at)}`);
      expect.line = line;
    }
  }
  writeFileSync(path.join(dir, 'case.json'), `${JSON.stringify(expect, null, 2)}\n`);
}
console.log(`wrote ${cases.length} cases to ${path.relative(process.cwd(), out)}`);
