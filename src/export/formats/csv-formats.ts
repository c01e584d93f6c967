// The mapping CSVs other migration tools take (facts §11, §16.5). Each format says which rows it
// holds, checks every value, and writes with csv-stringify.

import type { ExportFinding, FormatOutput, Pair, UserPair } from '../types.js';
import { addressableUsers, csvText, groupsLeftOut, nameableGroups } from './common.js';

export interface CsvFormatInput {
  pairs: readonly Pair[];
  mapFile: string;
}

export const CSV_FILE_NAMES = {
  'power-platform': 'usermapping.csv',
  sharegate: 'sharegate-mapping.csv',
  quest: 'quest-mapping.csv',
  bittitan: 'bittitan-bulk-add.csv',
  mover: 'mover-permission-map.csv',
  spmt: 'spmt-user-mapping.csv',
} as const;

export type CsvFormat = keyof typeof CSV_FILE_NAMES;

const targetUpn = (u: UserPair): string => u.target;
const targetMail = (u: UserPair): string => u.targetMail;

/**
 * Power Platform `usermapping.csv` (the name is case-sensitive): source and target UPN, exactly
 * two columns, comma, no header (the procedure says not to copy the example's), no duplicate
 * line, and no row whose target equals its source, which the service rejects.
 */
export function powerPlatform({ pairs, mapFile }: CsvFormatInput): FormatOutput {
  const format = 'power-platform';
  const { keep, findings } = addressableUsers(pairs, format, mapFile, targetUpn);
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const u of keep) {
    const line = `${u.source},${u.target}`.toLowerCase();
    if (u.source.toLowerCase() === u.target.toLowerCase()) {
      findings.push({ code: 'source-equals-target', severity: 'error', file: mapFile, line: u.line, item: u.source, data: { format } });
    } else if (seen.has(line)) {
      findings.push({ code: 'duplicate-line', severity: 'info', file: mapFile, line: u.line, item: u.source, data: { format } });
    } else {
      seen.add(line);
      rows.push([u.source, u.target]);
    }
  }
  return output(CSV_FILE_NAMES[format], rows, [...findings, ...groupsLeftOut(pairs, format)], rows.length, 0);
}

/** ShareGate: `SourceValue,DestinationValue`, users by address (recommended), groups by display name. */
export const sharegate = (input: CsvFormatInput): FormatOutput => usersAndGroups(input, 'sharegate', ['SourceValue', 'DestinationValue']);

/** Quest On Demand "Map from file": the attribute names as header, source then target. */
export function quest({ pairs, mapFile }: CsvFormatInput): FormatOutput {
  const format = 'quest';
  const { keep, findings } = addressableUsers(pairs, format, mapFile, targetUpn);
  const rows = [['userPrincipalName', 'userPrincipalName'], ...keep.map((x) => [x.source, x.target])];
  return output(CSV_FILE_NAMES[format], rows, [...findings, ...groupsLeftOut(pairs, format)], keep.length, 0);
}

export const BITTITAN_HEADER = ['Source Email', 'Source Login Name', 'Source Password', 'Destination Email', 'Destination Login Name', 'Destination Password', 'Flags'] as const;

/** BitTitan MigrationWiz bulk add: only Source Email and Destination Email are required. */
export function bittitan({ pairs, mapFile }: CsvFormatInput): FormatOutput {
  const format = 'bittitan';
  const { keep, findings } = addressableUsers(pairs, format, mapFile, targetMail);
  const rows = [[...BITTITAN_HEADER], ...keep.map((x) => [x.source, '', '', x.targetMail, '', '', ''])];
  return output(CSV_FILE_NAMES[format], rows, [...findings, ...groupsLeftOut(pairs, format)], keep.length, 0);
}

/** Mover / Migration Manager permission map: `Source User,Destination User`; users and groups. */
export const mover = (input: CsvFormatInput): FormatOutput => usersAndGroups(input, 'mover', ['Source User', 'Destination User']);

function usersAndGroups({ pairs, mapFile }: CsvFormatInput, format: 'sharegate' | 'mover', header: string[]): FormatOutput {
  const u = addressableUsers(pairs, format, mapFile, targetMail);
  const g = nameableGroups(pairs, format, mapFile);
  const rows = [header, ...u.keep.map((x) => [x.source, x.targetMail]), ...g.keep.map((x) => [x.sourceName, x.targetName])];
  return output(CSV_FILE_NAMES[format], rows, [...u.findings, ...g.findings], u.keep.length, g.keep.length);
}

/** SPMT user mapping: no header; source, target UPN, TRUE when the row is a group. */
export function spmt({ pairs, mapFile }: CsvFormatInput): FormatOutput {
  const format = 'spmt';
  const u = addressableUsers(pairs, format, mapFile, targetUpn);
  const g = nameableGroups(pairs, format, mapFile);
  const rows = [...u.keep.map((x) => [x.source, x.target, 'FALSE']), ...g.keep.map((x) => [x.sourceName, x.targetName, 'TRUE'])];
  return output(CSV_FILE_NAMES[format], rows, [...u.findings, ...g.findings], u.keep.length, g.keep.length);
}

function output(name: string, rows: string[][], findings: ExportFinding[], users: number, groups: number): FormatOutput {
  return { files: [{ name, content: csvText(rows) }], findings, written: { users, groups } };
}

export const CSV_FORMATS: Record<CsvFormat, (input: CsvFormatInput) => FormatOutput> = {
  'power-platform': powerPlatform,
  sharegate,
  quest,
  bittitan,
  mover,
  spmt,
};
