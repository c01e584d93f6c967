// The exports a large run's reader workers parse and hand to the map worker: the same table with
// its rows in UPN order, or the same error, as parsing it in the worker; read into principals,
// the same findings. Both ends run in this thread here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CtmapError } from '../../src/errors.js';
import { handedOverExports, handOverExport, parsedInUpnOrder } from '../../src/read/hand-over.js';
import { exportPrincipals, parseExport, readExportFile } from '../../src/read/index.js';
import { readBytes } from '../../src/read/bytes.js';
import { tempDir } from '../helpers/fixture-run.js';

function handOver(files: Record<string, string>) {
  const dir = tempDir();
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  const channels = paths.map(() => new MessageChannel());
  const signal = new Int32Array(new SharedArrayBuffer(4));
  paths.forEach((file, i) => handOverExport({ file, keyAliases: [] }, channels[i]!.port1, signal));
  return { paths, take: handedOverExports(paths, channels.map((c) => c.port2), signal), signal };
}

describe('handing a parsed export to the worker', () => {
  it('gives the table, lines, encoding and hash that parsing in place gives, rows by UPN, in any order', () => {
    const { paths, take, signal } = handOver({
      'a.csv': '#TYPE Microsoft.Graph\r\n"UserPrincipalName";"DisplayName"\r\n"bo@contoso.com";"Bo"\r\n"ann@contoso.com";"Ann\r\nLee"\r\n',
      'b.csv': '\uFEFFuserPrincipalName,givenName\r\ncy@contoso.com,Cy\r\n',
    });
    expect(signal[0]).toBe(2);
    const taken = [...paths].reverse().map((path) => {
      const parsed = take(path)!;
      const inPlace = parseExport(readBytes(path), path);
      expect({ ...parsed, table: { ...parsed.table, rows: [] } }).toEqual({ ...inPlace, table: { ...inPlace.table, rows: [] } });
      expect(parsed.table.rows).toEqual([...inPlace.table.rows].sort((a, b) => (a.values[0]! < b.values[0]! ? -1 : 1)));
      return parsed;
    });
    expect(taken[1]!.table.rows.map((r) => [r.values[0], r.line])).toEqual([
      ['ann@contoso.com', 4],
      ['bo@contoso.com', 3],
    ]);
  });

  it('sorts UPNs without regard to case or spaces, the same UPN in line order, and leaves an export without one as it is', () => {
    const { paths, take } = handOver({
      'a.csv': 'userPrincipalName,displayName\r\n Cy@contoso.com,first cy\r\nbo@contoso.com,Bo\r\ncy@contoso.com,second cy\r\nAnn@contoso.com,Ann\r\n',
      'b.csv': 'mail,displayName\r\nzed@contoso.com,Zed\r\nann@contoso.com,Ann\r\n',
    });
    expect(take(paths[0]!)!.table.rows.map((r) => r.values[1])).toEqual(['Ann', 'Bo', 'first cy', 'second cy']);
    expect(take(paths[1]!)!.table.rows.map((r) => r.values[0])).toEqual(['zed@contoso.com', 'ann@contoso.com']);
  });

  it("parsed by the map worker itself: the same rows by UPN, every value copied exactly", () => {
    const dir = tempDir();
    const path = join(dir, 'a.csv');
    // Quotes, a backslash, line breaks, controls, U+2028, an emoji and a UTF-16 lone surrogate.
    const odd = 'say "hi" \\ \r\n\t\u0001\u2028 😀 \ud800 end';
    const text = `\uFEFFuserPrincipalName,displayName\r\nzed@contoso.com,"${odd.replace(/"/g, '""')}"\r\nann@contoso.com,Ann\r\n`;
    writeFileSync(path, Buffer.from(text, 'utf16le'));
    const inPlace = parseExport(readBytes(path), path);
    const parsed = parsedInUpnOrder(path, []);
    expect({ ...parsed, table: { ...parsed.table, rows: [] } }).toEqual({ ...inPlace, table: { ...inPlace.table, rows: [] } });
    expect(parsed.table.rows).toEqual([inPlace.table.rows[1], inPlace.table.rows[0]]);
    expect(parsed.table.rows[1]!.values[1]).toBe(odd);
  });

  it('reads rows in UPN order into the principals, findings and unreadable rows that export order gives', () => {
    // Out of UPN order on purpose: a lost collection in two columns, a ragged row, a blank key,
    // question marks, a repeated UPN and an invalid object ID.
    const text = [
      'id,userPrincipalName,givenName,surname,proxyAddresses,otherMails,jobTitle',
      'not-a-guid,zoe@contoso.com,Zoe,Q?,System.String[],,Clerk',
      ',,Blank,Key,,,',
      'x,too,many,values,in,this,row,here',
      ',bo@contoso.com,B?,Lee,,System.String[],',
      ',ann@contoso.com,Ann,Lee,,System.String[],',
      ',bo@contoso.com,Bo,Again,,,',
    ].join('\r\n');
    const { paths, take } = handOver({ 'a.csv': `${text}\r\n` });
    const options = { kind: 'user', tenant: 'source' } as const;
    const handed = exportPrincipals(take(paths[0]!)!, options);
    const inPlace = readExportFile(paths[0]!, options);
    expect(handed.findings).toEqual(inPlace.findings);
    expect(handed.findings.map((f) => f.code)).toEqual(['invalid-object-id', 'blank-key', 'ragged-row', 'multi-value-lost', 'multi-value-lost', 'question-marks']);
    expect(handed.unreadable).toEqual(inPlace.unreadable);
    expect(handed.principals.map((p) => p.origin.line)).toEqual([6, 5, 7, 2]);
    expect([...handed.principals].sort((a, b) => a.origin.line - b.origin.line)).toEqual(inPlace.principals);
  });

  it('carries the supporting attributes through: the worker reads them from the handed-over table', () => {
    const { paths, take } = handOver({ 'a.csv': 'userPrincipalName,jobTitle,mobilePhone,country\r\nann@contoso.com,Clerk,+1 425 555 0100,United States\r\nbo@contoso.com,,,\r\n' });
    const options = { kind: 'user', tenant: 'target' } as const;
    const principals = exportPrincipals(take(paths[0]!)!, options).principals;
    expect(principals.map((p) => p.attributes)).toEqual([{ jobTitle: 'Clerk', mobilePhone: '+1 425 555 0100', country: 'United States' }, undefined]);
    expect(principals).toEqual(readExportFile(paths[0]!, options).principals);
  });

  it('throws the CtmapError that parsing threw, with its code and context', () => {
    const { paths, take } = handOver({ 'broken.csv': 'userPrincipalName,displayName\r\na@contoso.com,"Ann\r\n' });
    const thrown = (() => {
      try {
        take(paths[0]!);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(CtmapError);
    expect(thrown).toMatchObject({ code: 'unterminated-quote', context: { file: paths[0], line: 2 } });
  });

  it('gives a file once and lets it go: asked again (the same export given twice), the caller reads it', () => {
    const { paths, take } = handOver({ 'a.csv': 'userPrincipalName\r\na@contoso.com\r\n' });
    expect(take(paths[0]!)).toBeDefined();
    expect(take(paths[0]!)).toBeUndefined();
  });

  it('leaves files it was not given to the worker', () => {
    const { take } = handOver({ 'a.csv': 'userPrincipalName\r\na@contoso.com\r\n' });
    expect(take('other.csv')).toBeUndefined();
  });
});
