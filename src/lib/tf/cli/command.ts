/** One `unrolled <name>` command: its usage line and what it does; resolves to the exit code. */
export interface Command {
  /** The command word, e.g. "trace". */
  name: string;
  /** One line of usage, shown by `unrolled --help`. */
  usage: string;
  /** Runs with the arguments after the command word; writes results to stdout. */
  run(argv: readonly string[]): Promise<number>;
}
