// Bundles the report page (page/src, with Chart.js, @tanstack/virtual-core and csv-stringify)
// into dist/page/report.js and report.css, which `ctmap report` inlines into each HTML file.
// Run by `npm run build` after tsc; esbuild's output is deterministic.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { absWorkingDir: root, bundle: true, minify: true, logLevel: 'warning', legalComments: 'eof', charset: 'utf8' };
await build({ ...common, entryPoints: ['page/src/main.ts'], outfile: 'dist/page/report.js', format: 'iife', target: ['chrome109', 'edge109', 'firefox115', 'safari16'] });
await build({ ...common, entryPoints: ['page/src/report.css'], outfile: 'dist/page/report.css' });
