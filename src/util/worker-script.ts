/**
 * The script a worker thread runs, by its entry's path under src/ ('check/page-reader'). In the
 * bundle (dist/cli) each worker is an entry of its own beside the chunks, by its file's name
 * (scripts/cli-bundle.mjs). From the sources (tsx, vitest) the entry's TypeScript is bundled
 * here, in memory, by esbuild, into a data: URL whose packages are imported from node_modules
 * by file URL: about 0.2 s of CPU once per process, where registering tsx in each worker took 3 s.
 */
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const fromSources = import.meta.url.endsWith('.ts');
const bundled = new Map<string, Promise<URL>>();

export function workerScript(entry: string): Promise<URL> {
  if (!fromSources) return Promise.resolve(new URL(`./${basename(entry)}.mjs`, import.meta.url));
  let script = bundled.get(entry);
  if (!script) {
    script = bundleEntry(new URL(`../${entry}.ts`, import.meta.url));
    bundled.set(entry, script);
    script.catch(() => bundled.delete(entry));
  }
  return script;
}

async function bundleEntry(source: URL): Promise<URL> {
  const esbuild = await import('esbuild');
  const require = createRequire(source);
  const result = await esbuild.build({
    entryPoints: [source.pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-by-file-url',
        setup(build) {
          // A data: URL has no folder to resolve a package from: each import names its file.
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('node:') ? { path: args.path, external: true } : { path: pathToFileURL(require.resolve(args.path)).href, external: true },
          );
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild wrote nothing for ${source.pathname}`);
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
