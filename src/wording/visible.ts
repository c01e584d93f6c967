// Text from the inputs shown escaped where it could act instead of being read: control
// characters, line and paragraph separators, and bidirectional overrides become \n, \t or
// \u001b, so that a value neither moves the cursor, nor splits a row, nor reorders a line.

// C0 and C1 controls, DEL, U+2028/2029, the bidirectional embedding and isolate marks, and
// a lone surrogate (from UTF-16 input), which UTF-8 output would turn into U+FFFD.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function visible(text: string): string {
  // Nearly every value has nothing to escape: tested first, without building a new string.
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
