# Recording stubs of the SharePoint Online cmdlets (parameter names and types from the module's
# help stubs, migration-facts §4), so a misspelt parameter fails to bind as it would for real.
# Each call is added to $global:SpoCalls as @{ Cmdlet; Params }, the parameters exactly as bound.
# What the fake tenant holds and how it misbehaves comes from $global:SpoMock (Reset-SpoMock).

Set-StrictMode -Version Latest

function Reset-SpoMock {
  param([string]$HostUrl = 'https://contoso-my.sharepoint.com/')
  $global:SpoCalls = New-Object 'System.Collections.Generic.List[object]'
  $global:SpoMock = @{
    # What Get-SPOCrossTenantHostUrl answers: the tenant the session is connected to.
    HostUrl = $HostUrl
    # Source keys (UPN, URL, alias, group ID) whose changing call throws.
    FailOn = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::OrdinalIgnoreCase)
    # Move state by source key; a started move becomes 'Scheduled'.
    States = @{}
    # Source keys the upload drops (the read-back does not find them).
    DropOnUpload = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::OrdinalIgnoreCase)
    # The identity map as uploaded: source key -> target, read from the file with Import-Csv -Header.
    UserMap = @{}
    GroupMap = @{}
    # Redirect site URLs Get-SPOSite -Template RedirectSite#0 lists.
    Redirects = @()
    # How the read-back answers a key the map lacks: nothing (false) or an error (true).
    MissingThrows = $false
    TrustResult = 'GoodToProceed'
    Compatibility = 'Compatible'
    # The tenant's sites by URL (Get-SPOSite without -Template lists them, -Identity reads one):
    # objects with the SPOSite properties of facts §16.2. Removed ones move to DeletedSites.
    Sites = [ordered]@{}
    DeletedSites = @{}
    # Exchange Online and Microsoft Graph (stubs/ExchangeOnlineManagement, Microsoft.Graph.*):
    # the tenant's accepted domains, and the aliases and mail nicknames of its groups.
    AcceptedDomains = @()
    UnifiedGroups = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::OrdinalIgnoreCase)
    MgGroups = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::OrdinalIgnoreCase)
  }
}

# Also the recorder of the Exchange Online and Graph stubs. Common parameters (-ErrorAction ...)
# are left out; -Confirm is kept.
function Add-SpoCall {
  param([string]$Cmdlet, [System.Collections.IDictionary]$Bound)
  $common = [System.Management.Automation.Cmdlet]::CommonParameters
  $params = [ordered]@{}
  foreach ($key in @($Bound.Keys | Sort-Object)) { if ($common -notcontains $key) { $params[$key] = $Bound[$key] } }
  $global:SpoCalls.Add([pscustomobject]@{ Cmdlet = $Cmdlet; Params = $params })
}

function Assert-NotFailing {
  param([string]$Key, [string]$Cmdlet)
  if ($global:SpoMock.FailOn.Contains($Key)) { throw ('{0} failed for {1} (mock)' -f $Cmdlet, $Key) }
}

function Connect-SPOService {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true)][string]$Url,
    [pscredential]$Credential,
    [switch]$ModernAuth,
    [switch]$UseSystemBrowser,
    [string]$AuthenticationUrl,
    [string]$ClientId,
    [string]$TenantId,
    [string]$CertificateThumbprint,
    [string]$Region
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
}

function Disconnect-SPOService {
  [CmdletBinding()]
  param()
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
}

function Get-SPOCrossTenantHostUrl {
  [CmdletBinding()]
  param()
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  return $global:SpoMock.HostUrl
}

function Set-SPOCrossTenantRelationship {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][ValidateSet('MnA')][string]$Scenario,
    [Parameter(Mandatory = $true, Position = 1)][ValidateSet('Source', 'Target')][string]$PartnerRole,
    [Parameter(Mandatory = $true, Position = 2)][string]$PartnerCrossTenantHostUrl
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  Assert-NotFailing $PartnerCrossTenantHostUrl $MyInvocation.MyCommand.Name
}

function Remove-SPOCrossTenantRelationship {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][ValidateSet('MnA')][string]$Scenario,
    [Parameter(Mandatory = $true, Position = 1)][ValidateSet('Source', 'Target')][string]$PartnerRole,
    [Parameter(Mandatory = $true, Position = 2)][string]$PartnerCrossTenantHostUrl
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  Assert-NotFailing $PartnerCrossTenantHostUrl $MyInvocation.MyCommand.Name
}

function Test-SPOCrossTenantRelationship {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][ValidateSet('MnA')][string]$Scenario,
    [Parameter(Mandatory = $true, Position = 1)][ValidateSet('Source', 'Target')][string]$PartnerRole,
    [Parameter(Mandatory = $true, Position = 2)][string]$PartnerCrossTenantHostUrl
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  return $global:SpoMock.TrustResult
}

function Verify-SPOCrossTenantRelationship {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][ValidateSet('MnA')][string]$Scenario,
    [Parameter(Mandatory = $true, Position = 1)][ValidateSet('Source', 'Target')][string]$PartnerRole,
    [Parameter(Mandatory = $true, Position = 2)][string]$PartnerCrossTenantHostUrl
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  return $global:SpoMock.TrustResult
}

function Get-SPOCrossTenantCompatibilityStatus {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$PartnerCrossTenantHostUrl)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  return $global:SpoMock.Compatibility
}

# The upload replaces the whole map with the file's rows, read as the service reads them:
# headerless, six columns. Rows in DropOnUpload are skipped without an error (facts §8.1).
function Add-SPOTenantIdentityMap {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$IdentityMapPath)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  Assert-NotFailing $IdentityMapPath $MyInvocation.MyCommand.Name
  $global:SpoMock.UserMap = @{}
  $global:SpoMock.GroupMap = @{}
  $rows = @(Import-Csv -LiteralPath $IdentityMapPath -Header 'Kind', 'Tenant', 'Source', 'Target', 'Name', 'Type' -Encoding UTF8)
  foreach ($row in $rows) {
    if ($global:SpoMock.DropOnUpload.Contains($row.Source)) { continue }
    if ($row.Kind -eq 'User') { $global:SpoMock.UserMap[$row.Source] = $row.Target }
    elseif ($row.Kind -eq 'Group') { $global:SpoMock.GroupMap[$row.Source] = $row.Target }
  }
}

function Get-SPOTenantIdentityMappingUser {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][ValidateSet('SourceUserKey', 'TargetUserPuid', 'TargetUserUpn', 'TargetUserEmail')][string]$Field,
    [Parameter(Mandatory = $true, Position = 1)][string]$Value
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  if ($global:SpoMock.UserMap.ContainsKey($Value)) {
    return [pscustomobject]@{ SourceUserKey = $Value; TargetUserUpn = $global:SpoMock.UserMap[$Value] }
  }
  if ($global:SpoMock.MissingThrows) { throw ('No mapping found for {0} (mock)' -f $Value) }
}

function Get-SPOTenantIdentityMappingGroup {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][ValidateSet('SourceGroupObjectId', 'TargetGroupObjectId', 'TargetGroupName')][string]$Field,
    [Parameter(Mandatory = $true, Position = 1)][string]$Value
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  if ($global:SpoMock.GroupMap.ContainsKey($Value)) {
    return [pscustomobject]@{ SourceGroupObjectId = $Value; TargetGroupObjectId = $global:SpoMock.GroupMap[$Value] }
  }
  if ($global:SpoMock.MissingThrows) { throw ('No mapping found for {0} (mock)' -f $Value) }
}

function Start-SpoMove {
  param([string]$Cmdlet, [System.Collections.IDictionary]$Bound, [string]$Key)
  Add-SpoCall $Cmdlet $Bound
  Assert-NotFailing $Key $Cmdlet
  $global:SpoMock.States[$Key] = 'Scheduled'
}

function Start-SPOCrossTenantUserContentMove {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][string]$SourceUserPrincipalName,
    [Parameter(Mandatory = $true, Position = 1)][string]$TargetUserPrincipalName,
    [Parameter(Mandatory = $true, Position = 2)][string]$TargetCrossTenantHostUrl,
    [Parameter(Position = 3)][datetime]$PreferredMoveBeginDate,
    [Parameter(Position = 4)][datetime]$PreferredMoveEndDate,
    [switch]$ValidationOnly,
    [switch]$Force
  )
  Start-SpoMove $MyInvocation.MyCommand.Name $PSBoundParameters $SourceUserPrincipalName
}

function Start-SPOCrossTenantSiteContentMove {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][string]$SourceSiteUrl,
    [Parameter(Mandatory = $true, Position = 1)][string]$TargetSiteUrl,
    [Parameter(Mandatory = $true, Position = 2)][string]$TargetCrossTenantHostUrl,
    [Parameter(Position = 3)][datetime]$PreferredMoveBeginDate,
    [Parameter(Position = 4)][datetime]$PreferredMoveEndDate,
    [switch]$ValidationOnly,
    [switch]$Force
  )
  Start-SpoMove $MyInvocation.MyCommand.Name $PSBoundParameters $SourceSiteUrl
}

function Start-SPOCrossTenantGroupContentMove {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][string]$SourceGroupAlias,
    [Parameter(Mandatory = $true, Position = 1)][string]$TargetGroupAlias,
    [Parameter(Mandatory = $true, Position = 2)][string]$TargetCrossTenantHostUrl,
    [Parameter(Position = 3)][datetime]$PreferredMoveBeginDate,
    [Parameter(Position = 4)][datetime]$PreferredMoveEndDate,
    [switch]$ValidationOnly,
    [switch]$Force
  )
  Start-SpoMove $MyInvocation.MyCommand.Name $PSBoundParameters $SourceGroupAlias
}

function Stop-SpoMove {
  param([string]$Cmdlet, [System.Collections.IDictionary]$Bound, [string]$Key)
  Add-SpoCall $Cmdlet $Bound
  Assert-NotFailing $Key $Cmdlet
  $global:SpoMock.States[$Key] = 'Stopped'
}

function Stop-SPOCrossTenantUserContentMove {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$SourceUserPrincipalName)
  Stop-SpoMove $MyInvocation.MyCommand.Name $PSBoundParameters $SourceUserPrincipalName
}

function Stop-SPOCrossTenantSiteContentMove {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$SourceSiteUrl)
  Stop-SpoMove $MyInvocation.MyCommand.Name $PSBoundParameters $SourceSiteUrl
}

function Stop-SPOCrossTenantGroupContentMove {
  [CmdletBinding()]
  param([Parameter(Mandatory = $true, Position = 0)][string]$SourceGroupAlias)
  Stop-SpoMove $MyInvocation.MyCommand.Name $PSBoundParameters $SourceGroupAlias
}

# One move's state: an object with MoveState, as community scripts read it (facts §16.1);
# nothing at all when the service has no move for the key. A state set as an object (with
# ErrorMessage or PercentComplete, say) is answered as it is.
function Get-SpoMoveState {
  param([string]$Cmdlet, [System.Collections.IDictionary]$Bound, [string]$Key)
  Add-SpoCall $Cmdlet $Bound
  if (-not $global:SpoMock.States.ContainsKey($Key)) { return }
  $state = $global:SpoMock.States[$Key]
  if ($state -is [string]) { return [pscustomobject]@{ MoveState = $state } }
  return $state
}

function Get-SPOCrossTenantUserContentMoveState {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true)][string]$PartnerCrossTenantHostUrl,
    [Parameter(Mandatory = $true)][string]$SourceUserPrincipalName
  )
  Get-SpoMoveState $MyInvocation.MyCommand.Name $PSBoundParameters $SourceUserPrincipalName
}

function Get-SPOCrossTenantSiteContentMoveState {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true)][string]$PartnerCrossTenantHostUrl,
    [Parameter(Mandatory = $true)][string]$SourceSiteUrl
  )
  Get-SpoMoveState $MyInvocation.MyCommand.Name $PSBoundParameters $SourceSiteUrl
}

function Get-SPOCrossTenantGroupContentMoveState {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true)][string]$PartnerCrossTenantHostUrl,
    [Parameter(Mandatory = $true)][string]$SourceGroupAlias
  )
  Get-SpoMoveState $MyInvocation.MyCommand.Name $PSBoundParameters $SourceGroupAlias
}

function Get-SPOSite {
  [CmdletBinding()]
  param(
    [string]$Identity,
    [string]$Template,
    [string]$Limit,
    [bool]$IncludePersonalSite,
    [string]$Filter
  )
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  if ($Identity -ne '') {
    # As the real cmdlet: a site that is not there is an error, not an empty answer.
    Assert-NotFailing $Identity $MyInvocation.MyCommand.Name
    if (-not $global:SpoMock.Sites.Contains($Identity)) { throw ('Cannot get site {0}. (mock)' -f $Identity) }
    return $global:SpoMock.Sites[$Identity]
  }
  if ($Template -eq 'RedirectSite#0') {
    foreach ($url in $global:SpoMock.Redirects) { [pscustomobject]@{ Url = $url; Template = 'RedirectSite#0' } }
    return
  }
  foreach ($site in $global:SpoMock.Sites.Values) { $site }
}

function Remove-SPOSite {
  [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
  param([Parameter(Mandatory = $true, Position = 0)][string]$Identity, [switch]$NoWait)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  Assert-NotFailing $Identity $MyInvocation.MyCommand.Name
  if ($global:SpoMock.Sites.Contains($Identity)) {
    $global:SpoMock.DeletedSites[$Identity] = $global:SpoMock.Sites[$Identity]
    $global:SpoMock.Sites.Remove($Identity)
  }
}

# Deletes a site from the recycle bin for good (facts §3 step 7): only one Remove-SPOSite put there.
function Remove-SPODeletedSite {
  [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
  param([Parameter(Mandatory = $true, Position = 0)][string]$Identity, [switch]$NoWait)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  if (-not $global:SpoMock.DeletedSites.ContainsKey($Identity)) { throw ('No deleted site {0} (mock)' -f $Identity) }
  $global:SpoMock.DeletedSites.Remove($Identity)
}

Reset-SpoMock
