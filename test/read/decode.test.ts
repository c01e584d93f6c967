import { describe, expect, it } from 'vitest';
import { decodeBytes, headText } from '../../src/read/decode.js';

const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => Buffer.from(utf16le(s).swap16());

describe('decodeBytes', () => {
  it.each([
    { name: 'UTF-8', bytes: Buffer.from('upn,given\na,Jürgen'), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('upn,given\na,Jürgen')]), encoding: 'utf-8-bom' },
    { name: 'UTF-16 LE with BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('upn,given\na,Jürgen')]), encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('upn,given\na,Jürgen')]), encoding: 'utf-16be' },
    { name: 'UTF-16 LE without BOM', bytes: utf16le('upn,given\na,Jürgen'), encoding: 'utf-16le' },
    { name: 'Windows-1252 (Excel CSV)', bytes: Buffer.from('upn,given\na,J\xfcrgen', 'latin1'), encoding: 'windows-1252' },
  ])('reads $name', ({ bytes, encoding }) => {
    const decoded = decodeBytes(bytes);
    expect({ text: headText(decoded), encoding: decoded.encoding }).toEqual({ text: 'upn,given\na,Jürgen', encoding });
  });
});
