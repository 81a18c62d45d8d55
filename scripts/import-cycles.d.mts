/** Each .ts file under `dir` and the files of it that it imports (any kind of import). */
export function importGraph(dir: string): Map<string, string[]>;
/** The cycles of an import graph: its strongly connected components of more than one file, or a file importing itself. */
export function findCycles(graph: Map<string, string[]>): string[][];
