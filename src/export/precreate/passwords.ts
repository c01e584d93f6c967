// Initial passwords for pre-created accounts, only when asked for: crypto-strength random, 16
// characters with every class Entra's complexity rule counts. Block sign in stays Yes anyway.

import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I) and no characters a CSV or Excel would treat specially.
const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#$%*?'] as const;
const ALL = CLASSES.join('');
const LENGTH = 16;

export function generatePassword(): string {
  const chars = [...CLASSES.map((c) => c[randomInt(c.length)]!), ...Array.from({ length: LENGTH - CLASSES.length }, () => ALL[randomInt(ALL.length)]!)];
  // Fisher-Yates with crypto randomness, so the class characters are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
