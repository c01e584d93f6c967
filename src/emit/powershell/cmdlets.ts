// The cmdlets and parameters of each kind of move (facts §3 step 6 and §4). Non-group sites
// use Start-SPOCrossTenantSiteContentMove (facts §13.4); status uses the CrossTenant state
// cmdlets, never the Multi-Geo Get-SPOUserAndContentMoveState (§13.2).

import type { MoveKind } from '../../plan/types.js';

export interface KindCmdlets {
  /** The PowerShell table that lists the moves of this kind. */
  table: string;
  label: string;
  start: string;
  stop: string;
  state: string;
  sourceParam: string;
  targetParam: string;
}

export const KIND_CMDLETS: Record<MoveKind, KindCmdlets> = {
  onedrive: {
    table: 'OneDriveMoves',
    label: 'OneDrive moves',
    start: 'Start-SPOCrossTenantUserContentMove',
    stop: 'Stop-SPOCrossTenantUserContentMove',
    state: 'Get-SPOCrossTenantUserContentMoveState',
    sourceParam: 'SourceUserPrincipalName',
    targetParam: 'TargetUserPrincipalName',
  },
  site: {
    table: 'SiteMoves',
    label: 'site moves (sites without a Microsoft 365 group)',
    start: 'Start-SPOCrossTenantSiteContentMove',
    stop: 'Stop-SPOCrossTenantSiteContentMove',
    state: 'Get-SPOCrossTenantSiteContentMoveState',
    sourceParam: 'SourceSiteUrl',
    targetParam: 'TargetSiteUrl',
  },
  'group-site': {
    table: 'GroupSiteMoves',
    label: 'group-connected site moves',
    start: 'Start-SPOCrossTenantGroupContentMove',
    stop: 'Stop-SPOCrossTenantGroupContentMove',
    state: 'Get-SPOCrossTenantGroupContentMoveState',
    sourceParam: 'SourceGroupAlias',
    targetParam: 'TargetGroupAlias',
  },
};
