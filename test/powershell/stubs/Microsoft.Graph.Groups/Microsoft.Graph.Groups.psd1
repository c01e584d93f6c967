# A stand-in for Microsoft Graph PowerShell's groups module, which needs the sign-in module.
@{
  RootModule = 'Microsoft.Graph.Groups.psm1'
  ModuleVersion = '2.0.0'
  GUID = '5a2f6a43-9e38-4a38-9c7e-2b1f0d7c1e04'
  Author = 'ctmap tests'
  Description = 'Recording stubs of Get-MgGroup and New-MgGroup'
  PowerShellVersion = '5.1'
  RequiredModules = @('Microsoft.Graph.Authentication')
  FunctionsToExport = '*'
  CmdletsToExport = @()
  VariablesToExport = @()
  AliasesToExport = @()
}
