# The scripts around the moves (issue 16) and the groups script of ctmap export (issue 17), beyond
# one clean run: the retry script starts exactly the failed moves the service still has failed,
# the stop script stops only what is still stoppable, the OneDrive clean-up removes only empty
# ones, inventories and status snapshots come back through ctmap's own readers, and the groups
# script runs against Exchange Online and Graph stubs.

BeforeAll {
  . (Join-Path $PSScriptRoot 'Runbook.Helpers.ps1')
  $root = Get-PlanRoot
  $movesPlan = Join-Path $root 'moves'
  $ten = Join-Path $root 'ten'
  $facts = Get-PlanFacts $movesPlan
  $repo = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
  $cli = Join-Path $repo 'dist/src/cli.js'
  $fixture = Join-Path $repo 'fixtures/moves'
  function Get-Bodies { param($Run) @($Run.Calls | Select-Object -Skip 2 | Select-Object -SkipLast 1 | ForEach-Object { Format-RecordedCall $_ }) }
  function Get-Want { param($Calls) @($Calls | ForEach-Object { Format-RecordedCall $_ }) }
  function Get-Sources { param($Run, [string]$Verb) @($Run.Calls | Where-Object { $_.Cmdlet -like "$Verb-SPOCrossTenant*ContentMove" } | ForEach-Object { $c = $_; @($c.Params.Keys | Where-Object { $_ -like 'Source*' } | ForEach-Object { $c.Params[$_] })[0] }) }
  function Invoke-Ctmap {
    param([string[]]$Arguments)
    $output = & node $cli @Arguments 2>&1
    return [pscustomobject]@{ Code = $LASTEXITCODE; Output = ($output -join "`n") }
  }
}

Describe 'the scripts ctmap status and ctmap preflight write (fixtures/moves)' {
  BeforeEach {
    $copy = Copy-Plan $movesPlan
    $retry = Join-Path $copy '06-source-retry-01.ps1'
    $stop = Join-Path $copy '06-source-stop-pending.ps1'
    $clear = Join-Path $copy '04-target-clear-onedrives.ps1'
    Reset-SpoMock -HostUrl $facts.sourceHostUrl
  }
  AfterEach { Remove-PlanCopy $copy }

  Context 'the retry script' {
    It 'lists the failed moves of the snapshots, the ones status.json names' {
      $failed = @(Get-MovesInState $copy @('Failed') | ForEach-Object source)
      $failed | Should -BeExactly @('alex.wilber@contoso.com', 'grady.archie@contoso.com')
      $json = Get-Content -LiteralPath (Join-Path $copy 'status.json') -Raw -Encoding UTF8 | ConvertFrom-Json
      Test-SameStrings @($json.failed | ForEach-Object source) $failed | Should -BeTrue
    }

    It 'starts exactly the failed moves, with their targets, when the service has them failed or not at all' {
      $global:SpoMock.States['alex.wilber@contoso.com'] = 'failed'
      # The states before the run: a start makes a move Scheduled.
      $expected = Get-ExpectedCalls $copy '06-source-retry-01.ps1' -States $global:SpoMock.States
      $r = Invoke-Runbook $retry
      $r.Error | Should -BeNullOrEmpty
      $r.ExitCode | Should -Be 0
      Compare-Texts (Get-Bodies $r) (Get-Want $expected) | Should -BeNullOrEmpty
      Get-Sources $r 'Start' | Should -BeExactly @('alex.wilber@contoso.com', 'grady.archie@contoso.com')
      @(Read-RunbookLog $retry | Where-Object Outcome -eq 'started').Count | Should -Be 2
    }

    It 'starts none the service reports in another state (<State>)' -ForEach @(@{ State = 'InProgress' }, @{ State = 'Success' }, @{ State = 'scheduled' }) {
      $global:SpoMock.States['grady.archie@contoso.com'] = $State
      $expected = Get-ExpectedCalls $copy '06-source-retry-01.ps1' -States $global:SpoMock.States
      $r = Invoke-Runbook $retry
      $r.ExitCode | Should -Be 0
      Compare-Texts (Get-Bodies $r) (Get-Want $expected) | Should -BeNullOrEmpty
      Get-Sources $r 'Start' | Should -BeExactly @('alex.wilber@contoso.com')
      @(Read-RunbookLog $retry | Where-Object { $_.Outcome -eq 'skipped' } | ForEach-Object Item) | Should -BeExactly @('grady.archie@contoso.com')
    }

    It 'run again after a partial failure, starts nothing twice' {
      [void]$global:SpoMock.FailOn.Add('grady.archie@contoso.com')
      $first = Invoke-Runbook $retry
      $first.ExitCode | Should -Be 1
      $global:SpoMock.FailOn.Clear()
      $second = Invoke-Runbook $retry
      $second.ExitCode | Should -Be 0
      Get-Sources $second 'Start' | Should -BeExactly @('grady.archie@contoso.com')
      @(Read-RunbookLog $retry | Where-Object Outcome -eq 'started' | ForEach-Object Item) | Should -BeExactly @('alex.wilber@contoso.com', 'grady.archie@contoso.com')
    }
  }

  Context 'the stop-pending script' {

    It 'lists the moves not begun at the latest snapshot, and prints a stop for each under -DryRun' {
      $pending = @(Get-MovesInState $copy $StoppableStates | ForEach-Object source)
      $pending | Should -BeExactly @('isaiah.langer@contoso.com', 'megan.bowen@contoso.com')
      $r = Invoke-Runbook $stop @{ DryRun = $true }
      $r.Calls | Should -BeNullOrEmpty
      foreach ($move in (Get-MovesInState $copy $StoppableStates)) {
        $text = ' ' + (Format-DryRunCall (Get-StopCall $move))
        @($r.Output | Where-Object { $_ -match '^dry-run ' -and $_.EndsWith($text) }).Count | Should -Be 1
      }
    }

    It 'stops only the moves the service still has in a stoppable state, and a re-run rechecks and stops none twice' {
      $global:SpoMock.States['isaiah.langer@contoso.com'] = 'readytotrigger'
      $global:SpoMock.States['megan.bowen@contoso.com'] = 'InProgress'
      $expected = Get-ExpectedCalls $copy '06-source-stop-pending.ps1' -States $global:SpoMock.States
      $r = Invoke-Runbook $stop
      $r.Error | Should -BeNullOrEmpty
      $r.ExitCode | Should -Be 0
      Compare-Texts (Get-Bodies $r) (Get-Want $expected) | Should -BeNullOrEmpty
      Get-Sources $r 'Stop' | Should -BeExactly @('isaiah.langer@contoso.com')
      $again = Invoke-Runbook $stop
      $again.ExitCode | Should -Be 0
      @($again.Calls | Where-Object Cmdlet -like '*ContentMoveState').Count | Should -Be 2
      Get-Sources $again 'Stop' | Should -BeNullOrEmpty
    }
  }

  Context 'the target OneDrive clean-up' {
    BeforeEach {
      Reset-SpoMock -HostUrl $facts.targetHostUrl
      Initialize-PlanMock $copy
    }

    It 'without -Remove, reads each conflicting OneDrive and removes nothing' {
      $r = Invoke-Runbook $clear
      $r.ExitCode | Should -Be 0
      @($r.Calls | Where-Object { $ChangingCmdlets -contains $_.Cmdlet }) | Should -BeNullOrEmpty
      @(Read-RunbookLog $clear | ForEach-Object Outcome) | Should -BeExactly @('listed', 'listed')
    }

    It 'with -Remove, removes only the OneDrives of at most 1 MB: Remove-SPOSite, then Remove-SPODeletedSite' {
      $expected = Get-ExpectedCalls $copy '04-target-clear-onedrives.ps1' -Remove -Sites $global:SpoMock.Sites
      $r = Invoke-Runbook $clear @{ Remove = $true }
      $r.Error | Should -BeNullOrEmpty
      $r.ExitCode | Should -Be 0
      # In order: the removal before the deletion for good.
      Get-Bodies $r | Should -BeExactly (Get-Want $expected)
      $empty = 'https://fabrikam-my.sharepoint.com/personal/alex_wilber_fabrikam_com'
      @($r.Calls | Where-Object { $ChangingCmdlets -contains $_.Cmdlet } | ForEach-Object { $_.Cmdlet + ' ' + $_.Params.Identity }) | Should -BeExactly @("Remove-SPOSite $empty", "Remove-SPODeletedSite $empty")
      @(Read-RunbookLog $clear | ForEach-Object Outcome) | Should -BeExactly @('removed', 'kept')
    }

    It 'with -Remove -DryRun, calls nothing' {
      $r = Invoke-Runbook $clear @{ Remove = $true; DryRun = $true }
      $r.ExitCode | Should -Be 0
      $r.Calls | Should -BeNullOrEmpty
    }
  }
}

Describe 'inventories and snapshots, read back by ctmap itself' {
  BeforeEach {
    $copy = Copy-Plan $movesPlan
    $out = Join-Path $copy 'out'
  }
  AfterEach { Remove-PlanCopy $copy }

  It 'the inventory scripts export what ctmap preflight reads: the same findings as from the fixture inventories' {
    foreach ($side in @('source', 'target')) {
      Copy-Item -LiteralPath (Join-Path $ten "04-$side-inventory.ps1") -Destination $copy
      Reset-SpoMock -HostUrl $facts."${side}HostUrl"
      Set-MockSites (Join-Path $fixture "$side-sites.csv") $(if ($side -eq 'target') { ';' } else { ',' })
      $r = Invoke-Runbook (Join-Path $copy "04-$side-inventory.ps1")
      $r.ExitCode | Should -Be 0
      @(Import-Csv -LiteralPath (Join-Path $copy "$side-sites.csv")).Count | Should -Be $global:SpoMock.Sites.Count
    }
    $run = Invoke-Ctmap @('preflight', '--plan', $copy, '--source-sites', (Join-Path $copy 'source-sites.csv'), '--target-sites', (Join-Path $copy 'target-sites.csv'), '--target-users', (Join-Path $fixture 'target-users.csv'), '--out', $out)
    $run.Code | Should -Be 1 -Because $run.Output
    [IO.File]::ReadAllText((Join-Path $out 'preflight.csv')) | Should -BeExactly ([IO.File]::ReadAllText((Join-Path $fixture 'expected/preflight.csv')))
  }

  It 'the status scripts write status-UTC.csv snapshots that ctmap status reads: failures with their detail' {
    $plan = Copy-Plan $ten
    try {
      Get-ChildItem -LiteralPath $plan -Filter 'status-*.csv' | Remove-Item
      $moves = @(Get-PlanMoves $plan)
      Reset-SpoMock -HostUrl $facts.sourceHostUrl
      foreach ($move in $moves) { $global:SpoMock.States[$move.source] = 'Success' }
      $global:SpoMock.States[$moves[0].source] = [pscustomobject]@{ MoveState = 'Failed'; ErrorMessage = 'The target tenant has a conflict' }
      $global:SpoMock.States[$moves[1].source] = [pscustomobject]@{ MoveState = 'InProgress'; PercentComplete = 40 }
      $r = Invoke-Runbook (Join-Path $plan '06-source-status.ps1')
      # The log's outcome is the state, and a Failed one counts as a failure: exit 1, snapshot written.
      $r.Error | Should -BeNullOrEmpty
      $r.ExitCode | Should -Be 1
      $snapshots = @(Get-ChildItem -LiteralPath $plan -Filter 'status-*.csv')
      $snapshots.Count | Should -Be 1
      $snapshots[0].Name | Should -Match '^status-\d{8}T\d{6}Z\.csv$'
      $rows = @(Import-Csv -LiteralPath $snapshots[0].FullName -Encoding UTF8)
      @($rows[0].PSObject.Properties.Name) | Should -BeExactly @('Time', 'Wave', 'Kind', 'Source', 'Target', 'State', 'Detail')
      $rows.Count | Should -Be $moves.Count
      @($rows | Where-Object Source -eq $moves[1].source).Detail | Should -BeExactly '40%'
      $run = Invoke-Ctmap @('status', '--plan', $plan, '--out', $out)
      $run.Code | Should -Be 1 -Because $run.Output
      $json = Get-Content -LiteralPath (Join-Path $out 'status.json') -Raw -Encoding UTF8 | ConvertFrom-Json
      @($json.failed | ForEach-Object { $_.source + ' ' + $_.detail }) | Should -BeExactly @($moves[0].source + ' The target tenant has a conflict')

      Reset-SpoMock -HostUrl $facts.targetHostUrl
      foreach ($move in $moves) { $global:SpoMock.States[$move.source] = 'Success' }
      $t = Invoke-Runbook (Join-Path $plan '06-target-status.ps1')
      $t.ExitCode | Should -Be 0
      @(Get-ChildItem -LiteralPath $plan -Filter 'status-*-target.csv').Count | Should -Be 1
    }
    finally { Remove-PlanCopy $plan }
  }
}

Describe 'the groups script of ctmap export --format precreate' {
  BeforeAll {
    $groupsPlan = Join-Path $root 'groups'
    $groupFacts = Get-PlanFacts $groupsPlan
    $name = '04-target-create-groups.ps1'
    # The calls a live run makes in a tenant that has none of the groups yet, in order.
    function Get-GroupCalls {
      param([string[]]$Existing = @())
      $calls = New-Object 'System.Collections.Generic.List[object]'
      foreach ($g in $groupFacts.m365Groups) {
        $calls.Add((New-Call 'Get-UnifiedGroup' @{ Identity = $g.alias }))
        if ($Existing -notcontains $g.alias) {
          $p = @{ DisplayName = $g.displayName; Alias = $g.alias; AccessType = $g.accessType }
          if ($g.mailboxRegion -ne '') { $p['MailboxRegion'] = $g.mailboxRegion }
          $calls.Add((New-Call 'New-UnifiedGroup' $p))
        }
      }
      foreach ($g in $groupFacts.securityGroups) {
        $calls.Add((New-Call 'Get-MgGroup' @{ Filter = "mailNickname eq '" + $g.mailNickname.Replace("'", "''") + "'" }))
        $calls.Add((New-Call 'New-MgGroup' @{ DisplayName = $g.displayName; MailEnabled = $false; MailNickname = $g.mailNickname; SecurityEnabled = $true }))
      }
      return , $calls.ToArray()
    }
  }
  BeforeEach {
    $copy = Copy-Plan $groupsPlan
    $script = Join-Path $copy $name
    Reset-SpoMock
    $global:SpoMock.AcceptedDomains = @('fabrikam.com', 'fabrikam.onmicrosoft.com')
    Remove-Variable -Name SpoPwned -Scope Global -ErrorAction SilentlyContinue
  }
  AfterEach { Remove-PlanCopy $copy }

  It 'under -DryRun calls nothing and prints every group it would create' {
    $r = Invoke-Runbook $script @{ DryRun = $true }
    $r.ExitCode | Should -Be 0
    $r.Calls | Should -BeNullOrEmpty
    $all = Get-GroupCalls
    foreach ($call in @($all | Where-Object Cmdlet -like 'New-*')) {
      $text = ' ' + (Format-DryRunCall $call)
      @($r.Output | Where-Object { $_ -match '^dry-run ' -and $_.EndsWith($text) }).Count | Should -Be 1 -Because $text
    }
  }

  It 'connects to Exchange Online and Graph in the target tenant and creates every group, values byte for byte' {
    $r = Invoke-Runbook $script
    $r.Error | Should -BeNullOrEmpty
    $r.ExitCode | Should -Be 0
    $calls = @($r.Calls | ForEach-Object { Format-RecordedCall $_ })
    $calls[0..2] | Should -BeExactly @(
      (Format-RecordedCall (New-Call 'Connect-ExchangeOnline' @{ ShowBanner = [switch]$false })),
      'Get-AcceptedDomain',
      (Format-RecordedCall (New-Call 'Connect-MgGraph' @{ Scopes = 'Group.ReadWrite.All'; NoWelcome = [switch]$true })))
    $calls[-2..-1] | Should -BeExactly @((Format-RecordedCall (New-Call 'Disconnect-ExchangeOnline' @{ Confirm = [switch]$false })), 'Disconnect-MgGraph')
    $body = @($calls | Select-Object -Skip 3 | Select-Object -SkipLast 2)
    $body | Should -BeExactly (Get-Want (Get-GroupCalls))
    Test-Path -LiteralPath 'variable:global:SpoPwned' | Should -BeFalse
    $log = @(Read-RunbookLog $script)
    @($log[0].PSObject.Properties.Name) | Should -BeExactly @('Time', 'Item', 'Cmdlet', 'Outcome', 'Error')
    @($log | ForEach-Object Outcome | Sort-Object -Unique) | Should -BeExactly @('created')
    $log.Count | Should -Be ($groupFacts.m365Groups.Count + $groupFacts.securityGroups.Count)
  }

  It 'connected to a tenant without the target domain, stops before any change' {
    $global:SpoMock.AcceptedDomains = @('contoso.com')
    $r = Invoke-Runbook $script
    [string]$r.Error | Should -Match 'Connected to the wrong tenant: .*Nothing was changed'
    @($r.Calls | ForEach-Object Cmdlet) | Should -BeExactly @('Connect-ExchangeOnline', 'Get-AcceptedDomain', 'Disconnect-ExchangeOnline')
    @(Read-RunbookLog $script).Count | Should -Be 0
  }

  It 'run again after a partial failure, creates nothing twice; a group that exists is left alone' {
    $second = $groupFacts.m365Groups[1].alias
    [void]$global:SpoMock.FailOn.Add($second)
    [void]$global:SpoMock.UnifiedGroups.Add($groupFacts.m365Groups[0].alias)
    $first = Invoke-Runbook $script
    $first.ExitCode | Should -Be 1
    $firstNew = @($first.Calls | Where-Object { $_.Cmdlet -like 'New-*' } | ForEach-Object { [string]$_.Params['DisplayName'] })
    $firstNew | Should -Not -Contain $groupFacts.m365Groups[0].displayName
    $global:SpoMock.FailOn.Clear()
    $again = Invoke-Runbook $script
    $again.ExitCode | Should -Be 0
    @($again.Calls | Where-Object { $_.Cmdlet -like 'New-*' } | ForEach-Object { $_.Params['Alias'] }) | Should -BeExactly @($second)
  }
}
