import type { Principal } from './model.js';

/** The name a reviewer recognizes: the display name, else given name and surname. */
export function displayOf(p: Principal): string {
  if (p.displayName !== '') return p.displayName;
  return [p.givenName, p.surname].filter((x) => x !== '').join(' ');
}

// Text from the inputs is shown escaped wherever it could act instead of being read (the
// terminal, review.csv, findings): C0 and C1 controls, DEL, U+2028/2029, the direction marks,
// overrides and isolates that reorder what a reader sees, and a lone surrogate (from UTF-16
// input), which UTF-8 output would turn into U+FFFD. They become \n, \t or \u001b, so that a
// value neither moves the cursor, nor splits a row, nor reorders a line.
const SPECIALS = String.raw`\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069`;
const LONE_SURROGATE = String.raw`|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`;
const INVISIBLE = new RegExp(String.raw`[\u0000-\u001f${SPECIALS}]${LONE_SURROGATE}`, 'g');
// The report's own line breaks stay: the last guard of every terminal printer.
const INVISIBLE_BUT_LINE_BREAK = new RegExp(String.raw`[\u0000-\u0009\u000b-\u001f${SPECIALS}]${LONE_SURROGATE}`, 'g');
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
// Every character either pattern can match, surrogates included: one class, tested in a tight
// loop, clears nearly every value before the patterns with lookarounds run.
const MAYBE = new RegExp(String.raw`[\u0000-\u001f${SPECIALS}\ud800-\udfff]`);

function escaped(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function escapeAll(pattern: RegExp, text: string): string {
  // Nearly every value has nothing to escape: tested first, without building a new string.
  if (!MAYBE.test(text)) return text;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  return text.replace(pattern, escaped);
}

/** A value from the inputs as one line of a report or a CSV cell: every control character escaped, e.g. \u001b, \n. */
export function oneLine(text: string): string {
  return escapeAll(INVISIBLE, text);
}

/** Text for the terminal: the last guard of every printer, keeping only the report's line breaks. */
export function terminalText(text: string): string {
  return escapeAll(INVISIBLE_BUT_LINE_BREAK, text);
}
