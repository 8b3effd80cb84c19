import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '@lectern/narrative';
import { CliError } from '../errors.js';

/** Never blocks on a FIFO; 0 where the platform lacks the flag. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const MB = MAX_FILE_BYTES / 1024 / 1024;

/** Line and column (1-based) of byte `offset` in `bytes`. */
function placeOf(bytes: Uint8Array, offset: number): string {
  const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
  const lines = before.split('\n');
  return `${lines.length}:${(lines.at(-1)?.length ?? 0) + 1}`;
}

/** Offset of the first byte sequence that is not UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    let lo = 0;
    let hi = bytes.length;
    // The longest valid prefix, by halving (decoding stops at a cut code point too, so allow 3 bytes of slack).
    while (hi - lo > 4) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    return lo;
  }
}

/**
 * Reads an article's bytes for `lectern import` with the narrative loader's limits: a regular file (no FIFO,
 * device or folder: checked on the open handle, so it cannot hang) of at most 5 MB. Anything else is a
 * `CliError` (exit 1) that says what to do. Binary formats (.docx) are read through this alone.
 */
export async function readArticleBytes(file: string, shown = file): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new CliError('import/not-found', `${shown} does not exist`, {
        hint: 'check the path of the article to import',
      });
    throw new CliError('import/unreadable', `cannot read ${shown}: ${code ?? (error as Error).message}`, {
      hint: 'check the path and its permissions',
    });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw new CliError('import/not-a-file', `${shown} is not a regular file (a folder, FIFO, socket or device)`, {
        hint: 'import an article file: .txt, .md, .html or .docx',
      });
    if (info.size > MAX_FILE_BYTES) {
      throw new CliError(
        'import/too-large',
        `${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB; articles of at most ${MB} MB are imported`,
        {
          hint: 'split the article and import each part as its own narrative, or keep only the part the talk is about',
        },
      );
    }
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a text article (.txt, .md, .html) for `lectern import`: the limits of `readArticleBytes`, then text
 * without NUL bytes (binary data) and valid UTF-8 (a leading BOM is dropped).
 */
export async function readTextArticle(file: string, shown = file): Promise<string> {
  const data = await readArticleBytes(file, shown);
  const nul = data.indexOf(0);
  if (nul >= 0) {
    throw new CliError(
      'import/binary',
      `${shown}:${placeOf(data, nul)} holds NUL bytes: it looks like binary data (an image, a PDF), not text`,
      {
        hint: 'save the article as plain text (.txt), Markdown (.md), HTML or a Word .docx file and import that',
      },
    );
  }
  const bad = firstInvalidUtf8(data);
  if (bad >= 0) {
    throw new CliError('import/encoding', `${shown}:${placeOf(data, bad)} is not valid UTF-8`, {
      hint: 're-save the file as UTF-8 (e.g. `iconv -f GBK -t UTF-8 in.txt > out.txt` for a GBK file) and import it again',
    });
  }
  return Buffer.from(data)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
