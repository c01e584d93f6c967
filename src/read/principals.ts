// Table rows to principals. Nothing is dropped silently: a row that cannot become a principal
// leaves a finding with its line.

import type { Finding, Kind, Principal, SupportingValues, Tenant, UserType } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';
import { ATTRIBUTE_COLUMNS, LIST_ATTRIBUTES, resolveAttributeColumns, SHARED_VALUE_ATTRIBUTES, type AttributeColumn, type ColumnAliases } from './attribute-columns.js';
import { FIELDS, type ColumnMap, type Field } from './columns.js';
import type { Table } from './table.js';
import { firstListItem, isLostCollection, isTypeName, parseAddresses, parseBool, parseGuid, parseList } from './values.js';

export interface RowsResult {
  principals: Principal[];
  findings: Finding[];
  /**
   * Rows that could not become principals (wrong number of values, no key), as stand-ins keyed
   * 'file:line': each still gets a status in review.csv, never a place in the map.
   */
  unreadable: Principal[];
}

// Get-MgUser leaves these empty unless asked for with -Property (facts §9.3).
const OFTEN_UNREQUESTED: readonly Field[] = ['userType', 'accountEnabled', 'proxyAddresses', 'immutableId', 'employeeId'];
const MAX_LINES_LISTED = 20;
// Distinct values kept per shared-value column: beyond it, new values are kept as read.
const MAX_SHARED_VALUES = 65_536;

export function rowsToPrincipals(table: Table, columns: ColumnMap, kind: Kind, tenant: Tenant, file: string, extra: ColumnAliases = {}): RowsResult {
  const findings: Finding[] = [];
  const principals: Principal[] = [];
  const unreadable: Principal[] = [];
  const { index, inverted } = columns;
  const width = table.header.length;
  const lostCollections = new Map<Field | AttributeColumn, number[]>();
  const questionMarks: number[] = [];
  // This runs for every cell of 200,000-row exports: fields become column numbers (-1 when the
  // header lacks them) once, and a column's first value is noted in an array.
  const col = Object.fromEntries(FIELDS.map((f) => [f, index[f] ?? -1])) as Record<Field, number>;
  const filled: boolean[] = new Array<boolean>(width).fill(false);
  // Users' supporting attributes, only those the header has, each with its column, and how its
  // values are read: the first of a list, one string per distinct value, or as read.
  const attributeColumns = kind === 'user' ? (Object.entries(resolveAttributeColumns(table.header, ATTRIBUTE_COLUMNS, extra)) as [AttributeColumn, number][]) : [];
  const attributeNames = attributeColumns.map(([a]) => a);
  const attributeAt = attributeColumns.map(([, c]) => c);
  const attributeIsList = attributeNames.map((a) => LIST_ATTRIBUTES.has(a));
  const sharedValues = attributeNames.map((a) => (SHARED_VALUE_ATTRIBUTES.has(a) ? interner() : undefined));
  // Given names and surnames repeat across a tenant: one string per distinct name.
  const sharedGiven = interner();
  const sharedSurname = interner();

  let values: readonly string[] = [];
  let line = 0;
  const cell = (column: number): string => {
    if (column < 0) return '';
    const raw = (values[column] ?? '').trim();
    if (raw !== '') filled[column] = true;
    return raw;
  };
  // A multi-value cell that Export-Csv lost reads as empty, and is reported once per column.
  const collection = (field: Field | AttributeColumn, column: number): string => {
    const raw = cell(column);
    if (!raw.startsWith('System.') || !isLostCollection(raw)) return raw;
    const lines = lostCollections.get(field) ?? [];
    lines.push(line);
    lostCollections.set(field, lines);
    return '';
  };
  const flag = (field: Field, column: number): boolean | undefined => {
    const b = parseBool(cell(column));
    return b === undefined || !inverted.has(field) ? b : !b;
  };
  // One small record per row that has any attribute, none for a row without: 1,000,000-row
  // exports keep these for the whole run.
  const attributes = (): SupportingValues | undefined => {
    let found: Partial<Record<AttributeColumn, string>> | undefined;
    for (let i = 0; i < attributeAt.length; i++) {
      let value = attributeIsList[i] ? firstListItem(collection(attributeNames[i]!, attributeAt[i]!)) : cell(attributeAt[i]!);
      if (value === '') continue;
      // Get-MgUser -ExpandProperty manager writes the object's type name, which says nothing.
      if (value.charCodeAt(0) === 77 /* M */ && isTypeName(value)) continue;
      const shared = sharedValues[i];
      (found ??= {})[attributeNames[i]!] = shared === undefined ? value : shared(value);
    }
    return found;
  };

  for (const row of table.rows) {
    ({ values, line } = row);
    if (values.length !== width && !(values.length > width && values.slice(width).every((v) => v.trim() === ''))) {
      const stand = standIn(kind, tenant, file, line, values.join(table.delimiter));
      unreadable.push(stand);
      findings.push({ code: 'ragged-row', severity: FINDING_SEVERITY['ragged-row'], file, line, tenant, principal: stand.key, data: { expected: width, got: values.length } });
      continue;
    }

    const upn = cell(col.upn);
    const rawId = cell(col.id);
    const id = rawId === '' ? '' : (parseGuid(rawId) ?? '');
    if (rawId !== '' && id === '') {
      findings.push({ code: 'invalid-object-id', severity: kind === 'group' ? 'error' : FINDING_SEVERITY['invalid-object-id'], file, line, tenant, column: 'id', data: { value: rawId } });
    }
    const key = kind === 'user' ? upn : id;
    if (key === '') {
      const stand = standIn(kind, tenant, file, line, cell(col.displayName) || values.join(table.delimiter));
      unreadable.push(stand);
      findings.push({ code: 'blank-key', severity: FINDING_SEVERITY['blank-key'], file, line, tenant, principal: stand.key, column: kind === 'user' ? 'upn' : 'id' });
      continue;
    }

    const givenName = sharedGiven(cell(col.givenName));
    const surname = sharedSurname(cell(col.surname));
    const displayName = cell(col.displayName);
    if (givenName.includes('?') || surname.includes('?') || displayName.includes('?')) questionMarks.push(line);
    // Most mail addresses are the UPN, and most primary proxies the mail: one string each, not
    // three (a proxy read as a slice of 'SMTP:...' would keep that whole cell alive too).
    const lowerMail = cell(col.mail).toLowerCase();
    const mail = lowerMail === upn ? upn : lowerMail;
    const proxies = withMail(parseAddresses(collection('proxyAddresses', col.proxyAddresses)), mail);
    const otherMails = parseAddresses(collection('otherMails', col.otherMails));
    // A lost or missing groupTypes column says nothing, which is not the same as no types.
    const groupTypes = col.groupTypes < 0 ? undefined : collection('groupTypes', col.groupTypes);
    const typesLost = groupTypes === '' && isLostCollection(values[col.groupTypes] ?? '');

    principals.push({
      kind,
      tenant,
      key,
      id,
      upn,
      mail,
      proxies,
      otherMails,
      givenName,
      surname,
      displayName,
      employeeId: cell(col.employeeId),
      immutableId: cell(col.immutableId),
      userType: parseUserType(cell(col.userType), upn),
      enabled: flag('accountEnabled', col.accountEnabled),
      mailNickname: cell(col.mailNickname),
      groupTypes: groupTypes === undefined || typesLost ? undefined : parseList(groupTypes),
      securityEnabled: flag('securityEnabled', col.securityEnabled),
      mailEnabled: flag('mailEnabled', col.mailEnabled),
      membershipType: cell(col.membershipType),
      // Always set (undefined when none) so that every principal keeps one shape.
      attributes: attributes(),
      origin: { file, line },
    });
  }

  // Rows may come in another order than their lines (a large run's come by UPN, hand-over.ts):
  // what is reported is put in line order, as if they had come in export order. A column's
  // lost values are reported in the order the columns were first met, a row read left to right.
  findings.sort((a, b) => a.line! - b.line!);
  unreadable.sort((a, b) => a.origin.line - b.origin.line);
  const lost = [...lostCollections].map(([field, lines]) => ({ field, lines: lines.sort((a, b) => a - b) }));
  const readOrder: readonly (Field | AttributeColumn)[] = ['proxyAddresses', 'otherMails', 'groupTypes', ...attributeNames];
  lost.sort((a, b) => a.lines[0]! - b.lines[0]! || readOrder.indexOf(a.field) - readOrder.indexOf(b.field));
  questionMarks.sort((a, b) => a - b);
  for (const { field, lines } of lost) {
    findings.push({ code: 'multi-value-lost', severity: FINDING_SEVERITY['multi-value-lost'], file, tenant, column: field, line: lines[0], data: { count: lines.length, lines: lines.slice(0, MAX_LINES_LISTED), kind } });
  }
  if (questionMarks.length > 0) {
    findings.push({ code: 'question-marks', severity: FINDING_SEVERITY['question-marks'], file, tenant, line: questionMarks[0], data: { count: questionMarks.length, lines: questionMarks.slice(0, MAX_LINES_LISTED) } });
  }
  if (table.rows.length > 0) {
    for (const field of OFTEN_UNREQUESTED) {
      if (col[field] >= 0 && !filled[col[field]]) {
        findings.push({ code: 'empty-requested-column', severity: FINDING_SEVERITY['empty-requested-column'], file, tenant, column: field, line: table.headerLine });
      }
    }
  }
  return { principals, findings, unreadable };
}

/** One string per distinct value, up to MAX_SHARED_VALUES of them; beyond, values are kept as read. */
function interner(): (value: string) => string {
  const kept = new Map<string, string>();
  return (value) => {
    const found = kept.get(value);
    if (found !== undefined) return found;
    if (kept.size < MAX_SHARED_VALUES) kept.set(value, value);
    return value;
  };
}

function withMail(addresses: readonly string[], mail: string): readonly string[] {
  return addresses.length === 1 && addresses[0] === mail ? [mail] : addresses;
}

const SHOWN_CHARS = 120;

/** A row that is no principal, shown in review.csv by its place and its text. */
function standIn(kind: Kind, tenant: Tenant, file: string, line: number, text: string): Principal {
  return {
    kind,
    tenant,
    key: `${file}:${line}`,
    id: '',
    upn: '',
    mail: '',
    proxies: [],
    otherMails: [],
    givenName: '',
    surname: '',
    displayName: text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text,
    employeeId: '',
    immutableId: '',
    userType: '',
    enabled: undefined,
    mailNickname: '',
    groupTypes: undefined,
    securityEnabled: undefined,
    mailEnabled: undefined,
    membershipType: '',
    origin: { file, line },
  };
}

function parseUserType(raw: string, upn: string): UserType {
  const v = raw.toLowerCase();
  if (v === 'member') return 'Member';
  if (v === 'guest') return 'Guest';
  return upn.toUpperCase().includes('#EXT#') ? 'Guest' : '';
}
