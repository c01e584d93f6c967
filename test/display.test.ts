import { describe, expect, it } from 'vitest';
import { oneLine, terminalText } from '../src/display.js';
import { counted } from '../src/wording/plural.js';

describe('text from the inputs on the terminal', () => {
  it.each([
    { raw: 'a\u001b[31mb', line: 'a\\u001b[31mb', terminal: 'a\\u001b[31mb' },
    { raw: 'a\nb\r\tc', line: 'a\\nb\\r\\tc', terminal: 'a\nb\\r\\tc' },
    { raw: 'x\u0000\u007f\u0085\u202e\u2066y', line: 'x\\u0000\\u007f\\u0085\\u202e\\u2066y', terminal: 'x\\u0000\\u007f\\u0085\\u202e\\u2066y' },
    { raw: 'Zoë → Łukasz 日本', line: 'Zoë → Łukasz 日本', terminal: 'Zoë → Łukasz 日本' },
  ])('$raw', ({ raw, line, terminal }) => {
    expect(oneLine(raw)).toBe(line);
    expect(terminalText(raw)).toBe(terminal);
  });
});

describe('counted', () => {
  it.each([
    [0, 'rows'],
    [1, 'row'],
    [2, 'rows'],
  ])('%i', (n, word) => expect(counted(n, 'row')).toBe(`${n} ${word}`));
});
