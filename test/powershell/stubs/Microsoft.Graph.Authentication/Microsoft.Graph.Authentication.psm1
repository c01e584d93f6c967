# Recording stubs of the Graph sign-in cmdlets; the facts do not document their parameters, so
# they take just what the groups script passes.

Set-StrictMode -Version Latest
# Calls are recorded by Add-SpoCall of the SharePoint stub module, which the suite loads first.

function Connect-MgGraph {
  [CmdletBinding()]
  param([string[]]$Scopes, [switch]$NoWelcome)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
}

function Disconnect-MgGraph {
  [CmdletBinding()]
  param()
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  return [pscustomobject]@{ Account = 'admin (mock)' }
}
