// A large map keeps most of what it allocates: principals, candidates, assignments. With
// Node's default young generation (16 MB semi-spaces) the scavenger copies those objects again
// and again before they reach the old generation. A program cannot resize its own young
// generation, but it can give a worker thread a larger one: large runs go there, and a second
// worker parses the target export meanwhile (read/hand-over.ts). The output is the same bytes
// either way.

import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, MessagePort, Worker } from 'node:worker_threads';
import { z } from 'zod';
import { handedOverExports, type HandOverFile } from './read/hand-over.js';
import type { ParsedExport } from './read/index.js';

/** What the worker cannot see for itself: its stderr and stdout are pipes to this thread. */
const terminalContext = z.strictObject({ interactive: z.boolean(), columns: z.number().optional() });
export type TerminalContext = z.infer<typeof terminalContext>;

const workerContext = z.strictObject({
  terminal: terminalContext,
  handOver: z.strictObject({ files: z.array(z.string()), ports: z.array(z.instanceof(MessagePort)), signal: z.instanceof(Int32Array) }),
});

/** In the worker: the terminal of the main thread, and the exports it hands over. */
export function workerSide(data: unknown): { terminal: TerminalContext; handedOver: (file: string) => ParsedExport | undefined } {
  const { terminal, handOver } = workerContext.parse(data);
  return { terminal, handedOver: handedOverExports(handOver.files, handOver.ports, handOver.signal) };
}

/** 3 × a 64 MB semi-space: the fastest of 16, 64, 128 and 256 MB semi-spaces on the bench. */
const YOUNG_GENERATION_MB = 192;
/** How much the heap may grow after a full collection before the next, in percent of what it kept. */
const HEAP_GROWING_PERCENT = 100;

/**
 * The worker's old generation: half the machine's memory, at least V8's usual 4 GB and at most
 * 16 GB. Two exports of 1,000,000 users each keep about 3.5 GB alive at the peak; under a 4 GB
 * limit the collector ran nearly all the time and then stopped the run.
 */
export function oldGenerationMb(memoryBytes: number = totalmem()): number {
  return Math.min(16_384, Math.max(4_096, Math.floor(memoryBytes / 2 / 1_048_576)));
}

/**
 * The stages before which a large run collects garbage in full. A large heap may grow to twice
 * what the last full collection kept before V8 collects again, and each of these points follows
 * work whose data has just died: the parsed tables (before normalize), the name index (before
 * attributes), the claim lists of assignment (before groups) and the matcher's indexes (before
 * lint-check). V8 would keep that garbage until the limit: the peak fell from 1.23-1.25 to
 * 0.97 GB at 200,000 users and from 5.72 to 4.31 GB at 1,000,000, for 3-11% more CPU (README,
 * Performance). Fewer points kept the 200,000-user peak above 1 GB (1.09-1.17 GB).
 */
const COLLECT_BEFORE: ReadonlySet<string> = new Set(['normalize', 'attributes', 'groups', 'lint-check']);

/**
 * A full collection before the stages that follow much garbage, where gc() is exposed (a large
 * run's worker); elsewhere nothing. Returns the milliseconds it took, for the run's timings.
 */
export function collectBefore(stage: string): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined || !COLLECT_BEFORE.has(stage)) return 0;
  const start = performance.now();
  gc();
  return performance.now() - start;
}

/** About 80,000 users in both exports: below it, starting a worker costs more than it saves. */
const DEFAULT_LARGE_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * Whether inputs of this many bytes make a large run. CTMAP_LARGE_INPUT_BYTES sets the threshold
 * (0: every run in a worker); a value that is not a number keeps every run in this thread.
 */
export function isLargeInput(bytes: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env['CTMAP_LARGE_INPUT_BYTES'];
  const threshold = setting === undefined ? DEFAULT_LARGE_INPUT_BYTES : Number(setting);
  return Number.isFinite(threshold) && bytes >= threshold;
}

/** The total size of the files; a file that cannot be read counts 0 (the command reports it). */
export function totalBytes(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // reported by the command when it reads the file
    }
  }
  return bytes;
}

/**
 * Runs the CLI module in a worker with a large young generation, while a reader worker per
 * handed-over export parses it for it (both at once); resolves to the map worker's exit code.
 */
export function runInWorker(entry: URL, argv: readonly string[], terminal: TerminalContext, handOver: readonly HandOverFile[]): Promise<number> {
  // V8 lets a large heap grow up to four times what the last full collection kept before it
  // collects again: a run that keeps 2.5 GB could take 10 GB. Twice is enough: on the
  // 200,000-user bench the peak fell from 2.1 to 1.4-1.6 GB for the same CPU time (1.3 times:
  // 1.2 GB, but 47% more CPU).
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // Gives the worker's global a gc() for collectBefore; this thread's context already exists.
  setFlagsFromString('--expose-gc');
  const channels = handOver.map(() => new MessageChannel());
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const ports = channels.map((c) => c.port2);
  const worker = new Worker(entry, {
    argv: [...argv],
    workerData: { terminal, handOver: { files: handOver.map((h) => h.file), ports, signal } },
    transferList: ports,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldGenerationMb() },
  });
  const exited = new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', resolve);
  });
  // A reader posts an error as a message; one that ends the thread itself (out of memory)
  // would leave the map worker waiting for the export, so it ends the run.
  const readersFailed = handOver.map((file, i) => {
    const port = channels[i]!.port1;
    const reader = new Worker(new URL('./read/hand-over-worker.js', import.meta.url), {
      workerData: { handOver: { file: file.file, keyAliases: [...file.keyAliases] }, port, signal },
      transferList: [port],
    });
    return new Promise<never>((_, reject) => {
      reader.once('error', (err) => {
        void worker.terminate();
        reject(err);
      });
    });
  });
  return Promise.race([exited, ...readersFailed]);
}
