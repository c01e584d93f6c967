# A stand-in for the SharePoint Online Management Shell: same module name, so a script's
# '#Requires -Modules Microsoft.Online.SharePoint.PowerShell' loads it; every cmdlet records
# its call and answers from $global:SpoMock instead of a tenant.
@{
  RootModule = 'Microsoft.Online.SharePoint.PowerShell.psm1'
  ModuleVersion = '16.0.0'
  GUID = '5a2f6a43-9e38-4a38-9c7e-2b1f0d7c1e01'
  Author = 'ctmap tests'
  Description = 'Recording stubs of the SharePoint Online cmdlets the ctmap runbook calls'
  PowerShellVersion = '5.1'
  FunctionsToExport = '*'
  CmdletsToExport = @()
  VariablesToExport = @()
  AliasesToExport = @()
}
