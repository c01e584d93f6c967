// Where commands print, and what the process around them offers. The CLI passes the process
// streams; tests pass collectors.

import type { ParsedExport } from '../read/index.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress lines are welcome. */
  interactive: boolean;
  /**
   * Runs the whole command line again in a worker thread with a large young generation
   * (large-run.ts), parsing the handOver files meanwhile; resolves to its exit code. Only the
   * CLI's main thread offers it.
   */
  largeRun?: (handOver: readonly string[]) => Promise<number>;
  /** In that worker: an export the main thread parsed, or undefined to read it here. */
  handedOver?: (file: string) => ParsedExport | undefined;
}

/** The process streams; a worker thread is told by its parent whether stderr is a terminal. */
export function processIo(interactive = process.stderr.isTTY === true): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    interactive,
  };
}
