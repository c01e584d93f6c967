// node dist/scripts/synthetic/write-tenants.js USERS SEED DIR
// Writes the synthetic exports in a process of its own, so that the benchmark process holds no
// large heap (and runs no garbage collection) while the CLI is timed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCsv, generateTenants } from './tenants.js';

const [users = '200000', seed = '1', dir = '.'] = process.argv.slice(2);
const tenants = generateTenants(Number(users), Number(seed));
writeFileSync(join(dir, 'source-users.csv'), exportCsv(tenants.source, 'aaaaaaaa-0000-4000-8000-'));
writeFileSync(join(dir, 'target-users.csv'), exportCsv(tenants.target, 'bbbbbbbb-0000-4000-8000-'));
