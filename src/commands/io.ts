// Where commands print. The CLI passes the process streams; tests pass collectors.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress lines are welcome. */
  interactive: boolean;
  /**
   * Runs the whole command line again in a worker thread with a large young generation
   * (large-run.ts) and resolves to its exit code. Only the CLI's main thread offers it.
   */
  largeRun?: () => Promise<number>;
}

/** The process streams; a worker thread is told by its parent whether stderr is a terminal. */
export function processIo(interactive = process.stderr.isTTY === true): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    interactive,
  };
}
