// Steps 2, 3 and 7: set, verify and remove the trust on each side. The partner role is always
// the role of the other tenant: on the target it is Source with the source host, which
// corrects the step 7 doc (facts §13.1).

import { action } from './blocks.js';
import { otherSide, partnerRole, SCRIPT, tenantConstants, type RunbookContext } from './context.js';
import { psQuote } from './quote.js';
import type { ScriptSpec, Side } from './script.js';

const relationParams = (side: Side) => ["Scenario = 'MnA'", `PartnerRole = ${psQuote(partnerRole(side))}`, 'PartnerCrossTenantHostUrl = $PartnerHostUrl'];

export function trustScript(ctx: RunbookContext, side: Side): ScriptSpec {
  return {
    name: SCRIPT.trust(side),
    purpose: `step 2 on the ${side.toUpperCase()} tenant: trust the ${otherSide(side)} tenant as the ${partnerRole(side).toLowerCase()} of the moves.`,
    side,
    constants: tenantConstants(ctx, side),
    body: action({
      key: '$PartnerHostUrl',
      cmdlet: 'Set-SPOCrossTenantRelationship',
      params: relationParams(side),
      call: [
        'Set-SPOCrossTenantRelationship @params | Out-Null',
        `Add-Result $PartnerHostUrl $cmdlet 'requested' ${psQuote(`the ${otherSide(side)} admins get an e-mail; then run ${SCRIPT.verify(side)}`)}`,
      ],
    }),
  };
}

// What each Test-SPOCrossTenantRelationship result means (facts §3 step 3).
function verifyAdvice(side: Side): [string, string][] {
  const other = otherSide(side);
  return [
    ['NotEstablished', `trust was not requested on this tenant: run ${SCRIPT.trust(side)}`],
    ['NotEstablishedByPartner', `the ${other} tenant has not requested trust: its admin runs ${SCRIPT.trust(other)}`],
    ['DormantByPartner', `the ${other} tenant's request is in its 7-day waiting period: run this script again later`],
    ['CouldNotContactPartner', `the ${other} tenant could not be reached: run this script again later`],
  ];
}

export function verifyScript(ctx: RunbookContext, side: Side): ScriptSpec {
  const cmdlet = `${ctx.verifyVerb}-SPOCrossTenantRelationship`;
  return {
    name: SCRIPT.verify(side),
    purpose: `step 3 on the ${side.toUpperCase()} tenant: check that trust with the ${otherSide(side)} tenant is GoodToProceed.`,
    side,
    constants: tenantConstants(ctx, side),
    functions: [
      [
        'function Get-TrustAdvice {',
        '  param([string]$Result)',
        '  switch ($Result) {',
        ...verifyAdvice(side).map(([result, advice]) => `    ${psQuote(result)} { return ${psQuote(advice)} }`),
        '  }',
        "  return 'unexpected result: see RUNBOOK.md, step 3'",
        '}',
      ].join('\r\n'),
    ],
    body: action({
      key: '$PartnerHostUrl',
      cmdlet,
      params: relationParams(side),
      call: [
        `$result = [string](${cmdlet} @params)`,
        "if ($result -eq 'GoodToProceed') { Add-Result $PartnerHostUrl $cmdlet 'GoodToProceed' }",
        "else { Add-Result $PartnerHostUrl $cmdlet 'not-verified' ('{0}: {1}' -f $result, (Get-TrustAdvice $result)) }",
      ],
    }),
  };
}

export function removeTrustScript(ctx: RunbookContext, side: Side): ScriptSpec {
  return {
    name: SCRIPT.removeTrust(side),
    purpose: `step 7 on the ${side.toUpperCase()} tenant: remove the trust with the ${otherSide(side)} tenant, before the source licences expire.`,
    side,
    constants: tenantConstants(ctx, side),
    body: action({
      key: '$PartnerHostUrl',
      cmdlet: 'Remove-SPOCrossTenantRelationship',
      params: relationParams(side),
      call: ['Remove-SPOCrossTenantRelationship @params | Out-Null', "Add-Result $PartnerHostUrl $cmdlet 'removed'"],
    }),
  };
}
