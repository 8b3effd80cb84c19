import { FORMAT_FILES, FORMATS, LMS_TARGETS } from '@lectern/course';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_DEBOUNCE_MS } from './config/debounce.js';
import { ExitCode } from './errors.js';
import type { Io } from './io.js';
import { debugEnabled, reportError } from './report/format-error.js';
import { VERSION } from './version.js';

type Action = (opts: Record<string, unknown>, args: string[]) => Promise<number>;

// Note: each command's module (and the libraries under it: the narrative parser, Marp, pptxgenjs…) is loaded only
// when that command runs, so `--version`, `--help` and `check` do not pay for what they do not use.
const commands = {
  check: () => import('./commands/check.js'),
  build: () => import('./commands/build.js'),
  watch: () => import('./commands/watch.js'),
  serve: () => import('./commands/serve.js'),
  new: () => import('./commands/new.js'),
  import: () => import('./commands/import.js'),
  list: () => import('./commands/list.js'),
  analyze: () => import('./commands/analyze.js'),
  explain: () => import('./commands/explain.js'),
};

function common(cmd: Command): Command {
  return cmd
    .option('--content <dir>', 'folder holding the narratives (default: ./content)')
    .option(
      '--config <file>',
      'config file (default: lectern.config.{js,mjs,json} or package.json "lectern", looked for up to the project root); a JavaScript config runs as code',
    )
    .option('--debug', 'show stack traces for errors');
}

/** The build request's options: `check` takes them too, so it checks what `build` would build. */
function requestOptions(cmd: Command): Command {
  return common(cmd)
    .option('--theme <name>', 'deck theme')
    .option('--seed <n>', 'seed for quiz assembly (default: 1)')
    .option(
      '--cut <ids>',
      'deck cuts to build, comma-separated; "full" is the whole narrative (default: full + every cut)',
    )
    .option('--quiz-count <n>', 'items per quiz (default: all)')
    .option('--no-checkpoints', 'no quiz checkpoint slides in the deck')
    .option('--lms <target>', `platform for the Moodle and QTI files: ${LMS_TARGETS.join(', ')} (default: moodle@4.4)`)
    .option(
      '--forms <n>',
      'parallel quiz forms A, B, … (1–26) from one blueprint, each in quiz/form-<letter>/ with its printed exam and key (default: 1)',
    );
}

function buildOptions(cmd: Command, outputs = true): Command {
  requestOptions(cmd)
    .option('-o, --out <dir>', 'output folder (default: out)')
    .option(
      '--formats <list>',
      `comma-separated formats: ${FORMATS.join(', ')} (default: all but exam, kahoot and notes-pdf)`,
    );
  if (outputs)
    cmd.option('-q, --quiet', 'print nothing but warnings and errors').option('--json', 'print the result as JSON');
  return cmd;
}

/**
 * The commander program. Each action only translates flags into a command's input and stores its
 * exit code; the commands do the work.
 */
export function createProgram(io: Io, setExit: (code: number) => void, signal?: AbortSignal): Command {
  const run =
    (action: Action) =>
    async (...received: unknown[]) => {
      const cmd = received[received.length - 1] as Command;
      setExit(await action(cmd.opts(), cmd.args));
    };
  const program = new Command('lectern')
    .description('Turn a structured narrative into slide decks and comprehension quizzes.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) });

  requestOptions(program.command('check').argument('[narratives...]', 'narrative folders or ids (default: all)'))
    .description('validate narratives and lint their decks and quizzes: the findings `build` would report')
    .option('--json', 'print findings as JSON')
    .option('--analysis <file>', 'show the flags of an analysis.json (from `lectern analyze`) next to the items')
    .option('--review', 'list the values `lectern import` marked for review (a to-do for the author)')
    .action(run(async (o, a) => (await commands.check()).check({ ...o, narratives: a }, io)));

  for (const [name, what] of [
    ['build', 'build every output (decks and quizzes)'],
    ['deck', 'build the decks only'],
    ['quiz', 'build the quizzes only'],
  ] as const) {
    const cmd = buildOptions(
      program.command(name).argument('[narratives...]', 'narrative folders or ids (default: all)'),
    ).description(what);
    if (name === 'build') cmd.addOption(new Option('--only <half>', 'build only one half').choices(['deck', 'quiz']));
    cmd.addHelpText('after', `\nFormats:\n${FORMATS.map((f) => `  ${f.padEnd(9)} ${FORMAT_FILES[f]}`).join('\n')}\n`);
    cmd.action(run(async (o, a) => (await commands.build())[name]({ ...o, narratives: a }, io)));
  }

  buildOptions(program.command('watch').argument('[narratives...]', 'narrative folders or ids (default: all)'), false)
    .description('build, then rebuild on every save')
    .option('-q, --quiet', 'print only problems')
    .option('--debounce <ms>', `wait after the last change (default: ${DEFAULT_DEBOUNCE_MS})`)
    .action(
      run(async (o, a) => (await commands.watch()).watch({ ...o, narratives: a, ...(signal ? { signal } : {}) }, io)),
    );

  buildOptions(program.command('serve').argument('[narratives...]', 'narrative folders or ids (default: all)'), false)
    .description('watch and serve the outputs on 127.0.0.1 with live reload')
    .option('-q, --quiet', 'print only problems')
    .option('--debounce <ms>', `wait after the last change (default: ${DEFAULT_DEBOUNCE_MS})`)
    .option('-p, --port <n>', 'port; 0 picks a free one (default: 4173)')
    .action(
      run(async (o, a) => (await commands.serve()).serve({ ...o, narratives: a, ...(signal ? { signal } : {}) }, io)),
    );

  common(program.command('new').argument('<id>', 'narrative id, e.g. my-article'))
    .description('scaffold a new narrative under the content folder')
    .option('--language <lang>', 'language of the narrative: en, zh-CN or zh-TW (asked for at a terminal; default: en)')
    .option('--json', 'print the result as JSON')
    .action(run(async (o, a) => (await commands.new()).newNarrative({ ...o, id: a[0]! }, io)));

  common(program.command('import').argument('<file>', 'an article: .txt, .md, .html (a saved page) or .docx'))
    .description('draft a complete narrative from an article; doubtful values are marked for review')
    .option('--id <id>', 'narrative id (default: from the file name)')
    .option('--out-dir <dir>', 'folder to create the narrative in (default: the content folder)')
    .option('--json', 'print the result as JSON')
    .action(run(async (o, a) => (await commands.import()).importArticle({ ...o, file: a[0]! }, io)));

  common(program.command('list').argument('[narratives...]', 'narrative folders or ids (default: all)'))
    .description('list narratives with their sections, facts and items')
    .option('--json', 'print as JSON')
    .action(run(async (o, a) => (await commands.list()).list({ ...o, narratives: a }, io)));

  program
    .command('analyze')
    .argument('<results...>', 'quiz.html results (.json) and Moodle Responses reports (.csv)')
    .description('item analysis of real results: difficulty, discrimination, distractors, reliability')
    .option('--quiz <file>', 'the quiz.json the results answer (default: out/<narrative>/quiz/quiz.json)')
    .option('-o, --out <dir>', 'folder for analysis.html and analysis.json (default: beside quiz.json)')
    .option('-q, --quiet', 'print nothing but warnings and errors')
    .option('--json', 'print the result as JSON')
    .option('--debug', 'show stack traces for errors')
    .action(run(async (o, a) => (await commands.analyze()).analyze({ ...o, results: a }, io)));

  program
    .command('explain')
    .argument('[rule]', 'a finding rule or error code, e.g. quiz/duplicate-id (default: list them all)')
    .description('explain a finding rule or error code: its title, severity, message and hint')
    .option('--json', 'print the catalog entry (or every entry) as JSON')
    .action(
      run(async (o, a) =>
        (await commands.explain()).explain({ ...o, ...(a[0] === undefined ? {} : { rule: a[0] }) }, io),
      ),
    );

  for (const cmd of program.commands)
    cmd.exitOverride().configureOutput(program.configureOutput()).showHelpAfterError('(run with --help for usage)');
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; prints, never throws. */
export async function runCli(argv: readonly string[], io: Io, signal?: AbortSignal): Promise<number> {
  let exit: number = ExitCode.Ok;
  const program = createProgram(io, (code) => (exit = code), signal);
  const debug = debugEnabled(io, argv.includes('--debug'));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.Usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return ExitCode.Ok;
      return ExitCode.Usage;
    }
    return reportError(error, io, debug);
  }
}
