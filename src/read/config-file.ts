// Reads the JSON config file; paths inside it are relative to the file's folder.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseConfigJson, type ConfigFile } from '../config.js';
import { CtmapError } from '../errors.js';
import { readError } from './bytes.js';

export interface LoadedConfig<T = ConfigFile> {
  config: T;
  /** Resolves a path written in the config file. */
  path(p: string): string;
}

export function readConfigFile(file: string): LoadedConfig {
  return readJsonConfig(file, parseConfigJson);
}

/** Reads a JSON config file and validates it with parse (which throws invalid-config). */
export function readJsonConfig<T>(file: string, parse: (json: unknown, file: string) => T): LoadedConfig<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw readError(err, file);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CtmapError('invalid-config', { file, column: '(json)', detail: err instanceof Error ? err.message : String(err) });
  }
  const base = dirname(resolve(file));
  return { config: parse(json, file), path: (p) => shortest(resolve(base, p)) };
}

// Messages read better with a path relative to where the admin ran ctmap.
function shortest(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
