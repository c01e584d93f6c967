// `ctmap lint FILE`: read the map and any exports, run the lint rules, print the findings.
// Returns 1 when error findings exist; throws CtmapError (exit 2) when an input is unreadable.

import { z } from 'zod';
import { parseTenantId } from '../config.js';
import { exitCodeFor } from '../errors.js';
import { lintMap, type LintExport, type LintExports } from '../lint/index.js';
import type { Kind, Tenant } from '../model.js';
import { readMapFile } from '../read/identity-map.js';
import { readExportFile } from '../read/index.js';
import { parseArgs } from './args.js';
import type { Io } from './io.js';
import { lintJson, lintReport } from './lint-report.js';

const lintArgs = z.object({
  file: z.string().min(1),
  sourceTenantId: z.string().optional(),
  sourceUsers: z.string().optional(),
  targetUsers: z.string().optional(),
  sourceGroups: z.string().optional(),
  targetGroups: z.string().optional(),
  json: z.boolean().default(false),
});

export function runLintCommand(raw: unknown, io: Io): number {
  const args = parseArgs(lintArgs, raw);
  const sourceTenantId = args.sourceTenantId === undefined ? undefined : parseTenantId(args.sourceTenantId);
  const map = readMapFile(args.file);
  const read = (file: string | undefined, kind: Kind, tenant: Tenant): LintExport | undefined =>
    file === undefined ? undefined : { file, principals: readExportFile(file, { kind, tenant }).principals };
  const exports: LintExports = {
    sourceUsers: read(args.sourceUsers, 'user', 'source'),
    targetUsers: read(args.targetUsers, 'user', 'target'),
    sourceGroups: read(args.sourceGroups, 'group', 'source'),
    targetGroups: read(args.targetGroups, 'group', 'target'),
  };
  const result = lintMap({ map, sourceTenantId, exports });
  io.out(args.json ? lintJson(map, result, exports) : lintReport(map, result, exports));
  return exitCodeFor(result.findings);
}
