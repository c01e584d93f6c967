import type { Principal } from '../../src/model.js';

let line = 1;

/** A principal with every field empty but those given. */
export function user(tenant: 'source' | 'target', upn: string, fields: Partial<Principal> = {}): Principal {
  line++;
  return {
    kind: 'user',
    tenant,
    key: upn,
    id: '',
    upn,
    mail: '',
    proxies: [],
    otherMails: [],
    givenName: '',
    surname: '',
    displayName: '',
    employeeId: '',
    immutableId: '',
    userType: 'Member',
    enabled: true,
    mailNickname: '',
    groupTypes: [],
    securityEnabled: undefined,
    mailEnabled: undefined,
    membershipType: '',
    origin: { file: `${tenant}.csv`, line },
    ...fields,
  };
}

/** A group with every field empty but those given; the key is its object ID. */
export function group(tenant: 'source' | 'target', id: string, fields: Partial<Principal> = {}): Principal {
  return user(tenant, '', { kind: 'group', key: id, id, userType: '', enabled: undefined, ...fields });
}

/** Name fields of a person: given name, surname and the display name built from them. */
export function person(given: string, surname: string, more: Partial<Principal> = {}): Partial<Principal> {
  return { givenName: given, surname, displayName: `${given} ${surname}`, ...more };
}
