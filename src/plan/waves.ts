// Moves into waves of at most waveSize, counting OneDrive and site moves together: the queue
// limit of 4,000 is per source instance and shared by both (facts §0.7, §6). The order is a
// stable key (kind, then source), never the input order.

import { compareKeys } from '../order.js';
import { MOVE_KINDS, type Move, type Wave } from './types.js';

export const MAX_WAVE_SIZE = 4000;

export function sortMoves(moves: readonly Move[]): Move[] {
  return [...moves].sort((a, b) => MOVE_KINDS.indexOf(a.kind) - MOVE_KINDS.indexOf(b.kind) || compareKeys(a.source, b.source));
}

export function cutWaves(moves: readonly Move[], waveSize: number): Wave[] {
  if (!Number.isInteger(waveSize) || waveSize < 1 || waveSize > MAX_WAVE_SIZE) throw new RangeError(`wave size ${waveSize}`);
  const sorted = sortMoves(moves);
  const waves: Wave[] = [];
  for (let i = 0; i < sorted.length; i += waveSize) waves.push({ number: waves.length + 1, moves: sorted.slice(i, i + waveSize) });
  return waves;
}
