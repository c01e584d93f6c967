// Bytes as Windows tools write CSVs: UTF-8 with or without BOM, UTF-16 LE/BE with BOM
// (Export-Csv -Encoding Unicode), and Windows-1252 from Excel's "CSV" save. UTF-8 and UTF-16 LE
// stay bytes, since csv-parse reads them faster than a decoded string.

import { isUtf8 } from 'node:buffer';

export const SOURCE_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

export interface Decoded {
  /** What csv-parse reads: bytes in parseEncoding, or text. */
  content: Buffer | string;
  parseEncoding: 'utf8' | 'utf16le';
  encoding: SourceEncoding;
}

export function decodeBytes(input: Uint8Array): Decoded {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { content: bytes.subarray(3), parseEncoding: 'utf8', encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { content: bytes.subarray(2), parseEncoding: 'utf16le', encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { content: new TextDecoder('utf-16be').decode(bytes.subarray(2)), parseEncoding: 'utf8', encoding: 'utf-16be' };
  }
  if (looksLikeUtf16LeWithoutBom(bytes)) {
    return { content: bytes, parseEncoding: 'utf16le', encoding: 'utf-16le' };
  }
  if (isUtf8(bytes)) return { content: bytes, parseEncoding: 'utf8', encoding: 'utf-8' };
  return { content: new TextDecoder('windows-1252').decode(bytes), parseEncoding: 'utf8', encoding: 'windows-1252' };
}

/** The whole decoded text, for small inputs (move lists) read line by line. */
export function decodedText(decoded: Decoded): string {
  const { content, parseEncoding } = decoded;
  return typeof content === 'string' ? content : content.toString(parseEncoding);
}

/** The decoded text of a small input, or of the start of a large one. */
export function headText(decoded: Decoded, maxBytes = 65_536): string {
  const { content, parseEncoding } = decoded;
  if (typeof content === 'string') return content.slice(0, maxBytes);
  return content.subarray(0, maxBytes).toString(parseEncoding);
}

// ASCII text in UTF-16 LE has a NUL in every odd byte; a CSV header is ASCII.
function looksLikeUtf16LeWithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  for (let i = 1; i < n; i += 2) if (bytes[i] !== 0) return false;
  return true;
}
