// The smaller CLI promises: a repeated option, demo --force, plurals, a folder given as an input
// file, and control characters from the inputs shown escaped on the terminal.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctmap } from '../helpers/cli.js';
import { DEMO, tempDir } from '../helpers/fixture-run.js';

const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
const MAP = join(DEMO, 'expected', 'identity-map.csv');
const STACK = /^\s+at /m;
// Any C0 control but the line break, DEL, or a C1 control, raw.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('a single-valued option given twice', () => {
  const out = join(tempDir(), 'out');
  it.each([
    { command: 'map', args: ['map', '--config', join(DEMO, 'ctmap.json'), '--out', out, '--out', `${out}2`], option: 'out' },
    { command: 'map', args: ['map', '--config', join(DEMO, 'ctmap.json'), '--source-tenant-id', TENANT, '--sourceTenantId', TENANT, '--out', out], option: 'source-tenant-id' },
    { command: 'plan', args: ['plan', '--config', join(DEMO, 'plan.json'), '--map', MAP, '--wave-size', '5', '--wave-size=6', '--out', out], option: 'wave-size' },
    { command: 'lint', args: ['lint', MAP, '--source-users', join(DEMO, 'source-users.csv'), '--source-users', join(DEMO, 'source-users.csv')], option: 'source-users' },
    { command: 'diff', args: ['diff', MAP, MAP, '--json', '--json'], option: 'json' },
    { command: 'demo', args: ['demo', '--out', out, '--out', out], option: 'out' },
  ])('$command --$option: says to give it once, exit 2', ({ args, option }) => {
    const r = ctmap(args);
    expect(r.stderr).toContain(`ctmap: --${option} was given twice; give it once [option-repeated]`);
    expect(r.stderr).not.toMatch(/received array/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(2);
  });

  it('a repeatable option stays repeatable', () => {
    const dir = tempDir();
    const r = ctmap(['map', '--config', join(DEMO, 'ctmap.json'), '--domain', 'contoso.com=fabrikam.com', '--domain', 'contososales.com=fabrikam.com', '--out', join(dir, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });
});

describe('ctmap demo', () => {
  it('accepts the --force it suggests when --out holds an earlier demo', () => {
    const out = join(tempDir(), 'demo');
    expect(ctmap(['demo', '--out', out]).code).toBe(0);
    const again = ctmap(['demo', '--out', out]);
    expect(again.stderr).toMatch(/already exist: nothing was written\. Use --force to replace (?:it|them).*\[output-exists\]/);
    expect(again.code).toBe(2);
    const forced = ctmap(['demo', '--out', out, '--force']);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['identity-map.csv', 'plan', 'report.html', 'review.csv', 'summary.json']);
  });
});

describe('counts in reports', () => {
  it('says 1 row, 1 user, 1 error, never "1 rows" or "1 errors"', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.csv'), `User,${TENANT},ann.lee@contoso.com,not-a-upn,ann.lee@fabrikam.com,RegularUser\r\n`);
    const r = ctmap(['lint', join(dir, 'm.csv')]);
    expect(r.stdout).toMatch(/: 1 row \(1 user, 0 groups\): 1 error, 0 warnings/);
    expect(r.stdout).not.toMatch(/\b1 (rows|users|errors)\b/);
  });
});

describe('a folder given as an input file', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'exports'));
  it.each([
    { name: 'map --source-users', args: ['map', '--source-users', join(dir, 'exports'), '--target-users', join(DEMO, 'target-users.csv'), '--source-tenant-id', TENANT, '--out', join(dir, 'out')] },
    { name: 'map --config', args: ['map', '--config', join(dir, 'exports'), '--out', join(dir, 'out')] },
    { name: 'lint FILE', args: ['lint', join(dir, 'exports')] },
  ])('$name: says it is a folder, not "file not found"', ({ args }) => {
    const r = ctmap(args);
    expect(r.stderr).toContain(`ctmap: ${join(dir, 'exports')}: this is a folder, not a file: give the path of the file in it [input-is-folder]`);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(2);
  });
});

describe('control characters from the inputs reach the terminal escaped', () => {
  it('in an error message: a header with an escape sequence', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.csv'), 'mail,x\u001b[2J\u202e\r\na@contoso.com,1\r\n');
    const r = ctmap(['map', '--source-users', join(dir, 's.csv'), '--target-users', join(DEMO, 'target-users.csv'), '--source-tenant-id', TENANT, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Found: mail, x\\u001b[2J\\u202e.');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('in a report line: a map value with an escape sequence and a carriage return', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.csv'), `User,${TENANT},"ann\u001b[31m\rlee@contoso.com",ann@fabrikam.com,ann@fabrikam.com,RegularUser\r\n`);
    const r = ctmap(['lint', join(dir, 'm.csv')]);
    expect(r.stdout).toContain('ann\\u001b[31m\\rlee@contoso.com');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.code).toBe(1);
  });
});
