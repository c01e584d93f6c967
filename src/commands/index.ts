// Every command, registered explicitly.
import { demoCommand } from './demo-command.js';
import { mapCommand } from './map-command.js';
import type { CommandSpec } from './spec.js';

export const COMMANDS: readonly CommandSpec[] = [mapCommand, demoCommand];
