// Every command, registered explicitly.
import { demoCommand } from './demo-command.js';
import { diffCommand } from './diff-command.js';
import { exportCommand } from './export-command.js';
import { lintCommand } from './lint-command.js';
import { mapCommand } from './map-command.js';
import { planCommand } from './plan-command.js';
import { preflightCommand } from './preflight-command.js';
import { reportCommand } from './report-command.js';
import { statusCommand } from './status-command.js';
import type { CommandSpec } from './spec.js';

export const COMMANDS: readonly CommandSpec[] = [mapCommand, planCommand, preflightCommand, statusCommand, lintCommand, diffCommand, exportCommand, reportCommand, demoCommand];
