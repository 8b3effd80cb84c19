import type { Item } from '../src/index.js';

/** Renders an item as a learner would read it (for eyeballing generated Chinese). */
export function printItem(item: Item): string {
  const lines = [`[${item.id}] (${item.type}, ${item.difficulty})`, item.stem];
  switch (item.type) {
    case 'single':
    case 'multiple':
      item.options.forEach((o, i) => {
        lines.push(`  ${String.fromCharCode(65 + i)}. ${o.text}${o.correct ? '  ✓' : ''}`);
      });
      break;
    case 'true-false':
      lines.push(`  → ${item.answer ? '正确' : '错误'}  ${item.feedback ?? ''}`);
      break;
    case 'numeric':
      lines.push(`  → ${item.answer} ±${item.tolerance} ${item.unit}`);
      break;
    case 'short':
      lines.push(`  → ${item.answers.join(' / ')}`);
      break;
    case 'cloze':
      lines.push(`  ${item.text}`, `  → ${item.gaps.map((g) => g.answers.join('|')).join(', ')}`);
      break;
    case 'matching':
      for (const p of item.pairs) lines.push(`  ${p.left}  ⇄  ${p.right}`);
      break;
    case 'ordering':
      item.sequence.forEach((e, i) => {
        lines.push(`  ${i + 1}. ${e.text}`);
      });
      break;
  }
  lines.push(`  解析: ${item.rationale}`);
  return lines.join('\n');
}
