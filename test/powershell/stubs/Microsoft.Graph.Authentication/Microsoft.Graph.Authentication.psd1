# A stand-in for Microsoft Graph PowerShell's sign-in module (Microsoft.Graph.Groups needs it).
@{
  RootModule = 'Microsoft.Graph.Authentication.psm1'
  ModuleVersion = '2.0.0'
  GUID = '5a2f6a43-9e38-4a38-9c7e-2b1f0d7c1e03'
  Author = 'ctmap tests'
  Description = 'Recording stubs of Connect-MgGraph and Disconnect-MgGraph'
  PowerShellVersion = '5.1'
  FunctionsToExport = '*'
  CmdletsToExport = @()
  VariablesToExport = @()
  AliasesToExport = @()
}
