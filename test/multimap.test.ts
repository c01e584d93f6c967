import { expect, it } from 'vitest';
import { IndexMap } from '../src/multimap.js';

it('IndexMap keeps every value of a key, counts them, and lists the repeated keys', () => {
  const index = new IndexMap();
  for (const [key, value] of [['a', 1], ['b', 2], ['a', 3], ['c', 4], ['a', 5], ['c', 6]] as const) index.add(key, value);
  const values = (key: string) => {
    const out: number[] = [];
    index.forEach(key, (v) => out.push(v));
    return out;
  };
  expect({ a: values('a'), b: values('b'), z: values('z') }).toEqual({ a: [1, 3, 5], b: [2], z: [] });
  expect(['a', 'b', 'c', 'z'].map((k) => index.count(k))).toEqual([3, 1, 2, 0]);
  expect([...index.repeated()]).toEqual([
    ['a', [1, 3, 5]],
    ['c', [4, 6]],
  ]);
  expect(index.size).toBe(6);
});
