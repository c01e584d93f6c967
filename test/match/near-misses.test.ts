// An unmatched user's row names the closest targets considered and why none was proposed
// (issue 10, item 11): bounded, deterministic, and explanation only.

import { describe, expect, it } from 'vitest';
import { MIN_CANDIDATE_SCORE } from '../../src/match/score/name-score.js';
import { NEAR_MISSES_SHOWN, withNearMisses } from '../../src/match/names/near-misses.js';
import { personName } from '../../src/match/names/person.js';
import { DEFAULT_GROUP_OPTIONS } from '../../src/match/options.js';
import { runMap } from '../../src/pipeline.js';
import { MIN_SCORE_SHOWN, nearMissText } from '../../src/wording/evidence.js';
import type { Assignment, Principal } from '../../src/model.js';
import { user } from '../helpers/principal.js';

const config = { sourceTenantId: 'b3f4c2a1-7d8e-4f90-a1b2-c3d4e5f60718', domainRules: new Map<string, string>(), policy: 'standard' as const, groups: DEFAULT_GROUP_OPTIONS };

const named = (tenant: 'source' | 'target', upn: string, givenName: string, surname: string, extra = {}) => user(tenant, upn, { givenName, surname, displayName: `${givenName} ${surname}`, ...extra });

describe('near misses of unmatched users', () => {
  it('the wording states the same minimum score the matcher uses', () => {
    expect(MIN_SCORE_SHOWN).toBe(MIN_CANDIDATE_SCORE);
  });

  it('a member whose only near namesake is a guest: type mismatch', () => {
    // A typo in the given name scores about 53; the member-to-guest penalty takes it below the minimum.
    const result = runMap({ sourceUsers: [named('source', 'ann.lee@contoso.com', 'Ann', 'Lee')], targetUsers: [named('target', 'ann_x#EXT#@fabrikam.com', 'Anne', 'Lee', { userType: 'Guest' })] }, config);
    const [a] = result.assignments;
    expect(a?.status).toBe('unmatched');
    expect(a?.nearMisses?.map((m) => [m.target.key, m.why, m.against])).toEqual([['ann_x#EXT#@fabrikam.com', 'against', ['member-to-guest']]]);
    expect(nearMissText(a!.nearMisses!)).toContain('type mismatch: member to guest');
  });

  it(`lists at most ${NEAR_MISSES_SHOWN}, closest first, ties by key, the same whatever the input order`, () => {
    const targets = ['d', 'b', 'a', 'c', 'e'].map((x) => named('target', `${x}@fabrikam.com`, 'Anne', 'Lee', { userType: 'Guest' }));
    const run = (list: typeof targets) => runMap({ sourceUsers: [named('source', 'ann.lee@contoso.com', 'Ann', 'Lee')], targetUsers: list }, config).assignments[0]?.nearMisses?.map((m) => m.target.key);
    expect(run(targets)).toEqual(['a@fabrikam.com', 'b@fabrikam.com', 'c@fabrikam.com']);
    expect(run([...targets].reverse())).toEqual(run(targets));
  });

  it('a target several sources propose names the same one of them whatever the input order', () => {
    // Two guests named Ann Lee both propose the one guest Ann Lee (ambiguous); member A. Lee,
    // below the minimum (member to guest), has it as a near miss that names who holds it.
    const guest = { userType: 'Guest' };
    const sources = [named('source', 'zed_x#EXT#@contoso.com', 'Ann', 'Lee', guest), named('source', 'abe_x#EXT#@contoso.com', 'Ann', 'Lee', guest), named('source', 'anna.lee@contoso.com', 'A.', 'Lee')];
    const targets = [named('target', 'ann_x#EXT#@fabrikam.com', 'Ann', 'Lee', guest)];
    const heldBy = (list: typeof sources) => {
      const unmatched = runMap({ sourceUsers: list, targetUsers: targets }, config).assignments.find((a) => a.source.key === 'anna.lee@contoso.com');
      return unmatched?.nearMisses?.map((m) => [m.target.key, m.why, m.other]);
    };
    expect(heldBy(sources)).toEqual([['ann_x#EXT#@fabrikam.com', 'taken', 'abe_x#EXT#@contoso.com']]);
    expect(heldBy([...sources].reverse())).toEqual(heldBy(sources));
  });

  it('gives each unmatched user the same near misses whether or not the assignments come in source order', () => {
    const guest = { userType: 'Guest' };
    const sources = [named('source', 'ann.lee@contoso.com', 'Ann', 'Lee'), named('source', 'bo.kim@contoso.com', 'Bo', 'Kim')];
    const targets = [named('target', 'ann_x#EXT#@fabrikam.com', 'Anne', 'Lee', guest), named('target', 'bo_x#EXT#@fabrikam.com', 'Bo', 'Kim', guest)];
    const unmatched = (source: Principal): Assignment => ({ source, status: 'unmatched', reason: 'no-candidate', best: undefined, runnerUp: undefined, competing: [] });
    const input = { sources, targets, sourceNames: sources.map((p) => personName(p)), targetNames: targets.map((p) => personName(p)), shared: { employeeId: false, immutableId: false }, duplicateTargets: new Set<number>() };
    const missesOf = (assignments: Assignment[]) => Object.fromEntries(withNearMisses({ ...input, assignments }).map((a) => [a.source.key, a.nearMisses?.map((m) => m.target.key)]));
    const inSourceOrder = missesOf(sources.map(unmatched));
    expect(inSourceOrder).toEqual({ 'ann.lee@contoso.com': ['ann_x#EXT#@fabrikam.com'], 'bo.kim@contoso.com': ['bo_x#EXT#@fabrikam.com'] });
    expect(missesOf(sources.map(unmatched).reverse())).toEqual(inSourceOrder);
  });

  it('matched and review rows carry none', () => {
    const result = runMap({ sourceUsers: [named('source', 'ann.lee@contoso.com', 'Ann', 'Lee', { employeeId: 'E1' })], targetUsers: [named('target', 'al@fabrikam.com', 'Ann', 'Lee', { employeeId: 'E1' })] }, config);
    expect(result.assignments[0]?.status).toBe('matched');
    expect(result.assignments[0]?.nearMisses).toBeUndefined();
  });
});
