// Hostile strings through every input of ctmap plan: each is refused with an error naming the
// file and line (or the flag), or it reaches the scripts as inert text that adds no command,
// variable or subexpression to their parse trees.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { runPlanCommand } from '../../src/commands/plan.js';
import { CtmapError } from '../../src/errors.js';
import type { OutputFile } from '../../src/emit/write.js';
import { errorMessage } from '../../src/wording/errors.js';
import { tempDir } from '../helpers/fixture-run.js';
import { HOSTILE } from '../helpers/hostile.js';
import { parsePs, psParser, psVerbatim, shape, syntaxErrors, verbatimStrings } from '../helpers/powershell.js';

const parser = await psParser();
const silent = { out: () => {}, err: () => {}, interactive: false };
const TENANT = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';
const GROUP = ['5b0e8c1a-6f2d-4e3b-9a7c-1d2e3f4a5b6c', '7c6b5a4f-3e2d-4c1b-8a9f-0e1d2c3b4a59'];

interface Inputs {
  mapSource: string;
  mapTarget: string;
  listSource: string;
  siteSource: string;
  siteTarget: string;
  groupSource: string;
  groupTarget: string;
  sourceAdminUrl: string;
  targetHostUrl: string;
  start: string;
}

// Where each hostile string is put: the benign value with X where the string goes.
// For values from files, the rows that hold them (the map holds a group's target alias too).
const POSITIONS: Record<keyof Inputs, { value: string; file?: string; line?: number; also?: { file: string; line: number } }> = {
  mapSource: { value: 'annXlee@contoso.com', file: 'map.csv', line: 1 },
  mapTarget: { value: 'annXlee@fabrikam.com', file: 'map.csv', line: 1 },
  listSource: { value: 'boXkim@contoso.com', file: 'onedrive.csv', line: 2 },
  siteSource: { value: 'https://contoso.sharepoint.com/sites/FinXance', file: 'sites.csv', line: 1 },
  siteTarget: { value: 'https://fabrikam.sharepoint.com/sites/FinXance', file: 'sites.csv', line: 1 },
  groupSource: { value: 'MarkXeting', file: 'groups.csv', line: 1 },
  groupTarget: { value: 'MarkXetingTeam', file: 'groups.csv', line: 1, also: { file: 'map.csv', line: 3 } },
  sourceAdminUrl: { value: 'https://contosoX-admin.sharepoint.com' },
  targetHostUrl: { value: 'https://fabrikamX-my.sharepoint.com/' },
  start: { value: '2025-05-01T22:00:00ZX' },
};

const benign = (): Inputs => Object.fromEntries(Object.entries(POSITIONS).map(([k, p]) => [k, p.value.replace('X', '')])) as unknown as Inputs;

function run(inputs: Inputs) {
  const dir = tempDir('ctmap-fuzz-');
  mkdirSync(dir, { recursive: true });
  const csv = (rows: string[][]) => stringify(rows, { record_delimiter: 'windows' });
  writeFileSync(
    join(dir, 'map.csv'),
    csv([
      ['User', TENANT, inputs.mapSource, inputs.mapTarget, inputs.mapTarget, 'RegularUser'],
      ['User', TENANT, 'bo.kim@contoso.com', 'bo.kim@fabrikam.com', 'bo.kim@fabrikam.com', 'RegularUser'],
      ['Group', TENANT, GROUP[0]!, GROUP[1]!, inputs.groupTarget, 'O365Group'],
    ]),
  );
  // The OneDrive list names the first map row again, so a hostile list value must match it.
  writeFileSync(join(dir, 'onedrive.csv'), csv([[inputs.mapSource], [inputs.listSource === benign().listSource ? 'bo.kim@contoso.com' : inputs.listSource]]));
  writeFileSync(join(dir, 'sites.csv'), csv([[inputs.siteSource, inputs.siteTarget]]));
  writeFileSync(join(dir, 'groups.csv'), csv([[inputs.groupSource, inputs.groupTarget]]));
  const args = {
    map: join(dir, 'map.csv'),
    onedrive: join(dir, 'onedrive.csv'),
    sites: join(dir, 'sites.csv'),
    groupSites: join(dir, 'groups.csv'),
    sourceAdminUrl: inputs.sourceAdminUrl,
    targetAdminUrl: 'https://fabrikam-admin.sharepoint.com',
    sourceHostUrl: 'https://contoso-my.sharepoint.com/',
    targetHostUrl: inputs.targetHostUrl,
    start: inputs.start,
    allowPastStart: true,
    out: join(dir, 'out'),
    force: false,
  };
  try {
    return { dir, outcome: runPlanCommand(args, silent) };
  } catch (error) {
    return { dir, error };
  }
}

const scripts = (files: readonly OutputFile[]) => files.filter((f) => f.name.endsWith('.ps1')).map((f) => ({ name: f.name, text: f.content as string }));

const baseline = run(benign());
const baselineShapes = new Map(scripts(baseline.outcome!.files).map((s) => [s.name, shape(parsePs(parser, s.text))]));

describe('hostile input', () => {
  it('the benign inputs plan cleanly', () => {
    expect(baseline.error).toBeUndefined();
    expect(baseline.outcome?.exitCode).toBe(0);
  });

  const cases = Object.keys(POSITIONS).flatMap((position) => HOSTILE.map((h) => ({ position: position as keyof Inputs, h })));

  it.each(cases)('$position with $h is refused where it stands or stays inert text', ({ position, h }) => {
    const where = POSITIONS[position];
    const inputs = { ...benign(), [position]: where.value.replace('X', h) };
    const { dir, outcome, error } = run(inputs);
    if (error !== undefined) {
      expect(error).toBeInstanceOf(CtmapError);
      const e = error as CtmapError;
      expect(['invalid-value', 'invalid-map-row', 'invalid-list-row', 'map-rejected-by-lint']).toContain(e.code);
      if (e.code === 'map-rejected-by-lint') {
        // Refused by lint before anything else: every error at once, one of them on the row that holds the value.
        expect(where.file === 'map.csv' || where.also?.file === 'map.csv').toBe(true);
        expect(e.context.file).toBe(join(dir, 'map.csv'));
        const lines = [where.file === 'map.csv' ? where.line! : where.also!.line];
        if (/\n/.test(h)) lines.push(lines[0]! + 1);
        expect(e.context.lint?.some((f) => lines.includes(f.line))).toBe(true);
        return;
      }
      if (where.file) {
        // A raw line break (csv-stringify quotes only CRLF) ends the row: the rest is the next row.
        const rows = [{ file: where.file, line: where.line! }, ...(where.also ? [where.also] : [])];
        const at = rows.flatMap((r) => [`${join(dir, r.file)}:${r.line}`, ...(/\n/.test(h) ? [`${join(dir, r.file)}:${r.line + 1}`] : [])]);
        expect(at).toContain(`${e.context.file}:${e.context.line}`);
        expect(errorMessage(e).startsWith(`ctmap: ${e.context.file}:${e.context.line}: `)).toBe(true);
      } else {
        expect(e.context.column).toBe(`--${position.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
      }
      return;
    }
    const all = scripts(outcome!.files).map((s) => ({ ...s, tree: parsePs(parser, s.text) }));
    try {
      for (const s of all) {
        expect(syntaxErrors(s.tree), s.name).toEqual([]);
        for (const literal of verbatimStrings(s.tree)) expect(psVerbatim(s.text, literal.startIndex).end).toBe(literal.endIndex);
      }
      if (outcome!.exitCode !== 0) {
        // A well-formed value the map does not hold: the move is left out with a finding at its line.
        expect(outcome!.plan.findings).toEqual([expect.objectContaining({ severity: 'error', file: join(dir, where.file!), line: where.line })]);
        return;
      }
      // Accepted: the scripts keep the baseline's parse tree, strings aside, and hold the value as text.
      for (const s of all) expect(shape(s.tree), s.name).toBe(baselineShapes.get(s.name));
      const value = inputs[position];
      expect(all.some((s) => verbatimStrings(s.tree).some((l) => psVerbatim(s.text, l.startIndex).value === value))).toBe(true);
    } finally {
      for (const s of all) s.tree.delete();
    }
  });
});
