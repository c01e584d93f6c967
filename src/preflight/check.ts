// Readiness of every planned move from the two site inventories (facts §2.1, §2.2, §7, §16.1,
// §16.2, §16.6): one finding per problem that would make a move fail or lose something. Pure:
// inputs in, sorted findings out; wording in wording/preflight.ts.

import type { MoveKind } from '../plan/types.js';
import type { PlannedMove } from '../read/plan-folder.js';
import { isOneDrive, isRedirect, urlKey, type InventorySite } from '../read/site-inventory.js';
import { MOVE_KINDS } from '../plan/types.js';

export type PreflightCode =
  | 'target-onedrive-exists'
  | 'target-site-exists'
  | 'target-redirect-exists'
  | 'source-read-only'
  | 'source-no-access'
  | 'source-no-additions'
  | 'source-too-large'
  | 'source-missing'
  | 'target-account-disabled'
  | 'target-account-missing';

export type PreflightSeverity = 'blocker' | 'warning';

export interface PreflightFinding {
  code: PreflightCode;
  severity: PreflightSeverity;
  wave: number;
  kind: MoveKind;
  source: string;
  target: string;
  /** The site or OneDrive concerned, as its inventory lists it. */
  site?: string;
  /** StorageUsageCurrent of that site, MB, when known. */
  storageMb?: number;
}

export interface TargetAccount {
  upn: string;
  enabled: boolean | undefined;
}

export interface PreflightInput {
  moves: readonly PlannedMove[];
  sourceSites: readonly InventorySite[];
  targetSites: readonly InventorySite[];
  /** The target users export, when given: every OneDrive target must exist and be enabled. */
  targetUsers?: readonly TargetAccount[];
}

export interface PreflightResult {
  findings: PreflightFinding[];
  /** Moves the inventories cannot speak for: group-connected sites are listed by URL, not alias. */
  notChecked: number;
}

/** 5 TB per OneDrive or site (facts §2.1, §2.2), in the MB of StorageUsageCurrent. */
export const MAX_STORAGE_MB = 5 * 1024 * 1024;

const SEVERITY: Record<PreflightCode, PreflightSeverity> = {
  'target-onedrive-exists': 'blocker',
  'target-site-exists': 'blocker',
  'target-redirect-exists': 'blocker',
  'source-read-only': 'blocker',
  'source-no-access': 'blocker',
  'source-no-additions': 'warning',
  'source-too-large': 'blocker',
  'source-missing': 'blocker',
  'target-account-disabled': 'blocker',
  'target-account-missing': 'blocker',
};

// LockState values of SPOSite (facts §16.2), compared case-insensitively.
const LOCKS: Record<string, PreflightCode> = { readonly: 'source-read-only', noaccess: 'source-no-access', noadditions: 'source-no-additions' };

/** The /personal/ segment of a OneDrive URL from a UPN: '@' and '.' become '_' (a heuristic, facts §10). */
export function personalSegment(upn: string): string {
  return upn.toLowerCase().replace(/[@.]/g, '_');
}

class SiteIndex {
  private readonly byUrl = new Map<string, InventorySite>();
  private readonly byOwner = new Map<string, InventorySite>();
  private readonly byPersonal = new Map<string, InventorySite>();

  constructor(sites: readonly InventorySite[]) {
    // Sorted by URL, so when an owner has two OneDrives the same one is found whatever the order.
    for (const site of [...sites].sort((a, b) => (urlKey(a.url) < urlKey(b.url) ? -1 : urlKey(a.url) > urlKey(b.url) ? 1 : 0))) {
      const key = urlKey(site.url);
      if (!this.byUrl.has(key)) this.byUrl.set(key, site);
      const personal = /\/personal\/([^/]+)$/.exec(key)?.[1];
      if (personal !== undefined && !this.byPersonal.has(personal)) this.byPersonal.set(personal, site);
      if (isOneDrive(site) && site.owner !== undefined && !this.byOwner.has(site.owner.toLowerCase())) this.byOwner.set(site.owner.toLowerCase(), site);
    }
  }

  site(url: string): InventorySite | undefined {
    return this.byUrl.get(urlKey(url));
  }

  /** The user's OneDrive by Owner, else by the URL heuristic; a redirect there too. */
  oneDrive(upn: string): InventorySite | undefined {
    return this.byOwner.get(upn.toLowerCase()) ?? this.byPersonal.get(personalSegment(upn));
  }
}

export function preflight(input: PreflightInput): PreflightResult {
  const source = new SiteIndex(input.sourceSites);
  const target = new SiteIndex(input.targetSites);
  const accounts = input.targetUsers && new Map(input.targetUsers.map((u) => [u.upn.toLowerCase(), u]));
  const findings: PreflightFinding[] = [];
  let notChecked = 0;

  for (const move of input.moves) {
    const add = (code: PreflightCode, site?: InventorySite) =>
      findings.push({
        code,
        severity: SEVERITY[code],
        wave: move.wave,
        kind: move.kind,
        source: move.source,
        target: move.target,
        ...(site && { site: site.url }),
        ...(site?.storageMb !== undefined && { storageMb: site.storageMb }),
      });
    if (move.kind === 'group-site') {
      notChecked++;
      continue;
    }
    const from = move.kind === 'onedrive' ? source.oneDrive(move.source) : source.site(move.source);
    if (from === undefined || isRedirect(from)) add('source-missing', from);
    else {
      const lock = LOCKS[(from.lockState ?? '').toLowerCase()];
      if (lock) add(lock, from);
      if (from.storageMb !== undefined && from.storageMb > MAX_STORAGE_MB) add('source-too-large', from);
    }
    const to = move.kind === 'onedrive' ? target.oneDrive(move.target) : target.site(move.target);
    if (to !== undefined) add(isRedirect(to) ? 'target-redirect-exists' : move.kind === 'onedrive' ? 'target-onedrive-exists' : 'target-site-exists', to);
    if (move.kind === 'onedrive' && accounts) {
      const account = accounts.get(move.target.toLowerCase());
      if (account === undefined) add('target-account-missing');
      else if (account.enabled === false) add('target-account-disabled');
    }
  }
  const kindOrder = (k: MoveKind) => MOVE_KINDS.indexOf(k);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  findings.sort((a, b) => a.wave - b.wave || kindOrder(a.kind) - kindOrder(b.kind) || cmp(a.source.toLowerCase(), b.source.toLowerCase()) || cmp(a.code, b.code));
  return { findings, notChecked };
}
