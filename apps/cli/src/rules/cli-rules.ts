import { defineRules, type RuleEntry } from '@lectern/narrative';
import { FAULTS } from '../report/system-error.js';

/** Every error code the `lectern` command itself reports (the packages' rules are in their own catalogs). */
const COMMAND_RULES = defineRules([
  {
    rule: 'cli/usage',
    severity: 'failure',
    title: 'A command line Lectern cannot run',
    message: '{what is wrong with the command, option or argument} (exit code 2)',
    hint: 'Run `lectern <command> --help` for the options and their values.',
  },
  {
    rule: 'config/unreadable',
    severity: 'failure',
    title: 'A config file that cannot be read',
    message: 'cannot read {file}: {reason}',
    hint: 'Fix the syntax of lectern.config.{json,js,mjs}, or pass --config with another file.',
  },
  {
    rule: 'config/invalid',
    severity: 'failure',
    title: 'A config file with a wrong or unknown field',
    message: 'invalid config in {file} at {field}: {problem}',
    hint: 'Compare the file with the config reference in apps/cli/README.md; unknown keys are errors.',
  },
  {
    rule: 'build/unsafe-path',
    severity: 'failure',
    title: 'An output path outside the output folder',
    message: 'refusing to write "{path}" outside its output folder (or over a narrative)',
    hint: 'Choose an --out folder outside the content; narrative ids are lowercase letters, digits, ".", "_" and "-".',
  },
  {
    rule: 'build/unsafe-out',
    severity: 'failure',
    title: 'An output folder that would overwrite content',
    message: 'refusing to write outputs into {folder} (the content, the project root or above it)',
    hint: 'Choose an --out folder outside the content, e.g. --out out.',
  },
  {
    rule: 'build/not-ours',
    severity: 'failure',
    title: 'An output folder Lectern did not write',
    message:
      "refusing to replace {folder}: {it is a link, not a folder, another narrative's, or not written by Lectern}",
    hint: 'Move the folder away, or choose another --out folder.',
  },
  {
    rule: 'build/locked',
    severity: 'failure',
    title: 'Another Lectern process is writing the same outputs',
    message: 'another Lectern process (pid {pid}) is writing {folder}',
    hint: 'Wait for it to finish, or stop it; if none is running, delete the lock file named in the hint.',
  },
  {
    rule: 'serve/build-failed',
    severity: 'error',
    title: 'A rebuild under serve failed without a finding',
    message: '{the error the build threw}, shown over the open preview',
    hint: 'Fix what the message names and save; the overlay closes with the next good build.',
  },
  {
    rule: 'serve/port-in-use',
    severity: 'failure',
    title: 'The preview port is taken',
    message: 'port {port} is already in use',
    hint: 'Pass --port <n>, or --port 0 for a free port.',
  },
  {
    rule: 'new/exists',
    severity: 'failure',
    title: 'The new narrative folder exists already',
    message: '{dir} already exists',
    hint: 'Choose another id, or remove the folder first.',
  },
  {
    rule: 'import/unreadable',
    severity: 'failure',
    title: 'An article that cannot be read',
    message: 'cannot read {file}: {reason}',
    hint: 'Check the path and its permissions, and that the file is what its extension says (.txt, .md, .html, .docx).',
  },
  {
    rule: 'import/not-found',
    severity: 'failure',
    title: 'No article at that path',
    message: '{file} does not exist',
    hint: 'Check the path of the article to import.',
  },
  {
    rule: 'import/not-a-file',
    severity: 'failure',
    title: 'Not a regular file',
    message: '{file} is not a regular file (a folder, FIFO, socket or device)',
    hint: 'Import an article file: .txt, .md, .html (a saved page) or .docx.',
  },
  {
    rule: 'import/too-large',
    severity: 'failure',
    title: 'An article too large to import',
    message: '{file} is {size} MB; articles of at most {limit} MB are imported',
    hint: 'Split the article and import each part as its own narrative.',
  },
  {
    rule: 'import/binary',
    severity: 'failure',
    title: 'A binary file, not text',
    message: '{file}:{line}:{column} holds NUL bytes: it looks like binary data, not text',
    hint: 'Save the article as plain text (.txt), Markdown (.md), HTML or a Word .docx file and import that.',
  },
  {
    rule: 'import/encoding',
    severity: 'failure',
    title: 'Text that is not UTF-8',
    message: '{file}:{line}:{column} is not valid UTF-8',
    hint: 'Re-save the file as UTF-8 (e.g. `iconv -f GBK -t UTF-8 in.txt > out.txt`) and import it again.',
  },
  {
    rule: 'import/exists',
    severity: 'failure',
    title: 'The imported narrative folder exists already',
    message: 'a narrative already exists at {dir}; import never overwrites one',
    hint: 'Pass another --id, or remove the folder first.',
  },
  {
    rule: 'import/empty',
    severity: 'failure',
    title: 'An article without text',
    message: '{file} has no article text to import',
    hint: 'Import a file that holds the article text.',
  },
  {
    rule: 'analysis/missing-file',
    severity: 'failure',
    title: 'A results file or quiz.json that cannot be read',
    message: 'cannot read {the results file or quiz.json} {path}',
    hint: 'Check the path; without --quiz, `lectern analyze` reads out/<narrative>/quiz/quiz.json.',
  },
  {
    rule: 'analysis/bad-quiz',
    severity: 'failure',
    title: 'A --quiz file that is not a quiz.json',
    message: '{file} is not a quiz.json',
    hint: 'Pass the quiz.json `lectern build` wrote (out/<narrative>/quiz/quiz.json).',
  },
]);

/** Node's file-system faults as `fs/<errno>` codes (report/system-error.ts turns ENOSPC, EACCES… into these). */
const FS_RULES: RuleEntry[] = Object.entries(FAULTS).map(([code, [what, hint]]) => ({
  rule: `fs/${code.toLowerCase()}`,
  severity: 'failure',
  title: `${what[0]!.toUpperCase()}${what.slice(1)} (${code})`,
  message: `${what} ({syscall} {path})`,
  hint: `${hint[0]!.toUpperCase()}${hint.slice(1)}.`,
}));

/** Every error code the `lectern` command itself reports (the packages' rules are in their own catalogs). */
export const CLI_RULES: readonly RuleEntry[] = defineRules([...COMMAND_RULES, ...FS_RULES]);
