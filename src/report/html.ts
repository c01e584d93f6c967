// The report as one HTML file: the page's bundled script and style (built by
// scripts/build-page.mjs into dist/page/) and the data, all inline. A Content-Security-Policy
// allows exactly these two inline blocks (by hash) and nothing from any network.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../commands/package-root.js';
import type { ReportData } from './data.js';

export interface PageBundle {
  script: string;
  style: string;
}

export function readPageBundle(): PageBundle {
  const dir = join(packageRoot(), 'dist', 'page');
  try {
    return { script: readFileSync(join(dir, 'report.js'), 'utf8'), style: readFileSync(join(dir, 'report.css'), 'utf8') };
  } catch {
    throw new Error(`the report page is not built (${dir}): run npm run build`);
  }
}

/**
 * JSON that can sit inside <script type="application/json">: "<" escaped so that a display
 * name holding "</script>" or "<!--" cannot end the block; U+2028/9 for older parsers.
 */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function reportHtml(data: ReportData, bundle: PageBundle = readPageBundle()): string {
  // The bundle is ours, but a "</script" in it would end the block early: refuse to write it.
  if (/<\/script/i.test(bundle.script) || /<\/style/i.test(bundle.style)) throw new Error('the report page bundle contains a closing tag');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(bundle.script)}`,
    `style-src ${sha256(bundle.style)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>ctmap report</title>',
    `<style>${bundle.style}</style>`,
    '</head>',
    '<body>',
    '<noscript>This report needs JavaScript: open it in Edge, Chrome or Firefox with scripts allowed for local files.</noscript>',
    '<div id="app"></div>',
    `<script type="application/json" id="ctmap-data">${embeddedJson(data)}</script>`,
    `<script>${bundle.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
