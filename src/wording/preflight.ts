// What each preflight finding says: the problem and the fix (facts §2.1, §2.2, §7, §16.1, §16.6).

import type { PreflightCode, PreflightFinding } from '../preflight/check.js';

const what = (f: PreflightFinding) => (f.kind === 'onedrive' ? 'OneDrive' : 'site');
const mb = (f: PreflightFinding) => (f.storageMb === undefined ? 'unknown size' : `${f.storageMb} MB`);

const TEXT: Record<PreflightCode, { problem: (f: PreflightFinding) => string; fix: (f: PreflightFinding) => string }> = {
  'target-onedrive-exists': {
    problem: (f) => `the target OneDrive of ${f.target} already exists (${mb(f)}); the move fails and nothing is merged`,
    fix: () =>
      'run 04-target-clear-onedrives.ps1 on the target: with -Remove it deletes the empty ones (at most 1 MB); one with content is for a person to decide. Block OneDrive creation for the user and never use Request-SPOPersonalSite',
  },
  'target-site-exists': {
    problem: (f) => `the target site ${f.target} already exists (${mb(f)}); the move creates it and fails when it is there`,
    fix: () => 'choose another target URL in the sites list and run ctmap plan again, or remove the target site if nobody needs it',
  },
  'target-redirect-exists': {
    problem: (f) => `a redirect site (RedirectSite#0) occupies the target URL ${f.site ?? f.target}, left by an earlier move out of the target`,
    fix: () => 'remove the redirect on the target (Remove-SPOSite, then Remove-SPODeletedSite) before this move',
  },
  'source-read-only': {
    problem: (f) => `the source ${what(f)} ${f.site ?? f.source} is locked ReadOnly; the move fails (error -161)`,
    fix: () => 'set its lock state to Unlock in the SharePoint admin center, then start the move',
  },
  'source-no-access': {
    problem: (f) => `the source ${what(f)} ${f.site ?? f.source} is locked NoAccess; the move fails (error -102)`,
    fix: (f) =>
      f.kind === 'onedrive'
        ? 'the user lost the licence that gives a OneDrive (typical of leavers): licence the source user again, then start the move'
        : 'set its lock state to Unlock in the SharePoint admin center, then start the move',
  },
  'source-no-additions': {
    problem: (f) => `the source ${what(f)} ${f.site ?? f.source} is locked NoAdditions; moves need a read/write source`,
    fix: () => 'set its lock state to Unlock in the SharePoint admin center before the move',
  },
  'source-too-large': {
    problem: (f) => `the source ${what(f)} ${f.site ?? f.source} holds ${mb(f)}, over the 5 TB limit; the move times out and fails`,
    fix: () => 'reduce its content below 5 TB (and 1 million items, versions included) before the move',
  },
  'source-missing': {
    problem: (f) =>
      f.site !== undefined ? `the source has only a redirect at ${f.site}: the ${what(f)} was moved already` : `the source inventory has no ${what(f)} for ${f.source}: nothing to move`,
    fix: () => 'leave the move out of the lists and run ctmap plan again (or export the source inventory again if it is incomplete)',
  },
  'target-account-disabled': {
    problem: (f) => `the target account ${f.target} is disabled`,
    fix: () => 'enable the target account (and licence it) before the move',
  },
  'target-account-missing': {
    problem: (f) => `the target users export has no account ${f.target}`,
    fix: () => 'pre-create and licence the target user (step 4), or correct the map',
  },
};

export const preflightProblem = (f: PreflightFinding): string => TEXT[f.code].problem(f);
export const preflightFix = (f: PreflightFinding): string => TEXT[f.code].fix(f);
