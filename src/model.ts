// The data that flows between stages. Strings are '' when a value is absent, so that
// comparisons stay cheap on 200,000-row tenants.

export type Tenant = 'source' | 'target';
export type Kind = 'user' | 'group';

import type { FindingCore, FindingData, Origin, SeverityTable } from './findings.js';

export type { Origin, Severity } from './findings.js';

export type UserType = 'Member' | 'Guest' | '';

/** What a group is for the identity map (facts §9.3 classification). */
export type GroupClass = 'm365' | 'security' | 'distribution' | 'unknown';

/**
 * Supporting attributes (DESIGN "Supporting attributes"): they add to or take from a name match
 * and never map anyone alone. Their weights are learned per run (match/attributes/).
 */
export const SUPPORTING_ATTRIBUTES = [
  'jobTitle',
  'department',
  'office',
  'company',
  'manager',
  'streetAddress',
  'city',
  'state',
  'postalCode',
  'country',
  'businessPhone',
  'mobilePhone',
] as const;
export type SupportingAttribute = (typeof SUPPORTING_ATTRIBUTES)[number];

/** Attribute values as exported, trimmed; absent when empty. usageLocation gives a phone's region. */
export type SupportingValues = Readonly<Partial<Record<SupportingAttribute | 'usageLocation', string>>>;

export interface Principal {
  kind: Kind;
  tenant: Tenant;
  /** Key in review.csv and the map: UPN for users, object ID for groups, as exported. */
  key: string;
  /** Object ID, lowercase, without braces; '' when absent. */
  id: string;
  upn: string;
  mail: string;
  /** SMTP proxy addresses, lowercase, prefix stripped; the primary one first. */
  proxies: readonly string[];
  otherMails: readonly string[];
  givenName: string;
  surname: string;
  displayName: string;
  employeeId: string;
  immutableId: string;
  userType: UserType;
  enabled: boolean | undefined;
  mailNickname: string;
  /** Undefined when the export does not tell: no column, or Export-Csv wrote 'System.String[]'. */
  groupTypes: readonly string[] | undefined;
  securityEnabled: boolean | undefined;
  mailEnabled: boolean | undefined;
  membershipType: string;
  /** Users' supporting attributes; absent when the export has none. */
  attributes?: SupportingValues;
  origin: Origin;
}

export type Strength = 'final' | 'strong' | 'medium' | 'weak' | 'negative';

export type NameLevelId =
  | 'exact'
  | 'swapped'
  | 'nickname'
  | 'typo'
  | 'initial'
  | 'surname-part'
  | 'typo-both'
  | 'given-missing'
  | 'surname-missing'
  | 'given-only'
  | 'surname-only'
  | 'crossed';

/** A group name comparison that held: equal, the same words, or within a typo. */
export type GroupNameLevel = 'exact' | 'same-words' | 'typo';

/** Where an address was found: UPN, mail, proxy address, or a guest's external address. */
export type AddressField = 'upn' | 'mail' | 'proxy' | 'external';

/**
 * What a rule found, as data: the values the reviewer is shown, keyed by rule. Worded for
 * review.csv in wording/evidence.ts; the two names of a pair are display names as exported.
 */
export type EvidenceDetail =
  | { rule: 'decision'; verdict: Verdict }
  | IdentifierDetail
  /**
   * A note on the row: an identifier pointer (`pointer`, to `target`) that a stronger tier
   * explained away, by `by` on the pair `bySource` → `byTarget` (bySource '' for this row's source).
   */
  | { rule: 'outweighed'; pointer: IdentifierDetail; target: string; by: IdentifierDetail; bySource: string; byTarget: string }
  | { rule: 'group-name'; level: GroupNameLevel; source: string; target: string }
  | { rule: 'name-exact'; source: string; target: string }
  | { rule: 'name-similar'; level: NameLevelId; source: string; target: string }
  | { rule: 'employee-id-differs'; source: string; target: string }
  | { rule: 'immutable-id-differs'; source: string; target: string }
  | { rule: 'member-to-guest' }
  | { rule: 'names-differ'; source: string; target: string }
  | { rule: 'group-type-differs'; source: GroupClass; target: GroupClass }
  | { rule: 'dynamic-membership'; target: string }
  /**
   * A note on a name pair: the source's name search compared `compared` of the `targets`
   * principals sharing the blocking key `block`, the nearest names only (match/names/window.ts).
   */
  | { rule: 'search-limited'; block: string; targets: number; compared: number };

/** What an identifier rule found: the rules that rank in tiers (match/score/tiers.ts). */
export type IdentifierDetail =
  | { rule: 'immutable-id'; value: string }
  | { rule: 'employee-id'; value: string }
  | { rule: 'upn-domain'; from: string; to: string }
  | { rule: 'address'; value: string; sourceField: AddressField; targetField: AddressField }
  | { rule: 'address-domain'; value: string; rewritten: string; sourceField: AddressField; targetField: AddressField }
  | { rule: 'guest-address'; value: string; targetField: AddressField }
  | { rule: 'mail-nickname'; value: string };

export type EvidenceRule = EvidenceDetail['rule'];

/** One piece of evidence for or against a pair: the rule's data and how much it weighs. */
export type Evidence = EvidenceDetail & { strength: Strength };

/**
 * One term of a name candidate's score, for the reviewer: the name level's base, the common-name
 * penalty, a penalty per piece of evidence against, and each supporting attribute's learned weight.
 */
export type ScoreTerm =
  | { term: 'identifier'; points: number }
  | { term: 'name'; level: NameLevelId; points: number }
  | { term: 'common-name'; points: number }
  | { term: 'against'; rule: EvidenceRule; points: number }
  | { term: 'attribute'; attribute: SupportingAttribute; level: AttributeLevel; points: number };

/** How two values of one attribute compare: equal, close (a typo), or different; missing says nothing. */
export type AttributeLevel = 'equal' | 'close' | 'differs';

/** The learned weight of one level of one attribute (Splink's m and u; weight in bits). */
export interface AttributeWeight {
  attribute: SupportingAttribute;
  level: AttributeLevel;
  /** Share of settled pairs at this level, among those where both values are present. */
  m: number;
  /** Share of random pairs at this level, among those where both values are present. */
  u: number;
  /** log2(m/u), bounded; 0 when the attribute could not be learned. */
  weight: number;
}

export interface Candidate {
  source: Principal;
  target: Principal;
  evidence: Evidence[];
  /** 0..100 for names and identifiers (100); attribute weights may take a name candidate past 100. */
  score: number;
  /** How a name candidate's score was made; absent for identifier pairs (100). */
  terms?: readonly ScoreTerm[];
  /** The exact rule or blocking key that produced the pair. */
  foundBy: string;
}

export type Status = 'matched' | 'decided' | 'review' | 'ambiguous' | 'conflict' | 'unmatched' | 'excluded';

export const STATUSES: readonly Status[] = ['matched', 'decided', 'review', 'ambiguous', 'conflict', 'unmatched', 'excluded'];

export type ReasonCode =
  | 'identifier'
  | 'name-unique'
  | 'name-and-attributes'
  | 'attributes-against'
  | 'attributes-elsewhere'
  | 'name-variant'
  | 'decision-accept'
  | 'decision-reject'
  | 'target-wanted-by-several'
  | 'several-targets'
  | 'contradicted'
  | 'duplicate-in-export'
  | 'target-duplicate-in-export'
  | 'target-taken'
  | 'name-only'
  | 'near-tie'
  | 'namesake'
  | 'target-namesake'
  | 'numbered-upn'
  | 'policy-strict'
  | 'no-candidate'
  | 'distribution-list'
  | 'group-type-mismatch'
  | 'group-type-unknown'
  | 'target-alias-missing'
  // issue 10 (map side): a principal kept out of the map because a row could not be written
  // safely, and a source row the reader could not turn into a principal.
  | 'unsafe-value'
  | 'unreadable-row';

/** The statuses whose row names a target: the map is written from these. */
export type TargetStatus = 'matched' | 'decided';

export const TARGET_STATUSES: readonly TargetStatus[] = ['matched', 'decided'];

interface AssignmentBase {
  source: Principal;
  reason: ReasonCode;
  runnerUp: Candidate | undefined;
  /** Other principals involved in an ambiguity or conflict, by key. */
  competing: readonly string[];
  /** A reviewer asked for this source's account to be pre-created; kept while it has no target. */
  requested?: 'create';
  /** For an unmatched user: the closest targets considered, and why none was proposed. */
  nearMisses?: readonly NearMiss[];
}

/** Matched or decided: the row goes to the map, so the target is always there. */
export interface TargetedAssignment extends AssignmentBase {
  status: TargetStatus;
  /** The assigned target. */
  best: Candidate;
}

/** Every other status: the best candidate, when there is one, is for the reviewer. */
export interface OpenAssignment extends AssignmentBase {
  status: Exclude<Status, TargetStatus>;
  best: Candidate | undefined;
}

/** One decision per source principal, keyed by status. */
export type Assignment = TargetedAssignment | OpenAssignment;

/** True when the assignment names the target the map row is written for. */
export function isTargeted(a: Assignment): a is TargetedAssignment {
  return a.status === 'matched' || a.status === 'decided';
}

/** True when some evidence speaks against the pair. */
export function hasAgainst(c: Candidate): boolean {
  return c.evidence.some((e) => e.strength === 'negative');
}

/** A target considered for an unmatched source but not proposed, and why. */
export interface NearMiss {
  target: Principal;
  score: number;
  level: NameLevelId;
  why: 'below-minimum' | 'taken' | 'target-duplicate' | 'against';
  /** For 'taken': the source that holds the target, and that source's status. */
  other?: string;
  otherStatus?: Status;
  /** For 'against': the evidence against the pair. */
  against?: readonly EvidenceRule[];
}

export type FindingCode =
  | 'duplicate-key'
  | 'duplicate-object-id'
  | 'ragged-row'
  | 'multi-value-lost'
  | 'question-marks'
  | 'decoded-as-windows-1252'
  | 'blank-key'
  | 'invalid-object-id'
  | 'empty-requested-column'
  | 'no-domain-rules'
  | 'ids-not-shared'
  | 'apostrophe-in-upn'
  | 'target-disabled'
  | 'member-to-guest'
  | 'distribution-list'
  | 'group-type-unknown'
  | 'm365-alias-dot'
  | 'decision-source-gone'
  | 'decision-target-gone'
  | 'decision-breaks-one-to-one'
  | 'decision-contradictory'
  | 'decision-invalid'
  // issue 10 (map side)
  | 'unsafe-map-value'
  | 'domain-rules-proposed';

/** What map finds in its inputs and decisions: the finding core with the export's column name. */
export interface Finding extends FindingCore<FindingCode> {
  column?: string;
  tenant?: Tenant;
  /** Key of the principal concerned, when there is one. */
  principal?: string;
  data?: FindingData;
}

// invalid-object-id is the one code whose severity depends on the row: a group's object ID is
// the map's key, so the reader raises it to an error for groups (read/principals.ts).
export const FINDING_SEVERITY: SeverityTable<FindingCode> = {
  'duplicate-key': 'error',
  'duplicate-object-id': 'error',
  'ragged-row': 'error',
  'multi-value-lost': 'warning',
  'question-marks': 'warning',
  'decoded-as-windows-1252': 'info',
  'blank-key': 'error',
  'invalid-object-id': 'warning',
  'empty-requested-column': 'info',
  'no-domain-rules': 'info',
  'ids-not-shared': 'info',
  'apostrophe-in-upn': 'error',
  'target-disabled': 'warning',
  'member-to-guest': 'warning',
  'distribution-list': 'info',
  'group-type-unknown': 'warning',
  'm365-alias-dot': 'error',
  'decision-source-gone': 'error',
  'decision-target-gone': 'error',
  'decision-breaks-one-to-one': 'error',
  'decision-contradictory': 'error',
  'decision-invalid': 'error',
  'unsafe-map-value': 'error',
  'domain-rules-proposed': 'info',
};

/** accept and reject decide the map; create asks `ctmap export` to pre-create the source's account (step 4). */
export type Verdict = 'accept' | 'reject' | 'create';

/** A reviewer's decision from the decision column of a review.csv, keyed by kind and keys. */
export interface Decision {
  kind: Kind;
  /** Source key as written: UPN for users, object ID for groups. */
  source: string;
  /** Target key as written; for accept the target to map to, for reject only informative. */
  target: string;
  verdict: Verdict;
  /** The row of the decisions file; reported in findings, never written to review.csv. */
  origin: Origin;
}
