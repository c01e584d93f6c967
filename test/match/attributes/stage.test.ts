import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/model.js';
import { runMap } from '../../../src/pipeline.js';
import { matchConfig } from '../../helpers/config.js';
import { person, user } from '../../helpers/principal.js';
import { hrPerson, lcg, settledTenants, values } from './hr-tenants.js';

const config = matchConfig();

function run(extraSources: Principal[], extraTargets: Principal[], shuffle = false) {
  const { sources, targets } = settledTenants(400);
  const s = [...sources, ...extraSources];
  const t = [...targets, ...extraTargets];
  if (shuffle) {
    s.reverse();
    t.reverse();
  }
  return runMap({ sourceUsers: s, targetUsers: t }, config);
}

function statusOf(result: ReturnType<typeof runMap>, upn: string) {
  const a = result.assignments.find((x) => x.source.upn === upn)!;
  return { status: a.status, reason: a.reason, target: a.best?.target.upn };
}

// Probes carry no employee ID and UPNs that no domain rule rewrites onto a target.
const random = lcg(99);
const robert = hrPerson(random, 5001);
const other = hrPerson(random, 5002);
const ann = hrPerson(random, 5003);
const ann2 = hrPerson(random, 5004);
const married = hrPerson(random, 5005);
const sibling = hrPerson(random, 5006);
const maria = hrPerson(random, 5007);
const jan = hrPerson(random, 5008);

const probes = {
  sources: [
    user('source', 'rquist@contoso.com', person('Robert', 'Quist', { attributes: values(robert, random) })),
    user('source', 'a.holm.1@contoso.com', person('Ann', 'Holm', { attributes: values(ann, random) })),
    user('source', 'a.holm.2@contoso.com', person('Ann', 'Holm', { attributes: values(ann2, random) })),
    user('source', 'oskar.lind@contoso.com', person('Oskar', 'Lindqvist', { attributes: values(other, random) })),
    user('source', 'karin.dahl@contoso.com', person('Karin', 'Dahl', { attributes: values(married, random) })),
    user('source', 'nils.berg@contoso.com', person('Nils', 'Berg', { attributes: values(sibling, random) })),
    user('source', 'maria.lopez@contoso.com', person('Maria', 'Lopez', { attributes: values(maria, random) })),
    user('source', 'jan.kowal@contoso.com', person('Jan', 'Kowal', { attributes: values(jan, random) })),
  ],
  targets: [
    // The true account got a nickname; an unrelated "Robert Quist" joined the target.
    user('target', 'bob.q@fabrikam.com', person('Bob', 'Quist', { attributes: values(robert, random) })),
    user('target', 'robert.quist@fabrikam.com', person('Robert', 'Quist', { attributes: values(hrPerson(random, 6001), random) })),
    user('target', 'holm.a@fabrikam.com', person('Ann', 'Holm', { attributes: values(ann2, random) })),
    user('target', 'annholm@fabrikam.com', person('Ann', 'Holm', { attributes: values(ann, random) })),
    // Same unique name, nothing else in common.
    user('target', 'o.lindqvist@fabrikam.com', person('Oskar', 'Lindqvist', { attributes: values(hrPerson(random, 6002), random) })),
    // Married since: the surname changed, nothing in the names blocks finds her.
    user('target', 'k.moen@fabrikam.com', person('Karin', 'Moen', { attributes: values(married, random) })),
    // The surname and every attribute agree, the given name does not.
    user('target', 'eva.berg@fabrikam.com', person('Eva', 'Berg', { attributes: values(sibling, random) })),
    // Issue 13 case 3: the preferred UPN went to a new hire; the person's account is mlopez.
    user('target', 'maria.lopez@fabrikam.com', person('Maria', 'Lopez', { attributes: values(hrPerson(random, 6003), random) })),
    user('target', 'mlopez@fabrikam.com', person('Maria', 'Lopez', { attributes: values(maria, random) })),
    // The other way round: the rewritten UPN is the person, the namesake a newcomer.
    user('target', 'jan.kowal@fabrikam.com', person('Jan', 'Kowal', { attributes: values(jan, random) })),
    user('target', 'jkowal@fabrikam.com', person('Jan', 'Kowal', { attributes: values(hrPerson(random, 6004), random) })),
  ],
};

describe('supporting attributes', () => {
  const result = run(probes.sources, probes.targets);

  it('learns the weights from the pairs employee IDs settled', () => {
    expect(result.attributes.settled).toEqual({ identifiers: 400, names: 0, sampled: 400 });
    const weight = (attribute: string, level: string) =>
      result.attributes.attributes.find((a) => a.attribute === attribute)!.levels.find((l) => l.level === level)!.weight;
    expect(weight('mobilePhone', 'equal')).toBeGreaterThan(8);
    expect(weight('office', 'equal')).toBeGreaterThan(2);
    expect(weight('office', 'differs')).toBeLessThan(-4);
    // Reorganised at the merger: it agrees no more often for true pairs than for random ones.
    expect(Math.abs(weight('department', 'equal'))).toBeLessThan(0.5);
  });

  it('a nickname with the same phone, office and title is mapped, past an unrelated exact namesake', () => {
    expect(statusOf(result, 'rquist@contoso.com')).toEqual({ status: 'matched', reason: 'name-and-attributes', target: 'bob.q@fabrikam.com' });
  });

  it('two namesakes on both sides are told apart by their attributes', () => {
    expect(statusOf(result, 'a.holm.1@contoso.com')).toEqual({ status: 'matched', reason: 'name-and-attributes', target: 'annholm@fabrikam.com' });
    expect(statusOf(result, 'a.holm.2@contoso.com')).toEqual({ status: 'matched', reason: 'name-and-attributes', target: 'holm.a@fabrikam.com' });
  });

  it('a unique exact name that the attributes contradict goes to a reviewer', () => {
    expect(statusOf(result, 'oskar.lind@contoso.com')).toEqual({ status: 'review', reason: 'attributes-against', target: 'o.lindqvist@fabrikam.com' });
  });

  it('finds a married name through a shared phone, and maps it when the attributes are overwhelming', () => {
    expect(statusOf(result, 'karin.dahl@contoso.com')).toEqual({ status: 'matched', reason: 'name-and-attributes', target: 'k.moen@fabrikam.com' });
    const a = result.assignments.find((x) => x.source.upn === 'karin.dahl@contoso.com')!;
    expect(a.best!.foundBy).toBe('attributes:mobilePhone');
  });

  it('never maps on the surname alone, whatever the attributes say', () => {
    expect(statusOf(result, 'nils.berg@contoso.com')).toEqual({ status: 'review', reason: 'name-only', target: 'eva.berg@fabrikam.com' });
  });

  it('keeps a rewritten UPN in doubt when the namesake holds the attributes (case 3)', () => {
    expect(statusOf(result, 'maria.lopez@contoso.com')).toEqual({ status: 'ambiguous', reason: 'target-namesake', target: 'maria.lopez@fabrikam.com' });
  });

  it('lifts the doubt on a rewritten UPN when the attributes settle who is who', () => {
    expect(statusOf(result, 'jan.kowal@contoso.com')).toEqual({ status: 'matched', reason: 'identifier', target: 'jan.kowal@fabrikam.com' });
    const a = result.assignments.find((x) => x.source.upn === 'jan.kowal@contoso.com')!;
    expect(a.best!.terms![0]).toEqual({ term: 'identifier', points: 100 });
  });

  it('shows the arithmetic as terms that add up to the score', () => {
    const a = result.assignments.find((x) => x.source.upn === 'rquist@contoso.com')!;
    const terms = a.best!.terms!;
    expect(terms.map((t) => t.term)).toContain('attribute');
    const sum = terms.reduce((x, t) => x + Math.round(t.points * 10), 0) / 10;
    expect(a.best!.score).toBe(sum);
  });

  it('gives the same weights and decisions whatever the input order', () => {
    const shuffled = run(probes.sources, probes.targets, true);
    expect(shuffled.attributes).toEqual(result.attributes);
    const key = (r: ReturnType<typeof runMap>) => r.assignments.map((a) => [a.source.upn, a.status, a.best?.target.upn, a.best?.score]);
    expect(key(shuffled)).toEqual(key(result));
  });

  it('without attributes, nothing is learned and scores are the names alone', () => {
    const plain = runMap({ sourceUsers: [user('source', 'x@contoso.com', person('Ann', 'Holm'))], targetUsers: [user('target', 'y@fabrikam.com', person('Ann', 'Holm'))] }, config);
    expect(plain.attributes.attributes).toEqual([]);
    expect(plain.assignments[0]!.best!.terms!.every((t) => t.term !== 'attribute')).toBe(true);
  });
});
