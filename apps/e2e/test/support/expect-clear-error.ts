import { expect } from 'vitest';
import { contractViolations, parseErrorLines } from '../../src/cli-contract.js';
import type { CaseExpectation } from './corpus.js';

/** Asserts the contract for one command's output on one case. */
export function expectClearError(
  name: string,
  expected: CaseExpectation,
  code: number | null,
  stdout: string,
  stderr: string,
): void {
  expect(
    contractViolations(stdout, stderr),
    `${name}: output keeps the error contract\n${stderr.slice(0, 2000)}`,
  ).toEqual([]);
  expect(code, `${name}: exit code`).toBe(1);
  const errors = parseErrorLines(stderr);
  const match = errors.find(
    (e) =>
      e.rule === expected.rule &&
      (expected.file === undefined || e.file.endsWith(`/${expected.file}`) || e.file === expected.file) &&
      (expected.line === undefined || e.line === expected.line),
  );
  expect(
    match,
    `${name}: an error ${expected.rule} at ${expected.file ?? '(no place)'}:${expected.line ?? '*'}; got\n${stderr.slice(0, 2000)}`,
  ).toBeDefined();
  if (expected.file !== undefined) expect(match!.column, `${name}: a column`).toBeGreaterThan(0);
  // A finding must not paste megabytes of content back at the user.
  expect(stderr.length, `${name}: bounded output`).toBeLessThan(2_000_000);
}
