// node dist/scripts/synthetic/floor-csv.js FILE...
// The floor of the moves benchmark, in a fresh process like the CLI's: csv-parse reading the
// same CSV files, nothing else. Prints the process's CPU milliseconds (user + system).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

for (const file of process.argv.slice(2)) parse(readFileSync(file), { bom: true, relax_column_count: true });
const usage = process.resourceUsage();
console.log(Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000));
