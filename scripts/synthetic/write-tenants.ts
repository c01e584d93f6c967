// node dist/scripts/synthetic/write-tenants.js USERS SEED DIR [--names realistic|legacy] [--shuffle] [--plain] [--traps SHARE]
// Writes the synthetic exports in a process of its own, so that the benchmark process holds no
// large heap (and runs no garbage collection) while the CLI is timed. --shuffle writes the same
// users (same Ids) in another row order. Realistic names come with HR attributes and decoys
// (--plain: without them); --traps 0.01 adds a namesake trap per hundred source users.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportCsvChunks, generateTenants, NAME_DISTRIBUTIONS, type NameDistribution } from './tenants.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { names: { type: 'string', default: 'realistic' }, shuffle: { type: 'boolean', default: false }, plain: { type: 'boolean', default: false }, traps: { type: 'string', default: '0' } },
});
// All three are asked for: run without them, it once wrote 140 MB of exports into the repository.
if (positionals.length !== 3) {
  console.error('usage: node dist/scripts/synthetic/write-tenants.js USERS SEED DIR [--names realistic|legacy] [--shuffle] [--plain] [--traps SHARE]');
  process.exit(2);
}
const [users = '', seed = '', dir = ''] = positionals;
if (!NAME_DISTRIBUTIONS.includes(values.names as NameDistribution)) throw new Error(`--names must be one of ${NAME_DISTRIBUTIONS.join(', ')}`);
const traps = Number(values.traps);
if (!(traps >= 0 && traps <= 1)) throw new Error('--traps must be a share between 0 and 1');
const tenants = generateTenants(Number(users), Number(seed), values.names as NameDistribution, { ...(values.plain ? { hr: false } : {}), traps });
const shuffleSeed = values.shuffle ? Number(seed) + 1 : undefined;
const write = (name: string, chunks: Iterable<string>): void => {
  const fd = openSync(join(dir, name), 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
};
write('source-users.csv', exportCsvChunks(tenants.source, 'aaaaaaaa-0000-4000-8000-', shuffleSeed));
write('target-users.csv', exportCsvChunks(tenants.target, 'bbbbbbbb-0000-4000-8000-', shuffleSeed === undefined ? undefined : shuffleSeed + 1));
