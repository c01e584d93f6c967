// node dist/scripts/synthetic/floor.js SOURCE TARGET MAP REVIEW
// The floor of the benchmark, in a fresh process like the CLI's: csv-parse reading the two
// exports plus csv-stringify writing the same identity map and review file. Prints milliseconds.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const [source = '', target = '', map = '', review = ''] = process.argv.slice(2);
const mapRows = parse(readFileSync(map)) as string[][];
const reviewRows = parse(readFileSync(review), { bom: true }) as string[][];
const started = performance.now();
parse(readFileSync(source), { relax_column_count: true });
parse(readFileSync(target), { relax_column_count: true });
stringify(mapRows, { record_delimiter: 'windows' });
stringify(reviewRows, { record_delimiter: 'windows', escape_formulas: true, bom: true });
console.log(Math.round(performance.now() - started));
