// psQuote: every string becomes one inert single-quoted literal, in tree-sitter's reading and
// in PowerShell's (which also ends strings at ‘ ’ ‚ ‛).
import { describe, expect, it } from 'vitest';
import { psQuote, psUtcDate } from '../../../src/emit/powershell/quote.js';
import { HOSTILE } from '../../helpers/hostile.js';
import { commandNames, parsePs, psParser, psVerbatim, shape, syntaxErrors, verbatimStrings } from '../../helpers/powershell.js';

const parser = await psParser();
const printable = HOSTILE.filter((h) => !/[\u0000-\u001f\u007f]/.test(h));

describe('psQuote', () => {
  it.each([
    { value: 'ann.lee@contoso.com', quoted: "'ann.lee@contoso.com'" },
    { value: "o'brien", quoted: "'o''brien'" },
    { value: 'a’b‘c', quoted: "'a’’b‘‘c'" },
    { value: '$(x) `n "y"', quoted: "'$(x) `n \"y\"'" },
    { value: '', quoted: "''" },
  ])('quotes $value', ({ value, quoted }) => {
    expect(psQuote(value)).toBe(quoted);
  });

  const baseline = shape(parsePs(parser, `$x = ${psQuote('plain')}\r\nWrite-Host $x\r\n`));

  it.each(printable.flatMap((h) => [h, `a${h}b`, `${h}${h}`]))('keeps %j one inert literal', (value) => {
    const text = `$x = ${psQuote(value)}\r\nWrite-Host $x\r\n`;
    const tree = parsePs(parser, text);
    expect(syntaxErrors(tree)).toEqual([]);
    expect(commandNames(tree)).toEqual(['Write-Host']);
    expect(shape(tree)).toBe(baseline);
    const [literal] = verbatimStrings(tree);
    // PowerShell's own reading ends the string where tree-sitter does, with the original value.
    const ps = psVerbatim(text, literal!.startIndex);
    expect(ps.end).toBe(literal!.endIndex);
    expect(ps.value).toBe(value);
  });

  it.each(['\n', '\r', '\u0000', 'a\tb'])('refuses control character %j (validation must have caught it)', (value) => {
    expect(() => psQuote(value)).toThrow(/control character/);
  });

  it('writes UTC dates that PowerShell does not convert', () => {
    expect(psUtcDate(new Date('2025-05-01T22:00:00Z'))).toBe("([datetime]::SpecifyKind([datetime]'2025-05-01 22:00:00','Utc'))");
  });
});
