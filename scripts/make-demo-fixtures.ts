// Writes fixtures/demo/: the Contoso source users as Windows PowerShell 5.1 exported them
// (Get-MgUser | Select-Object | Export-Csv -UseCulture -Encoding UTF8: #TYPE line, BOM, ';',
// every value quoted), the pre-created Fabrikam users as PowerShell 7 exported them (',',
// no BOM), and truth.csv: what ctmap must decide for every source user and why.
// Run: npm run build && node dist/scripts/make-demo-fixtures.js

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { fold } from '../src/match/names/fold.js';
import { demoGroups, entraGroupRows, mgGroupRows } from './fixtures/demo-groups.js';
import { PEOPLE, type Person } from './fixtures/demo-people.js';

const OUT = new URL('../../fixtures/demo/', import.meta.url);
export const SOURCE_TENANT_ID = 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718';

interface User {
  id: string;
  upn: string;
  given: string;
  surname: string;
  display?: string;
  mail: string;
  proxies: string[];
  employeeId: string;
  immutableId: string;
  userType: 'Member' | 'Guest';
  enabled: boolean;
  extra: string;
}

interface Truth {
  source: string;
  case: string;
  status: string;
  target: string;
  reason: string;
  story: string;
}

const guid = (seed: string): string => {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const immutable = (seed: string): string => createHash('md5').update(`ad:${seed}`).digest('base64');
const part = (name: string): string => fold(name).replace(/ /g, '');
const dotted = (g: string, s: string): string => `${part(g)}.${part(s)}`;
const initial = (g: string, s: string): string => `${part(g)[0]}${part(s)}`;

const source: User[] = [];
const target: User[] = [];
const truth: Truth[] = [];
let employee = 10000;
let fabrikamEmployee = 20000;

function sourceUser(given: string, surname: string, overrides: Partial<User> = {}): User {
  const upn = overrides.upn ?? `${dotted(given, surname)}@contoso.com`;
  employee += 7;
  const u: User = {
    id: guid(`src:${upn}:${overrides.extra ?? ''}`),
    upn,
    given,
    surname,
    mail: upn,
    proxies: [`SMTP:${upn}`],
    employeeId: `E${employee}`,
    immutableId: immutable(upn),
    userType: 'Member',
    enabled: true,
    extra: 'Contoso',
    ...overrides,
  };
  source.push(u);
  return u;
}

function targetUser(given: string, surname: string, local: string, overrides: Partial<User> = {}): User {
  const upn = overrides.upn ?? `${local}@fabrikam.com`;
  const u: User = {
    id: guid(`tgt:${upn}:${overrides.extra ?? ''}`),
    upn,
    given,
    surname,
    mail: upn,
    proxies: [`SMTP:${upn}`],
    employeeId: '',
    immutableId: '',
    userType: 'Member',
    enabled: true,
    extra: '',
    ...overrides,
  };
  target.push(u);
  return u;
}

function expect(s: User, c: string, status: string, t: User | undefined, reason: string, story: string): void {
  truth.push({ source: s.upn, case: c, status, target: t?.upn ?? '', reason, story });
}

for (const person of PEOPLE) addPerson(person);
addTraps();
addGuests();

function addPerson(x: Person): void {
  const { given, surname } = x;
  const tg = x.targetGiven ?? given;
  const ts = x.targetSurname ?? surname;
  if (x.case === 'new-hire') {
    fabrikamEmployee += 3;
    targetUser(given, surname, dotted(given, surname), { employeeId: `F${fabrikamEmployee}`, extra: 'New hire' });
    return;
  }
  const s = sourceUser(given, surname, x.case === 'alias' ? { proxies: [`SMTP:${dotted(given, surname)}@contoso.com`, `smtp:${part(given)[0]}.${part(surname)}@contoso.com`] } : {});
  switch (x.case) {
    case 'full': {
      const t = targetUser(given, surname, dotted(given, surname), {
        employeeId: s.employeeId,
        immutableId: s.immutableId,
        proxies: [`SMTP:${dotted(given, surname)}@fabrikam.com`, `smtp:${s.upn}`],
      });
      return expect(s, x.case, 'matched', t, 'identifier', 'all identifiers agree');
    }
    case 'upn': {
      const noMailbox = given === 'Samuel';
      const t = targetUser(given, surname, dotted(given, surname), noMailbox ? { mail: '', proxies: [] } : {});
      return expect(s, x.case, 'matched', t, 'identifier', noMailbox ? 'UPN after rewrite; target has no mailbox, column 5 is its UPN' : 'UPN after rewrite');
    }
    case 'employee-id': {
      const t = targetUser(given, surname, initial(given, surname), { employeeId: s.employeeId });
      return expect(s, x.case, 'matched', t, 'identifier', 'new UPN convention; employee ID carried over');
    }
    case 'address': {
      const local = initial(given, surname);
      const t = targetUser(given, surname, local, { proxies: [`SMTP:${local}@fabrikam.com`, `smtp:${s.upn}`] });
      return expect(s, x.case, 'matched', t, 'identifier', 'new UPN convention; source address kept as a proxy');
    }
    case 'immutable': {
      const t = targetUser(given, surname, initial(given, surname), { immutableId: s.immutableId });
      return expect(s, x.case, 'matched', t, 'identifier', 'synced from the same AD');
    }
    case 'alias': {
      const mail = `${part(given)[0]}.${part(surname)}@fabrikam.com`;
      const t = targetUser(given, surname, `${part(surname)}.${part(given)}`, { mail, proxies: [`SMTP:${mail}`] });
      return expect(s, x.case, 'matched', t, 'identifier', "an old alias of the source, rewritten, is the target's mail");
    }
    case 'name-exact': {
      const t = targetUser(tg, ts, initial(tg, ts), { mail: '', proxies: [] });
      return expect(s, x.case, 'matched', t, 'name-unique', 'no shared identifier; the same name, spelled without diacritics');
    }
    case 'name-variant': {
      const t = targetUser(tg, ts, initial(tg, ts), { mail: '', proxies: [] });
      return expect(s, x.case, 'review', t, 'name-only', `no shared identifier; name variant ${given} ${surname} / ${tg} ${ts}`);
    }
    case 'leaver':
      return expect(s, x.case, 'unmatched', undefined, 'no-candidate', 'left before the move: no target account');
  }
}

function addTraps(): void {
  // Two John Smiths in two source domains that both rewrite to fabrikam.com.
  const js1 = sourceUser('John', 'Smith', { extra: 'Contoso' });
  const js2 = sourceUser('John', 'Smith', { upn: 'john.smith@contososales.com', mail: 'john.smith@contososales.com', proxies: ['SMTP:john.smith@contososales.com'], extra: 'Contoso Sales' });
  const jt = targetUser('John', 'Smith', 'john.smith');
  targetUser('John', 'Smith', 'john.smith2');
  expect(js1, 'trap', 'ambiguous', jt, 'target-wanted-by-several', 'two sources rewrite to one target UPN; neither may take it');
  expect(js2, 'trap', 'ambiguous', jt, 'target-wanted-by-several', 'two sources rewrite to one target UPN; neither may take it');

  // The rewritten UPN belongs to a Fabrikam employee who is somebody else.
  const anna = sourceUser('Anna', 'Berg', { upn: 'ab@contoso.com', mail: 'ab@contoso.com', proxies: ['SMTP:ab@contoso.com'] });
  fabrikamEmployee += 3;
  const alan = targetUser('Alan', 'Brooks', 'ab', { employeeId: `F${fabrikamEmployee}`, extra: 'Fabrikam' });
  expect(anna, 'trap', 'conflict', alan, 'contradicted', 'ab@ is a different Fabrikam person: names share nothing');

  // Same local part, same surname, but the employee IDs of the shared scheme differ.
  const thanh = sourceUser('Thanh', 'Nguyen', { upn: 't.nguyen@contoso.com', mail: 't.nguyen@contoso.com', proxies: ['SMTP:t.nguyen@contoso.com'] });
  fabrikamEmployee += 3;
  const tuan = targetUser('Tuan', 'Nguyen', 't.nguyen', { employeeId: `E${fabrikamEmployee}`, extra: 'Fabrikam' });
  expect(thanh, 'trap', 'conflict', tuan, 'contradicted', 'employee IDs differ');

  // The rewritten UPN points at a namesake's account, the employee ID at her pre-created one:
  // the employee ID is the stronger tier and explains the UPN away (DESIGN "Identifiers are not all equal").
  const maria = sourceUser('María', 'García');
  targetUser('María', 'García', 'maria.garcia');
  const mariaById = targetUser('María', 'García', 'mgarcia2', { employeeId: maria.employeeId });
  expect(maria, 'trap', 'matched', mariaById, 'identifier', 'UPN and employee ID point at two accounts: the employee ID outweighs the rewritten UPN');

  // The source export holds one person twice.
  const lena = sourceUser('Lena', 'Fischer');
  source.push({ ...lena, id: guid('src:lena-again'), extra: 'Contoso (second export run)' });
  const lenaT = targetUser('Lena', 'Fischer', 'lena.fischer', { employeeId: lena.employeeId });
  expect(lena, 'trap', 'conflict', lenaT, 'duplicate-in-export', 'the source export lists her twice');
  expect(lena, 'trap', 'conflict', lenaT, 'duplicate-in-export', 'the source export lists her twice');

  // The target export holds one account twice.
  const omar = sourceUser('Omar', 'Haddad');
  const omarT = targetUser('Omar', 'Haddad', 'omar.haddad');
  target.push({ ...omarT, extra: 'exported twice' });
  expect(omar, 'trap', 'conflict', omarT, 'target-duplicate-in-export', 'the target export lists the account twice');

  // A guest account made for Pat before the acquisition carries Pat's address.
  const pat = sourceUser('Pat', 'Kelly');
  const patGuest = targetUser('Pat', 'Kelly', 'pat.kelly_contoso.com#EXT#', {
    upn: 'pat.kelly_contoso.com#EXT#@fabrikam.onmicrosoft.com',
    mail: pat.upn,
    proxies: [`SMTP:${pat.upn}`],
    userType: 'Guest',
    extra: 'Guest',
  });
  expect(pat, 'trap', 'conflict', patGuest, 'contradicted', 'the only account with her address is a guest; a member must not become a guest');

  // A namesake: one source Wei Chen, two target Wei Chens, no identifiers.
  const wei = sourceUser('Wei', 'Chen');
  const weiT = targetUser('Wei', 'Chen', 'wchen', { mail: '', proxies: [] });
  targetUser('Wei', 'Chen', 'wei.chen.lab', { mail: '', proxies: [], extra: 'Fabrikam Labs' });
  // A near-tie: two target accounts, each one typo away from the source's name.
  const katarina = sourceUser('Katarina', 'Novak');
  const nearTie = [targetUser('Katarina', 'Nowak', 'knowak', { mail: '', proxies: [] }), targetUser('Katarzina', 'Novak', 'katarzina.novak', { mail: '', proxies: [] })];
  const shown = [...nearTie].sort((a, b) => (a.upn < b.upn ? -1 : 1))[0];
  expect(katarina, 'trap-names', 'ambiguous', shown, 'near-tie', 'two targets are each a typo away: nobody can tell which');

  expect(wei, 'trap-names', 'ambiguous', weiT, 'namesake', 'two target accounts share the name; nobody can tell which');
}

// Partners invited as guests: one stays a guest in Fabrikam, one was hired by Fabrikam (a
// member now), one has an underscore in the address (the #EXT# UPN alone would mislead),
// one is not invited again.
function addGuests(): void {
  const guest = (tenant: 'contoso' | 'fabrikam', external: string, given: string, surname: string, overrides: Partial<User> = {}): Partial<User> => ({
    upn: `${external.replace('@', '_')}#EXT#@${tenant}.onmicrosoft.com`,
    mail: external,
    proxies: [],
    employeeId: '',
    immutableId: '',
    userType: 'Guest',
    extra: 'Guest',
    given,
    surname,
    ...overrides,
  });
  const p1 = sourceUser('Priya', 'Menon', guest('contoso', 'priya.menon@gmail.com', 'Priya', 'Menon'));
  const t1 = targetUser('Priya', 'Menon', '', guest('fabrikam', 'priya.menon@gmail.com', 'Priya', 'Menon'));
  expect(p1, 'guest', 'matched', t1, 'identifier', 'guest → guest: the same external address');

  const p2 = sourceUser('Lee', 'Wong', guest('contoso', 'lee.wong@northwind.com', 'Lee', 'Wong', { mail: '' }));
  const t2 = targetUser('Lee', 'Wong', 'lee.wong', { proxies: ['SMTP:lee.wong@fabrikam.com', 'smtp:lee.wong@northwind.com'], extra: 'Hired from Northwind' });
  expect(p2, 'guest', 'matched', t2, 'identifier', 'guest → member: the partner was hired; the #EXT# UPN decodes to an address the member keeps');

  const p3 = sourceUser('Sam', 'Doe', guest('contoso', 'sam_doe@outlook.com', 'Sam', 'Doe'));
  const t3 = targetUser('Sam', 'Doe', '', guest('fabrikam', 'sam_doe@outlook.com', 'Sam', 'Doe'));
  expect(p3, 'guest', 'matched', t3, 'identifier', "guest → guest; the address has an '_', so the mail, not the UPN, is the external address");

  const p4 = sourceUser('Ines', 'Kraft', guest('contoso', 'ines.kraft@fourthcoffee.com', 'Ines', 'Kraft'));
  expect(p4, 'guest', 'unmatched', undefined, 'no-candidate', 'a partner nobody invited to Fabrikam');
}

function psRows(users: readonly User[], side: 'source' | 'target'): string[][] {
  const header =
    side === 'source'
      ? ['Id', 'UserPrincipalName', 'DisplayName', 'GivenName', 'Surname', 'Mail', 'ProxyAddresses', 'EmployeeId', 'OnPremisesImmutableId', 'UserType', 'AccountEnabled', 'Department']
      : ['Id', 'DisplayName', 'GivenName', 'Surname', 'UserPrincipalName', 'Mail', 'ProxyAddresses', 'EmployeeId', 'OnPremisesImmutableId', 'UserType', 'AccountEnabled', 'CompanyName'];
  const rows = users.map((u) => {
    const display = u.display ?? `${u.given} ${u.surname}`;
    const proxies = u.proxies.join(side === 'source' ? ';' : ' ');
    const enabled = u.enabled ? 'True' : 'False';
    return side === 'source'
      ? [u.id, u.upn, display, u.given, u.surname, u.mail, proxies, u.employeeId, u.immutableId, u.userType, enabled, u.extra]
      : [u.id, display, u.given, u.surname, u.upn, u.mail, proxies, u.employeeId, u.immutableId, u.userType, enabled, u.extra];
  });
  return [header, ...rows];
}

// A stable shuffle, so that the files are not in any helpful order.
function scramble<T>(items: readonly T[], seed: string): T[] {
  const keyed = items.map((item, i) => ({ item, k: createHash('sha1').update(`${seed}:${i}`).digest('hex') }));
  return keyed.sort((a, b) => (a.k < b.k ? -1 : 1)).map((x) => x.item);
}

mkdirSync(OUT, { recursive: true });
const sourceCsv = stringify(psRows(scramble(source, 'source'), 'source'), { delimiter: ';', quoted: true, quoted_empty: true, record_delimiter: 'windows' });
writeFileSync(new URL('source-users.csv', OUT), `\uFEFF#TYPE Selected.Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser\r\n${sourceCsv}`);
writeFileSync(new URL('target-users.csv', OUT), stringify(psRows(scramble(target, 'target'), 'target'), { quoted: true, quoted_empty: true, record_delimiter: 'windows' }));
const groups = demoGroups();
const sourceGroupsCsv = stringify(mgGroupRows(scramble(groups.source, 'source-groups')), { delimiter: ';', quoted: true, quoted_empty: true, record_delimiter: 'windows' });
writeFileSync(new URL('source-groups.csv', OUT), `\uFEFF#TYPE Selected.Microsoft.Graph.PowerShell.Models.MicrosoftGraphGroup\r\n${sourceGroupsCsv}`);
writeFileSync(new URL('target-groups.csv', OUT), stringify(entraGroupRows(scramble(groups.target, 'target-groups')), { record_delimiter: 'windows' }));
const truthRows = [
  ...truth.map((t) => [t.source, t.case, t.status, t.target, t.reason, t.story]),
  ...groups.truth.map((t) => [t.source.id, 'group', t.status, t.target?.id ?? '', t.reason, `${t.source.displayName}: ${t.story}`]),
];
writeFileSync(new URL('truth.csv', OUT), stringify([['source', 'case', 'status', 'target', 'reason', 'story'], ...truthRows]));
writeFileSync(
  new URL('ctmap.json', OUT),
  `${JSON.stringify(
    {
      sourceTenantId: SOURCE_TENANT_ID,
      domains: { 'contoso.com': 'fabrikam.com', 'contososales.com': 'fabrikam.com' },
      sourceUsers: 'source-users.csv',
      targetUsers: 'target-users.csv',
      sourceGroups: 'source-groups.csv',
      targetGroups: 'target-groups.csv',
      groups: { targetPrefixes: ['FAB '] },
    },
    null,
    2,
  )}\n`,
);
console.log(`fixtures/demo: ${source.length} source and ${target.length} target users, ${groups.source.length} source and ${groups.target.length} target groups, ${truthRows.length} truth rows`);
