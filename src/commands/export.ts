// `ctmap export`: the reviewed mapping of a map run in the format another tool takes.
// Returns the exit code; throws CtmapError for exit 2 before writing anything.

import { exitCodeFor } from '../errors.js';
import { assertWritable, writeOutputs } from '../emit/write.js';
import { CSV_FORMATS } from '../export/formats/csv-formats.js';
import { GRAPH_FILE, graphDelta } from '../export/formats/graph-delta.js';
import { exportPairs } from '../export/pairs.js';
import type { ExportFinding, FormatOutput } from '../export/types.js';
import { readMapEntries, readRunFolder } from '../read/run-folder.js';
import { runPrecreate } from './export-precreate.js';
import { formatExportReport } from './export-report.js';
import type { Io } from './io.js';
import { resolveExportSettings } from './export-settings.js';

export interface ExportOutcome {
  exitCode: number;
  output: FormatOutput;
  findings: ExportFinding[];
  paths: string[];
}

export function runExportCommand(args: unknown, io: Io): ExportOutcome {
  const settings = resolveExportSettings(args);
  const run = readRunFolder(settings.from);
  const { pairs, tenantId, findings: pairFindings } = exportPairs(run);
  const findings: ExportFinding[] = [...run.findings, ...pairFindings];
  let output: FormatOutput;
  if (settings.format === 'precreate') {
    output = runPrecreate(settings, run, pairs, findings);
  } else if (settings.format === 'graph-delta') {
    const previous = settings.previous === undefined ? undefined : { file: settings.previous, entries: readMapEntries(settings.previous, findings, 'previous-row-invalid') };
    output = graphDelta({ pairs, tenantId, mapFile: run.files.map, ...(previous && { previous }) });
  } else {
    output = CSV_FORMATS[settings.format as keyof typeof CSV_FORMATS]({ pairs, mapFile: run.files.map });
  }
  findings.push(...output.findings);

  const names = output.files.map((f) => f.name);
  // Bodies of an earlier, longer graph-delta export must not be sent again: they leave in the same swap.
  const stale = settings.format === 'graph-delta' ? { stale: GRAPH_FILE } : {};
  assertWritable(settings.out, names, settings.force);
  const paths = output.files.length === 0 ? [] : writeOutputs(settings.out, output.files, settings.force, stale);

  io.out(formatExportReport(settings.format, output, findings, paths));
  return { exitCode: exitCodeFor(findings), output, findings, paths };
}
