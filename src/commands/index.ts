// Every command, registered explicitly.
import { demoCommand } from './demo-command.js';
import { mapCommand } from './map-command.js';
import { planCommand } from './plan-command.js';
import type { CommandSpec } from './spec.js';

export const COMMANDS: readonly CommandSpec[] = [mapCommand, planCommand, demoCommand];
