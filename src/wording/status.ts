// The fix for each known cause of a failed move (facts §16.1, §16.6 item 7).

import type { FailureCause } from '../status/states.js';

const FIX: Record<FailureCause, string> = {
  'source-read-only': 'error -161: the source OneDrive is locked ReadOnly; set its lock state to Unlock, then run the retry script',
  'source-no-access': 'error -102: the source OneDrive is locked NoAccess (the user lost the licence that gives a OneDrive); licence the source user again, then run the retry script',
  'target-conflict': 'the target OneDrive exists: run ctmap preflight and 04-target-clear-onedrives.ps1 on the target, then run the retry script',
  'feature-not-enabled': 'the cross-tenant migration licence is not active yet: wait until it is (or assign it), then run the retry script',
};

export const causeFix = (cause: FailureCause): string => FIX[cause];
