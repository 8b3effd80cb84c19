import { describe, expect, it } from 'vitest';
import { formatFinding } from '../src/report/format-finding.js';
import { terminalSafe } from '../src/report/terminal-safe.js';

const plain = { red: String, yellow: String, blue: String, bold: String, dim: String } as never;

describe('terminalSafe', () => {
  it('shows control characters from content instead of letting them act on the terminal', () => {
    expect(terminalSafe('a\u001b[31mred\u0007\r')).toBe('a\\u{1b}[31mred\\u{7}\\u{d}');
    expect(terminalSafe('中文\tok')).toBe('中文\tok');
  });

  it('is applied to finding messages and hints', () => {
    const out = formatFinding(
      { rule: 'schema/unknown-key', severity: 'error', message: 'Unknown key `\u001b[2J`', hint: 'x\u001b]0;t\u0007' },
      { cwd: '/' },
      plain,
    );
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\u{1b}[2J');
  });
});
