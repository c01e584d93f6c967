#!/usr/bin/env node
// The bin entry: registers the commands, runs one, and is the only place that sets the exit
// code. Known errors print one line without a stack (exit 2); anything else is a bug in ctmap
// (exit 3); --debug shows the stack.

import { isMainThread, workerData } from 'node:worker_threads';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { COMMANDS } from './commands/index.js';
import { processIo, type Io } from './commands/io.js';
import { assertNoRepeats } from './commands/repeated.js';
import { CtmapError, EXIT_BUG, EXIT_INPUT } from './errors.js';
import { runInWorker, workerSide, type TerminalContext } from './large-run.js';
import type { HandOverFile } from './read/hand-over.js';
import { VERSION } from './version.js';
import { bugMessage, errorMessage } from './wording/errors.js';

const USAGE_CODES = new Set(['invalid-option', 'option-repeated']);

export async function main(argv: string[], io: Io, terminal: TerminalContext): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  let cli = yargs(argv)
    .scriptName('ctmap')
    .usage('$0 <command> [options]\n\nPrepare the identity side of a Microsoft 365 cross-tenant OneDrive and SharePoint migration.')
    .version(VERSION)
    .option('debug', { type: 'boolean', describe: 'Show stack traces of errors', global: true })
    .demandCommand(1, 'Name a command: ctmap map, ctmap demo, ... (ctmap --help lists them)')
    .strict()
    .recommendCommands()
    .wrap(Math.min(110, terminal.columns ?? 100))
    .epilogue('Exit codes: 0 done; 1 done, but error findings exist (or --strict and rows left for review); 2 usage, input or output error, nothing written; 3 a bug in ctmap.')
    .fail((msg, err) => {
      throw err ?? new CtmapError('invalid-option', { detail: msg });
    });
  for (const command of COMMANDS) {
    cli = cli.command({
      command: command.command,
      describe: command.describe,
      builder: (y) => {
        const built = command.builder(y);
        assertNoRepeats(argv, built);
        return built;
      },
      handler: async (args) => {
        exitCode = await command.run(args, io);
      },
    });
  }
  try {
    await cli.parseAsync();
    return exitCode;
  } catch (err) {
    if (err instanceof CtmapError) {
      io.err(errorMessage(err));
      if (USAGE_CODES.has(err.code)) io.err("Run 'ctmap --help' for usage.");
      if (debug && err.stack) io.err(err.stack);
      return EXIT_INPUT;
    }
    io.err(bugMessage(err, debug));
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT_BUG;
  }
}

function ownTerminal(): TerminalContext {
  return { interactive: process.stderr.isTTY === true, columns: process.stdout.columns };
}

// A command may hand a large run to a worker thread (large-run.ts), which runs this module
// again with the terminal this thread sees and the exports this thread parses for it.
const argv = hideBin(process.argv);
if (isMainThread) {
  const terminal = ownTerminal();
  const largeRun = (handOver: readonly HandOverFile[]): Promise<number> => runInWorker(new URL(import.meta.url), argv, terminal, handOver);
  process.exitCode = await main(argv, { ...processIo(terminal.interactive), largeRun }, terminal);
} else {
  const { terminal, handedOver } = workerSide(workerData);
  process.exitCode = await main(argv, { ...processIo(terminal.interactive), handedOver }, terminal);
}
