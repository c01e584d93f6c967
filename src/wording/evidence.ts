// Plain-language evidence for review.csv: "UPN equal after contoso.com→fabrikam.com; ...".

import type { Evidence, EvidenceRule, GroupClass, GroupNameLevel, IdentifierDetail, NameLevelId, NearMiss, ReasonCode } from '../model.js';

type Of<R extends EvidenceRule> = Extract<Evidence, { rule: R }>;

const EVIDENCE: { [R in EvidenceRule]: (e: Of<R>) => string } = {
  decision: (e) => `reviewer's decision (${e.verdict})`,
  'immutable-id': (e) => `on-premises immutable ID equal (${e.value})`,
  'employee-id': (e) => `employee ID equal (${e.value})`,
  'upn-domain': (e) => `UPN equal after ${e.from}→${e.to}`,
  address: (e) => `address equal: ${e.value} (source ${e.sourceField}, target ${e.targetField})`,
  'address-domain': (e) => `address equal after domain rewrite: ${e.value} → ${e.rewritten} (source ${e.sourceField}, target ${e.targetField})`,
  'guest-address': (e) => `guest's external address equal: ${e.value} (target ${e.targetField})`,
  'mail-nickname': (e) => `mail nickname equal (${e.value})`,
  'group-name': (e) => `group name ${GROUP_LEVELS[e.level]} ('${e.source}' / '${e.target}')`,
  // The two names are shown as exported; they are equal once folded (case, accents,
  // punctuation, word order), and "common" is a guess from how often each part occurs.
  'name-exact': (e) => {
    const d = `${e.source} / ${e.target}`;
    return `${sameName(d)}${e.strength === 'medium' ? ', and a rare one' : ', but its given name and surname are frequent enough that another person could share it'} (${shownOnce(d)})`;
  },
  'name-similar': (e) => `${LEVELS[e.level]}: ${e.source} / ${e.target}`,
  'employee-id-differs': (e) => `AGAINST: employee IDs differ (${e.source} ≠ ${e.target})`,
  'immutable-id-differs': (e) => `AGAINST: immutable IDs differ (${e.source} ≠ ${e.target})`,
  'member-to-guest': () => 'AGAINST: source is a member, target is a guest',
  'names-differ': (e) => `AGAINST: names differ (${e.source} ≠ ${e.target})`,
  'group-type-differs': (e) => `AGAINST: group types differ (${CLASS_NAMES[e.source]} → ${CLASS_NAMES[e.target]})`,
  'search-limited': (e) =>
    `note: the name search compared the ${e.compared.toLocaleString('en')} nearest of ${e.targets.toLocaleString('en')} target users sharing the key ${e.block}; the others were not compared`,
  'dynamic-membership': (e) => `note: target '${e.target}' has dynamic membership; its members come from a rule, not from the map`,
  // "UPN equal after contoso.com→fabrikam.com also points to john.smith@fabrikam.com: outweighed
  // by employee ID equal (E1) (→ john.smith.uk@fabrikam.com)"; when another source's pair took
  // the target, that source is named.
  outweighed: (e) =>
    e.bySource === ''
      ? `${identifierSentence(e.pointer)} also points to ${e.target}: outweighed by ${identifierSentence(e.by)} (→ ${e.byTarget})`
      : `${identifierSentence(e.pointer)} points to ${e.target}: outweighed by ${identifierSentence(e.by)} of ${e.bySource}`,
};

const identifierSentence = (d: IdentifierDetail): string => evidenceSentence({ ...d, strength: 'strong' });

const GROUP_LEVELS: Record<GroupNameLevel, string> = { exact: 'equal', 'same-words': 'same words', typo: 'equal but for a typo' };

const CLASS_NAMES: Record<GroupClass, string> = {
  m365: 'Microsoft 365',
  security: 'security',
  distribution: 'distribution list',
  unknown: 'unknown type',
};

// The two names joined as 'source / target'; written alike, they are shown once. Tested on the
// joined text, as review.csv has always shown it (a name holding ' / ' splits elsewhere).
const writtenAlike = (d: string): boolean => {
  const half = (d.length - 3) / 2;
  return Number.isInteger(half) && d.slice(half, half + 3) === ' / ' && d.slice(0, half) === d.slice(half + 3);
};
const sameName = (d: string): string => (writtenAlike(d) ? 'same full name' : 'same name once case, accents, punctuation and word order are folded');
const shownOnce = (d: string): string => (writtenAlike(d) ? d.slice(0, (d.length - 3) / 2) : d);

const LEVELS: Record<NameLevelId, string> = {
  exact: 'same name once case, accents, punctuation and word order are folded',
  swapped: 'given name and surname swapped',
  nickname: 'given names are nickname and name, surname equal',
  typo: 'names equal but for a typo',
  initial: 'initial and surname equal',
  'surname-part': 'given name equal, one surname part shared',
  'typo-both': 'given name and surname each within a typo',
  'given-missing': 'surname equal, given name missing on one side',
  'surname-missing': 'given name equal, surname missing on one side',
  'given-only': 'given name related, surname differs (a married name?)',
  'surname-only': 'surname related, given name differs',
  crossed: "one name appears in the other's other field (given name as surname)",
};

/** One piece of evidence in words, from its rule's data. */
export function evidenceSentence(e: Evidence): string {
  // The table is keyed by rule; TypeScript cannot tie e.rule to its entry's parameter.
  return (EVIDENCE[e.rule] as (e: Evidence) => string)(e);
}

export function evidenceText(evidence: readonly Evidence[]): string {
  const [only] = evidence;
  if (evidence.length === 1 && only) return evidenceSentence(only);
  return evidence.map(evidenceSentence).join('; ');
}

const REASONS: Record<ReasonCode, string> = {
  identifier: 'identifier evidence, unique on both sides',
  'name-unique': 'exact name, unique in both tenants, nothing against it (medium evidence)',
  'name-and-attributes': 'names and supporting attributes (phones, office, address, ...) agree far beyond chance, and no other candidate comes close',
  'attributes-against': 'exact name, unique in both tenants, but the supporting attributes disagree: needs a reviewer',
  'attributes-elsewhere': "another candidate's supporting attributes (a phone, an office) agree clearly better than the best name's: needs a reviewer",
  'name-variant': 'an exact name, but another target holds a variant of it (a nickname, a typo) who may be the person: needs a reviewer',
  'decision-accept': 'accepted by a reviewer',
  'decision-reject': 'rejected by a reviewer',
  'target-wanted-by-several': 'the target is wanted by several sources',
  'several-targets': 'identifiers point to several targets',
  contradicted: 'identifier evidence is contradicted',
  'duplicate-in-export': 'the source appears twice in its export',
  'target-duplicate-in-export': 'the target appears twice in its export',
  'target-taken': "the target is taken: a reviewer's decision maps it to another source",
  'name-only': 'names only: needs a reviewer',
  'near-tie': 'two candidates are nearly equally good',
  namesake: 'the same name is used by several accounts or groups in one tenant',
  'target-namesake': 'only a rewritten address speaks for the pair, and another target account has the same name (the runner-up): the preferred address may have gone to a namesake',
  'numbered-upn': 'numbered UPNs (john.smith, john.smith2) exist: addresses alone cannot tell which is which',
  'policy-strict': 'policy strict: names alone are never mapped',
  'no-candidate': 'no candidate worth proposing',
  'distribution-list': 'distribution lists cannot hold SharePoint permissions',
  'group-type-mismatch': 'group types differ',
  'target-alias-missing': 'the target Microsoft 365 group has no mail nickname in the export, and column 5 needs it: export mailNickname',
  'group-type-unknown': "the export does not say whether this is a Microsoft 365 group or a distribution list: needs a reviewer",
  'unsafe-value': 'a value of this pair cannot be written to identity-map.csv safely (see findings): kept out of the map',
  'unreadable-row': 'the export row could not be read as a principal (see findings): fix the row and export again',
};

const AGAINST: Partial<Record<EvidenceRule, string>> = {
  'employee-id-differs': 'employee IDs differ',
  'immutable-id-differs': 'immutable IDs differ',
  'member-to-guest': 'type mismatch: member to guest',
  'names-differ': 'names differ',
};

/** Evidence against a pair, in a few words. */
export const againstText = (rule: EvidenceRule): string => AGAINST[rule] ?? rule;

const WHY: Record<NearMiss['why'], (m: NearMiss) => string> = {
  'below-minimum': (m) => `score ${m.score}, below the minimum ${MIN_SCORE_SHOWN}`,
  taken: (m) => (m.otherStatus === 'matched' || m.otherStatus === 'decided' ? `taken by ${m.other ?? 'another source'}` : `proposed to ${m.other ?? 'another source'} (${m.otherStatus ?? 'review'})`),
  'target-duplicate': () => 'listed twice in the target export',
  against: (m) => (m.against ?? []).map(againstText).join(', '),
};

// The same minimum as match/score/name-score.ts MIN_CANDIDATE_SCORE; wording does not import
// matching code, and a test pins the two together.
export const MIN_SCORE_SHOWN = 25;

/** 'closest considered: a@x (typo: score 18, below the minimum 25); ...' */
export function nearMissText(misses: readonly NearMiss[]): string {
  if (misses.length === 0) return 'no target with a similar name was found';
  return `closest considered: ${misses.map((m) => `${m.target.key} (${LEVELS[m.level]}: ${WHY[m.why](m)})`).join('; ')}`;
}

export function reasonText(reason: ReasonCode): string {
  return REASONS[reason];
}
