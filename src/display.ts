import type { Principal } from './model.js';

/** The name a reviewer recognizes: the display name, else given name and surname. */
export function displayOf(p: Principal): string {
  if (p.displayName !== '') return p.displayName;
  return [p.givenName, p.surname].filter((x) => x !== '').join(' ');
}

// Characters that must not reach a terminal raw: C0 and C1 controls, DEL, and the Unicode
// direction overrides and isolates that reorder what a reader sees (the line break aside,
// which a report's own lines use: the second pattern).
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_BREAK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A value from the inputs as one line of a report: every control character escaped, e.g. \u001b, \n. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS, escaped);
}

/** Text for the terminal: the last guard of every printer, keeping only the report's line breaks. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS_BUT_LINE_BREAK, escaped);
}
