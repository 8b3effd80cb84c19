import type { Finding } from '@lectern/narrative';
import { describe, expect, it } from 'vitest';
import { colorsFor } from '../src/report/colors.js';
import { formatFinding } from '../src/report/format-finding.js';
import { countFindings, formatSummary } from '../src/report/summary.js';
import { displayWidth, formatTable } from '../src/report/table.js';

const finding: Finding = {
  rule: 'ref/dangling',
  severity: 'error',
  message: 'paragraph "x" does not exist',
  hint: 'use one of the section’s paragraph ids',
  loc: { file: 'sections/01-a.md', line: 12, column: 5 },
};

describe('report', () => {
  it('formats a finding as file:line:col  severity  message with the hint indented', () => {
    const c = colorsFor({ env: {}, isTTY: false });
    const text = formatFinding(finding, { dir: '/p/content/n', cwd: '/p' }, c);
    expect(text).toBe(
      'content/n/sections/01-a.md:12:5  error    paragraph "x" does not exist  ref/dangling\n    hint: use one of the section’s paragraph ids\n',
    );
  });

  it('colours only on a terminal without NO_COLOR', () => {
    const plain = formatFinding(finding, { cwd: '/' }, colorsFor({ env: {}, isTTY: false }));
    const tty = formatFinding(finding, { cwd: '/' }, colorsFor({ env: {}, isTTY: true }));
    const noColor = formatFinding(finding, { cwd: '/' }, colorsFor({ env: { NO_COLOR: '1' }, isTTY: true }));
    expect(plain).not.toContain('\x1b[');
    expect(tty).toContain('\x1b[');
    expect(noColor).not.toContain('\x1b[');
  });

  it('summarises counts', () => {
    const c = colorsFor({ env: {}, isTTY: false });
    const counts = countFindings([finding, { ...finding, severity: 'warning' }, { ...finding, severity: 'warning' }]);
    expect(formatSummary(counts, 2, c)).toBe('✖ 1 error, 2 warnings in 2 narratives\n');
    expect(formatSummary(countFindings([]), 1, c)).toBe('✔ no problems in 1 narrative\n');
  });

  it('aligns tables with CJK counted as two columns', () => {
    expect(displayWidth('亚马逊ab')).toBe(8);
    expect(
      formatTable([
        ['亚马逊', 'x'],
        ['ab', 'y'],
      ]),
    ).toBe('亚马逊  x\nab      y\n');
  });
});
