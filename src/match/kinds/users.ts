// Users as a kind of the engine: person names normalized once, identifier rules through hash
// indexes (candidates/exact.ts) scored with the id-backed policy (score/identifier.ts), name
// candidates by blocking (names/), namesakes and numbered-UPN families as guards.

import type { Finding, Principal } from '../../model.js';
import { FINDING_SEVERITY } from '../../model.js';
import { weighCandidates, weigherOf } from '../attributes/apply.js';
import { learnWeights, NO_ATTRIBUTES, type AttributeModel } from '../attributes/learn.js';
import { AttributeValues, attributesPresent } from '../attributes/values.js';
import { exactCandidates, type SharedIds } from '../candidates/exact.js';
import type { MatchKind } from '../engine.js';
import { namesakesOf } from '../assign/namesakes.js';
import { numberedUpns } from '../assign/numbered-upns.js';
import type { BlockingStats } from '../names/blocking.js';
import { nameCandidates } from '../names/candidates.js';
import { nameFrequencies, type NameFrequencies } from '../names/features.js';
import { KEEP, MIN_CANDIDATE_SCORE } from '../score/name-score.js';
import { attributeCandidates } from '../attributes/candidates.js';
import { FullNameIndex, sameNameCandidates } from '../names/same-name.js';
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
  /** How often each name occurs in both tenants; computed once, when first needed. */
  frequencies?: NameFrequencies;
  /** The target names by full name, for the target-namesake rule; built when first needed. */
  targetFullNames?: FullNameIndex;
  /** How name candidates were found; set by the name stage. */
  blocking: BlockingStats & { comparisons: number };
  /** The supporting attributes' learned weights; set by the attribute stage. */
  attributes: AttributeModel;
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
          blocking: { pairsByRule: {}, cappedBlocks: 0, cappedSources: 0, largestBlocks: [], comparisons: 0 },
          attributes: NO_ATTRIBUTES,
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
      const found = nameCandidates({
        source: { principals: c.sources, names: c.sourceNames },
        target: { principals: c.targets, names: c.targetNames },
        probe,
        allowed,
        frequencies: frequenciesOf(c),
        shared: c.shared,
      });
      c.blocking = { ...found.blocking, comparisons: found.comparisons };
      return found.bySource;
    },
    weigh(c, { settled, names, probe, allowed }) {
      const attributes = attributesPresent(c.sources, c.targets);
      if (attributes.length === 0) return { names: [...names], one: (x) => x };
      const sourceValues = new AttributeValues();
      const targetValues = new AttributeValues();
      const model = learnWeights({ attributes, sources: c.sources, targets: c.targets, settled: settled.pairs, settledBy: settled, sourceValues, targetValues });
      c.attributes = model;
      const more = attributeCandidates({ ...c, frequencies: frequenciesOf(c), model, sourceValues, targetValues, probe, allowed, known: names });
      const weigher = weigherOf(model, sourceValues, targetValues);
      return {
        names: names.map((list, i) => {
          const extra = more.get(i);
          const weighed = weighCandidates(extra ? [...list, ...extra] : list, weigher);
          return extra ? weighed.filter((x) => x.score >= MIN_CANDIDATE_SCORE).slice(0, KEEP) : weighed;
        }),
        one: (x) => weighCandidates([x], weigher)[0]!,
      };
    },
    sameNameTargets: (c, probe, identifier) =>
      sameNameCandidates(
        {
          sources: c.sources,
          sourceNames: c.sourceNames,
          targets: c.targets,
          targetNames: c.targetNames,
          index: (c.targetFullNames ??= new FullNameIndex(c.targetNames)),
          frequencies: frequenciesOf(c),
          shared: c.shared,
        },
        probe,
        identifier,
      ),
    namesakes: (c) => [...namesakesOf(c.sources, c.sourceNames), ...namesakesOf(c.targets, c.targetNames)],
    numbered: (c) => [...numberedUpns(c.sources), ...numberedUpns(c.targets)],
    against: (c, s, t) => negativeEvidence(c.sources[s]!, c.targets[t]!, c.sourceNames[s]!, c.targetNames[t]!, c.shared),
  };
}

const frequenciesOf = (c: UserContext): NameFrequencies => (c.frequencies ??= nameFrequencies([...c.sourceNames, ...c.targetNames]));
