// npm run fuzz: the property tests (test/property) with many more cases than npm test runs and
// a fresh seed each time, printed so that a failure can be replayed:
//   CTMAP_FUZZ_RUNS=100000 CTMAP_FUZZ_SEED=12345 npm run fuzz

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.env['CTMAP_FUZZ_RUNS'] ?? '20000';
const seed = process.env['CTMAP_FUZZ_SEED'] ?? String(Date.now() % 2_147_483_647);
process.stderr.write(`fuzz: ${runs} cases per property, seed ${seed} (replay with CTMAP_FUZZ_SEED=${seed})\n`);

const root = fileURLToPath(new URL('../../', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'test/property', '--testTimeout=0'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CTMAP_FUZZ_RUNS: runs, CTMAP_FUZZ_SEED: seed },
});
process.exitCode = result.status ?? 1;
