// The supporting attribute columns of the synthetic exports: Microsoft Graph's user property
// names (the reader matches headers without regard to case), written as Get-MgUser | Export-Csv
// capitalises them.

export const HR_COLUMNS = [
  'jobTitle',
  'department',
  'officeLocation',
  'companyName',
  'streetAddress',
  'city',
  'state',
  'postalCode',
  'country',
  'businessPhones',
  'mobilePhone',
  'usageLocation',
] as const;
export type HrColumn = (typeof HR_COLUMNS)[number];
export type HrValues = Partial<Record<HrColumn, string>>;

export const HR_HEADER: readonly string[] = HR_COLUMNS.map((c) => c[0]!.toUpperCase() + c.slice(1));
