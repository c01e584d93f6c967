// The target's UPN convention learned from matched pairs, and proposals numbered the way the
// target numbers repeated names, never equal to a UPN the target holds.
import { describe, expect, it } from 'vitest';
import { inferConvention, localPart, proposeUpn, upnPart, type NamedPair } from '../../src/export/precreate/convention.js';
import { generatePassword } from '../../src/export/precreate/passwords.js';

const pair = (givenName: string, surname: string, targetUpn: string, sourceUpn = `${givenName}@contoso.com`): NamedPair => ({ givenName, surname, sourceUpn, targetUpn });

describe('inferConvention', () => {
  it.each([
    ['first.last', ['ann.lee@fabrikam.com', 'bo.kim@fabrikam.com', 'cjones@fabrikam.com']],
    ['flast', ['alee@fabrikam.com', 'bkim@fabrikam.com', 'carl.jones@fabrikam.com']],
    ['first_last', ['ann_lee@fabrikam.com', 'bo_kim@fabrikam.com', 'cjones@fabrikam.com']],
  ] as const)('finds %s by the most matched pairs', (pattern, targets) => {
    const c = inferConvention([pair('Ann', 'Lee', targets[0]), pair('Bo', 'Kim', targets[1]), pair('Carl', 'Jones', targets[2])], targets);
    expect(c.pattern).toBe(pattern);
  });

  it('learns the numbering from numbered UPNs whose plain form exists, and numbers past every taken UPN', () => {
    const targets = ['john.smith@fabrikam.com', 'john.smith.1@fabrikam.com', 'mary.major@fabrikam.com', 'mary.major.1@fabrikam.com', 'mary.major.2@fabrikam.com', 'room101@fabrikam.com'];
    const c = inferConvention([pair('Mary', 'Major', 'mary.major@fabrikam.com', 'mary@contoso.com')], targets);
    expect([c.separator, c.firstNumber]).toEqual(['.', 1]);
    const taken = new Set(targets);
    expect(proposeUpn(c, { givenName: 'Mary', surname: 'Major', sourceUpn: 'm.major@contoso.com' }, taken)?.upn).toBe('mary.major.3@fabrikam.com');
    expect(proposeUpn(c, { givenName: 'Mary', surname: 'Major', sourceUpn: 'mm@contoso.com' }, taken)?.upn).toBe('mary.major.4@fabrikam.com');
  });

  it('defaults to john.smith2 numbering and first.last when the target shows none', () => {
    const c = inferConvention([], []);
    expect([c.pattern, c.separator, c.firstNumber, c.defaultDomain]).toEqual(['first.last', '', 2, undefined]);
  });

  it('without matched pairs, takes the domain most target members use, .onmicrosoft.com last', () => {
    const domain = (upns: string[]) => inferConvention([], upns).defaultDomain;
    expect(domain(['a@fabrikam.onmicrosoft.com', 'b@fabrikam.onmicrosoft.com', 'c@fabrikam.com', 'x_gmail.com#EXT#@fabrikam.onmicrosoft.com'])).toBe('fabrikam.com');
    expect(domain(['a@fabrikam.onmicrosoft.com', 'x_gmail.com#EXT#@other.com'])).toBe('fabrikam.onmicrosoft.com');
  });

  it('takes the target domain per source domain, and the most used one for other domains', () => {
    const c = inferConvention(
      [pair('Ann', 'Lee', 'ann.lee@fabrikam.com', 'ann@contoso.com'), pair('Bo', 'Kim', 'bo.kim@fabrikam.com', 'bo@contoso.com'), pair('Cy', 'Ng', 'cy.ng@sales.fabrikam.com', 'cy@contososales.com')],
      [],
    );
    const propose = (sourceUpn: string) => proposeUpn(c, { givenName: 'Dee', surname: 'Roe', sourceUpn }, new Set())?.upn;
    expect([propose('d@contososales.com'), propose('d@contoso.com'), propose('d@other.com')]).toEqual(['dee.roe@sales.fabrikam.com', 'dee.roe@fabrikam.com', 'dee.roe@fabrikam.com']);
  });

  it('folds names to ASCII, and falls back to the source local part when names give nothing', () => {
    expect([upnPart('Horváthová'), upnPart("O'Brien-Smith"), upnPart('Strauß'), localPart('flast', 'Émile', 'Zola')]).toEqual(['horvathova', 'obriensmith', 'strauss', 'ezola']);
    const c = inferConvention([pair('Ann', 'Lee', 'ann.lee@fabrikam.com', 'ann@contoso.com')], []);
    expect(proposeUpn(c, { givenName: '', surname: '王', sourceUpn: 'wang.li@contoso.com' }, new Set())).toEqual({ upn: 'wang.li@fabrikam.com', fromNames: false });
  });
});

describe('generatePassword', () => {
  it('is 16 characters with upper, lower, digit and symbol, and differs each time', () => {
    const all = Array.from({ length: 50 }, generatePassword);
    for (const p of all) expect(p).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[!#$%*?])[A-Za-z\d!#$%*?]{16}$/);
    expect(new Set(all).size).toBe(50);
  });
});
