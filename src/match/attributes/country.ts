// Country names as admins type them, to ISO 3166 alpha-2: every region libphonenumber-js knows,
// by its English names (Intl.DisplayNames, long and short), plus the aliases below.

import { getCountries } from 'libphonenumber-js/min';
import { fold } from '../names/fold.js';

// Folded forms ('U.S.A.' folds to 'u s a'). Common native names, older names and alpha-3 codes
// that HR systems write; Intl.DisplayNames gives only today's English name.
const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', 'u s a': 'US', 'u s': 'US', 'united states of america': 'US', america: 'US',
  uk: 'GB', 'u k': 'GB', gbr: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  deutschland: 'DE', deu: 'DE', 'bundesrepublik deutschland': 'DE',
  holland: 'NL', 'the netherlands': 'NL', nederland: 'NL', nld: 'NL',
  osterreich: 'AT', aut: 'AT', schweiz: 'CH', suisse: 'CH', svizzera: 'CH', che: 'CH',
  espana: 'ES', esp: 'ES', italia: 'IT', ita: 'IT', fra: 'FR', belgie: 'BE', belgique: 'BE', bel: 'BE',
  danmark: 'DK', sverige: 'SE', swe: 'SE', norge: 'NO', suomi: 'FI', polska: 'PL', pol: 'PL', irl: 'IE', prt: 'PT',
  'czech republic': 'CZ', 'ceska republika': 'CZ', korea: 'KR', 'republic of korea': 'KR', 'russian federation': 'RU',
  'viet nam': 'VN', turkey: 'TR', turkiye: 'TR', uae: 'AE', 'ivory coast': 'CI', 'hong kong': 'HK', macau: 'MO',
  can: 'CA', aus: 'AU', nzl: 'NZ', ind: 'IN', jpn: 'JP', chn: 'CN', prc: 'CN', bra: 'BR', brasil: 'BR', mex: 'MX', zaf: 'ZA', sgp: 'SG',
};

const CODES: ReadonlySet<string> = new Set(getCountries());

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  // Built once, on the first country compared (about 250 regions, 1 ms).
  const displays = typeof Intl.DisplayNames === 'function' ? (['long', 'short'] as const).map((style) => new Intl.DisplayNames(['en'], { type: 'region', style })) : [];
  for (const code of CODES) {
    for (const display of displays) {
      const name = display.of(code);
      if (name === undefined || name === code) continue;
      // 'Myanmar (Burma)' is also 'Myanmar'.
      for (const form of [name, name.replace(/\s*\(.*\)\s*$/, '')]) {
        const key = fold(form);
        if (!byName.has(key)) byName.set(key, code);
      }
    }
  }
  return byName;
}

/** Whether the text is an upper-case ISO 3166 alpha-2 code ('DE'). */
export function isCountryCode(code: string): boolean {
  return code.length === 2 && CODES.has(code);
}

/** The alpha-2 code of a folded country name or code ('deutschland' → 'DE'), or undefined. */
export function countryCode(folded: string): string | undefined {
  if (folded.length === 2) {
    const upper = folded.toUpperCase();
    if (CODES.has(upper)) return upper;
  }
  return names().get(folded);
}
