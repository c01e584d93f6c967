// The target export a large run's reader worker parses and hands to the map worker: the same table,
// or the same error, as parsing it in the worker. Both ends run in this thread here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CtmapError } from '../../src/errors.js';
import { handedOverExports, handOverExports } from '../../src/read/hand-over.js';
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
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  handOverExports(paths, port1, signal);
  return { paths, take: handedOverExports(paths, port2, signal), signal };
}

describe('handing a parsed export to the worker', () => {
  it('gives the table, lines, encoding and hash that parsing in place gives, in any order', () => {
    const { paths, take, signal } = handOver({
      'a.csv': '#TYPE Microsoft.Graph\r\n"UserPrincipalName";"DisplayName"\r\n"ann@contoso.com";"Ann\r\nLee"\r\n"bo@contoso.com";"Bo"\r\n',
      'b.csv': '\uFEFFuserPrincipalName,givenName\r\ncy@contoso.com,Cy\r\n',
    });
    expect(signal[0]).toBe(2);
    const taken = [...paths].reverse().map((path) => {
      const parsed = take(path);
      expect(parsed).toEqual(parseExport(readBytes(path), path));
      return parsed;
    });
    expect(taken[1]!.table.rows.map((r) => r.line)).toEqual([3, 5]);
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
