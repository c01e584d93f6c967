// Text from the inputs on the terminal: control characters (a snapshot's error detail may hold
// line breaks) shown escaped, never raw.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function shown(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
