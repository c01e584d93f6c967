// The same UPN (users) or object ID twice within one export. The rows involved cannot be
// mapped safely: each becomes an error finding and the principals are marked.

import type { Finding, Principal } from '../model.js';
import { IndexMap } from '../multimap.js';

export interface DuplicateResult {
  /** Indexes of principals that share a key or object ID with another row of the same export. */
  duplicated: Set<number>;
  findings: Finding[];
}

export function findDuplicates(principals: readonly Principal[]): DuplicateResult {
  const duplicated = new Set<number>();
  const findings: Finding[] = [];
  const check = (code: 'duplicate-key' | 'duplicate-object-id', key: (p: Principal) => string): void => {
    const seen = new IndexMap();
    principals.forEach((p, i) => {
      const k = key(p);
      if (k !== '') seen.add(k, i);
    });
    for (const [value, indexes] of seen.repeated()) {
      if (indexes.every((i) => duplicated.has(i))) continue;
      const rows = indexes.map((i) => principals[i]!).sort((a, b) => a.origin.line - b.origin.line);
      const first = rows[0]!;
      findings.push({
        code,
        severity: 'error',
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
