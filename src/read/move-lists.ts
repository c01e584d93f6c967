// Reads the move lists of ctmap plan: OneDrive moves (source UPN, optionally the target UPN),
// site moves (source URL, target URL) and group-connected site moves (source alias, target
// alias, optionally the source group object ID). A first row of known column names is a
// header; lines starting with '#' are comments.

import { CtmapError } from '../errors.js';
import type { MoveKind, RequestedMove } from '../plan/types.js';
import { foldHeader } from './columns.js';
import { decodeBytes, decodedText } from './decode.js';
import { readBytes } from './bytes.js';
import { parseRecords } from './records.js';
import { normalizeSiteUrl, requireShape, type Shape } from './shapes.js';
import { sniffDelimiter } from './table.js';

interface ListFormat {
  /** What a row holds, for messages: 'OneDrive move'. */
  label: string;
  shape: Shape;
  /** Allowed numbers of values per row. */
  widths: readonly number[];
  headers: ReadonlySet<string>;
  normalize: (v: string) => string;
}

const FORMATS: Record<MoveKind, ListFormat> = {
  onedrive: {
    label: 'OneDrive move',
    shape: 'upn',
    widths: [1, 2],
    headers: new Set(['source', 'sourceupn', 'sourceuserprincipalname', 'upn', 'userprincipalname']),
    normalize: (v) => v,
  },
  site: {
    label: 'site move',
    shape: 'site-url',
    widths: [2],
    headers: new Set(['source', 'sourceurl', 'sourcesiteurl', 'url']),
    normalize: normalizeSiteUrl,
  },
  'group-site': {
    label: 'group site move',
    shape: 'alias',
    widths: [2, 3],
    headers: new Set(['source', 'sourcealias', 'sourcegroupalias', 'alias']),
    normalize: (v) => v,
  },
};

export function readMoveList(file: string, kind: MoveKind): RequestedMove[] {
  const text = decodedText(decodeBytes(readBytes(file)));
  const format = FORMATS[kind];
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // A ',' anywhere in the first line wins, so a ';' inside a value cannot split the row.
  const delimiter = firstLine.includes(',') ? ',' : sniffDelimiter(firstLine);
  const rows = parseRecords(text, file, { delimiter })
    .map((r) => ({ line: r.line, values: r.values.map((v) => v.trim()) }))
    .filter((r) => r.values.some((v) => v !== '') && !(r.values[0] ?? '').startsWith('#'));
  const first = rows[0];
  const body = first && format.headers.has(foldHeader(first.values[0] ?? '')) ? rows.slice(1) : rows;

  return body.map(({ values, line }) => {
    // Trailing empty cells are what Excel leaves; they do not count.
    while (values.length > 1 && values[values.length - 1] === '') values.pop();
    if (!format.widths.includes(values.length)) {
      throw new CtmapError('invalid-list-row', { file, line, column: format.label, value: String(values.length), expected: format.widths.map(String) });
    }
    const at = (what: string) => ({ what, file, line });
    const [source = '', target, sourceGroupId] = values;
    const move: RequestedMove = {
      kind,
      source: format.normalize(requireShape(format.shape, source, at(`source (column 1)`))),
      target: target === undefined ? undefined : format.normalize(requireShape(format.shape, target, at(`target (column 2)`))),
      origin: { file, line },
    };
    if (sourceGroupId !== undefined) move.sourceGroupId = requireShape('guid', sourceGroupId, at('source group object ID (column 3)')).toLowerCase();
    return move;
  });
}
