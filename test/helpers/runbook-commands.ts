// The commands each generated script may call: the frame every script shares, plus those of
// its kind. Shared by the script tests and the plan property.

// What every script calls to connect, log and summarize.
export const FRAME = [
  'Add-Result',
  'Connect-SPOService',
  'Connect-Tenant',
  'Disconnect-SPOService',
  'Disconnect-Tenant',
  'Export-Csv',
  'Format-Call',
  'Get-SPOCrossTenantHostUrl',
  'Group-Object',
  'Import-Csv',
  'Join-Path',
  'New-Object',
  'Set-StrictMode',
  'Sort-Object',
  'Test-Path',
  'Where-Object',
  'Write-Host',
  'Write-Warning',
];

export const MOVE_STATES = ['Get-SPOCrossTenantGroupContentMoveState', 'Get-SPOCrossTenantSiteContentMoveState', 'Get-SPOCrossTenantUserContentMoveState', 'Get-StateText'];

// The commands each kind of script calls beyond the frame.
export function expectedCommands(name: string, verb: string): string[] {
  const kind = name.replace(/^\d\d-(source|target)-/, '').replace(/-\d+\.ps1$|\.ps1$/, '');
  const extra: Record<string, string[]> = {
    trust: ['Out-Null', 'Set-SPOCrossTenantRelationship'],
    verify: ['Get-TrustAdvice', `${verb}-SPOCrossTenantRelationship`],
    'upload-map': ['Add-SPOTenantIdentityMap', 'Get-PropertyText', 'Get-SPOTenantIdentityMappingGroup', 'Get-SPOTenantIdentityMappingUser'],
    compat: ['Get-SPOCrossTenantCompatibilityStatus'],
    'start-wave': ['Add-Schedule', 'Get-LoggedItems', 'Out-Null', 'Start-SPOCrossTenantGroupContentMove', 'Start-SPOCrossTenantSiteContentMove', 'Start-SPOCrossTenantUserContentMove', ...MOVE_STATES],
    'stop-wave': ['Out-Null', 'Stop-SPOCrossTenantGroupContentMove', 'Stop-SPOCrossTenantSiteContentMove', 'Stop-SPOCrossTenantUserContentMove'],
    status: ['Add-Snapshot', 'Get-StateDetail', ...MOVE_STATES],
    inventory: ['Get-SPOSite', 'Select-Object'],
    'remove-trust': ['Out-Null', 'Remove-SPOCrossTenantRelationship'],
    'redirect-cleanup': ['Get-SPOSite', 'Remove-SPOSite'],
  };
  if (!extra[kind]) throw new Error(`unknown script kind ${kind}`);
  return [...FRAME, ...extra[kind]!].sort();
}
