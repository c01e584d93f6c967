// Without dotnet and without PowerShell, the PowerShell suite says loudly that it was skipped
// and why; under CI=true that is a failure (issue 11).
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixture-run.js';

// A PATH that holds node and nothing else.
const bin = join(tempDir(), 'bin');
mkdirSync(bin);
symlinkSync(process.execPath, join(bin, 'node'));

function suite(ci: string) {
  const results = join(tempDir(), 'pester-results.json');
  const r = spawnSync(join(bin, 'node'), [join(ROOT, 'dist', 'scripts', 'test-powershell.js')], {
    encoding: 'utf8',
    env: { PATH: bin, CI: ci, CTMAP_PESTER_RESULTS: results, HOME: process.env['HOME'] ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, results: JSON.parse(readFileSync(results, 'utf8')) as { passed: number; failed: number; skipped?: string } };
}

describe('the PowerShell suite on a machine without PowerShell or dotnet', () => {
  it('is skipped loudly, saying why, and does not fail outside CI', () => {
    const r = suite('');
    expect(r.stderr).toMatch(/!!! The PowerShell suite was SKIPPED/);
    expect(r.stderr).toMatch(/neither dotnet .* nor pwsh\/powershell is on PATH/);
    expect(r.stdout).toBe('0 passed, 0 failed\n');
    expect(r.code).toBe(0);
    expect(r.results.skipped).toMatch(/neither dotnet/);
  });

  it('fails under CI=true', () => {
    const r = suite('true');
    expect(r.stderr).toMatch(/CI=true: a skipped suite is a failure/);
    expect(r.stdout).toBe('0 passed, 1 failed\n');
    expect(r.code).toBe(1);
    expect(r.results.failed).toBe(1);
  });
});
