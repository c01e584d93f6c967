// Reads the status.json `ctmap status` wrote (--status names it or the folder holding it) into
// what a report page shows. A missing, unreadable or foreign file is a coded CtmapError (exit 2)
// naming the file.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { statusJsonSchema } from '../status/json.js';
import type { ReportStatus } from './data.js';
import { readJsonFile } from './read-json.js';

export const STATUS_FILE = 'status.json';

/** The file --status names: itself, or status.json inside the folder it names. */
export function statusFile(given: string): string {
  let folder = false;
  try {
    folder = statSync(given).isDirectory();
  } catch {
    // Not there: reading it names it (file-not-found).
  }
  return folder ? join(given, STATUS_FILE) : given;
}

export function readStatus(given: string): ReportStatus {
  const file = statusFile(given);
  const s = readJsonFile(file, statusJsonSchema, 'status.json', 'give --status the status.json that ctmap status wrote, or its folder');
  return {
    file,
    snapshots: s.snapshots,
    latest: s.latest,
    previous: s.previous,
    stuckHours: s.stuckHours,
    queue: s.queue,
    waves: s.waves,
    failed: s.failed,
    stuck: s.stuck,
    notSeen: s.notSeen.length,
    notInPlan: s.notInPlan,
  };
}
