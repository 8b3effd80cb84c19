import type { Finding } from '../findings.js';
import { error } from './finding.js';
import { MAX_FILE_BYTES, utf8Length } from './limits.js';
import { lineColumnAt } from './text.js';
import { LONE_SURROGATE } from './yaml-document.js';

/** What the pre-parse checks decided about a file. */
export interface FileCheck {
  findings: Finding[];
  /** False when the file must not be parsed (too large or binary). */
  parse: boolean;
}

/**
 * Checks run before parsing: size (without scanning past the limit), NUL bytes (binary data) and U+FFFD
 * (what the UTF-8 decoder leaves for invalid byte sequences).
 */
export function checkFile(file: string, text: string): FileCheck {
  if (utf8Length(text, MAX_FILE_BYTES) > MAX_FILE_BYTES) {
    const mb = MAX_FILE_BYTES / 1024 / 1024;
    return {
      findings: [
        error(
          'file/too-large',
          `The file is larger than ${mb} MB and was not read.`,
          'split the narrative into smaller section files; a section is a few pages of prose',
          { file, line: 1, column: 1 },
        ),
      ],
      parse: false,
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      findings: [
        error(
          'file/encoding',
          'The file contains NUL bytes: it looks like binary data, not UTF-8 text.',
          'make sure the path names a text file saved as UTF-8',
          { file, ...lineColumnAt(text, nul) },
        ),
      ],
      parse: false,
    };
  }
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    return {
      findings: [
        error(
          'file/encoding',
          'The text contains a lone UTF-16 surrogate, which no UTF-8 file can hold.',
          'pass text decoded from UTF-8; a surrogate pair was cut in half here',
          { file, ...lineColumnAt(text, lone.index) },
        ),
      ],
      parse: false,
    };
  }
  const bad = text.indexOf('\uFFFD');
  if (bad < 0) return { findings: [], parse: true };
  const count = text.split('\uFFFD').length - 1;
  const message = `The file contains ${count} ${count === 1 ? 'byte sequence' : 'byte sequences'} that are not valid UTF-8 (shown as U+FFFD �); the first is here.`;
  return {
    findings: [
      error(
        'file/encoding',
        message,
        're-save the file as UTF-8 (e.g. convert it from GBK with `iconv -f GBK -t UTF-8`) and check the text around this place',
        { file, ...lineColumnAt(text, bad) },
      ),
    ],
    parse: true,
  };
}
