// The same UPN (users) or object ID twice within one export. The rows involved cannot be
// mapped safely: each becomes an error finding and the principals are marked.

import type { Finding, Principal } from '../model.js';
import { push } from '../multimap.js';

export interface DuplicateResult {
  /** Indexes of principals that share a key or object ID with another row of the same export. */
  duplicated: Set<number>;
  findings: Finding[];
}

export function findDuplicates(principals: readonly Principal[]): DuplicateResult {
  const duplicated = new Set<number>();
  const findings: Finding[] = [];
  const check = (code: 'duplicate-key' | 'duplicate-object-id', key: (p: Principal) => string): void => {
    const seen = new Map<string, number[]>();
    principals.forEach((p, i) => {
      const k = key(p);
      if (k === '') return;
      push(seen, k, i);
    });
    for (const [value, indexes] of seen) {
      if (indexes.length < 2) continue;
      const rows = indexes.map((i) => principals[i]!);
      const lines = rows.map((p) => p.origin.line).sort((a, b) => a - b);
      for (const p of rows) {
        findings.push({
          code,
          severity: 'error',
          file: p.origin.file,
          line: p.origin.line,
          tenant: p.tenant,
          column: code === 'duplicate-key' && p.kind === 'user' ? 'upn' : 'id',
          principal: p.key,
          data: { value, lines },
        });
      }
      for (const i of indexes) duplicated.add(i);
    }
  };
  check('duplicate-key', (p) => p.key.toLowerCase());
  check('duplicate-object-id', (p) => (p.kind === 'user' ? p.id : ''));
  return { duplicated, findings };
}
