// Reads the JSON config file; paths inside it are relative to the file's folder.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseConfigJson, type ConfigFile } from '../config.js';
import { CtmapError } from '../errors.js';

export interface LoadedConfig {
  config: ConfigFile;
  /** Resolves a path written in the config file. */
  path(p: string): string;
}

export function readConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CtmapError('file-not-found', { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CtmapError('invalid-config', { file, column: '(json)', detail: err instanceof Error ? err.message : String(err) });
  }
  const base = dirname(resolve(file));
  return { config: parseConfigJson(json, file), path: (p) => resolve(base, p) };
}
