// The one path from a string to PowerShell source: a single-quoted (verbatim) literal. Inside
// one, PowerShell expands nothing ($, `, @ and " are plain text); only a quote character ends
// it, and PowerShell counts ‘ ’ ‚ ‛ as quote characters too. Each of them is doubled, which
// PowerShell reads back as that one character.

import { formatUtc } from '../utc.js';

const QUOTES = /['\u2018\u2019\u201a\u201b]/g;
const CONTROL = /[\u0000-\u001f\u007f]/;

export function psQuote(value: string): string {
  // Values were validated before; a control character here is a bug, not input to escape.
  if (CONTROL.test(value)) throw new Error(`psQuote: control character in ${JSON.stringify(value)}`);
  return `'${value.replace(QUOTES, (q) => q + q)}'`;
}

/** A UTC DateTime that PowerShell never converts to local time (facts §3 step 6). */
export function psUtcDate(date: Date): string {
  return `([datetime]::SpecifyKind([datetime]${psQuote(formatUtc(date, ' '))},'Utc'))`;
}
