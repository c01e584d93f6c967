// The house's import rules, read from the sources: no cycle anywhere in src/ (type-only
// imports count), the matcher never reaches for the config file or the CLI, and a large run's
// main thread never loads the matcher (it runs in the worker).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const STATIC = /^\s*(?:import|export)\s[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolveSpec(from: string, spec: string): string {
  return relative(src, resolve(dirname(join(src, from)), spec.replace(/\.js$/, '.ts')));
}

function importsOf(text: string, from: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => resolveSpec(from, (m[1] ?? m[2])!));
}

const files = tsFiles(src).map((f) => relative(src, f)).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(src, f), 'utf8')]));
const staticGraph = new Map(files.map((f) => [f, importsOf(texts.get(f)!, f, STATIC)]));
const dynamicGraph = new Map(files.map((f) => [f, importsOf(texts.get(f)!, f, DYNAMIC)]));

/** A cycle as a list of files, or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined;
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return undefined;
  };
  for (const f of graph.keys()) {
    const cycle = visit(f);
    if (cycle) return cycle;
  }
  return undefined;
}

function closure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...(staticGraph.get(f) ?? []));
  }
  return seen;
}

describe('imports in src/', () => {
  it('resolve to files that exist (the graph below is complete)', () => {
    const missing = [...staticGraph.entries()].flatMap(([f, list]) => list.filter((t) => !texts.has(t)).map((t) => `${f} → ${t}`));
    expect(missing).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });

  it('form no cycle, type-only imports included', () => {
    expect(findCycle(staticGraph)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });

  it('never go from match/ to the config file, the commands or the CLI', () => {
    const wrong = [...staticGraph.entries(), ...dynamicGraph.entries()]
      .filter(([f]) => f.startsWith('match/'))
      .flatMap(([f, list]) => list.filter((t) => t === 'config.ts' || t === 'cli.ts' || t.startsWith('commands/')).map((t) => `${f} → ${t}`));
    expect(wrong).toEqual([]);
  });

  it('keep match/ out of the main thread of a large map run', () => {
    // What the main thread loads before handing a large run to the worker: the CLI and the
    // modules map-command.ts imports ahead of that decision.
    const decision = texts.get('commands/map-command.ts')!;
    const before = decision.slice(0, decision.indexOf('io.largeRun(['));
    const main = closure(['cli.ts', ...importsOf(before, 'commands/map-command.ts', DYNAMIC)]);
    expect(main.has('commands/map-settings.ts')).toBe(true);
    // match/options.ts holds only the settings' types and defaults, match/kinds/map-columns.ts
    // only the kinds' map columns: no matching code.
    const allowed = new Set(['match/options.ts', 'match/kinds/map-columns.ts']);
    expect([...main].filter((f) => (f.startsWith('match/') && !allowed.has(f)) || f === 'pipeline.ts')).toEqual([]);
  });
});
