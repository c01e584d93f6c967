import { describe, expect, it } from 'vitest';
import { fold, foldUmlautAlternative } from '../../../src/match/names/fold.js';
import { personName } from '../../../src/match/names/person.js';

describe('fold', () => {
  it.each([
    ['José Martínez', 'jose martinez'],
    ['François Lefèvre', 'francois lefevre'],
    ['Jürgen Müller', 'jurgen muller'],
    ['Björn Strauß', 'bjorn strauss'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Łukasz Wiśniewski', 'lukasz wisniewski'],
    ['Ærøskøbing', 'aeroskobing'],
    ['Dvořák', 'dvorak'],
    ['Đorđević', 'dordevic'],
    ['Þórunn', 'thorunn'],
    ['Yılmaz', 'yilmaz'],
    ["O'Brien", 'obrien'],
    ['D’Angelo', 'dangelo'],
    ['Anne-Marie  Dupont', 'anne marie dupont'],
    ['ＡＮＮＡ', 'anna'],
    ['Nguyễn Văn An', 'nguyen van an'],
  ])('%s → %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it.each([
    ['Müller', 'mueller'],
    ['Jürgen Böhm', 'juergen boehm'],
    ['Straße', undefined],
    ['Anna', undefined],
  ])('German umlaut spelling of %s', (text, expected) => {
    expect(foldUmlautAlternative(text)).toBe(expected);
  });
});

describe('personName', () => {
  const names = (given: string, surname: string, displayName = '') => {
    const n = personName({ givenName: given, surname, displayName });
    return { given: n.given.map((t) => t.alt ?? t.v), surname: n.surname.map((t) => t.alt ?? t.v) };
  };

  it.each([
    { given: 'Jürgen', surname: 'Müller', display: '', expected: { given: ['juergen'], surname: ['mueller'] } },
    { given: 'Ana', surname: 'García-López', display: '', expected: { given: ['ana'], surname: ['garcia', 'lopez'] } },
    { given: 'Dr. Hans', surname: 'Weber', display: '', expected: { given: ['hans'], surname: ['weber'] } },
    { given: 'Martin Luther', surname: 'King Jr.', display: '', expected: { given: ['martin', 'luther'], surname: ['king'] } },
    { given: '', surname: '', display: 'Smith, John P.', expected: { given: ['john', 'p'], surname: ['smith'] } },
    { given: '', surname: '', display: 'John Paul Smith III', expected: { given: ['john', 'paul'], surname: ['smith'] } },
    { given: '', surname: '', display: 'Berg, Anna (Contractor)', expected: { given: ['anna'], surname: ['berg'] } },
    { given: '', surname: '', display: 'Mx. Sam Taylor', expected: { given: ['sam'], surname: ['taylor'] } },
    { given: '', surname: '', display: 'Reception', expected: { given: ['reception'], surname: [] } },
  ])('$given $surname $display', ({ given, surname, display, expected }) => {
    expect(names(given, surname, display)).toEqual(expected);
  });
});
