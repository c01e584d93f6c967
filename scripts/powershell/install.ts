// PowerShell 7 and Pester for the runbook suite, into the git-ignored .tools/ of the repo, never
// globally. With the .NET SDK: PowerShell as a .NET tool (the only version NuGet serves) and
// Pester through a throwaway project's PackageDownload (NuGet extracts and verifies it; the
// module is the package's tools/ folder). Without dotnet, a pwsh or powershell on PATH runs the
// suite and Pester is fetched from NuGet's flat container and unzipped by PowerShell itself.
// Idempotent: a second call finds both and returns at once.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const POWERSHELL_VERSION = '7.6.9';
export const PESTER_VERSION = '5.7.1';

export type Tools = { pwsh: string; pester: string; installed: string[] } | { skipped: string };

const exe = process.platform === 'win32' ? '.exe' : '';

function run(cmd: string, args: readonly string[], cwd?: string): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) return { ok: false, output: r.error.message };
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

const onPath = (cmd: string) => run(cmd, ['-NoProfile', '-NonInteractive', '-Command', 'exit 0']).ok;

export function installPowerShellTools(repo: string): Tools {
  const tools = join(repo, '.tools');
  const pester = join(tools, 'pester', 'pester', PESTER_VERSION, 'tools', 'Pester.psd1');
  const toolPwsh = join(tools, 'pwsh', `pwsh${exe}`);
  const installed: string[] = [];
  const dotnet = run('dotnet', ['--version']).ok;

  let pwsh: string;
  if (dotnet) {
    // The .store folder names the version: a tool of another version is replaced.
    if (!existsSync(toolPwsh) || !existsSync(join(tools, 'pwsh', '.store', 'powershell', POWERSHELL_VERSION))) {
      rmSync(join(tools, 'pwsh'), { recursive: true, force: true });
      const r = run('dotnet', ['tool', 'install', 'PowerShell', '--version', POWERSHELL_VERSION, '--tool-path', join(tools, 'pwsh')]);
      if (!r.ok) throw new Error(`dotnet tool install PowerShell --version ${POWERSHELL_VERSION} failed:\n${r.output}`);
      installed.push(`PowerShell ${POWERSHELL_VERSION}`);
    }
    pwsh = toolPwsh;
  } else {
    const found = ['pwsh', 'powershell'].find(onPath);
    if (found === undefined) return { skipped: 'neither dotnet (to install PowerShell 7 as a .NET tool) nor pwsh/powershell is on PATH' };
    pwsh = found;
  }

  if (!existsSync(pester)) {
    if (dotnet) restorePester(tools);
    else downloadPester(tools, pwsh);
    if (!existsSync(pester)) throw new Error(`Pester ${PESTER_VERSION} was installed but ${pester} is missing: the package layout changed`);
    installed.push(`Pester ${PESTER_VERSION}`);
  }
  return { pwsh, pester, installed };
}

function restorePester(tools: string): void {
  const project = join(tools, 'pester-restore');
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, 'pester-restore.csproj'),
    [
      '<Project Sdk="Microsoft.NET.Sdk">',
      '  <!-- Only downloads Pester into ../pester; nothing is built. -->',
      '  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework><DisableImplicitFrameworkReferences>true</DisableImplicitFrameworkReferences></PropertyGroup>',
      `  <ItemGroup><PackageDownload Include="Pester" Version="[${PESTER_VERSION}]" /></ItemGroup>`,
      '</Project>',
      '',
    ].join('\n'),
  );
  const r = run('dotnet', ['restore', 'pester-restore.csproj', '--packages', join(tools, 'pester')], project);
  if (!r.ok) throw new Error(`dotnet restore of Pester ${PESTER_VERSION} from NuGet failed:\n${r.output}`);
}

// No dotnet: the .nupkg is a zip; PowerShell's own .NET unzips it.
function downloadPester(tools: string, pwsh: string): void {
  const dir = join(tools, 'pester', 'pester', PESTER_VERSION);
  mkdirSync(dir, { recursive: true });
  const url = `https://api.nuget.org/v3-flatcontainer/pester/${PESTER_VERSION}/pester.${PESTER_VERSION}.nupkg`;
  const script = [
    "$ErrorActionPreference = 'Stop'",
    `$zip = Join-Path '${dir}' 'pester.nupkg'`,
    `Invoke-WebRequest -UseBasicParsing -Uri '${url}' -OutFile $zip`,
    'Add-Type -AssemblyName System.IO.Compression.FileSystem',
    `[System.IO.Compression.ZipFile]::ExtractToDirectory($zip, '${dir}')`,
  ].join('; ');
  const r = run(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script]);
  if (!r.ok) throw new Error(`downloading Pester ${PESTER_VERSION} from ${url} failed:\n${r.output}`);
}
