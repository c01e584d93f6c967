/** '2025-05-01 22:00:00' (separator ' ') or '2025-05-01T22:00:00' (separator 'T'), always UTC. */
export function formatUtc(date: Date, separator: ' ' | 'T'): string {
  return date.toISOString().slice(0, 19).replace('T', separator);
}
