// An attribute value in the form two tenants' values are compared in: '' when it says nothing.
// (Placeholder until phones are compared in E.164 form; see issue 13.)

import type { SupportingAttribute } from '../../model.js';

export function comparable(attribute: SupportingAttribute, value: string, region: string): string {
  void attribute;
  void region;
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
