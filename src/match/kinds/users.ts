// Users as a kind of the engine: person names normalized once, identifier rules through hash
// indexes (candidates/exact.ts) scored with the id-backed policy (score/identifier.ts), name
// candidates by blocking (names/), namesakes and numbered-UPN families as guards.

import type { Finding, Principal } from '../../model.js';
import { FINDING_SEVERITY } from '../../model.js';
import { exactCandidates, type SharedIds } from '../candidates/exact.js';
import type { MatchKind } from '../engine.js';
import { namesakesOf } from '../assign/namesakes.js';
import { numberedUpns } from '../assign/numbered-upns.js';
import type { BlockingStats } from '../names/blocking.js';
import { nameCandidates } from '../names/candidates.js';
import { nameFrequencies, type NameFrequencies } from '../names/features.js';
import { NameCache, personName, type PersonName } from '../names/person.js';
import type { DomainRules } from '../options.js';
import { scoreIdentifierPairs } from '../score/identifier.js';
import { negativeEvidence } from '../score/negative.js';

export interface UserContext {
  sources: readonly Principal[];
  targets: readonly Principal[];
  sourceNames: PersonName[];
  targetNames: PersonName[];
  /** Which identifier schemes the tenants share; set by the identifier stage. */
  shared: SharedIds;
  /** How name candidates were found; set by the name stage. */
  blocking: BlockingStats & { comparisons: number };
  /** Name frequencies across both tenants; set by the name stage, reused by near misses. */
  frequencies?: NameFrequencies;
}

export function userKind(domainRules: DomainRules): MatchKind<UserContext> {
  return {
    prepare(sources, targets, stage) {
      const context = stage('normalize', (): UserContext => {
        const cache = new NameCache();
        return {
          sources,
          targets,
          sourceNames: sources.map((p) => personName(p, cache)),
          targetNames: targets.map((p) => personName(p, cache)),
          shared: { employeeId: false, immutableId: false },
          blocking: { pairsByRule: {}, cappedBlocks: 0, largestBlocks: [], comparisons: 0 },
        };
      });
      return { context, mappable: sources, excluded: [], findings: [] };
    },
    identifiers(c, stage) {
      const { sources, targets } = c;
      const findings: Finding[] = [];
      const exact = stage('exact', () => exactCandidates(sources, targets, domainRules));
      c.shared = exact.shared;
      if (!exact.shared.employeeId && sources.some((s) => s.employeeId !== '') && targets.some((t) => t.employeeId !== '')) {
        findings.push({ code: 'ids-not-shared', severity: FINDING_SEVERITY['ids-not-shared'], column: 'employeeId' });
      }
      if (domainRules.size === 0) findings.push({ code: 'no-domain-rules', severity: FINDING_SEVERITY['no-domain-rules'] });
      const candidates = stage('score', () =>
        scoreIdentifierPairs(exact.pairs, { principals: sources, names: c.sourceNames }, { principals: targets, names: c.targetNames }, exact.shared),
      );
      return { candidates, findings };
    },
    namesSkipDuplicates: true,
    names(c, probe, allowed) {
      c.frequencies = nameFrequencies([...c.sourceNames, ...c.targetNames]);
      const found = nameCandidates({
        source: { principals: c.sources, names: c.sourceNames },
        target: { principals: c.targets, names: c.targetNames },
        probe,
        allowed,
        frequencies: c.frequencies,
        shared: c.shared,
      });
      c.blocking = { ...found.blocking, comparisons: found.comparisons };
      return found.bySource;
    },
    namesakes: (c) => [...namesakesOf(c.sources, c.sourceNames), ...namesakesOf(c.targets, c.targetNames)],
    numbered: (c) => [...numberedUpns(c.sources), ...numberedUpns(c.targets)],
    against: (c, s, t) => negativeEvidence(c.sources[s]!, c.targets[t]!, c.sourceNames[s]!, c.targetNames[t]!, c.shared),
  };
}
