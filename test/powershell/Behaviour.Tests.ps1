# What the runbook promises beyond one clean run: re-runs after a partial failure, dropped
# upload rows, a clean-up that keeps to the plan's own redirects, hostile values carried as
# data, outputs read back by PowerShell itself, and a suite that catches broken scripts.

BeforeAll {
  . (Join-Path $PSScriptRoot 'Runbook.Helpers.ps1')
  $root = Get-PlanRoot
  $ten = Join-Path $root 'ten'
  $hostile = Join-Path $root 'hostile'
  $facts = Get-PlanFacts $ten
  $startCmdlets = 'Start-SPOCrossTenantUserContentMove', 'Start-SPOCrossTenantSiteContentMove', 'Start-SPOCrossTenantGroupContentMove'
  $sep = [string][char]1
  function Get-StartKey { param($Call) foreach ($k in $Call.Params.Keys) { if ($k -like 'Source*') { return $Call.Params[$k] } } }
}

Describe 'a start script run again after a partial failure' {
  BeforeEach {
    $copy = Copy-Plan $ten
    $start = Join-Path $copy '06-source-start-wave-01.ps1'
    $moves = @(Get-PlanMoves $copy)
    Reset-SpoMock -HostUrl $facts.sourceHostUrl
  }
  AfterEach { Remove-PlanCopy $copy }

  It 'has ten moves of every kind to start' {
    $moves.Count | Should -Be 10
    @($moves.kind | Sort-Object -Unique) | Should -Be @('group-site', 'onedrive', 'site')
  }

  It 'exits 1 naming the failed move, then starts only that one: no move is started twice' {
    $third = $moves[2].source
    [void]$global:SpoMock.FailOn.Add($third)
    $first = Invoke-Runbook $start
    $first.ExitCode | Should -Be 1
    @($first.Output | Where-Object { $_ -match '^failed\s' -and $_.Contains($third) }).Count | Should -Be 1
    $log = @(Read-RunbookLog $start)
    @($log | Where-Object Outcome -eq 'started').Count | Should -Be 9
    @($log | Where-Object Outcome -eq 'failed' | ForEach-Object Item) | Should -BeExactly @($third)

    $global:SpoMock.FailOn.Clear()
    $second = Invoke-Runbook $start
    $second.Error | Should -BeNullOrEmpty
    $second.ExitCode | Should -Be 0
    @($second.Calls | Where-Object { $startCmdlets -contains $_.Cmdlet } | ForEach-Object { Get-StartKey $_ }) | Should -BeExactly @($third)
    # Across both runs: every move started exactly once, the failed attempt aside.
    $succeeded = @(($first.Calls + $second.Calls) | Where-Object { $startCmdlets -contains $_.Cmdlet } | ForEach-Object { Get-StartKey $_ })
    ($succeeded | Group-Object | Where-Object { $_.Name -ne $third -and $_.Count -ne 1 }) | Should -BeNullOrEmpty
    @($succeeded | Where-Object { $_ -eq $third }).Count | Should -Be 2
    @(Read-RunbookLog $start | Where-Object Outcome -eq 'started').Count | Should -Be 10
  }

  It 'with its log lost, still starts nothing the service already has' {
    [void]$global:SpoMock.FailOn.Add($moves[2].source)
    $null = Invoke-Runbook $start
    Remove-Item -LiteralPath ([IO.Path]::ChangeExtension($start, $null).TrimEnd('.') + '.log.csv')
    $global:SpoMock.FailOn.Clear()
    $second = Invoke-Runbook $start
    $second.ExitCode | Should -Be 0
    @($second.Calls | Where-Object { $startCmdlets -contains $_.Cmdlet } | ForEach-Object { Get-StartKey $_ }) | Should -BeExactly @($moves[2].source)
    @(Read-RunbookLog $start | Where-Object Outcome -eq 'skipped').Count | Should -Be 9
  }

  It 'then the status script reads every move as Scheduled' {
    $null = Invoke-Runbook $start
    $status = Join-Path $copy '06-source-status.ps1'
    $r = Invoke-Runbook $status
    $r.ExitCode | Should -Be 0
    $log = @(Read-RunbookLog $status)
    $log.Count | Should -Be 10
    @($log | Where-Object Outcome -ne 'Scheduled') | Should -BeNullOrEmpty
  }
}

Describe 'the map upload' {
  BeforeEach {
    $copy = Copy-Plan $ten
    $upload = Join-Path $copy '05-target-upload-map.ps1'
    Reset-SpoMock -HostUrl $facts.targetHostUrl
  }
  AfterEach { Remove-PlanCopy $copy }

  It 'reads every row back and exits 0 when the service kept them all' {
    $r = Invoke-Runbook $upload
    $r.ExitCode | Should -Be 0
    @(Read-RunbookLog $upload | Where-Object Outcome -eq 'ok').Count | Should -Be @(Get-MapRows $copy).Count
  }

  It 'exits 1 naming exactly the rows the service dropped' {
    $rows = @(Get-MapRows $copy)
    $dropped = @($rows[1].Source, $rows[-1].Source)
    foreach ($d in $dropped) { [void]$global:SpoMock.DropOnUpload.Add($d) }
    $r = Invoke-Runbook $upload
    $r.ExitCode | Should -Be 1
    $missing = @(Read-RunbookLog $upload | Where-Object Outcome -eq 'missing')
    @($missing | ForEach-Object Item | Sort-Object) | Should -BeExactly @($dropped | ForEach-Object { $_.ToLowerInvariant() } | Sort-Object)
    foreach ($d in $dropped) { @($r.Output | Where-Object { $_ -match '^missing\s' -and $_.Contains($d.ToLowerInvariant()) }).Count | Should -Be 1 }
    @($r.Output | Where-Object { $_ -match '2 items did not succeed' }).Count | Should -Be 1
  }
}

Describe 'the map upload, when the read-back throws for a missing row' {
  It 'exits 1 naming each dropped row as failed' {
    $copy = Copy-Plan $ten
    try {
      $upload = Join-Path $copy '05-target-upload-map.ps1'
      Reset-SpoMock -HostUrl $facts.targetHostUrl
      $global:SpoMock.MissingThrows = $true
      $dropped = @(Get-MapRows $copy)[2].Source
      [void]$global:SpoMock.DropOnUpload.Add($dropped)
      $r = Invoke-Runbook $upload
      $r.ExitCode | Should -Be 1
      @(Read-RunbookLog $upload | Where-Object Outcome -ne 'ok' | Where-Object Outcome -ne 'uploaded' | ForEach-Object Item) | Should -BeExactly @($dropped)
      @($r.Output | Where-Object { $_ -match '^failed\s' -and $_.Contains($dropped) }).Count | Should -Be 1
    }
    finally { Remove-PlanCopy $copy }
  }
}

Describe 'the redirect clean-up' {
  BeforeEach {
    $copy = Copy-Plan $ten
    $cleanup = Join-Path $copy '07-source-redirect-cleanup.ps1'
    $ours = @(Get-PlanMoves $copy | ForEach-Object { Get-OldUrl $_ $facts })
    $others = @(
      'https://contoso.sharepoint.com/sites/renamed-before',
      'https://contoso-my.sharepoint.com/personal/someone_else_contoso_com',
      'https://contoso.sharepoint.com/sites/s00000-old'
    )
    Reset-SpoMock -HostUrl $facts.sourceHostUrl
    $global:SpoMock.Redirects = @($ours[0], ($ours[-1] + '/')) + $others
  }
  AfterEach { Remove-PlanCopy $copy }

  It 'derives an old URL for every kind of move' {
    $ours | Should -Contain 'https://contoso-my.sharepoint.com/personal/user00000_contoso_com'
    $ours | Should -Contain 'https://contoso.sharepoint.com/sites/s00000'
    $ours | Should -Contain 'https://contoso.sharepoint.com/sites/Team00000'
  }

  It 'lists, without -Remove, its own redirects as listed and every other as not ours, removing nothing' {
    $r = Invoke-Runbook $cleanup
    $r.ExitCode | Should -Be 0
    @($r.Calls | Where-Object Cmdlet -eq 'Remove-SPOSite') | Should -BeNullOrEmpty
    $log = @(Read-RunbookLog $cleanup)
    @($log | Where-Object Outcome -eq 'listed' | ForEach-Object Item) | Should -BeExactly @($ours[0], $ours[-1])
    @($log | Where-Object Outcome -eq 'not-ours' | ForEach-Object Item) | Should -BeExactly $others
  }

  It 'with -Remove, removes only the redirects at the old URLs of its own moves' {
    $r = Invoke-Runbook $cleanup @{ Remove = $true }
    $r.ExitCode | Should -Be 0
    $want = @((Get-ExpectedCalls $copy '07-source-redirect-cleanup.ps1' -Remove -Redirects $global:SpoMock.Redirects) | ForEach-Object { Format-RecordedCall $_ })
    $got = @($r.Calls | Select-Object -Skip 2 | Select-Object -SkipLast 1 | ForEach-Object { Format-RecordedCall $_ })
    $got | Should -BeExactly $want
    @($r.Calls | Where-Object Cmdlet -eq 'Remove-SPOSite' | ForEach-Object { $_.Params.Identity }) | Should -BeExactly @($ours[0], $ours[-1])
    @(Read-RunbookLog $cleanup | Where-Object Outcome -eq 'not-ours').Count | Should -Be 3
  }

  It 'under -DryRun lists the Remove-SPOSite call of every own old URL and calls nothing' {
    $r = Invoke-Runbook $cleanup @{ DryRun = $true; Remove = $true }
    $r.Calls | Should -BeNullOrEmpty
    foreach ($url in $ours) { @($r.Output | Where-Object { $_.Contains("Remove-SPOSite -Identity '$url'") }).Count | Should -Be 1 }
  }
}

Describe 'hostile values' {
  BeforeAll {
    $hostileFacts = Get-PlanFacts $hostile
  }
  BeforeEach {
    $copy = Copy-Plan $hostile
    Remove-Variable -Name SpoPwned -Scope Global -ErrorAction SilentlyContinue
  }
  AfterEach { Remove-PlanCopy $copy }

  It 'reach the mocked cmdlets byte for byte, and nothing else runs' {
    Reset-SpoMock -HostUrl $hostileFacts.sourceHostUrl
    $r = Invoke-Runbook (Join-Path $copy '06-source-start-wave-01.ps1')
    $r.ExitCode | Should -Be 0
    $starts = @($r.Calls | Where-Object { $startCmdlets -contains $_.Cmdlet })
    $starts.Count | Should -Be $hostileFacts.moves.Count
    $got = @($starts | ForEach-Object {
        $params = $_.Params
        $source = @($params.Keys | Where-Object { $_ -like 'Source*' })[0]
        $target = @($params.Keys | Where-Object { $_ -like 'Target*' -and $_ -ne 'TargetCrossTenantHostUrl' })[0]
        $params[$source] + $sep + $params[$target]
      })
    $want = @($hostileFacts.moves | ForEach-Object { $_.source + $sep + $_.target })
    Test-SameStrings $got $want | Should -BeTrue -Because ($got -join ' | ')
    Test-Path -LiteralPath 'variable:global:SpoPwned' | Should -BeFalse
    @($r.Calls | ForEach-Object Cmdlet | Sort-Object -Unique) | Should -BeExactly @(
      'Connect-SPOService', 'Disconnect-SPOService', 'Get-SPOCrossTenantGroupContentMoveState', 'Get-SPOCrossTenantHostUrl',
      'Get-SPOCrossTenantSiteContentMoveState', 'Get-SPOCrossTenantUserContentMoveState',
      'Start-SPOCrossTenantGroupContentMove', 'Start-SPOCrossTenantSiteContentMove', 'Start-SPOCrossTenantUserContentMove')
  }

  It 'come back byte for byte from identity-map.csv read with Import-Csv -Header' {
    $rows = @(Get-MapRows $copy)
    $rows.Count | Should -Be $hostileFacts.mapRows.Count
    for ($i = 0; $i -lt $rows.Count; $i++) {
      $want = $hostileFacts.mapRows[$i]
      $got = @($rows[$i].Kind, $rows[$i].Tenant, $rows[$i].Source, $rows[$i].Target, $rows[$i].Name, $rows[$i].Type) -join $sep
      [string]::Equals($got, ($want -join $sep), [StringComparison]::Ordinal) | Should -BeTrue -Because $got
    }
  }

  It 'come back byte for byte from moves.csv and from a log read with Import-Csv' {
    $moves = @(Get-PlanMoves $copy)
    $got = @($moves | ForEach-Object { $_.kind + $sep + $_.source + $sep + $_.target })
    Test-SameStrings $got @($hostileFacts.moves | ForEach-Object { $_.kind + $sep + $_.source + $sep + $_.target }) | Should -BeTrue
    Reset-SpoMock -HostUrl $hostileFacts.sourceHostUrl
    $stop = Join-Path $copy '06-source-stop-wave-01.ps1'
    $null = Invoke-Runbook $stop
    Test-SameStrings @(Read-RunbookLog $stop | ForEach-Object Item) @($hostileFacts.moves | ForEach-Object source) | Should -BeTrue
  }
}

Describe 'the plan outputs, read by PowerShell' {
  It 'identity-map.csv gives back the rows ctmap wrote, with Import-Csv -Header' {
    $want = (Get-PlanFacts $ten).mapRows
    $rows = @(Get-MapRows $ten)
    $rows.Count | Should -Be $want.Count
    for ($i = 0; $i -lt $rows.Count; $i++) {
      @($rows[$i].Kind, $rows[$i].Tenant, $rows[$i].Source, $rows[$i].Target, $rows[$i].Name, $rows[$i].Type) -join ',' | Should -BeExactly ($want[$i] -join ',')
    }
  }

  It 'moves.csv has the documented columns and UTC times' {
    $moves = @(Get-PlanMoves $ten)
    @($moves[0].PSObject.Properties.Name) | Should -BeExactly @('wave', 'kind', 'source', 'target', 'begin', 'end')
    (ConvertFrom-UtcText $moves[0].begin).ToString('o') | Should -BeExactly '2025-05-01T22:00:00.0000000Z'
  }
}

Describe 'the suite catches a broken script' {
  BeforeAll {
    $copy = Copy-Plan $ten
    $good = Join-Path $copy '02-source-trust.ps1'
    $text = [IO.File]::ReadAllText($good)
    $utf8Bom = New-Object System.Text.UTF8Encoding($true)
    function New-Broken {
      param([string]$Name, [string]$Line)
      $path = Join-Path $copy $Name
      [IO.File]::WriteAllText($path, $text.Replace("`r`nConnect-Tenant`r`n", "`r`nConnect-Tenant`r`n$Line`r`n"), $utf8Bom)
      return $path
    }
  }
  AfterAll { Remove-PlanCopy $copy }

  It 'the unchanged script passes both checks and runs' {
    Get-Ps51Violations $good | Should -BeNullOrEmpty
    Get-UnsetVariables $good | Should -BeNullOrEmpty
    Reset-SpoMock -HostUrl $facts.sourceHostUrl
    (Invoke-Runbook $good).Error | Should -BeNullOrEmpty
  }

  It 'flags the PowerShell 7-only construct <Construct>' -ForEach @(
    @{ Construct = '??'; Line = '$x = $null ?? 1' }
    @{ Construct = '?.'; Line = '$x = ${PartnerHostUrl}?.Length' }
    @{ Construct = 'ternary'; Line = '$x = $DryRun ? 1 : 2' }
    @{ Construct = '&&'; Line = 'Write-Host a && Write-Host b' }
    @{ Construct = '-Parallel'; Line = '1..2 | ForEach-Object -Parallel { $_ }' }
    @{ Construct = 'Join-String'; Line = '$x = 1..2 | Join-String' }
    @{ Construct = 'utf8NoBOM'; Line = 'Export-Csv -LiteralPath $LogPath -Encoding utf8NoBOM' }
    @{ Construct = '-AsHashtable'; Line = '$x = ''{}'' | ConvertFrom-Json -AsHashtable' }
  ) {
    $broken = New-Broken ('broken-' + [guid]::NewGuid().ToString('n') + '.ps1') $Line
    Get-Ps51Violations $broken | Should -Not -BeNullOrEmpty
  }

  It 'flags a variable that is never set, statically and under StrictMode at run time' {
    $broken = New-Broken 'broken-unset.ps1' 'Write-Host $NeverSetAnywhere'
    (Get-UnsetVariables $broken) -join ' ' | Should -Match '^\d+: \$NeverSetAnywhere$'
    Reset-SpoMock -HostUrl $facts.sourceHostUrl
    $r = Invoke-Runbook $broken
    [string]$r.Error | Should -Match 'NeverSetAnywhere'
    @($r.Calls | Where-Object { $ChangingCmdlets -contains $_.Cmdlet }) | Should -BeNullOrEmpty
  }
}

Describe 'connecting' {
  It 'passes -ConnectOptions on to Connect-SPOService, and nothing else' {
    $copy = Copy-Plan $ten
    try {
      Reset-SpoMock -HostUrl $facts.sourceHostUrl
      $r = Invoke-Runbook (Join-Path $copy '05-source-compat.ps1') @{ ConnectOptions = @{ ModernAuth = $true; Region = 'Default' } }
      $r.ExitCode | Should -Be 0
      Format-RecordedCall $r.Calls[0] | Should -BeExactly "Connect-SPOService -ModernAuth=switch:True -Region=string:[Default] -Url=string:[$($facts.sourceAdminUrl)]"
    }
    finally { Remove-PlanCopy $copy }
  }
}
