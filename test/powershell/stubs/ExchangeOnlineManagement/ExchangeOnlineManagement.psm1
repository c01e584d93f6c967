# Recording stubs of the Exchange Online cmdlets of 04-target-create-groups.ps1. Parameters of
# New-UnifiedGroup and Connect-ExchangeOnline as migration-facts §3 step 4 gives them; the
# others (Get-UnifiedGroup, Get-AcceptedDomain, Disconnect-ExchangeOnline) the facts do not
# document, so their stubs take just what the script passes. State: $global:SpoMock.

Set-StrictMode -Version Latest
# Calls are recorded by Add-SpoCall of the SharePoint stub module, which the suite loads first.

function Connect-ExchangeOnline {
  [CmdletBinding()]
  param([string]$UserPrincipalName, [switch]$ShowBanner)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
}

function Disconnect-ExchangeOnline {
  [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
  param()
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
}

function Get-AcceptedDomain {
  [CmdletBinding()]
  param()
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  foreach ($domain in $global:SpoMock.AcceptedDomains) { [pscustomobject]@{ DomainName = $domain } }
}

# Not found is an error, as for the real cmdlet: the script must ask with -ErrorAction.
function Get-UnifiedGroup {
  [CmdletBinding()]
  param([Parameter(Position = 0)][string]$Identity)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  if ($global:SpoMock.UnifiedGroups.Contains($Identity)) { return [pscustomobject]@{ Alias = $Identity } }
  Write-Error ("The group '{0}' couldn't be found. (mock)" -f $Identity)
}

function New-UnifiedGroup {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true)][string]$DisplayName,
    [string]$Alias,
    [ValidateSet('Public', 'Private')][string]$AccessType,
    [string]$MailboxRegion
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  if ($global:SpoMock.FailOn.Contains($Alias)) { throw ('New-UnifiedGroup failed for {0} (mock)' -f $Alias) }
  [void]$global:SpoMock.UnifiedGroups.Add($Alias)
  return [pscustomobject]@{ Alias = $Alias; DisplayName = $DisplayName }
}
