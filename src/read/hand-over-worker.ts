// The thread that parses one export a large run hands over (large-run.ts). It is a worker of its
// own, not the main thread, so that when it ends its heap goes back to the system: kept in the
// main thread, the parse stayed committed for the whole run (270 MB of the peak at 200,000 users).

import { MessagePort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { handOverExport } from './hand-over.js';

const readerData = z.strictObject({
  handOver: z.strictObject({ file: z.string(), keyAliases: z.array(z.string()) }),
  port: z.instanceof(MessagePort),
  signal: z.instanceof(Int32Array),
});

const { handOver, port, signal } = readerData.parse(workerData);
handOverExport(handOver, port, signal);
