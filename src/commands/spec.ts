import type { Argv } from 'yargs';
import type { Io } from './io.js';

/** A command as the CLI registers it; run() lazy-imports the work and returns the exit code. */
export interface CommandSpec {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv;
  run(args: Record<string, unknown>, io: Io): Promise<number>;
}
