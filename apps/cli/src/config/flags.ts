/** Flags every command shares. Values are as a user typed them; `resolve-*.ts` validates them. */
export interface CommonFlags {
  /** Folder holding narratives. */
  content?: string;
  /** Explicit config file. */
  config?: string;
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export interface BuildFlags extends CommonFlags {
  /** Narrative folders or ids; empty means every narrative. */
  narratives?: string[];
  out?: string;
  only?: string;
  /** Comma-separated list, or an array from the API. */
  formats?: string | string[];
  theme?: string;
  seed?: string | number;
  /** Comma-separated cut ids (`full` = whole narrative), or an array. */
  cut?: string | string[];
  quizCount?: string | number;
  /** `--no-checkpoints` sets false. */
  checkpoints?: boolean;
  /** `moodle@4.4`, `moodle@4.1`, `canvas` or `generic`. */
  lms?: string;
  /** Parallel forms, 1–26. */
  forms?: string | number;
}

export interface WatchFlags extends BuildFlags {
  debounce?: string | number;
}

export interface ServeFlags extends WatchFlags {
  port?: string | number;
}
