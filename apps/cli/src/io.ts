/** Where a command reads its surroundings and writes its text. Tests pass a fake; the binary passes `nodeIo()`. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal: colours and progress only then. */
  isTTY: boolean;
  /** Asks the person at the terminal a question; absent when nobody can answer (no terminal, tests, CI). */
  ask?: (question: string) => Promise<string>;
}

async function ask(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** The real process's streams, folder and environment. */
export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdin.isTTY && process.stdout.isTTY ? { ask } : {}),
  };
}

/** An in-memory Io for tests and API callers that want the text. */
export function memoryIo(overrides: Partial<Io> = {}): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd: process.cwd(),
    env: {},
    isTTY: false,
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
