// The library API, for people who script ctmap from Node: the pure pipeline and the readers
// and writers the CLI uses. Nothing here prints or exits.

export type { ConfigFile } from './config.js';
export type { DomainRules, MatchConfig, Policy } from './match/options.js';
export { parseDomainRules, parseTenantId } from './config.js';
export { CtmapError, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, type CtmapErrorCode } from './errors.js';
export { identityMapCsv, mapRows } from './emit/identity-map.js';
export { reviewCsv, reviewRows, REVIEW_COLUMNS } from './emit/review.js';
export { DEFAULT_GROUP_OPTIONS, type GroupOptions } from './match/options.js';
export type { Assignment, Candidate, Decision, Evidence, Finding, Principal, Status } from './model.js';
export { runMap, type MapInput, type MapResult } from './pipeline.js';
export { readDecisionsFile } from './read/decisions.js';
export { readExportBytes, readExportFile, type ExportRead } from './read/index.js';
export { errorMessage } from './wording/errors.js';
export { findingMessage } from './wording/findings.js';
