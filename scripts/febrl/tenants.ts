// Febrl 4a → 4b as a source and a target tenant, in the variants the evaluation runs: names
// only, names + employee ID (soc_sec_id), names + UPNs built from the names, and names + address
// (Febrl's address as the supporting attributes streetAddress, city, postalCode and state).

import type { HrValues } from '../synthetic/hr-columns.js';
import type { SyntheticTenants, SyntheticUser } from '../synthetic/tenants.js';
import type { FebrlPairs, FebrlRecord } from './read.js';
import { localPartsFromNames } from './upn.js';

export const SOURCE_DOMAIN = 'contoso.example';
export const TARGET_DOMAIN = 'fabrikam.example';

export interface Variant {
  id: 'names' | 'names-employee-id' | 'names-upn' | 'names-address';
  title: string;
  /** EmployeeId = soc_sec_id on both sides. */
  employeeId: boolean;
  /** UPN local parts from the names (else u<row> / t<row>, which share nothing). */
  upnFromNames: boolean;
  /** Febrl's address (4b's corruptions included) as supporting attributes on both sides. */
  address: boolean;
  /** --domain rules. */
  domains: readonly string[];
}

export const VARIANTS: readonly Variant[] = [
  { id: 'names', title: 'names only', employeeId: false, upnFromNames: false, address: false, domains: [] },
  { id: 'names-employee-id', title: 'names + employee ID', employeeId: true, upnFromNames: false, address: false, domains: [] },
  { id: 'names-upn', title: 'names + UPN from names', employeeId: false, upnFromNames: true, address: false, domains: [`${SOURCE_DOMAIN}=${TARGET_DOMAIN}`] },
  { id: 'names-address', title: 'names + address', employeeId: false, upnFromNames: false, address: true, domains: [] },
];

export interface FebrlTenants extends SyntheticTenants {
  /** UPN (source or target) → the Febrl record it was made from. */
  records: Map<string, FebrlRecord>;
}

export function febrlTenants(pairs: FebrlPairs, variant: Variant): FebrlTenants {
  const records = new Map<string, FebrlRecord>();
  const side = (rows: readonly FebrlRecord[], prefix: string, domain: string): SyntheticUser[] => {
    const locals = variant.upnFromNames ? localPartsFromNames(rows, prefix) : rows.map((r) => `${prefix}${r.row}`);
    return rows.map((r, i) => {
      const upn = `${locals[i]!}@${domain}`;
      records.set(upn, r);
      const user: SyntheticUser = { upn, given: r.given, surname: r.surname, mail: '', proxies: [], employeeId: variant.employeeId ? r.socSecId : '' };
      if (variant.address) user.hr = addressAttributes(r);
      return user;
    });
  };
  // u and t: without a name-built UPN, no address links a source to its target.
  const source = side(pairs.originals, 'u', SOURCE_DOMAIN);
  const target = side(pairs.duplicates, 't', TARGET_DOMAIN);
  const targetOf = new Map(target.map((t) => [records.get(t.upn)!.person, t.upn]));
  const truth = new Map(source.map((s) => [s.upn, targetOf.get(records.get(s.upn)!.person)!]));
  return { source, target, truth, records, decoys: new Map(), traps: new Set() };
}

/** "8 stanley street, miami" as streetAddress; suburb, postcode and state as they are. */
export function addressAttributes(r: FebrlRecord): HrValues {
  const { streetNumber, address1, address2, suburb, postcode, state } = r.address;
  const street = [[streetNumber, address1].filter((v) => v !== '').join(' '), address2].filter((v) => v !== '').join(', ');
  return { streetAddress: street, city: suburb, postalCode: postcode, state };
}
