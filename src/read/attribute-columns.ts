// Header aliases of the supporting attributes (issue 13), the one place for them: the matcher's
// Principal.attributes and the pre-create export (user-attributes.ts) both resolve through here.
// Headers per flavour (facts §9.1, §9.3, §9.4, §16.5): Entra "Download users" (jobTitle,
// physicalDeliveryOfficeName or officeLocation, telephoneNumber, mobile or mobilePhone, companyName),
// Get-MgUser (PascalCase, BusinessPhones, MobilePhone, OfficeLocation), Get-AzureADUser
// (TelephoneNumber, Mobile, PhysicalDeliveryOfficeName, CompanyName), Get-MsolUser (Title, Office,
// PhoneNumber, MobilePhone), the bulk-create template ('Office phone [telephoneNumber]').
// None of these names a matching field's column (columns.ts); a test keeps it so.

import { SUPPORTING_ATTRIBUTES, type SupportingAttribute } from '../model.js';
import { headerKey, type Field } from './columns.js';

export const ATTRIBUTE_COLUMNS = [...SUPPORTING_ATTRIBUTES, 'usageLocation'] as const;
export type AttributeColumn = SupportingAttribute | 'usageLocation';

/** Extra header aliases from the config file, for matching fields and attributes alike. */
export type ColumnAliases = Partial<Record<Field | AttributeColumn, readonly string[]>>;

export const ATTRIBUTE_ALIASES: Readonly<Record<AttributeColumn, readonly string[]>> = {
  jobTitle: ['jobTitle', 'title'],
  department: ['department'],
  office: ['officeLocation', 'physicalDeliveryOfficeName', 'office'],
  company: ['companyName', 'company'],
  // Only when the admin exported it (Get-MgUser -ExpandProperty manager, or a joined UPN).
  manager: ['manager', 'managerUserPrincipalName', 'managerUpn'],
  streetAddress: ['streetAddress', 'street'],
  city: ['city'],
  state: ['state', 'state or province'],
  postalCode: ['postalCode', 'zip or postal code'],
  country: ['country', 'countryOrRegion', 'country or region'],
  businessPhone: ['businessPhones', 'telephoneNumber', 'phoneNumber', 'office phone', 'business phone'],
  mobilePhone: ['mobilePhone', 'mobile', 'mobile phone'],
  usageLocation: ['usageLocation'],
};

/** Attributes whose cells may hold a list (Graph's businessPhones): the first item is read. */
export const LIST_ATTRIBUTES: ReadonlySet<AttributeColumn> = new Set(['businessPhone']);

/**
 * Attributes that most rows share with many others (a city, a department): the reader keeps one
 * copy of each value, where csv-parse gives every cell its own string. Phones, streets and postal
 * codes are mostly unique and are kept as read.
 */
export const SHARED_VALUE_ATTRIBUTES: ReadonlySet<AttributeColumn> = new Set(['jobTitle', 'department', 'office', 'company', 'manager', 'city', 'state', 'country', 'usageLocation']);

/**
 * Column index per attribute the header has; attributes it lacks are left out. Extra aliases
 * (from the config file) are tried before the built-in ones.
 */
export function resolveAttributeColumns<A extends AttributeColumn>(header: readonly string[], attributes: readonly A[], extra: ColumnAliases = {}): Partial<Record<A, number>> {
  const keys = header.map(headerKey);
  const at: Partial<Record<A, number>> = {};
  for (const attribute of attributes) {
    const i = [...(extra[attribute] ?? []), ...ATTRIBUTE_ALIASES[attribute]].map(headerKey).map((k) => keys.indexOf(k)).find((x) => x >= 0);
    if (i !== undefined) at[attribute] = i;
  }
  return at;
}
