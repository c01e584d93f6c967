// The groups to pre-create (step 4, facts §3): Microsoft 365 groups with New-UnifiedGroup and
// the source's access type, Private when the export does not tell; security groups with
// New-MgGroup. Every value is checked before it can reach the script.

import { classifyGroup } from '../../group-class.js';
import type { Principal } from '../../model.js';
import type { GroupAttributes } from '../../read/group-attributes.js';
import type { ReviewEntry } from '../../read/run-folder.js';
import { shapeProblem } from '../../read/shapes.js';
import { EXPORTED_STATUSES } from '../pairs.js';
import type { ExportFinding } from '../types.js';

export interface NewM365Group {
  source: string;
  displayName: string;
  alias: string;
  accessType: 'Public' | 'Private';
  mailboxRegion: string;
}

export interface NewSecurityGroup {
  source: string;
  displayName: string;
  mailNickname: string;
}

export interface GroupsInput {
  /** The review rows of the groups asked for. */
  wanted: readonly ReviewEntry[];
  reviewFile: string;
  sources: readonly Principal[];
  attributesOf: (group: Principal) => GroupAttributes;
  /** --mailbox-region, for groups whose export names no preferred data location. */
  mailboxRegion: string | undefined;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const REGION = /^[A-Z]{3}$/;

export function groupsToCreate(input: GroupsInput): { m365: NewM365Group[]; security: NewSecurityGroup[]; findings: ExportFinding[] } {
  const findings: ExportFinding[] = [];
  const byId = new Map(input.sources.map((g) => [g.id, g]));
  const m365: NewM365Group[] = [];
  const security: NewSecurityGroup[] = [];
  for (const r of input.wanted) {
    const note = (code: ExportFinding['code'], severity: ExportFinding['severity'], data?: ExportFinding['data']) =>
      findings.push({ code, severity, file: input.reviewFile, line: r.line, item: r.source, ...(data && { data }) });
    if (EXPORTED_STATUSES.has(r.status)) {
      note('create-already-mapped', 'warning', { status: r.status, target: r.target });
      continue;
    }
    const g = byId.get(r.source.toLowerCase());
    if (!g) {
      note('create-not-in-export', 'error');
      continue;
    }
    const refuse = (field: string, value: string) => note('value-refused', 'error', { format: 'precreate', field, value });
    if (g.displayName === '' || CONTROL.test(g.displayName) || g.displayName.length > 256) {
      refuse('display name', g.displayName);
      continue;
    }
    if (shapeProblem('alias', g.mailNickname) !== undefined) {
      refuse('mail nickname', g.mailNickname);
      continue;
    }
    const kind = classifyGroup(g);
    if (kind === 'security') {
      security.push({ source: g.id, displayName: g.displayName, mailNickname: g.mailNickname });
      continue;
    }
    if (kind !== 'm365') {
      note('group-not-creatable', 'warning', { kind });
      continue;
    }
    const attributes = input.attributesOf(g);
    const visibility = attributes.visibility.toLowerCase();
    const accessType = visibility === 'public' ? 'Public' : 'Private';
    if (visibility !== 'public' && visibility !== 'private') note('visibility-unknown', 'warning', { value: attributes.visibility });
    const region = (attributes.preferredDataLocation || input.mailboxRegion || '').toUpperCase();
    if (region !== '' && !REGION.test(region)) {
      refuse('mailbox region', region);
      continue;
    }
    m365.push({ source: g.id, displayName: g.displayName, alias: g.mailNickname, accessType, mailboxRegion: region });
  }
  return { m365, security, findings };
}
