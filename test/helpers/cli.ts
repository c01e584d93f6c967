import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first). */
export function ctmap(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Options for node itself, e.g. ['--import', faultModule] */
  nodeArgs?: readonly string[];
  /** Kills a hung run: a guard, not a speed assertion (code is then -1). */
  timeoutMs?: number;
  uid?: number;
  gid?: number;
}

/** Runs the built CLI with node options, a hang guard, or as another user. */
export function ctmapWith(args: readonly string[], o: RunOptions): Run {
  const r = spawnSync(process.execPath, [...(o.nodeArgs ?? []), CLI, ...args], {
    cwd: o.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...o.env },
    ...(o.timeoutMs !== undefined && { timeout: o.timeoutMs, killSignal: 'SIGKILL' as const }),
    ...(o.uid !== undefined && { uid: o.uid }),
    ...(o.gid !== undefined && { gid: o.gid }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The preload that makes the file system fail (test/helpers/faults/fs-fault.mjs). */
export const FS_FAULT = fileURLToPath(new URL('./faults/fs-fault.mjs', import.meta.url));
