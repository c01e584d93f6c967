// How a candidate's score was made, for review.csv's score_terms column: "nickname +70; common
// name -12; mobile phone equal +12; department differs -0.4". Each term is a label and signed
// points, so that the report can read them back.

import type { AttributeLevel, Candidate, NameLevelId, ScoreTerm, SupportingAttribute } from '../model.js';
import { againstText } from './evidence.js';

export const ATTRIBUTE_NAMES: Record<SupportingAttribute, string> = {
  jobTitle: 'job title',
  department: 'department',
  office: 'office',
  company: 'company',
  manager: 'manager',
  streetAddress: 'street',
  city: 'city',
  state: 'state',
  postalCode: 'postal code',
  country: 'country',
  businessPhone: 'business phone',
  mobilePhone: 'mobile phone',
};

const LEVEL_NAMES: Record<AttributeLevel, string> = { equal: 'equal', close: 'close (a typo)', differs: 'differs' };

const NAME_LEVELS: Record<NameLevelId, string> = {
  exact: 'exact name',
  swapped: 'names swapped',
  nickname: 'nickname',
  typo: 'name typo',
  initial: 'initial and surname',
  'surname-part': 'surname part',
  'typo-both': 'typos in both names',
  'given-missing': 'surname, given name missing',
  'surname-missing': 'given name, surname missing',
  'given-only': 'given name only, surname differs',
  'surname-only': 'surname only, given name differs',
  crossed: 'a name in the other field',
};

function termText(t: ScoreTerm): string {
  switch (t.term) {
    case 'identifier':
      return `identifier ${signed(t.points)}`;
    case 'name':
      return `${NAME_LEVELS[t.level]} ${signed(t.points)}`;
    case 'common-name':
      return `common name ${signed(t.points)}`;
    case 'against':
      return `against: ${againstText(t.rule)} ${signed(t.points)}`;
    case 'attribute':
      return `${ATTRIBUTE_NAMES[t.attribute]} ${LEVEL_NAMES[t.level]} ${signed(t.points)}`;
  }
}

/** The terms of a candidate's score; an identifier pair is one term. */
export function scoreTermsText(c: Candidate): string {
  if (!c.terms) return c.foundBy.startsWith('name:') || c.score !== 100 ? '' : `identifier ${signed(c.score)}`;
  return c.terms.map(termText).join('; ');
}

const signed = (points: number): string => (points < 0 ? `${points}` : `+${points}`);
