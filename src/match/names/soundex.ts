// American Soundex over folded a-z text: a blocking key that survives most typos. Only the
// code is used, never as evidence.

const CODES: Readonly<Record<string, string>> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
};

export function soundex(word: string): string {
  const letters = word.replace(/[^a-z]/g, '');
  if (letters === '') return '';
  let out = letters[0]!;
  let last = CODES[out] ?? '';
  for (let i = 1; i < letters.length && out.length < 4; i++) {
    const ch = letters[i]!;
    const code = CODES[ch] ?? '';
    if (code !== '' && code !== last) out += code;
    // h and w do not separate equal codes; vowels do.
    if (ch !== 'h' && ch !== 'w') last = code;
  }
  return out.padEnd(4, '0');
}
