// The one ordering of keys used everywhere output is sorted: case-insensitive, then by code
// unit, so that the order never depends on the locale or on the input order.

export function compareKeys(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return compareCodeUnits(a, b);
}

/** Plain UTF-16 code-unit order: the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in an ascending array whose value is not below value (binary search). */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * a.toLowerCase() === b.toLowerCase(), without building the two lowered strings when both are
 * ASCII: it runs for every pair compared (employee IDs such as 'E100234').
 */
export function equalIgnoringCase(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return !isAscii(a) || !isAscii(b) ? a.toLowerCase() === b.toLowerCase() : false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase();
    const folded = x | 32;
    if (folded !== (y | 32) || folded < 97 || folded > 122) return false;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
