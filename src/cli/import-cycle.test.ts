import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The import graph of the TypeScript files under `root` (tests left out): file → files it imports under `root`. */
function importGraph(root: string): Map<string, string[]> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => join(root, path));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const imported = [...source.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)\.js'/g)]
      .map((match) => resolve(dirname(file), `${match[1] ?? ''}.ts`))
      .filter((path) => files.includes(path));
    graph.set(file, imported);
  }
  return graph;
}

/** A cycle of the graph as the list of its files (the first repeated at the end), or undefined when there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (file: string, path: readonly string[]): string[] | undefined => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return undefined;
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next, [...path, file]);
      if (cycle !== undefined) return cycle;
    }
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file, []);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

describe('the CLI module', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['create-program', ['brief-command', 'cli-options']],
      ['brief-command', ['cli-options', 'create-program']],
      ['cli-options', []],
    ]);
    expect(findCycle(graph)).toEqual(['create-program', 'brief-command', 'create-program']);
    expect(findCycle(new Map([...graph, ['brief-command', ['cli-options']]]))).toBeUndefined();
  });

  it('has no import cycle among its files', () => {
    const root = import.meta.dirname;
    const graph = importGraph(root);
    expect(graph.size).toBeGreaterThan(10);
    expect(graph.get(join(root, 'create-program.ts'))).toContain(join(root, 'commands', 'brief-command.ts'));
    const cycle = findCycle(graph)?.map((file) => relative(root, file));
    expect(cycle).toBeUndefined();
  });
});
