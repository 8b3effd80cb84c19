import type { FileData, OutputFiles } from '@lectern/course';
import { writeChanged } from './write-changed.js';

/**
 * Watch mode's writes of a build's folders while the build goes on: the course renders the full deck first and
 * hands each folder over as it is done (`BuildContext.onFolder`); its changed files are written at once, one
 * folder after the other, so the preview's deck.md and deck.html land before the other cuts and the quiz are
 * rendered. `onDisk` follows every file written, so the write of the whole build (and the next build, should
 * this one fail) compares with what is really on disk.
 */
export class FolderWrites {
  /** Absolute paths of the files written so far, in order. */
  readonly written: string[] = [];
  private chain: Promise<void> = Promise.resolve();

  /** The files on disk, by output key; updated as files are written. */
  readonly onDisk: Map<string, FileData>;

  constructor(
    private readonly out: string,
    private readonly narrativeId: string,
    /** The files on disk when the build began (the last build's). */
    readonly before: OutputFiles,
  ) {
    this.onDisk = new Map(before);
  }

  /** Queues the changed files of one rendered folder for writing (`BuildContext.onFolder`). */
  readonly onFolder = (_folder: string, files: readonly [string, FileData][]): void => {
    this.chain = this.chain.then(async () => {
      const next: OutputFiles = new Map(files);
      try {
        this.written.push(
          ...(await writeChanged({
            out: this.out,
            narrativeId: this.narrativeId,
            previous: this.onDisk,
            next,
            part: true,
          })),
        );
      } catch (error) {
        // Some may have been written: none of them is known any more, so the next write writes them all.
        for (const [key] of files) this.onDisk.delete(key);
        throw error;
      }
      for (const [key, data] of files) this.onDisk.set(key, data);
    });
    // Note: a failure is reported by `done`; until then it must not count as unhandled.
    this.chain.catch(() => undefined);
  };

  /** Waits for the queued writes; rejects with the first failure (later folders are then not written). */
  done(): Promise<void> {
    return this.chain;
  }
}
