// Step 7 on the source: the redirect sites this plan's moves leave behind (facts §7). Listing
// is the default; removing needs -Remove, after the whole migration, because a redirect keeps
// old links working. Only redirects at the old URL of one of this plan's moves are touched:
// any other (a site rename, another project) is listed as not ours and left alone.

import type { Move } from '../../plan/types.js';
import { tenantOf } from '../../read/shapes.js';
import { compareKeys } from '../../order.js';
import { SCRIPT, tenantConstants, type RunbookContext } from './context.js';
import type { ScriptSpec } from './script.js';

/**
 * The URL a move leaves its redirect at. A OneDrive's URL is the UPN with every character other
 * than a letter or digit replaced by '_' under /personal/ (facts §10: a heuristic; a OneDrive
 * whose URL differs is listed as not ours, never removed). A group site is /sites/<alias>.
 */
export function oldUrl(move: Move, ctx: RunbookContext): string {
  switch (move.kind) {
    case 'onedrive':
      return `${ctx.source.hostUrl.replace(/\/$/, '')}/personal/${move.source.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
    case 'site':
      return move.source.replace(/\/$/, '');
    case 'group-site':
      return `https://${tenantOf(ctx.source.adminUrl)}.sharepoint.com/sites/${move.source}`;
  }
}

export function redirectCleanupScript(ctx: RunbookContext): ScriptSpec {
  const urls = [...new Set(ctx.waves.flatMap((w) => w.moves.map((m) => oldUrl(m, ctx))))].sort(compareKeys);
  return {
    name: SCRIPT.redirects,
    purpose: `step 7 on the SOURCE tenant: list the redirect sites at the old URLs of this plan's ${urls.length} moves; with -Remove, remove those, and only those.`,
    side: 'source',
    params: ['[switch]$Remove'],
    constants: tenantConstants(ctx, 'source'),
    tables: [{ name: 'OurRedirects', comment: "The old URL of every move of this plan: the only redirects this script removes.", rows: urls.map((u) => ({ Url: u })) }],
    body: [
      "$ours = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::OrdinalIgnoreCase)",
      'foreach ($row in $OurRedirects) { [void]$ours.Add($row.Url) }',
      "$cmdlet = 'Get-SPOSite'",
      "$params = @{ Template = 'RedirectSite#0'; Limit = 'All'; IncludePersonalSite = $true }",
      'if ($DryRun) {',
      "  Add-Result 'RedirectSite#0' $cmdlet 'dry-run' (Format-Call $cmdlet $params)",
      '  foreach ($row in $OurRedirects) {',
      "    Add-Result $row.Url 'Remove-SPOSite' 'dry-run' ((Format-Call 'Remove-SPOSite' @{ Identity = $row.Url }) + ' -Confirm:$false, only with -Remove and only if Get-SPOSite lists it')",
      '  }',
      '}',
      'else {',
      '  $sites = @()',
      '  try { $sites = @(Get-SPOSite @params) }',
      "  catch { Add-Result 'RedirectSite#0' $cmdlet 'failed' $_.Exception.Message }",
      '  foreach ($site in $sites) {',
      "    $url = ([string]$site.Url).TrimEnd('/')",
      "    if (-not $ours.Contains($url)) { Add-Result $url 'Remove-SPOSite' 'not-ours' 'not the old URL of a move of this plan: left alone' }",
      "    elseif (-not $Remove) { Add-Result $url 'Remove-SPOSite' 'listed' 'run again with -Remove to remove it' }",
      '    else {',
      '      try {',
      '        Remove-SPOSite -Identity $url -Confirm:$false',
      "        Add-Result $url 'Remove-SPOSite' 'removed' 'in the recycle bin; Remove-SPODeletedSite deletes it for good'",
      '      }',
      "      catch { Add-Result $url 'Remove-SPOSite' 'failed' $_.Exception.Message }",
      '    }',
      '  }',
      '}',
    ],
  };
}
