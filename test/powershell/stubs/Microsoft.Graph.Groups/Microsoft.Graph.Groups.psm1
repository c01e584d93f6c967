# Recording stubs of Get-MgGroup and New-MgGroup. The facts (§9.3) name Get-MgGroup's columns
# (Id, DisplayName, MailNickname, SecurityEnabled, MailEnabled), not the cmdlets' parameters, so
# the stubs take what the groups script passes. Get-MgGroup -Filter answers only the one form
# the script sends, "mailNickname eq '<value, apostrophes doubled>'", and refuses any other.

Set-StrictMode -Version Latest
# Calls are recorded by Add-SpoCall of the SharePoint stub module, which the suite loads first.

function Get-MgGroup {
  [CmdletBinding()]
  param([string]$Filter)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  # An OData string literal: quotes around it, an apostrophe inside written twice.
  if ($Filter -notmatch "^mailNickname eq '((?:[^']|'')*)'$") { throw ('Invalid filter clause: {0} (mock)' -f $Filter) }
  $nickname = $Matches[1].Replace("''", "'")
  if ($global:SpoMock.MgGroups.Contains($nickname)) { [pscustomobject]@{ Id = [guid]::NewGuid().ToString(); MailNickname = $nickname } }
}

function New-MgGroup {
  [CmdletBinding()]
  param([string]$DisplayName, $MailEnabled, [string]$MailNickname, $SecurityEnabled)
  Add-SpoCall $MyInvocation.MyCommand.Name $PSBoundParameters
  if ($global:SpoMock.FailOn.Contains($MailNickname)) { throw ('New-MgGroup failed for {0} (mock)' -f $MailNickname) }
  [void]$global:SpoMock.MgGroups.Add($MailNickname)
  return [pscustomobject]@{ Id = [guid]::NewGuid().ToString(); DisplayName = $DisplayName; MailNickname = $MailNickname }
}
