# Every script of every plan, run for real in PowerShell against the recording stubs of the
# SharePoint cmdlets: what it calls, with which values, in which tenant, what it logs.

BeforeDiscovery {
  $root = $env:CTMAP_PS_PLANS
  $scriptsOf = {
    param([string]$Plan)
    $dir = Join-Path $root $Plan
    foreach ($file in @(Get-ChildItem -LiteralPath $dir -Filter '*.ps1' | Sort-Object Name)) { @{ Plan = $Plan; PlanDir = $dir; Name = $file.Name } }
  }
  $small = @(foreach ($plan in @('demo-map/plan', 'ten', 'hostile', 'moves')) { & $scriptsOf $plan })
  $large = @(& $scriptsOf 'large')
  # Exchange Online and Graph, not SharePoint: checked here, run in Moves.Tests.ps1.
  $groups = @(& $scriptsOf 'groups')
}

BeforeAll {
  . (Join-Path $PSScriptRoot 'Runbook.Helpers.ps1')
}

Describe '<Plan>/<Name>' -ForEach ($small + $large + $groups) {
  BeforeAll {
    $path = Join-Path $PlanDir $Name
  }

  It 'is UTF-8 with a BOM, requires 5.1, and uses nothing Windows PowerShell 5.1 lacks' {
    $bytes = [IO.File]::ReadAllBytes($path)
    $bytes[0..2] | Should -Be @(0xEF, 0xBB, 0xBF)
    # One BOM: a second one would make '#Requires' a command that is not found, and skipped.
    $text = [Text.UTF8Encoding]::new($false).GetString($bytes, 3, $bytes.Length - 3)
    ($text -split "`r`n")[0] | Should -BeExactly '#Requires -Version 5.1'
    Get-Ps51Violations $path | Should -BeNullOrEmpty
  }

  It 'reads no variable it never sets' {
    Get-UnsetVariables $path | Should -BeNullOrEmpty
  }
}

Describe '<Plan>/<Name> run' -ForEach $small {
  BeforeAll {
    $facts = Get-PlanFacts $PlanDir
    $tenants = Get-ScriptTenants $facts $Name
  }
  BeforeEach {
    $copy = Copy-Plan $PlanDir
    $scriptPath = Join-Path $copy $Name
    Reset-SpoMock -HostUrl $tenants.Own
    Initialize-PlanMock $copy
  }
  AfterEach { Remove-PlanCopy $copy }

  It 'under -DryRun calls no cmdlet at all and prints every call it would make' {
    $r = Invoke-Runbook $scriptPath @{ DryRun = $true }
    $r.Error | Should -BeNullOrEmpty
    $r.ExitCode | Should -Be 0
    $r.Calls | Should -BeNullOrEmpty
    Test-Path -LiteralPath ([IO.Path]::ChangeExtension($scriptPath, $null).TrimEnd('.') + '.log.csv') | Should -BeFalse
    $expected = Get-ExpectedCalls $copy $Name
    if ($null -eq $expected) { Set-ItResult -Skipped -Because "no expected calls are known for $Name yet"; return }
    # The start, retry and stop-pending scripts look up each move's state before acting; a dry
    # run only prints the action.
    $printed = @($expected | Where-Object { $Name -notmatch '^06-source-(start-|retry-|stop-pending)' -or $_.Cmdlet -notmatch 'ContentMoveState$' })
    $dryLines = @($r.Output | Where-Object { $_ -match '^dry-run ' })
    $dryLines.Count | Should -BeGreaterOrEqual $printed.Count
    $missing = @($printed | ForEach-Object { Format-DryRunCall $_ } | Where-Object { $text = ' ' + $_; -not ($dryLines | Where-Object { $_.EndsWith($text) }) })
    $missing | Should -BeNullOrEmpty
  }

  Context 'one live run' {
    BeforeAll {
      $liveCopy = Copy-Plan $PlanDir
      $livePath = Join-Path $liveCopy $Name
      Reset-SpoMock -HostUrl $tenants.Own
      Initialize-PlanMock $liveCopy
      $live = Invoke-Runbook $livePath
      $expected = Get-ExpectedCalls $liveCopy $Name
    }
    AfterAll { Remove-PlanCopy $liveCopy }

    It 'makes exactly the calls of the plan, with its values, in its tenant' {
      if ($null -eq $expected) { Set-ItResult -Skipped -Because "no expected calls are known for $Name yet"; return }
      $live.Error | Should -BeNullOrEmpty
      $live.ExitCode | Should -Be 0
      $calls = @($live.Calls)
      Format-RecordedCall $calls[0] | Should -BeExactly (Format-RecordedCall (New-Call 'Connect-SPOService' @{ Url = $tenants.Admin }))
      $calls[1].Cmdlet | Should -BeExactly 'Get-SPOCrossTenantHostUrl'
      $calls[-1].Cmdlet | Should -BeExactly 'Disconnect-SPOService'
      $body = @($calls | Select-Object -Skip 2 | Select-Object -SkipLast 1 | ForEach-Object { Format-RecordedCall $_ })
      $want = @($expected | ForEach-Object { Format-RecordedCall $_ })
      Compare-Texts $body $want | Should -BeNullOrEmpty
    }

    It 'logs one row per item, with the documented columns, read back by Import-Csv' {
      $live.Error | Should -BeNullOrEmpty
      $rows = @(Read-RunbookLog $livePath)
      $summary = @($live.Output | Where-Object { $_ -match ('^' + [regex]::Escape($Name) + ': (\d+) items$') })
      $summary.Count | Should -Be 1
      $null = $summary[0] -match ': (\d+) items$'
      $rows.Count | Should -Be ([int]$Matches[1])
      if ($rows.Count -gt 0) {
        @($rows[0].PSObject.Properties.Name) | Should -BeExactly @('Time', 'Item', 'Cmdlet', 'Outcome', 'Error')
        foreach ($row in $rows) { $row.Time | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$' }
      }
      if ($null -ne $expected -and $Name -match '^06-source-(start|stop)-wave-') {
        $k = if ($Name -match 'start') { 'Start' } else { 'Stop' }
        $keys = @($expected | Where-Object { $_.Cmdlet -like "$k-*" } | ForEach-Object { $c = $_; @($c.Params.Keys | Where-Object { $_ -like 'Source*' } | ForEach-Object { $c.Params[$_] })[0] })
        Compare-Texts @($rows | ForEach-Object { $_.Item }) $keys | Should -BeNullOrEmpty
      }
    }
  }

  It 'connected to the other tenant, stops before any change' {
    Reset-SpoMock -HostUrl $tenants.Partner
    $r = Invoke-Runbook $scriptPath
    $r.Error | Should -Not -BeNullOrEmpty
    [string]$r.Error | Should -Match 'Connected to the wrong tenant: its host URL is .*Nothing was changed'
    @($r.Calls | ForEach-Object { $_.Cmdlet }) | Should -BeExactly @('Connect-SPOService', 'Get-SPOCrossTenantHostUrl', 'Disconnect-SPOService')
    @(Read-RunbookLog $scriptPath).Count | Should -Be 0
  }
}

Describe 'large/<Name>, one live run' -ForEach $large {
  It 'makes exactly the calls of the plan and logs one row per item' {
    $facts = Get-PlanFacts $PlanDir
    $tenants = Get-ScriptTenants $facts $Name
    $copy = Copy-Plan $PlanDir
    try {
      Reset-SpoMock -HostUrl $tenants.Own
      $scriptPath = Join-Path $copy $Name
      $r = Invoke-Runbook $scriptPath
      $r.Error | Should -BeNullOrEmpty
      $r.ExitCode | Should -Be 0
      $expected = Get-ExpectedCalls $copy $Name
      if ($null -eq $expected) { Set-ItResult -Skipped -Because "no expected calls are known for $Name yet"; return }
      $calls = @($r.Calls)
      $calls[0].Cmdlet | Should -BeExactly 'Connect-SPOService'
      $calls[-1].Cmdlet | Should -BeExactly 'Disconnect-SPOService'
      $body = @($calls | Select-Object -Skip 2 | Select-Object -SkipLast 1 | ForEach-Object { Format-RecordedCall $_ })
      $want = @($expected | ForEach-Object { Format-RecordedCall $_ })
      $body.Count | Should -Be $want.Count
      Compare-Texts $body $want | Should -BeNullOrEmpty
      $items = $expected.Count
      if ($Name -match '^06-source-start-') { $items = $expected.Count / 2 }
      if ($Name -match '^07-source-redirect-') { $items = 0 }
      @(Read-RunbookLog $scriptPath).Count | Should -Be $items
    }
    finally { Remove-PlanCopy $copy }
  }
}
