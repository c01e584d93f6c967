// The only place that reads exports from disk.

import { createHash } from 'node:crypto';
import { CtmapError } from '../errors.js';
import { readBytes } from './bytes.js';
import type { Finding, Kind, Principal, Tenant } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';
import type { ColumnAliases } from './attribute-columns.js';
import { resolveColumns } from './columns.js';
import { decodeBytes, type SourceEncoding } from './decode.js';
import { assertNotWorkbookOrJson, assertText } from './file-kind.js';
import { rowsToPrincipals } from './principals.js';
import { parseTable, type Delimiter, type Table } from './table.js';

export interface InputInfo {
  file: string;
  role: string;
  sha256: string;
  encoding: SourceEncoding;
  delimiter: Delimiter;
  rows: number;
}

export interface ExportRead {
  principals: Principal[];
  findings: Finding[];
  /** Rows that could not become principals, as stand-ins (principals.ts). */
  unreadable: Principal[];
  info: InputInfo;
}

export interface ReadOptions {
  kind: Kind;
  tenant: Tenant;
  /** Extra header aliases per field or attribute, from the config file. */
  columns?: ColumnAliases;
}

export function readExportFile(file: string, options: ReadOptions): ExportRead {
  return readExportBytes(readBytes(file), file, options);
}

export function readExportBytes(bytes: Uint8Array, file: string, options: ReadOptions): ExportRead {
  return exportPrincipals(parseExport(bytes, file), options);
}

/** An export parsed into a header and rows, its columns not yet resolved. */
export interface ParsedExport {
  file: string;
  table: Table;
  encoding: SourceEncoding;
  sha256: string;
}

/** Bytes to a table: the part of reading that a large run does on another thread. */
export function parseExport(bytes: Uint8Array, file: string): ParsedExport {
  if (bytes.length === 0) throw new CtmapError('file-empty', { file });
  assertNotWorkbookOrJson(bytes, file);
  const decoded = decodeBytes(bytes);
  assertText(decoded, file);
  return { file, table: parseTable(decoded, file), encoding: decoded.encoding, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function exportPrincipals(parsed: ParsedExport, options: ReadOptions): ExportRead {
  const { file, table, encoding } = parsed;
  const { kind, tenant } = options;
  const columns = resolveColumns(table.header, table.headerLine, kind, file, options.columns);
  if (table.rows.length === 0) throw new CtmapError('header-only', { file, line: table.headerLine });
  const { principals, findings, unreadable } = rowsToPrincipals(table, columns, kind, tenant, file, options.columns);
  if (encoding === 'windows-1252') {
    findings.unshift({ code: 'decoded-as-windows-1252', severity: FINDING_SEVERITY['decoded-as-windows-1252'], file, tenant });
  }
  return {
    principals,
    findings,
    unreadable,
    info: {
      file,
      role: `${tenant}-${kind}s`,
      sha256: parsed.sha256,
      encoding,
      delimiter: table.delimiter,
      rows: table.rows.length,
    },
  };
}
