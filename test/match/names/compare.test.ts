import { describe, expect, it } from 'vitest';
import { close, compareNames, namesContradict } from '../../../src/match/names/compare.js';
import { personName } from '../../../src/match/names/person.js';

const name = (full: string) => {
  const [given = '', surname = ''] = full.split('|');
  return personName({ givenName: given, surname, displayName: '' });
};

describe('compareNames: the first level that holds', () => {
  it.each([
    { s: 'John|Smith', t: 'John|Smith', level: 'exact' },
    { s: 'Jürgen|Müller', t: 'Juergen|Mueller', level: 'exact' },
    { s: 'Søren|Kierkegaard', t: 'Soren|Kierkegaard', level: 'exact' },
    { s: 'John Paul|Smith', t: 'John|Smith', level: 'exact' },
    { s: 'Chen|Jing', t: 'Jing|Chen', level: 'swapped' },
    { s: 'Robert|Chamberlain', t: 'Bob|Chamberlain', level: 'nickname' },
    { s: 'Katherine|Oyelaran', t: 'Kate|Oyelaran', level: 'nickname' },
    { s: 'Margaret|Thorne', t: 'Margaret|Thorn', level: 'typo' },
    { s: 'Michaela|Neumann', t: 'Micheala|Neumann', level: 'typo' },
    { s: 'Christopher|Johnston', t: 'Christopher|Jonhston', level: 'typo' },
    { s: 'Peter|Vandenberg', t: 'P.|Vandenberg', level: 'initial' },
    { s: 'Ana|García-López', t: 'Ana|García', level: 'surname-part' },
    { s: 'Ana|García López', t: 'Ana|López', level: 'surname-part' },
    { s: 'Micheal|Neuman', t: 'Michael|Neumann', level: 'typo-both' },
    { s: '|Neumann', t: 'Michaela|Neumann', level: 'given-missing' },
    { s: 'Michaela|', t: 'Michaela|Neumann', level: 'surname-missing' },
    { s: 'John Paul|Smith', t: 'John Peter|Smith', level: 'exact' },
    { s: 'John Paul|Smith', t: 'John Mark|Smith', level: undefined },
    { s: 'Anna|Berg', t: 'Alan|Brooks', level: undefined },
    { s: 'Ann|Lee', t: 'Ian|Lee', level: undefined },
    { s: 'Bo|Kim', t: 'Bo|Lim', level: undefined },
    { s: 'John|Smith', t: 'Mary|Smith', level: undefined },
  ])('$s ~ $t → $level', ({ s, t, level }) => {
    expect(compareNames(name(s), name(t))?.id).toBe(level);
  });
});

describe('namesContradict', () => {
  it.each([
    { s: 'Anna|Berg', t: 'Alan|Brooks', expected: true },
    { s: 'Thanh|Nguyen', t: 'Tuan|Nguyen', expected: false },
    { s: 'Eva|Berg', t: 'Eva|Lindqvist', expected: false },
    { s: 'Robert|Jones', t: 'Bob|Johns', expected: false },
    { s: 'Chen|Jing', t: 'Jing|Chen', expected: false },
    { s: 'Anna|', t: 'Alan|Brooks', expected: false },
  ])('$s vs $t → $expected', ({ s, t, expected }) => {
    expect(namesContradict(name(s), name(t))).toBe(expected);
  });
});

describe('close: typo thresholds', () => {
  it.each([
    ['ann', 'anne', false],
    ['thorne', 'thorn', true],
    ['micheal', 'michael', true],
    ['neuman', 'neumann', true],
    ['johnston', 'jonhston', true],
    ['johnston', 'jonhstone', false],
    ['johnston', 'johnsen', false],
    ['berg', 'burg', true],
    ['berg', 'brooks', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(close(a, b)).toBe(expected);
  });
});

describe('namesContradict: swapped names with a typo relate', () => {
  it.each([
    { s: 'Samuel|Kontopoulos', t: 'Kontopoylos|Samuel', expected: false },
    { s: 'Samuel|Kontopoulos', t: 'Kontopoulos|Ben', expected: false },
    { s: 'Samuel|Kontopoulos', t: 'Ben|Nakamura', expected: true },
  ])('$s vs $t → $expected', ({ s, t, expected }) => {
    expect(namesContradict(name(s), name(t))).toBe(expected);
  });
});
