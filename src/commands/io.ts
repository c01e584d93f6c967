// Where commands print, and what the process around them offers. The CLI passes the process
// streams; tests pass collectors.

import { writeSync } from 'node:fs';
import { terminalText } from '../display.js';
import type { ParsedExport } from '../read/index.js';
import type { HandOverFile } from '../read/hand-over.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress lines are welcome. */
  interactive: boolean;
  /**
   * Runs the whole command line again in a worker thread with a large young generation
   * (large-run.ts), reader workers parsing the handOver files meanwhile; resolves to its exit
   * code. Only the CLI's main thread offers it.
   */
  largeRun?: (handOver: readonly HandOverFile[]) => Promise<number>;
  /** In that worker: an export a reader worker parsed, or undefined to read it here. */
  handedOver?: (file: string) => ParsedExport | undefined;
}

/** The process streams; interactive as the main thread's stderr is (a worker's is a pipe). */
export function processIo(interactive: boolean): Io {
  // Every printed text passes terminalText: a control character from an input shows escaped.
  const line = (raw: string): string => {
    const text = terminalText(raw);
    return text.endsWith('\n') ? text : `${text}\n`;
  };
  return {
    out: (text) => process.stdout.write(line(text)),
    // A worker thread's process.stderr reaches the terminal through the main thread, possibly
    // after the report on stdout; progress is written to the terminal directly instead.
    err: interactive ? (text) => void writeSync(2, line(text)) : (text) => process.stderr.write(line(text)),
    interactive,
  };
}
