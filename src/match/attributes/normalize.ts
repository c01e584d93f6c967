// An attribute value in the form two tenants' values are compared in: '' when it says nothing.
// (Placeholder until phones are compared in E.164 form; see issue 13.)

import type { SupportingAttribute, SupportingValues } from '../../model.js';

export function comparable(attribute: SupportingAttribute, value: string, region: string): string {
  void region;
  const folded = value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (attribute === 'businessPhone' || attribute === 'mobilePhone') {
    const digits = folded.replace(/\D/g, '');
    return digits.length >= 7 ? digits.slice(-9) : '';
  }
  if (attribute === 'postalCode') return folded.replace(/[^a-z0-9]/g, '').toUpperCase();
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function regionOf(values: SupportingValues): string {
  const usage = values.usageLocation ?? '';
  return /^[A-Za-z]{2}$/.test(usage) ? usage.toUpperCase() : '';
}
