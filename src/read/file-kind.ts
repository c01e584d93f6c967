// Files that are not CSV text, refused by what they are before they are parsed: an Excel
// workbook (a ZIP or an old OLE file), JSON from ConvertTo-Json, and binary content. Printing
// such bytes as if they were rows only fills the terminal with noise.

import { CtmapError } from '../errors.js';
import type { Decoded } from './decode.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Throws excel-workbook or json-file for what is recognizably not a CSV. */
export function assertNotWorkbookOrJson(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) throw new CtmapError('excel-workbook', { file });
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64)).toString('utf8').replace(/^\uFEFF/, '');
  // An object or an array of objects or strings; a CSV header never starts so.
  if (/^\s*(\{\s*("|\}|$)|\[\s*(\{|"|\[|\]|$))/.test(head)) throw new CtmapError('json-file', { file });
}

// A few control characters (a NUL too) can occur in the values of a real export, and are
// handled per value; random bytes give about one character in ten.
const MAX_CONTROL_SHARE = 0.01;
const MIN_CONTROLS = 16;
const SAMPLE_CHARS = 1 << 20;

/** Throws not-text when the decoded content reads as binary rather than text. */
export function assertText(decoded: Decoded, file: string): void {
  const { content, parseEncoding } = decoded;
  const sample = typeof content === 'string' ? content.slice(0, SAMPLE_CHARS) : content.subarray(0, SAMPLE_CHARS * (parseEncoding === 'utf16le' ? 2 : 1)).toString(parseEncoding);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  if (controls > MIN_CONTROLS && controls > sample.length * MAX_CONTROL_SHARE) {
    throw new CtmapError('not-text', { file, detail: `${controls} control characters in ${sample.length} characters` });
  }
}
