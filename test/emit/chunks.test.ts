import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvChunks } from '../../src/emit/chunks.js';

const OPTIONS = { bom: true, record_delimiter: 'windows', escape_formulas: true } as const;
// Values that need quoting, escaping and formula guarding, so that a chunk seam would show.
const items = Array.from({ length: 1_234 }, (_, i) => [`user${i}@contoso.com`, i % 7 === 0 ? `=SUM(A${i})` : `Name, ${i}`, `say "${i}"\nline two`]);

describe('csvChunks', () => {
  it('writes, chunk after chunk, the bytes of one csv-stringify call, header and BOM included', () => {
    const header = ['upn', 'name', 'note'];
    expect([...csvChunks(items, (part) => part.map((r) => [...r]), OPTIONS, header)].join('')).toBe(stringify([header, ...items], OPTIONS));
  });

  it('puts the BOM only at the start when there is no header', () => {
    const chunks = [...csvChunks(items, (part) => part.map((r) => [...r]), OPTIONS)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(stringify(items, OPTIONS));
  });
});
