# A stand-in for Exchange Online PowerShell: same module name, so the groups script's
# '#Requires -Modules ExchangeOnlineManagement' loads it; calls go to $global:SpoCalls.
@{
  RootModule = 'ExchangeOnlineManagement.psm1'
  ModuleVersion = '3.0.0'
  GUID = '5a2f6a43-9e38-4a38-9c7e-2b1f0d7c1e02'
  Author = 'ctmap tests'
  Description = 'Recording stubs of the Exchange Online cmdlets the ctmap groups script calls'
  PowerShellVersion = '5.1'
  FunctionsToExport = '*'
  CmdletsToExport = @()
  VariablesToExport = @()
  AliasesToExport = @()
}
