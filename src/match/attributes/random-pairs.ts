// Pairs drawn "at random" across two samples, the same every run: indexes from an integer hash
// of the draw number, never from the samples' order (sorted by key, a source and its own target
// would line up and pose as a random pair).

export function forEachRandomPair(draws: number, sources: number, targets: number, visit: (source: number, target: number) => void): void {
  for (let i = 0; i < draws; i++) visit(mix(i, 0x9e3779b9) % sources, mix(i, 0x85ebca6b) % targets);
}

// A 32-bit finalizer (murmur3's): consecutive inputs give unrelated outputs.
function mix(i: number, salt: number): number {
  let h = Math.imul(i ^ salt, 0xcc9e2d51);
  h ^= h >>> 15;
  h = Math.imul(h, 0x1b873593);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
