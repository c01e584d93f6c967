import { describe, expect, it } from 'vitest';
import { classifyGroup } from '../src/group-class.js';

describe('classifyGroup (facts §9.3)', () => {
  it.each([
    { groupTypes: ['Unified'], securityEnabled: false, mailEnabled: true, expected: 'm365' },
    { groupTypes: ['Unified', 'DynamicMembership'], securityEnabled: true, mailEnabled: true, expected: 'm365' },
    { groupTypes: ['Microsoft', '365'], securityEnabled: undefined, mailEnabled: undefined, expected: 'm365' },
    { groupTypes: [], securityEnabled: true, mailEnabled: false, expected: 'security' },
    { groupTypes: [], securityEnabled: true, mailEnabled: true, expected: 'security' },
    { groupTypes: ['Mail-enabled', 'security'], securityEnabled: undefined, mailEnabled: undefined, expected: 'security' },
    { groupTypes: [], securityEnabled: false, mailEnabled: true, expected: 'distribution' },
    { groupTypes: ['Distribution'], securityEnabled: undefined, mailEnabled: undefined, expected: 'distribution' },
    { groupTypes: [], securityEnabled: undefined, mailEnabled: undefined, expected: 'unknown' },
    { groupTypes: undefined, securityEnabled: false, mailEnabled: true, expected: 'unknown' },
    { groupTypes: undefined, securityEnabled: true, mailEnabled: true, expected: 'unknown' },
    { groupTypes: undefined, securityEnabled: true, mailEnabled: false, expected: 'security' },
  ] as const)('$groupTypes security=$securityEnabled mail=$mailEnabled → $expected', ({ expected, ...flags }) => {
    expect(classifyGroup(flags)).toBe(expected);
  });
});
