// The one shape of every action in a runbook script: build the parameters, print them under
// -DryRun, otherwise call the cmdlet inside its own try/catch and log one result line.

import { psQuote } from './quote.js';

export interface Action {
  /** The item's key as PowerShell: '$item.Source', '$PartnerHostUrl'. */
  key: string;
  cmdlet: string;
  /** Hashtable entries, e.g. 'SourceUserPrincipalName = $item.Source'. */
  params: readonly string[];
  /** Lines before the parameters are built (in a loop they may 'continue'). */
  before?: readonly string[];
  /** Lines after the parameters are built, before -DryRun is checked. */
  prepare?: readonly string[];
  /** The call and its result lines; they may use $params and $cmdlet. */
  call: readonly string[];
}

/** Lines indented by two spaces; blank lines stay empty. */
export function indent(lines: readonly string[]): string[] {
  return lines.map((l) => (l === '' ? '' : `  ${l}`));
}

export function action(a: Action): string[] {
  return [
    `$cmdlet = ${psQuote(a.cmdlet)}`,
    ...(a.before ?? []),
    `$params = @{ ${a.params.join('; ')} }`,
    ...(a.prepare ?? []),
    'if ($DryRun) {',
    `  Add-Result ${a.key} $cmdlet 'dry-run' (Format-Call $cmdlet $params)`,
    '}',
    'else {',
    '  try {',
    ...indent(indent(a.call)),
    '  }',
    '  catch {',
    `    Add-Result ${a.key} $cmdlet 'failed' $_.Exception.Message`,
    '  }',
    '}',
  ];
}

/** The action once per row of a table, the row as $item. */
export function forEachItem(table: string, a: Omit<Action, 'key'>, comment: string): string[] {
  return [`# ${comment}`, `foreach ($item in $${table}) {`, ...indent(action({ ...a, key: '$item.Source' })), '}'];
}
