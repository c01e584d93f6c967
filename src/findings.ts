// The one finding core that map, lint, plan and export share: a finding is data with a stable
// code, a severity from its command's table, a place, and values for the wording (wording/).
// Each command keeps its own codes; exitCodeFor (errors.ts) turns any of them into an exit code.

export type Severity = 'error' | 'warning' | 'info';

/** Where a row came from: the file as given, and its 1-based line. */
export interface Origin {
  file: string;
  line: number;
}

export type FindingValue = string | number | readonly (string | number)[];

/** Values for the wording: counts, lines, names. */
export type FindingData = Readonly<Record<string, FindingValue>>;

/**
 * The shape every command's finding has. `column` is the column's name in an export, its
 * 1-based number in an identity map; a command narrows the fields it always sets.
 */
export interface FindingCore<Code extends string, Sev extends Severity = Severity> {
  code: Code;
  severity: Sev;
  file?: string;
  line?: number;
  column?: string | number;
  data?: FindingData;
}

/** One severity per code: a command's table says how bad each of its findings is. */
export type SeverityTable<Code extends string, Sev extends Severity = Severity> = Readonly<Record<Code, Sev>>;

/** How many findings have this severity: the counts the reports print. */
export function countSeverity(findings: readonly { severity: Severity }[], severity: Severity): number {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n++;
  return n;
}
