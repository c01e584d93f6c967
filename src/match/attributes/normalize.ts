// An attribute value in the form two tenants' values are compared in: '' when it says nothing.
// Phones in E.164 (libphonenumber-js, default region from the row), countries as ISO 3166
// alpha-2, postal codes without spaces, streets with their common words shortened, a manager's
// UPN as its name part, other text folded like names (case, diacritics, punctuation; names/fold.ts).

import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { SupportingAttribute, SupportingValues } from '../../model.js';
import { fold } from '../names/fold.js';
import { countryCode, isCountryCode } from './country.js';

// Folded values that say nothing ('N/A' folds to 'n a', 'k.A.' (keine Angabe) to 'k a').
const NOTHING: ReadonlySet<string> = new Set(['n a', 'na', 'none', 'unknown', 'null', 'nil', 'not applicable', 'not available', 'tbd', 'tba', 'k a', 'undefined']);

// The words of street addresses that admins write both ways.
const STREET_WORDS: Readonly<Record<string, string>> = {
  street: 'st', road: 'rd', avenue: 'ave', av: 'ave', boulevard: 'blvd', drive: 'dr', lane: 'ln', court: 'ct', place: 'pl',
  square: 'sq', highway: 'hwy', parkway: 'pkwy', terrace: 'ter', crescent: 'cres', circle: 'cir', suite: 'ste',
  apartment: 'apt', floor: 'fl', building: 'bldg', north: 'n', south: 's', east: 'e', west: 'w', strasse: 'str',
};
// German streets end in -straße (folded -strasse) or -str.
const STRASSE_SUFFIX = /(?<=\p{L})strasse\b/gu;

/** An ISO 3166 alpha-2 code as written ('DE', 'NA' for Namibia), before it could read as 'n/a'. */
const ISO2 = /^[A-Z]{2}$/;

const MIN_PHONE_DIGITS = 7;

export function comparable(attribute: SupportingAttribute, value: string, region: string): string {
  const trimmed = value.trim();
  if (attribute === 'country' && ISO2.test(trimmed) && isCountryCode(trimmed)) return trimmed;
  // A manager's UPN keeps its name across tenants, not its domain.
  const at = attribute === 'manager' ? trimmed.lastIndexOf('@') : -1;
  const text = fold(at > 0 ? trimmed.slice(0, at) : trimmed);
  if (text === '' || NOTHING.has(text)) return '';
  switch (attribute) {
    case 'businessPhone':
    case 'mobilePhone':
      return phone(trimmed, region);
    case 'postalCode':
      return text.replace(/ /g, '').toUpperCase();
    case 'country':
      return countryCode(text) ?? text;
    case 'streetAddress':
      return text
        .replace(STRASSE_SUFFIX, 'str')
        .split(' ')
        .map((w) => STREET_WORDS[w] ?? w)
        .join(' ');
    default:
      return text;
  }
}

/**
 * E.164 ('+14255550100') when the number parses to a possible one, its region from '+' or
 * `region`; else its digits when there are at least 7, else ''. Extensions are left out: one
 * tenant often has them, the other not.
 */
function phone(value: string, region: string): string {
  const upper = region.toUpperCase();
  const country = isCountryCode(upper) ? (upper as CountryCode) : undefined;
  // Without a region only '+' numbers parse: skip the parser's slow failure on the others.
  const parsed = country === undefined && !value.includes('+') ? undefined : parsePhoneNumberFromString(value, country);
  if (parsed?.isPossible()) return parsed.number;
  const digits = value.replace(/\D/g, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits : '';
}

export const PHONES: ReadonlySet<SupportingAttribute> = new Set(['businessPhone', 'mobilePhone']);

const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*\d+\s*$/i;

/**
 * A phone's cheap key, its last 7 digits without the extension: every way of writing one number
 * shares it, so two phones whose keys differ are different numbers, and only those whose keys
 * agree need the parser to tell (comparable's E.164).
 */
export function phoneKey(value: string): string {
  const digits = value.replace(EXTENSION, '').replace(/\D/g, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits.slice(-MIN_PHONE_DIGITS) : '';
}

/**
 * True when two phones are one number without parsing: both international with the same digits,
 * both national in one region, or the international one is the other's country code followed by
 * its national digits (trunk 0 dropped). Undefined when only the parser can tell.
 */
export function samePhoneWithoutParsing(a: string, regionA: string, b: string, regionB: string): true | undefined {
  const x = digitsOf(a, regionA);
  const y = digitsOf(b, regionB);
  if (x === undefined || y === undefined) return undefined;
  if (x.international === y.international) return x.digits === y.digits && (x.international || x.region === y.region) ? true : undefined;
  const [i, n] = x.international ? [x, y] : [y, x];
  return n.region !== '' && i.digits === getCountryCallingCode(n.region as CountryCode) + n.digits ? true : undefined;
}

function digitsOf(value: string, region: string): { international: boolean; digits: string; region: string } | undefined {
  const bare = value.replace(EXTENSION, '').trim();
  const international = bare.startsWith('+');
  const digits = bare.replace(/\D/g, '');
  const upper = region.toUpperCase();
  if (!international && !isCountryCode(upper)) return undefined;
  return { international, digits: international ? digits : digits.replace(/^0+/, ''), region: international ? '' : upper };
}

/** A row's region for its phones: usageLocation when a valid ISO2, else its country as ISO2, else ''. */
export function regionOf(values: SupportingValues): string {
  const usage = values.usageLocation?.trim().toUpperCase() ?? '';
  if (isCountryCode(usage)) return usage;
  const country = values.country === undefined ? '' : comparable('country', values.country, '');
  return isCountryCode(country) ? country : '';
}
