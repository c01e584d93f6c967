# Shared by every *.Tests.ps1: run any script `ctmap plan` writes against the recording stubs
# of the SharePoint cmdlets (stubs/), and derive the calls a script must make from the plan's
# own files (moves.csv, identity-map.csv) and the tenants it was asked for (facts.json).
# Generic on purpose: a new kind of script needs only a case in Get-ExpectedCalls.

Set-StrictMode -Version Latest

$StubRoot = Join-Path $PSScriptRoot 'stubs'
if (-not (($env:PSModulePath -split [IO.Path]::PathSeparator) -contains $StubRoot)) {
  $env:PSModulePath = $StubRoot + [IO.Path]::PathSeparator + $env:PSModulePath
}
# Loaded here, so a script's '#Requires -Modules Microsoft.Online.SharePoint.PowerShell' finds it.
Import-Module (Join-Path $StubRoot 'Microsoft.Online.SharePoint.PowerShell') -Force -Global -DisableNameChecking
# The groups script's '#Requires -Modules ExchangeOnlineManagement, Microsoft.Graph.Groups'.
foreach ($stub in @('ExchangeOnlineManagement', 'Microsoft.Graph.Authentication', 'Microsoft.Graph.Groups')) {
  Import-Module (Join-Path $StubRoot $stub) -Force -Global -DisableNameChecking
}

# Cmdlets that change the tenant: none may run under -DryRun or before the tenant check.
$ChangingCmdlets = @(
  'Set-SPOCrossTenantRelationship', 'Remove-SPOCrossTenantRelationship', 'Add-SPOTenantIdentityMap',
  'Start-SPOCrossTenantUserContentMove', 'Start-SPOCrossTenantSiteContentMove', 'Start-SPOCrossTenantGroupContentMove',
  'Stop-SPOCrossTenantUserContentMove', 'Stop-SPOCrossTenantSiteContentMove', 'Stop-SPOCrossTenantGroupContentMove',
  'Remove-SPOSite', 'Remove-SPODeletedSite', 'New-UnifiedGroup', 'New-MgGroup'
)

# The states a retry script starts again, and a stop script stops (facts §5), compared as the
# scripts compare them: case-insensitively.
$RetryStates = @('', 'None', 'NotFound', 'Failed', 'Stopped')
$StoppableStates = @('NotStarted', 'Scheduled', 'ReadytoTrigger')
$SnapshotKinds = @{ 'OneDrive' = 'onedrive'; 'Site' = 'site'; 'GroupSite' = 'group-site' }

# The cmdlets and parameters of each kind of move in moves.csv (migration-facts §3 step 6, §4).
$MoveKinds = @{
  'onedrive' = @{ Noun = 'User'; Source = 'SourceUserPrincipalName'; Target = 'TargetUserPrincipalName' }
  'site' = @{ Noun = 'Site'; Source = 'SourceSiteUrl'; Target = 'TargetSiteUrl' }
  'group-site' = @{ Noun = 'Group'; Source = 'SourceGroupAlias'; Target = 'TargetGroupAlias' }
}

function Get-PlanRoot {
  if (-not $env:CTMAP_PS_PLANS) { throw 'CTMAP_PS_PLANS is not set: run the suite with npm run test:powershell' }
  return $env:CTMAP_PS_PLANS
}

function Get-PlanFacts {
  param([string]$PlanDir)
  return Get-Content -LiteralPath (Join-Path $PlanDir 'facts.json') -Raw -Encoding UTF8 | ConvertFrom-Json
}

# A fresh copy of a plan folder: each run writes its log next to its script.
function Copy-Plan {
  param([string]$PlanDir)
  $copy = Join-Path ([IO.Path]::GetTempPath()) ('ctmap-ps-' + [guid]::NewGuid().ToString('n'))
  New-Item -ItemType Directory -Path $copy | Out-Null
  Copy-Item -Path (Join-Path $PlanDir '*') -Destination $copy -Recurse
  return $copy
}

function Remove-PlanCopy {
  param([string]$Copy)
  if ($Copy -and (Test-Path -LiteralPath $Copy)) { Remove-Item -LiteralPath $Copy -Recurse -Force }
}

# The host URL of the tenant a script runs on, and of its partner.
function Get-ScriptTenants {
  param($Facts, [string]$ScriptName)
  if ($ScriptName -match '^\d\d-target-') {
    return @{ Admin = $Facts.targetAdminUrl; Own = $Facts.targetHostUrl; Partner = $Facts.sourceHostUrl; PartnerRole = 'Source' }
  }
  return @{ Admin = $Facts.sourceAdminUrl; Own = $Facts.sourceHostUrl; Partner = $Facts.targetHostUrl; PartnerRole = 'Target' }
}

# Runs one script as an admin would (& path), output of every stream captured as text. Returns
# the calls the stubs recorded during this run, the output lines, the exit code and any error
# that stopped it. The stubs' state ($global:SpoMock) is left as the run leaves it.
function Invoke-Runbook {
  param([string]$Path, [hashtable]$Arguments = @{})
  $first = $global:SpoCalls.Count
  $lines = New-Object 'System.Collections.Generic.List[string]'
  $failure = $null
  $global:LASTEXITCODE = 0
  try {
    & $Path @Arguments *>&1 | ForEach-Object { $lines.Add([string]$_) }
  }
  catch {
    $failure = $_
  }
  $exit = $global:LASTEXITCODE
  $calls = @()
  if ($global:SpoCalls.Count -gt $first) { $calls = @($global:SpoCalls.GetRange($first, $global:SpoCalls.Count - $first)) }
  return [pscustomobject]@{ Calls = $calls; Output = @($lines); ExitCode = $exit; Error = $failure }
}

function New-Call {
  param([string]$Cmdlet, [System.Collections.IDictionary]$Params = @{})
  $ordered = [ordered]@{}
  foreach ($key in @($Params.Keys | Sort-Object)) { $ordered[$key] = $Params[$key] }
  return [pscustomobject]@{ Cmdlet = $Cmdlet; Params = $ordered }
}

# One call as text that keeps every value exactly, and a date's Kind ('o' ends a UTC date in Z).
function Format-RecordedCall {
  param($Call)
  $parts = @($Call.Cmdlet)
  foreach ($key in @($Call.Params.Keys | Sort-Object)) {
    $value = $Call.Params[$key]
    if ($value -is [datetime]) { $text = 'date:' + $value.ToString('o', [Globalization.CultureInfo]::InvariantCulture) + ':' + $value.Kind }
    elseif ($value -is [switch]) { $text = 'switch:' + $value.IsPresent }
    elseif ($value -is [bool]) { $text = 'bool:' + $value }
    else { $text = 'string:[' + [string]$value + ']' }
    $parts += ('-{0}={1}' -f $key, $text)
  }
  return $parts -join ' '
}

# The call as the script's -DryRun prints it (RUNBOOK.md: every value single-quoted).
function Format-DryRunCall {
  param($Call)
  $text = $Call.Cmdlet
  foreach ($key in @($Call.Params.Keys | Sort-Object)) {
    $value = $Call.Params[$key]
    if ($value -is [datetime]) { $value = $value.ToString('s') + 'Z' }
    $text += ' -' + $key + ' ''' + ([string]$value -replace "'", "''") + ''''
  }
  return $text
}

function ConvertFrom-UtcText {
  param([string]$Text)
  $styles = [Globalization.DateTimeStyles]::AssumeUniversal -bor [Globalization.DateTimeStyles]::AdjustToUniversal
  return [datetime]::ParseExact($Text, "yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture, $styles)
}

function Get-PlanMoves {
  param([string]$PlanDir)
  return @(Import-Csv -LiteralPath (Join-Path $PlanDir 'moves.csv') -Encoding UTF8)
}

function Get-MapRows {
  param([string]$PlanDir)
  return @(Import-Csv -LiteralPath (Join-Path $PlanDir 'identity-map.csv') -Header 'Kind', 'Tenant', 'Source', 'Target', 'Name', 'Type' -Encoding UTF8)
}

function Get-StateCall {
  param($Move, [string]$PartnerHost)
  $k = $MoveKinds[$Move.kind]
  return New-Call ('Get-SPOCrossTenant{0}ContentMoveState' -f $k.Noun) @{ PartnerCrossTenantHostUrl = $PartnerHost; ($k.Source) = $Move.source }
}

function Get-StartCall {
  param($Move, [string]$PartnerHost)
  $k = $MoveKinds[$Move.kind]
  $params = @{ ($k.Source) = $Move.source; ($k.Target) = $Move.target; TargetCrossTenantHostUrl = $PartnerHost }
  if ($Move.begin -ne '') { $params['PreferredMoveBeginDate'] = ConvertFrom-UtcText $Move.begin }
  if ($Move.end -ne '') { $params['PreferredMoveEndDate'] = ConvertFrom-UtcText $Move.end }
  return New-Call ('Start-SPOCrossTenant{0}ContentMove' -f $k.Noun) $params
}

function Get-StopCall {
  param($Move)
  $k = $MoveKinds[$Move.kind]
  return New-Call ('Stop-SPOCrossTenant{0}ContentMove' -f $k.Noun) @{ ($k.Source) = $Move.source }
}

# What the old URL of a move is, as migration-facts §7 and §10 describe it: the redirect a
# move leaves. Derived here independently of the generator.
function Get-OldUrl {
  param($Move, $Facts)
  switch ($Move.kind) {
    'onedrive' { return $Facts.sourceHostUrl.TrimEnd('/') + '/personal/' + ($Move.source.ToLowerInvariant() -replace '[^a-z0-9]', '_') }
    'site' { return $Move.source.TrimEnd('/') }
    'group-site' { return 'https://' + ([uri]$Facts.sourceAdminUrl).Host.Replace('-admin.sharepoint.com', '') + '.sharepoint.com/sites/' + $Move.source }
  }
}

# The latest snapshot row of each move, by '<kind>|<source>', over every status-*.csv of a
# plan folder (what ctmap status reads by default).
function Get-LatestSnapshotRows {
  param([string]$PlanDir)
  $latest = @{}
  foreach ($file in @(Get-ChildItem -LiteralPath $PlanDir -Filter 'status-*.csv' | Sort-Object Name)) {
    foreach ($row in @(Import-Csv -LiteralPath $file.FullName -Encoding UTF8)) {
      $key = $SnapshotKinds[$row.Kind] + '|' + $row.Source
      if (-not $latest.ContainsKey($key) -or [string]::CompareOrdinal($row.Time, $latest[$key].Time) -gt 0) { $latest[$key] = $row }
    }
  }
  return $latest
}

# The plan's moves whose latest snapshot state is one of $States (case-insensitively).
function Get-MovesInState {
  param([string]$PlanDir, [string[]]$States)
  $latest = Get-LatestSnapshotRows $PlanDir
  return @(Get-PlanMoves $PlanDir | Where-Object { $row = $latest[$_.kind + '|' + $_.source]; $null -ne $row -and $States -contains $row.State })
}

# The target OneDrives of moving users that the target inventory lists (facts §2.1, §16.2).
function Get-ConflictingOneDrives {
  param([string]$PlanDir)
  $facts = Get-PlanFacts $PlanDir
  $targets = @(Get-PlanMoves $PlanDir | Where-Object kind -eq 'onedrive' | ForEach-Object target)
  return @(Import-Csv -LiteralPath $facts.targetSites -Delimiter ';' -Encoding UTF8 | Where-Object { $_.Template -like 'SPSPERS*' -and $targets -contains $_.Owner })
}

# What the fake tenant holds for a plan: the sites of its target inventory, when it has one.
function Initialize-PlanMock {
  param([string]$PlanDir)
  $facts = Get-PlanFacts $PlanDir
  if ($facts.PSObject.Properties['targetSites']) { Set-MockSites $facts.targetSites ';' }
}

# The fake tenant's sites: the rows of an inventory CSV, StorageUsageCurrent a number as in SPOSite.
function Set-MockSites {
  param([string]$Path, [string]$Delimiter = ',')
  $global:SpoMock.Sites.Clear()
  foreach ($row in @(Import-Csv -LiteralPath $Path -Delimiter $Delimiter -Encoding UTF8)) {
    if ($row.StorageUsageCurrent -ne '') { $row.StorageUsageCurrent = [long]$row.StorageUsageCurrent }
    $global:SpoMock.Sites[$row.Url] = $row
  }
}

# The state the fake service has for a move now ('' for none).
function Get-MockState {
  param([System.Collections.IDictionary]$States, [string]$Source)
  if (-not $States.Contains($Source)) { return '' }
  $state = $States[$Source]
  if ($state -is [string]) { return $state }
  return [string]$state.MoveState
  return ''
}

# The calls a live run makes against a tenant where nothing has happened yet, between
# Get-SPOCrossTenantHostUrl and Disconnect-SPOService; $null for a script this suite does
# not know yet. $Remove: the redirect clean-up with -Remove, $Redirects the sites it finds.
function Get-ExpectedCalls {
  param([string]$PlanDir, [string]$ScriptName, [switch]$Remove, [string[]]$Redirects = @(),
    [System.Collections.IDictionary]$States = @{}, [System.Collections.IDictionary]$Sites = @{})
  $facts = Get-PlanFacts $PlanDir
  $t = Get-ScriptTenants $facts $ScriptName
  $relation = @{ Scenario = 'MnA'; PartnerRole = $t.PartnerRole; PartnerCrossTenantHostUrl = $t.Partner }
  $calls = New-Object 'System.Collections.Generic.List[object]'
  switch -Regex ($ScriptName) {
    '^02-(source|target)-trust\.ps1$' { $calls.Add((New-Call 'Set-SPOCrossTenantRelationship' $relation)) }
    '^03-(source|target)-verify\.ps1$' { $calls.Add((New-Call 'Test-SPOCrossTenantRelationship' $relation)) }
    '^07-(source|target)-remove-trust\.ps1$' { $calls.Add((New-Call 'Remove-SPOCrossTenantRelationship' $relation)) }
    '^05-source-compat\.ps1$' { $calls.Add((New-Call 'Get-SPOCrossTenantCompatibilityStatus' @{ PartnerCrossTenantHostUrl = $t.Partner })) }
    '^05-target-upload-map\.ps1$' {
      $calls.Add((New-Call 'Add-SPOTenantIdentityMap' @{ IdentityMapPath = (Join-Path $PlanDir 'identity-map.csv') }))
      foreach ($row in (Get-MapRows $PlanDir)) {
        if ($row.Kind -eq 'User') { $calls.Add((New-Call 'Get-SPOTenantIdentityMappingUser' @{ Field = 'SourceUserKey'; Value = $row.Source })) }
        else { $calls.Add((New-Call 'Get-SPOTenantIdentityMappingGroup' @{ Field = 'SourceGroupObjectId'; Value = $row.Source.ToLowerInvariant() })) }
      }
    }
    '^06-source-start-wave-(\d+)\.ps1$' {
      $wave = [int]$Matches[1]
      foreach ($move in (Get-PlanMoves $PlanDir | Where-Object { [int]$_.wave -eq $wave })) {
        $calls.Add((Get-StateCall $move $t.Partner))
        $calls.Add((Get-StartCall $move $t.Partner))
      }
    }
    '^06-source-stop-wave-(\d+)\.ps1$' {
      $wave = [int]$Matches[1]
      foreach ($move in (Get-PlanMoves $PlanDir | Where-Object { [int]$_.wave -eq $wave })) { $calls.Add((Get-StopCall $move)) }
    }
    '^06-(source|target)-status\.ps1$' {
      foreach ($move in (Get-PlanMoves $PlanDir)) { $calls.Add((Get-StateCall $move $t.Partner)) }
    }
    '^04-(source|target)-inventory\.ps1$' {
      $calls.Add((New-Call 'Get-SPOSite' @{ Limit = 'All'; IncludePersonalSite = $true }))
    }
    '^06-source-retry-\d+\.ps1$' {
      # The failed moves of the latest snapshots, started again (without the wave's window)
      # only when the service still has them failed, stopped or not at all.
      foreach ($move in (Get-MovesInState $PlanDir @('Failed'))) {
        $calls.Add((Get-StateCall $move $t.Partner))
        if ($RetryStates -contains (Get-MockState $States $move.source)) {
          $calls.Add((Get-StartCall ([pscustomobject]@{ kind = $move.kind; source = $move.source; target = $move.target; begin = ''; end = '' }) $t.Partner))
        }
      }
    }
    '^06-source-stop-pending\.ps1$' {
      foreach ($move in (Get-MovesInState $PlanDir $StoppableStates)) {
        $calls.Add((Get-StateCall $move $t.Partner))
        if ($StoppableStates -contains (Get-MockState $States $move.source)) { $calls.Add((Get-StopCall $move)) }
      }
    }
    '^04-target-clear-onedrives\.ps1$' {
      foreach ($site in (Get-ConflictingOneDrives $PlanDir)) {
        $calls.Add((New-Call 'Get-SPOSite' @{ Identity = $site.Url }))
        if ($Remove -and $Sites.Contains($site.Url) -and $Sites[$site.Url].StorageUsageCurrent -le 1) {
          $calls.Add((New-Call 'Remove-SPOSite' @{ Identity = $site.Url; Confirm = [switch]$false }))
          $calls.Add((New-Call 'Remove-SPODeletedSite' @{ Identity = $site.Url; Confirm = [switch]$false }))
        }
      }
    }
    '^07-source-redirect-cleanup\.ps1$' {
      $calls.Add((New-Call 'Get-SPOSite' @{ Template = 'RedirectSite#0'; Limit = 'All'; IncludePersonalSite = $true }))
      if ($Remove) {
        $ours = @(Get-PlanMoves $PlanDir | ForEach-Object { Get-OldUrl $_ $facts })
        foreach ($url in $Redirects) {
          if ($ours -contains $url.TrimEnd('/')) { $calls.Add((New-Call 'Remove-SPOSite' @{ Identity = $url.TrimEnd('/'); Confirm = [switch]$false })) }
        }
      }
    }
    default { return $null }
  }
  return , $calls.ToArray()
}

# The log a live run leaves next to its script, read back as an admin would.
function Read-RunbookLog {
  param([string]$ScriptPath)
  $log = [IO.Path]::ChangeExtension($ScriptPath, $null).TrimEnd('.') + '.log.csv'
  if (-not (Test-Path -LiteralPath $log)) { return @() }
  return @(Import-Csv -LiteralPath $log -Encoding UTF8)
}

# Constructs PowerShell 7 has and Windows PowerShell 5.1 does not (issue 11): tokens, AST
# nodes, and commands or parameters. Returns one 'line: what' per use found.
function Get-Ps51Violations {
  param([string]$Path)
  $tokens = $null
  $errors = $null
  $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
  $found = New-Object 'System.Collections.Generic.List[string]'
  foreach ($e in $errors) { $found.Add(('{0}: parse error {1}' -f $e.Extent.StartLineNumber, $e.Message)) }
  $sevenOnlyTokens = @('QuestionQuestion', 'QuestionQuestionEquals', 'QuestionDot', 'QuestionLBracket', 'AndAnd', 'OrOr')
  foreach ($token in $tokens) {
    if ($sevenOnlyTokens -contains [string]$token.Kind) { $found.Add(('{0}: operator {1}' -f $token.Extent.StartLineNumber, $token.Text)) }
  }
  $nodeTypes = @('TernaryExpressionAst', 'PipelineChainAst')
  foreach ($node in $ast.FindAll({ param($n) $true }, $true)) {
    $type = $node.GetType().Name
    if ($nodeTypes -contains $type) { $found.Add(('{0}: {1}' -f $node.Extent.StartLineNumber, $type)) }
    if ($node -is [System.Management.Automation.Language.CommandAst]) {
      $name = $node.GetCommandName()
      if (@('Join-String', 'Get-Error', 'ConvertTo-CliXml', 'Test-Json', 'Get-Uptime') -contains $name) { $found.Add(('{0}: command {1}' -f $node.Extent.StartLineNumber, $name)) }
      $parameters = @($node.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object { $_.ParameterName })
      if ($name -eq 'ForEach-Object' -and ($parameters -contains 'Parallel')) { $found.Add(('{0}: ForEach-Object -Parallel' -f $node.Extent.StartLineNumber)) }
      if ($parameters -contains 'AsHashtable') { $found.Add(('{0}: -AsHashtable' -f $node.Extent.StartLineNumber)) }
      if (@('Export-Csv', 'ConvertTo-Csv') -contains $name -and ($parameters | Where-Object { $_ -in @('UseQuotes', 'QuoteFields') })) { $found.Add(('{0}: {1} -UseQuotes/-QuoteFields' -f $node.Extent.StartLineNumber, $name)) }
      if ($name -eq 'ConvertFrom-Json' -and ($parameters -contains 'Depth')) { $found.Add(('{0}: ConvertFrom-Json -Depth' -f $node.Extent.StartLineNumber)) }
      if ($node.Extent.Text -match '(?i)-Encoding\s+[''"]?(utf8NoBOM|utf8BOM)\b') { $found.Add(('{0}: -Encoding {1}' -f $node.Extent.StartLineNumber, $Matches[1])) }
    }
  }
  return , $found.ToArray()
}

# Variables a script reads but never sets anywhere (assignment, parameter, foreach, catch):
# under Set-StrictMode -Version Latest each is an error on the path that reads it, and a
# run against the stubs may not take every path, so this looks at all of them.
function Get-UnsetVariables {
  param([string]$Path)
  $tokens = $null
  $errors = $null
  $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
  $automatic = @('_', 'PSItem', 'true', 'false', 'null', 'PSScriptRoot', 'PSCommandPath', 'Matches', 'args', 'input',
    'PSBoundParameters', 'MyInvocation', 'LASTEXITCODE', 'ErrorActionPreference', 'WarningPreference', 'this', 'Error',
    'Host', 'PSVersionTable', 'env', 'HOME', 'PID', 'PWD', 'ExecutionContext', 'ConfirmPreference', 'VerbosePreference')
  $set = New-Object 'System.Collections.Generic.HashSet[string]' ([StringComparer]::OrdinalIgnoreCase)
  foreach ($name in $automatic) { [void]$set.Add($name) }
  $all = $ast.FindAll({ param($n) $true }, $true)
  foreach ($node in $all) {
    if ($node -is [System.Management.Automation.Language.AssignmentStatementAst]) {
      foreach ($v in $node.Left.FindAll({ param($n) $n -is [System.Management.Automation.Language.VariableExpressionAst] }, $true)) { [void]$set.Add($v.VariablePath.UserPath) }
    }
    elseif ($node -is [System.Management.Automation.Language.ParameterAst]) { [void]$set.Add($node.Name.VariablePath.UserPath) }
    elseif ($node -is [System.Management.Automation.Language.ForEachStatementAst]) { [void]$set.Add($node.Variable.VariablePath.UserPath) }
  }
  $unset = New-Object 'System.Collections.Generic.List[string]'
  foreach ($node in $all) {
    if ($node -isnot [System.Management.Automation.Language.VariableExpressionAst]) { continue }
    $vp = $node.VariablePath
    if (-not $vp.IsVariable -or $vp.IsGlobal) { continue }
    $name = $vp.UserPath -replace '^(script|local|private):', ''
    if (-not $set.Contains($name)) { $unset.Add(('{0}: ${1}' -f $node.Extent.StartLineNumber, $name)) }
  }
  return , $unset.ToArray()
}

# Two lists of strings equal char for char (ordinal; -ceq compares by culture), order aside.
function Get-OrdinalSorted {
  param([string[]]$Items)
  $copy = [string[]]@($Items)
  [Array]::Sort($copy, [StringComparer]::Ordinal)
  return , $copy
}

function Test-SameStrings {
  param([string[]]$Actual, [string[]]$Expected)
  $a = Get-OrdinalSorted $Actual
  $e = Get-OrdinalSorted $Expected
  if ($a.Count -ne $e.Count) { return $false }
  for ($i = 0; $i -lt $a.Count; $i++) { if (-not [string]::Equals($a[$i], $e[$i], [StringComparison]::Ordinal)) { return $false } }
  return $true
}

# The differences between two lists of texts, order aside, duplicates counted, compared char
# for char: 'missing: ...' for each expected text not there, 'unexpected: ...' for each extra.
function Compare-Texts {
  param([string[]]$Actual, [string[]]$Expected, [int]$Max = 10)
  $counts = New-Object 'System.Collections.Generic.Dictionary[string,int]' ([StringComparer]::Ordinal)
  foreach ($e in $Expected) { $n = 0; [void]$counts.TryGetValue($e, [ref]$n); $counts[$e] = $n + 1 }
  $diff = New-Object 'System.Collections.Generic.List[string]'
  foreach ($a in $Actual) {
    $n = 0
    if ($counts.TryGetValue($a, [ref]$n) -and $n -gt 0) { $counts[$a] = $n - 1 }
    elseif ($diff.Count -lt $Max) { $diff.Add('unexpected: ' + $a) }
  }
  foreach ($pair in $counts.GetEnumerator()) {
    if ($pair.Value -gt 0 -and $diff.Count -lt $Max) { $diff.Add(('missing ({0}x): {1}' -f $pair.Value, $pair.Key)) }
  }
  return , $diff.ToArray()
}
