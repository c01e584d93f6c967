// Step 7 on the source: the redirect sites every move leaves behind (facts §7). Listing is the
// default; removing needs -Remove, after the whole migration, because a redirect keeps old
// links working.

import { SCRIPT, tenantConstants, type RunbookContext } from './context.js';
import type { ScriptSpec } from './script.js';

export function redirectCleanupScript(ctx: RunbookContext): ScriptSpec {
  return {
    name: SCRIPT.redirects,
    purpose: 'step 7 on the SOURCE tenant: list the redirect sites the moves left; with -Remove, remove them.',
    side: 'source',
    params: ['[switch]$Remove'],
    constants: tenantConstants(ctx, 'source'),
    body: [
      "$cmdlet = 'Get-SPOSite'",
      "$params = @{ Template = 'RedirectSite#0'; Limit = 'All' }",
      'if ($DryRun) {',
      "  Add-Result 'RedirectSite#0' $cmdlet 'dry-run' (Format-Call $cmdlet $params)",
      "  Add-Result 'RedirectSite#0' 'Remove-SPOSite' 'dry-run' 'each site listed, with -Identity <url> -Confirm:$false, only with -Remove'",
      '}',
      'else {',
      '  $sites = @()',
      '  try { $sites = @(Get-SPOSite @params) }',
      "  catch { Add-Result 'RedirectSite#0' $cmdlet 'failed' $_.Exception.Message }",
      '  foreach ($site in $sites) {',
      '    $url = [string]$site.Url',
      "    if (-not $Remove) { Add-Result $url 'Remove-SPOSite' 'listed' 'run again with -Remove to remove it' }",
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
