export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * String key → numbers (row indexes), for indexes over hundreds of thousands of principals
 * where most keys hold one value: those cost no array, and each operation one hash lookup.
 */
export class IndexMap {
  private readonly map = new Map<string, number | number[]>();
  /** Keys that hold several values, in the order they became so. */
  private readonly several: string[] = [];
  private values = 0;

  add(key: string, value: number): void {
    this.values++;
    const current = this.map.get(key);
    if (current === undefined) this.map.set(key, value);
    else if (typeof current === 'number') {
      this.map.set(key, [current, value]);
      this.several.push(key);
    } else current.push(value);
  }

  /** The values of a key: undefined, one number, or several. */
  get(key: string): number | readonly number[] | undefined {
    return this.map.get(key);
  }

  count(key: string): number {
    const current = this.map.get(key);
    return current === undefined ? 0 : typeof current === 'number' ? 1 : current.length;
  }

  forEach(key: string, visit: (value: number) => void): void {
    forEachValue(this.map.get(key), visit);
  }

  /** How many values were added. */
  get size(): number {
    return this.values;
  }

  /** Keys held by more than one value, with their values. */
  *repeated(): IterableIterator<[string, readonly number[]]> {
    for (const key of this.several) yield [key, this.map.get(key) as readonly number[]];
  }
}

export function forEachValue(values: number | readonly number[] | undefined, visit: (value: number) => void): void {
  if (values === undefined) return;
  if (typeof values === 'number') visit(values);
  else for (const v of values) visit(v);
}
