// Table rows to principals. Nothing is dropped silently: a row that cannot become a principal
// leaves a finding with its line.

import type { Finding, Kind, Principal, Tenant, UserType } from '../model.js';
import type { ColumnMap, Field } from './columns.js';
import type { Table } from './table.js';
import { isLostCollection, parseAddresses, parseBool, parseGuid, parseList } from './values.js';

export interface RowsResult {
  principals: Principal[];
  findings: Finding[];
}

// Get-MgUser leaves these empty unless asked for with -Property (facts §9.3).
const OFTEN_UNREQUESTED: readonly Field[] = ['userType', 'accountEnabled', 'proxyAddresses', 'immutableId', 'employeeId'];
const MAX_LINES_LISTED = 20;

export function rowsToPrincipals(table: Table, columns: ColumnMap, kind: Kind, tenant: Tenant, file: string): RowsResult {
  const findings: Finding[] = [];
  const principals: Principal[] = [];
  const { index, inverted } = columns;
  const width = table.header.length;
  const lostCollections = new Map<Field, number[]>();
  const questionMarks: number[] = [];
  // Which columns had a value anywhere: an object, not a Set, since this runs for every cell.
  const nonEmpty: Partial<Record<Field, true>> = {};
  const present = (Object.keys(index) as Field[]).filter((f) => index[f] !== undefined);

  let values: readonly string[] = [];
  let line = 0;
  const cell = (field: Field): string => {
    const at = index[field];
    if (at === undefined) return '';
    const raw = (values[at] ?? '').trim();
    if (raw === '') return '';
    nonEmpty[field] = true;
    if ((field === 'proxyAddresses' || field === 'otherMails' || field === 'groupTypes') && isLostCollection(raw)) {
      const lines = lostCollections.get(field) ?? [];
      lines.push(line);
      lostCollections.set(field, lines);
      return '';
    }
    return raw;
  };

  for (const row of table.rows) {
    ({ values, line } = row);
    if (values.length !== width && !(values.length > width && values.slice(width).every((v) => v.trim() === ''))) {
      findings.push({ code: 'ragged-row', severity: 'error', file, line, tenant, data: { expected: width, got: values.length } });
      continue;
    }
    // A lost or missing groupTypes column says nothing, which is not the same as no types.
    const groupTypesOf = (): readonly string[] | undefined => {
      const raw = cell('groupTypes');
      return index.groupTypes === undefined || (raw === '' && isLostCollection(values[index.groupTypes] ?? '')) ? undefined : parseList(raw);
    };
    const flag = (field: Field): boolean | undefined => {
      const b = parseBool(cell(field));
      return b === undefined || !inverted.has(field) ? b : !b;
    };

    const upn = cell('upn');
    const rawId = cell('id');
    const id = rawId === '' ? '' : (parseGuid(rawId) ?? '');
    if (rawId !== '' && id === '') {
      findings.push({ code: 'invalid-object-id', severity: kind === 'group' ? 'error' : 'warning', file, line, tenant, column: 'id', data: { value: rawId } });
    }
    const key = kind === 'user' ? upn : id;
    if (key === '') {
      findings.push({ code: 'blank-key', severity: 'error', file, line, tenant, column: kind === 'user' ? 'upn' : 'id' });
      continue;
    }

    const givenName = cell('givenName');
    const surname = cell('surname');
    const displayName = cell('displayName');
    if (givenName.includes('?') || surname.includes('?') || displayName.includes('?')) questionMarks.push(line);

    principals.push({
      kind,
      tenant,
      key,
      id,
      upn,
      mail: cell('mail').toLowerCase(),
      proxies: parseAddresses(cell('proxyAddresses')),
      otherMails: parseAddresses(cell('otherMails')),
      givenName,
      surname,
      displayName,
      employeeId: cell('employeeId'),
      immutableId: cell('immutableId'),
      userType: parseUserType(cell('userType'), upn),
      enabled: flag('accountEnabled'),
      mailNickname: cell('mailNickname'),
      groupTypes: groupTypesOf(),
      securityEnabled: flag('securityEnabled'),
      mailEnabled: flag('mailEnabled'),
      membershipType: cell('membershipType'),
      origin: { file, line },
    });
  }

  for (const [field, lines] of lostCollections) {
    findings.push({ code: 'multi-value-lost', severity: 'warning', file, tenant, column: field, line: lines[0], data: { count: lines.length, lines: lines.slice(0, MAX_LINES_LISTED) } });
  }
  if (questionMarks.length > 0) {
    findings.push({ code: 'question-marks', severity: 'warning', file, tenant, line: questionMarks[0], data: { count: questionMarks.length, lines: questionMarks.slice(0, MAX_LINES_LISTED) } });
  }
  if (table.rows.length > 0) {
    for (const field of OFTEN_UNREQUESTED) {
      if (present.includes(field) && !nonEmpty[field]) {
        findings.push({ code: 'empty-requested-column', severity: 'info', file, tenant, column: field, line: table.headerLine });
      }
    }
  }
  return { principals, findings };
}

function parseUserType(raw: string, upn: string): UserType {
  const v = raw.toLowerCase();
  if (v === 'member') return 'Member';
  if (v === 'guest') return 'Guest';
  return upn.toUpperCase().includes('#EXT#') ? 'Guest' : '';
}
