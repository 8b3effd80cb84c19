import type { Finding } from '../findings.js';
import type { Paragraph, SourceLocation } from '../model.js';
import { error } from './finding.js';
import type { ParsedMeta } from './meta-file.js';
import { digitNumbers, textStatesValue } from './numbers-in-text.js';
import type { ParsedSection } from './section-file.js';

/** NFC, with every run of whitespace as one space: how quoted words are compared with prose. */
export function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Says how far the quoted words match the paragraph, to point at where they part. */
function divergence(quoted: string, paragraph: string): string {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (paragraph.includes(quoted.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < Math.min(3, quoted.length)) return 'not even its first words occur there';
  return `the paragraph matches “${quoted.slice(0, lo)}” but then differs at “${quoted.slice(lo, lo + 8)}”`;
}

function notFound(what: string, quoted: string, paragraph: Paragraph, loc: SourceLocation): Finding {
  const hint = `copy the exact words from paragraph \`${paragraph.id}\` (${paragraph.loc.file}:${paragraph.loc.line}); ${divergence(comparable(quoted), comparable(paragraph.text))}`;
  return error(
    'content/evidence-not-found',
    `${what} does not occur verbatim in paragraph \`${paragraph.id}\`.`,
    hint,
    loc,
  );
}

/** Checks that facts, quotes and editorial changes agree with the prose they cite. */
export function checkEvidence(meta: ParsedMeta, sections: readonly ParsedSection[]): Finding[] {
  const byId = new Map<string, Paragraph>();
  for (const s of sections) for (const p of s.paragraphs) if (!byId.has(p.id)) byId.set(p.id, p);
  const has = (p: Paragraph, words: string) => comparable(p.text).includes(comparable(words));
  const findings: Finding[] = [];
  for (const s of sections) {
    const d = s.data;
    const at = s.locator;
    if (!d || !at) continue;
    d.facts.forEach((f, i) => {
      const paragraph = byId.get(f.paragraph);
      if (paragraph && !has(paragraph, f.evidence))
        findings.push(
          notFound(`The evidence of fact \`${f.id}\``, f.evidence, paragraph, at.value(['facts', i, 'evidence'])),
        );
      if (!textStatesValue(f.evidence, f.value)) {
        const written = digitNumbers(f.evidence);
        const hint =
          written.length > 0
            ? `the evidence writes ${written.join(', ')}; set \`value\` to the number as written (put 万/亿 in \`scale\`, the unit in \`unit\`) or quote the words that state ${f.value}`
            : `quote the words that state ${f.value} as \`evidence\``;
        findings.push(
          error(
            'content/value-mismatch',
            `Fact \`${f.id}\` has value ${f.value}, which its evidence does not state.`,
            hint,
            at.value(['facts', i, 'value']),
          ),
        );
      }
    });
    d.quotes.forEach((q, i) => {
      const paragraph = byId.get(q.paragraph);
      if (paragraph && !has(paragraph, q.text))
        findings.push(notFound(`The text of quote \`${q.id}\``, q.text, paragraph, at.value(['quotes', i, 'text'])));
    });
  }
  meta.data?.editorialChanges.forEach((c, i) => {
    const paragraph = c.paragraph === undefined ? undefined : byId.get(c.paragraph);
    if (!paragraph || (c.kind !== 'restored' && c.kind !== 'corrected') || has(paragraph, c.replacement)) return;
    findings.push(
      error(
        'content/editorial-not-found',
        `The replacement “${c.replacement}” of editorial change \`${c.id}\` does not occur in paragraph \`${paragraph.id}\`.`,
        `write the paragraph with the restored words, or correct \`replacement\` (${divergence(comparable(c.replacement), comparable(paragraph.text))})`,
        meta.locator.value(['editorialChanges', i, 'replacement']),
      ),
    );
  });
  return findings;
}
