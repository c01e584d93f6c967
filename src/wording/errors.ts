// What each input or usage error says: where, what was found, and what to do.

import { oneLine } from '../display.js';
import { counted } from './plural.js';
import type { CtmapError, CtmapErrorCode, ErrorContext } from '../errors.js';
import { lintLine } from './lint.js';

const list = (v: readonly string[] | undefined): string => (v ?? []).join(', ');

const MESSAGES: Record<CtmapErrorCode, (c: ErrorContext) => string> = {
  'file-not-found': () => 'file not found or not readable',
  'file-empty': () => 'the file is empty: export the tenant again',
  'header-only': () => 'the file has a header but no rows: was the export filtered to nothing?',
  'missing-column': (c) =>
    `no column for '${c.column ?? ''}'. Looked for: ${list(c.expected)}. Found: ${list(c.found)}. ${c.detail ?? `Map the right header in the config file, e.g. "columns": { "${c.column ?? ''}": "Your Header" }`}`,
  'unterminated-quote': () => 'a quoted value starts in the row at this line and is never closed; every row after it would be lost. Fix the quote and export again',
  'csv-syntax': (c) => `the CSV cannot be read: ${c.detail ?? ''}`,
  'invalid-tenant-id': (c) =>
    c.detail === 'all-zero'
      ? `'${c.value ?? ''}' is the all-zero GUID, a placeholder rather than a tenant ID: use the GUID from Entra ID > Overview > Tenant ID`
      : `'${c.value ?? ''}' is not a tenant ID: use the GUID from Entra ID > Overview > Tenant ID`,
  'missing-tenant-id': () => 'the source tenant ID is required for column 2 of the map: pass --source-tenant-id (Entra ID > Overview > Tenant ID) or set sourceTenantId in the config file',
  'invalid-domain-rule': (c) => `domain rule '${c.value ?? ''}' is not valid: ${c.detail ?? ''}`,
  'conflicting-domain-rule': (c) => `domain rule '${c.value ?? ''}' conflicts with ${c.detail ?? ''}: a source domain can rewrite to one target domain only`,
  'invalid-config': (c) => `config file: ${c.column ?? ''}: ${c.detail ?? ''}`,
  'output-exists': (c) => {
    const several = c.detail?.includes(', ') === true;
    return `${c.detail ?? 'output'} already ${several ? 'exist' : 'exists'}: nothing was written. Use --force to replace ${several ? 'them' : 'it'}, or choose another --out`;
  },
  'invalid-option': (c) => `${c.column ? `--${c.column}: ` : ''}${c.detail ?? ''}`,
  'duplicate-map-source': (c) =>
    `${c.value ?? ''} is mapped again here (first on line ${c.detail ?? ''}); diff pairs rows by kind and source, so each source must appear once. Run 'ctmap lint' on this file to see every problem`,
  'invalid-value': (c) => invalidValue(c),
  'invalid-map-row': (c) => `this row of the identity map cannot be used: ${MAP_ROW_PROBLEMS[c.detail ?? '']?.(c.value ?? '') ?? c.detail}. Write the map again with ctmap map`,
  'wave-size-too-large': (c) =>
    `--wave-size ${c.value ?? ''} is over 4000: at most 4,000 moves (OneDrive and SharePoint together) may be scheduled or pending per source instance at a time`,
  'run-folder-inconsistent': (c) => `this is not one complete ctmap map run: ${c.detail ?? ''}. Give --from the folder one ctmap map run wrote, unchanged but for the decision column`,
  'map-rejected-by-lint': (c) => {
    const n = c.lint?.length ?? 0;
    const lines = (c.lint ?? []).map((f) => `  ${lintLine(c.file ?? '', f)}`);
    return [`ctmap lint finds ${n} error${n === 1 ? '' : 's'} in this map, and plan writes nothing from a map lint rejects. Fix ${n === 1 ? 'it' : 'them all'} (ctmap map writes a clean map), then run ctmap plan again:`, ...lines].join('\n');
  },
  'start-in-past': (c) =>
    `--start ${c.value ?? ''} is in the past (now ${c.detail ?? ''}): the service would begin every wave at once. Give a future UTC time, or add --allow-past-start to keep it (a runbook written for a test or a re-run)`,
  // Inputs refused before matching (map)
  'same-input-file': (c) =>
    `this target export has the same content as the source export ${c.value ?? ''}: every principal would be mapped onto itself. Give the export of the other tenant`,
  'domain-rule-unused': (c) =>
    `domain rule '${c.value ?? ''}': no ${c.detail ?? ''} principal uses ${c.column ?? ''} (in UPN, mail or proxy addresses), so the rule is probably mistyped. Domains that occur: ${list(c.found) || 'none'}`,
  'not-text': (c) => `this is not a text file in an encoding ctmap reads (${c.detail ?? 'binary content'}): give the CSV export itself, saved as UTF-8`,
  'excel-workbook': () => 'this is an Excel workbook, not a CSV: open it in Excel and save it as "CSV UTF-8 (Comma delimited)"',
  'json-file': () => 'this is JSON, not a CSV: export with Export-Csv -NoTypeInformation -Encoding UTF8 instead of ConvertTo-Json, or save the list as CSV',
  'invalid-list-row': (c) => `this row has ${c.value ?? ''} value${c.value === '1' ? '' : 's'}; a ${c.column ?? ''} row has ${(c.expected ?? []).join(' or ')}`,
  // Output folder and writing
  'output-not-file': () => `this output is a folder, not a file: nothing was written and the earlier outputs are unchanged. Move or rename the folder, or choose another --out`,
  'output-not-folder': (c) => `${NOT_FOLDER[c.detail ?? ''] ?? c.detail ?? ''}: nothing was written. Choose another --out`,
  'output-virtual-fs': (c) => `this is a folder of the ${c.value ?? ''} file system, which shows the system's state and cannot hold files: nothing was written. Choose another --out`,
  'output-write-failed': (c) =>
    `cannot write here: ${WRITE_PROBLEMS[c.detail ?? ''] ?? `the system refused (${c.detail ?? 'unknown error'})`}. ${
      c.value ? `Nothing new was written, but some earlier outputs could not be put back: they are in ${c.value}` : 'Nothing was written; earlier outputs are unchanged'
    }`,
  // Command line
  'option-repeated': (c) => `--${c.column ?? ''} was given ${c.value === '2' ? 'twice' : `${c.value ?? 'several'} times`}; give it once`,
  // Inputs
  'input-is-folder': () => 'this is a folder, not a file: give the path of the file in it',
};

// Why --out cannot be a folder, by the detail output-not-folder carries.
const NOT_FOLDER: Record<string, string> = {
  file: '--out names a file, not a folder',
  special: '--out names a device or other special file, not a folder',
  'under-file': '--out is under this file, and a file cannot hold a folder',
  'under-special': '--out is under this device or special file, which cannot hold a folder',
  'dangling-link': 'this is a symbolic link to something that does not exist',
  'missing-root': 'the drive or root of this path does not exist',
};

// Plain reasons for the file-system error codes a write can meet.
const WRITE_PROBLEMS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota of this user is used up',
  EFBIG: 'the file is larger than this file system allows',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied (the folder is read-only for this user)',
  EPERM: 'the operation is not permitted (a read-only or locked file, or a file open in another program)',
  EBUSY: 'the file is in use by another program (open in Excel?)',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way of a file',
  EEXIST: 'another program created the same file meanwhile',
  ENOTEMPTY: 'another program created the folder meanwhile',
  ENOENT: 'a folder on the path disappeared while writing',
  ELOOP: 'the path has too many levels of symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open on this system',
  EIO: 'an input/output error (a failing disk, or a network drive that went away)',
  EXDEV: 'the staging folder and the output folder are on different file systems',
  EINVAL: 'this file system does not accept the name or the operation',
};

const MAP_ROW_PROBLEMS: Record<string, (value: string) => string> = {
  columns: (n) => `it has ${counted(Number(n), 'column')}; the map needs exactly 6 and no header row`,
  kind: (v) => `column 1 is ${JSON.stringify(v)}, expected User or Group`,
  'user-type': (v) => `column 6 is ${JSON.stringify(v)}, expected RegularUser or GuestUser`,
  'group-type': (v) => `column 6 is ${JSON.stringify(v)}, expected RegularGroup or O365Group`,
};

// Why a value was refused, by the problem code the shape check returns.
const PROBLEMS: Record<string, string> = {
  apostrophe: "it contains an apostrophe ('), which makes the move fail with 'invalid character': rename the account or site first",
  'unicode-quote': 'it contains a typographic quote or dash (‘ ’ “ ” – —): type the value again with plain ASCII characters',
  'not-ascii': 'it contains characters outside ASCII: use the percent-encoded URL or the ASCII form of the name',
  control: 'it contains a line break, tab or other control character',
  dot: "a Microsoft 365 group alias with '.' makes the site move fail with 'invalid character'",
  empty: 'it is empty',
  shape: 'it does not have the expected shape',
};

// What each shape looks like, for the message.
const SHAPES: Record<string, string> = {
  upn: 'a user principal name such as ann.lee@contoso.com',
  'admin-url': 'an admin center URL such as https://contoso-admin.sharepoint.com',
  'host-url': 'a cross-tenant host URL such as https://contoso-my.sharepoint.com/ (Get-SPOCrossTenantHostUrl prints it)',
  'site-url': 'a site URL such as https://contoso.sharepoint.com/sites/Finance',
  alias: 'a group alias (mailNickname) of letters, digits, - and _',
  guid: 'a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47',
  'utc-time': 'a UTC time such as 2025-05-01T22:00:00Z',
};

function invalidValue(c: ErrorContext): string {
  const shape = c.expected?.[0] ?? '';
  const problem = PROBLEMS[c.detail ?? ''] ?? c.detail ?? '';
  return `${c.column ?? 'value'} ${JSON.stringify(c.value ?? '')} was refused: ${problem}. Expected ${SHAPES[shape] ?? shape}`;
}

// Codes whose message names the column itself.
const COLUMN_IN_TEXT = new Set<CtmapErrorCode>(['missing-column', 'invalid-config', 'invalid-option', 'invalid-value', 'invalid-list-row']);

/** One line: the context holds text from the inputs, shown with its control characters escaped. */
export function errorMessage(err: CtmapError): string {
  const { file, line, column } = err.context;
  const where = file ? `${file}${line !== undefined ? `:${line}` : ''}${column && !COLUMN_IN_TEXT.has(err.code) ? ` (column ${column})` : ''}: ` : '';
  // A message that lists findings keeps its code on its first line, ahead of the list.
  const [first, ...rest] = MESSAGES[err.code](err.context).split('\n');
  return [`ctmap: ${oneLine(`${where}${first ?? ''}`)} [${err.code}]`, ...rest.map(oneLine)].join('\n');
}

/** What the CLI prints for an exception that is not a CtmapError: a bug in ctmap. */
export function bugMessage(err: unknown, debug: boolean): string {
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return [
    `ctmap: internal error: ${oneLine(what)}`,
    `This is a bug in ctmap, not a problem with your files or options. Please report it with the command you ran and this message${debug ? '.' : ''}`,
    ...(debug ? [] : ['(run the command again with --debug to see where it happened).']),
  ].join('\n');
}
