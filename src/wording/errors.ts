// What each input or usage error says: where, what was found, and what to do.

import type { CtmapError, CtmapErrorCode, ErrorContext } from '../errors.js';

const list = (v: readonly string[] | undefined): string => (v ?? []).join(', ');

const MESSAGES: Record<CtmapErrorCode, (c: ErrorContext) => string> = {
  'file-not-found': () => 'file not found or not readable',
  'file-empty': () => 'the file is empty: export the tenant again',
  'header-only': () => 'the file has a header but no rows: was the export filtered to nothing?',
  'missing-column': (c) =>
    `no column for '${c.column ?? ''}'. Looked for: ${list(c.expected)}. Found: ${list(c.found)}. Map the right header in the config file, e.g. "columns": { "${c.column ?? ''}": "Your Header" }`,
  'unterminated-quote': () => 'a quoted value starts in the row at this line and is never closed; every row after it would be lost. Fix the quote and export again',
  'csv-syntax': (c) => `the CSV cannot be read: ${c.detail ?? ''}`,
  'bad-encoding': (c) => `the file's encoding cannot be read: ${c.detail ?? ''}`,
  'invalid-tenant-id': (c) => `'${c.value ?? ''}' is not a tenant ID: use the GUID from Entra ID > Overview > Tenant ID`,
  'missing-tenant-id': () => 'the source tenant ID is required for column 2 of the map: pass --source-tenant-id (Entra ID > Overview > Tenant ID) or set sourceTenantId in the config file',
  'invalid-domain-rule': (c) => `domain rule '${c.value ?? ''}' is not valid: ${c.detail ?? ''}`,
  'conflicting-domain-rule': (c) => `domain rule '${c.value ?? ''}' conflicts with ${c.detail ?? ''}: a source domain can rewrite to one target domain only`,
  'invalid-config': (c) => `config file: ${c.column ?? ''}: ${c.detail ?? ''}`,
  'output-exists': (c) => `${c.detail ?? 'output'} already exists: nothing was written. Use --force to replace it, or choose another --out`,
  'invalid-option': (c) => `${c.column ? `--${c.column}: ` : ''}${c.detail ?? ''}`,
  'duplicate-map-source': (c) =>
    `${c.value ?? ''} is mapped again here (first on line ${c.detail ?? ''}); diff pairs rows by kind and source, so each source must appear once. Run 'ctmap lint' on this file to see every problem`,
};

export function errorMessage(err: CtmapError): string {
  const { file, line, column } = err.context;
  const where = file ? `${file}${line !== undefined ? `:${line}` : ''}${column && err.code !== 'missing-column' && err.code !== 'invalid-config' && err.code !== 'invalid-option' ? ` (column ${column})` : ''}: ` : '';
  return `ctmap: ${where}${MESSAGES[err.code](err.context)} [${err.code}]`;
}
