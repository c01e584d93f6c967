import { describe, expect, it } from 'vitest';
import { CtmapError } from '../../src/errors.js';
import { parseHeaderless, parseTable, sniffDelimiter } from '../../src/read/table.js';

describe('sniffDelimiter', () => {
  it.each([
    { header: 'a,b,c', expected: ',' },
    { header: '"a";"b";"c"', expected: ';' },
    { header: 'a\tb\tc', expected: '\t' },
    { header: '"a,x";"b";"c"', expected: ';' },
    { header: 'upn', expected: ',' },
  ])('$header → $expected', ({ header, expected }) => {
    expect(sniffDelimiter(header)).toBe(expected);
  });
});

describe('parseTable', () => {
  it('skips the #TYPE line and keeps file line numbers', () => {
    const t = parseTable('#TYPE Selected.Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser\r\n"Id";"Upn"\r\n"1";"a"\r\n\r\n"2";"b"\r\n', 'f.csv');
    expect(t).toEqual({
      header: ['Id', 'Upn'],
      headerLine: 2,
      rows: [
        { values: ['1', 'a'], line: 3 },
        { values: ['2', 'b'], line: 5 },
      ],
      delimiter: ';',
      hadTypeLine: true,
    });
  });

  it('gives a multi-line record the line it starts on', () => {
    const t = parseTable('a,b\n1,"x\ny"\n2,z\n', 'f.csv');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('accepts a quote inside an unquoted value', () => {
    expect(parseTable('a,b\n1,Dwayne "The Rock" Johnson\n', 'f.csv').rows[0]?.values).toEqual(['1', 'Dwayne "The Rock" Johnson']);
  });

  it('drops rows of empty cells that Excel leaves below the data', () => {
    expect(parseTable('a,b\n1,2\n,\n,\n', 'f.csv').rows).toHaveLength(1);
  });

  it('reports an unterminated quote at the line where its record starts', () => {
    const err = catchError(() => parseTable('a,b\n1,2\n3,"open\n4,5\n6,7\n', 'f.csv'));
    expect(err).toBeInstanceOf(CtmapError);
    expect({ code: err.code, ...err.context }).toEqual({ code: 'unterminated-quote', file: 'f.csv', line: 3 });
  });

  it('rejects an empty file', () => {
    expect(catchError(() => parseTable('\r\n', 'f.csv')).code).toBe('file-empty');
  });
});

describe('parseHeaderless', () => {
  it('keeps every record, blank ones included, with its file line', () => {
    expect(parseHeaderless('\r\nUser,a\r\n\r\n,\r\nGroup,b\r\n\r\n', 'm.csv')).toEqual({
      rows: [
        { values: [''], line: 1 },
        { values: ['User', 'a'], line: 2 },
        { values: [''], line: 3 },
        { values: ['', ''], line: 4 },
        { values: ['Group', 'b'], line: 5 },
        { values: [''], line: 6 },
      ],
      delimiter: ',',
    });
  });

  it('sniffs the delimiter on the first line with content', () => {
    expect(parseHeaderless('\n"User";"a"\n', 'm.csv').delimiter).toBe(';');
  });

  it('counts a CRLF inside a quoted value as one line', () => {
    expect(parseHeaderless('a,"x\r\ny"\r\nb,c\r\n', 'm.csv').rows.map((r) => r.line)).toEqual([1, 3]);
  });

  it('reads an empty file as no rows', () => {
    expect(parseHeaderless('', 'm.csv')).toEqual({ rows: [], delimiter: ',' });
  });
});

function catchError(fn: () => unknown): CtmapError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CtmapError) return err;
    throw err;
  }
  throw new Error('expected a CtmapError');
}
