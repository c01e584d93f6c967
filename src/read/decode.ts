// Bytes to text, as Windows tools write CSVs: UTF-8 with or without BOM, UTF-16 LE/BE with
// BOM (Export-Csv -Encoding Unicode), and Windows-1252 from Excel's "CSV" save.

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: SourceEncoding;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksLikeUtf16LeWithoutBom(bytes)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

// ASCII text in UTF-16 LE has a NUL in every odd byte; a CSV header is ASCII.
function looksLikeUtf16LeWithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  for (let i = 1; i < n; i += 2) if (bytes[i] !== 0) return false;
  return true;
}
