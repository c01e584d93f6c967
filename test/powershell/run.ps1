# Runs the Pester suite of the generated runbook scripts and writes its counts for .ci/run.
#   pwsh -File test/powershell/run.ps1 -Pester <Pester.psd1> -Plans <folder> -Result <json>
param(
  [Parameter(Mandatory = $true)][string]$Pester,
  [Parameter(Mandatory = $true)][string]$Plans,
  [Parameter(Mandatory = $true)][string]$Result,
  [string]$Xml = ''
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

Import-Module $Pester -Force
$env:CTMAP_PS_PLANS = $Plans
$config = New-PesterConfiguration
$config.Run.Path = $PSScriptRoot
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
if ($Xml -ne '') {
  $config.TestResult.Enabled = $true
  $config.TestResult.OutputFormat = 'NUnitXml'
  $config.TestResult.OutputPath = $Xml
}
$run = Invoke-Pester -Configuration $config

# A block or file that failed outside an It counts as a failure too.
$failed = $run.FailedCount + $run.FailedBlocksCount + $run.FailedContainersCount
$counts = [ordered]@{
  passed = $run.PassedCount
  failed = $failed
  skipped = $run.SkippedCount
  pester = (Get-Module Pester).Version.ToString()
  powershell = $PSVersionTable.PSVersion.ToString()
  seconds = [math]::Round($run.Duration.TotalSeconds, 1)
}
[IO.File]::WriteAllText($Result, ($counts | ConvertTo-Json) + "`n")
Write-Host ('{0} passed, {1} failed' -f $counts.passed, $counts.failed)
if ($failed -gt 0) { exit 1 }
exit 0
