// Import cycles in src/: `node scripts/import-cycles.mjs` lists each one and exits 1 if there
// is any (tests/unit/import-cycles.test.ts runs it in `npm test`). Every import counts: static,
// `import type`, `export … from` and `import()`, as madge counts them, so a cycle cannot hide
// behind a type import or a lazy load.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Every .ts file under `dir`. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** The import graph of `dir`: each file's relative imports that resolve to a file of it. */
export function importGraph(dir) {
  const files = new Set(sources(dir));
  const graph = new Map();
  for (const file of files) {
    // Comments out, so an example in a doc comment is not an import.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const deps = new Set();
    for (const m of code.matchAll(IMPORT)) {
      const to = resolve(dirname(file), m[1] ?? m[2]);
      if (files.has(to)) deps.add(to);
    }
    graph.set(file, [...deps].sort());
  }
  return graph;
}

/** The cycles of a graph: its strongly connected components of more than one file (or a file importing itself). */
export function findCycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const cycles = findCycles(importGraph(join(root, 'src')));
  for (const c of cycles) console.log(`cycle: ${c.map((f) => relative(root, f).split(sep).join('/')).join(' ⇄ ')}`);
  console.log(`${cycles.length} import cycles in src/`);
  process.exitCode = cycles.length ? 1 : 0;
}
