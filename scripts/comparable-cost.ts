// The cost of comparable() per call, printed once (not a test: speed is measured, never
// asserted). Run: npm run build && node dist/scripts/comparable-cost.js
// The values cycle through phones and text as admins write them, so no call repeats the last.

import { performance } from 'node:perf_hooks';
import { comparable } from '../src/match/attributes/normalize.js';
import type { SupportingAttribute } from '../src/model.js';

const CASES: Record<string, { attribute: SupportingAttribute; values: readonly string[]; region: string }> = {
  'phone, national (US)': { attribute: 'mobilePhone', values: ['425.555.0100', '(425) 555-0101', '425-555-0102 x12', '+1 425 555 0103'], region: 'US' },
  'phone, international (DE)': { attribute: 'businessPhone', values: ['+49 30 1234567', '030 1234568', '0049 30 1234569', '+49 (0)171 1234567'], region: 'DE' },
  'phone, no region': { attribute: 'businessPhone', values: ['425.555.0100', '030 1234568'], region: '' },
  'text, ASCII (job title)': { attribute: 'jobTitle', values: ['Senior Engineer', 'Sales Representative', 'HR Manager', 'Director'], region: '' },
  'text, punctuation/diacritics (department)': { attribute: 'department', values: ['R&D', 'Forschung & Entwicklung', 'Vertrieb/Süd', 'Sales, EMEA'], region: '' },
  country: { attribute: 'country', values: ['United States', 'Deutschland', 'UK', 'Germany'], region: '' },
  street: { attribute: 'streetAddress', values: ['1 Main Street', 'Leopoldstraße 5', '350 Fifth Avenue, Suite 3300', 'Unter den Linden 1'], region: '' },
  'postal code': { attribute: 'postalCode', values: ['98052', 'SW1A 1AA', '10117', 'K1A 0B1'], region: '' },
};

const CALLS = 200_000;
let sink = 0;
for (const [name, { attribute, values, region }] of Object.entries(CASES)) {
  for (let i = 0; i < 10_000; i++) sink += comparable(attribute, values[i % values.length]!, region).length;
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) sink += comparable(attribute, values[i % values.length]!, region).length;
  const us = ((performance.now() - start) * 1000) / CALLS;
  console.log(`${name.padEnd(44)} ${us.toFixed(2)} µs/call`);
}
if (sink < 0) console.log(sink);
