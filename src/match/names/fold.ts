// Text folding for names: case, diacritics (NFKD), letters that NFKD leaves alone (ß, ø, ł, æ),
// and the German umlaut spellings (Müller = Mueller) as an alternative form.

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ĸ: 'k',
};

const SPECIAL_RE = /[ßẞøØłŁæÆœŒđĐðÐþÞıĸ]/g;
const UMLAUT_RE = /[äöüÄÖÜ]/g;
const UMLAUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
const MARKS_RE = /\p{M}+/gu;
// Apostrophes join (O'Brien = OBrien); every other non-letter, non-digit separates.
const APOSTROPHE_RE = /['’‘`´ʼ]/g;
const SEPARATOR_RE = /[^\p{L}\p{N}]+/gu;

// Most names are plain ASCII letters: they skip the Unicode work.
const PLAIN_RE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Lowercase, diacritics removed, punctuation turned into single spaces, trimmed. */
export function fold(text: string): string {
  if (PLAIN_RE.test(text)) return text.toLowerCase();
  return foldWith(text, false);
}

/** The German-umlaut spelling (ü → ue), or undefined when the text has no umlaut. */
export function foldUmlautAlternative(text: string): string | undefined {
  UMLAUT_RE.lastIndex = 0;
  return UMLAUT_RE.test(text) ? foldWith(text, true) : undefined;
}

function foldWith(text: string, expandUmlauts: boolean): string {
  let t = text;
  if (expandUmlauts) t = t.replace(UMLAUT_RE, (c) => UMLAUT[c] ?? c);
  return t
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(APOSTROPHE_RE, '')
    .replace(SEPARATOR_RE, ' ')
    .trim();
}
