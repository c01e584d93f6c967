// The one ordering of keys used everywhere output is sorted: case-insensitive, then by code
// unit, so that the order never depends on the locale or on the input order.

export function compareKeys(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
