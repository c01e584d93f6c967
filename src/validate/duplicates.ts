// The same UPN (users) or object ID twice within one export. The rows involved cannot be
// mapped safely: each becomes an error finding and the principals are marked.

import type { Finding, Principal } from '../model.js';
import { FINDING_SEVERITY } from '../model.js';

export interface DuplicateResult {
  /** Indexes of principals that share a key or object ID with another row of the same export. */
  duplicated: Set<number>;
  findings: Finding[];
}

export function findDuplicates(principals: readonly Principal[]): DuplicateResult {
  const duplicated = new Set<number>();
  const findings: Finding[] = [];
  const check = (code: 'duplicate-key' | 'duplicate-object-id', key: (p: Principal) => string): void => {
    // In the order the repeats are met reading the export, whatever the principals' order.
    const repeats = [...repeatedKeys(principals, key)].map(([value, indexes]) => ({
      value,
      indexes,
      rows: indexes.map((i) => principals[i]!).sort((a, b) => a.origin.line - b.origin.line),
    }));
    repeats.sort((a, b) => a.rows[1]!.origin.line - b.rows[1]!.origin.line);
    for (const { value, indexes, rows } of repeats) {
      if (indexes.every((i) => duplicated.has(i))) continue;
      const first = rows[0]!;
      findings.push({
        code,
        severity: FINDING_SEVERITY[code],
        file: first.origin.file,
        line: first.origin.line,
        tenant: first.tenant,
        column: code === 'duplicate-key' && first.kind === 'user' ? 'upn' : 'id',
        principal: first.key,
        data: { value, lines: rows.map((p) => p.origin.line) },
      });
      for (const i of indexes) duplicated.add(i);
    }
  };
  check('duplicate-key', (p) => p.key.toLowerCase());
  check('duplicate-object-id', (p) => (p.kind === 'user' ? p.id : ''));
  return { duplicated, findings };
}

/** Keys held by more than one principal, with the principals' indexes. */
function repeatedKeys(principals: readonly Principal[], key: (p: Principal) => string): Map<string, number[]> {
  // Keys are nearly always unique: one Set insertion each finds the few that are not.
  const seen = new Set<string>();
  const repeated = new Map<string, number[]>();
  for (const p of principals) {
    const k = key(p);
    if (k === '') continue;
    const before = seen.size;
    seen.add(k);
    if (seen.size === before) repeated.set(k, []);
  }
  if (repeated.size === 0) return repeated;
  principals.forEach((p, i) => repeated.get(key(p))?.push(i));
  return repeated;
}
