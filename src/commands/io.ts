// Where commands print. The CLI passes the process streams; tests pass collectors.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress lines are welcome. */
  interactive: boolean;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    interactive: process.stderr.isTTY === true,
  };
}
