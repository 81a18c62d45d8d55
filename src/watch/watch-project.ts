import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadManifest } from '../manifest/load.ts';

export interface WatchOptions {
  /** Project folder (the manifest's folder). */
  root: string;
  /** Path of reader.yaml. */
  manifestPath: string;
  /**
   * Called once per burst of changes with the changed paths (absolute). Calls never overlap:
   * changes made while it runs are gathered and reported in one more call after it.
   */
  onChange: (changed: string[]) => void | Promise<void>;
  /** Quiet time after the last change before onChange runs. Default 50 ms: an editor writes a save within a few ms, and a source that changes during a build is built again after it. */
  debounceMs?: number;
  signal?: AbortSignal;
  /** Called when onChange throws (it should report its own errors; this is a backstop). */
  onError?: (error: unknown) => void;
}

export interface ProjectWatcher {
  /** Stop watching; resolves once every watcher is closed and no onChange is running. */
  close(): Promise<void>;
  /** Resolves when the watcher has been closed (by close() or the signal). */
  closed: Promise<void>;
  /** The files and folders being watched now (absolute paths), for messages and tests. */
  watched(): { files: string[]; folders: string[] };
}

/** What a project's build reads: the manifest, every source, and the user's template and style folders. */
interface WatchSet {
  /** Exact files, absolute. */
  files: Set<string>;
  /** Folders whose .hbs/.css files all count (templates, templates/partials, styles). */
  folders: Set<string>;
}

/**
 * Watch what a build reads and call onChange, debounced, when any of it changes. Used by
 * `reader preview` and `reader build --watch`. Folders are watched rather than files, so
 * editors that save by writing a new file and renaming it over the old one are still seen.
 * When reader.yaml changes, the set is read again (new sources, a new templates folder);
 * if it does not load, the last good set is kept.
 */
export async function watchProject(options: WatchOptions): Promise<ProjectWatcher> {
  const manifestPath = resolve(options.manifestPath);
  const root = resolve(options.root);
  const debounceMs = options.debounceMs ?? 50;
  const watchers = new Map<string, FSWatcher>();
  let set: WatchSet = await readWatchSet(manifestPath, root);
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));

  const relevant = (path: string): boolean => set.files.has(path) || (set.folders.has(dirname(path)) && /\.(?:hbs|css)$/.test(path));

  const sync = () => {
    // Watch the folder of every file, and every template/style folder.
    const wanted = new Set([...[...set.files].map((f) => dirname(f)), ...set.folders]);
    for (const [dir, w] of watchers) {
      if (!wanted.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const dir of wanted) {
      if (watchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: true }, (_event, name) => {
          // Some platforms omit the name; then any change in the folder counts.
          const path = name ? join(dir, name.toString()) : dir;
          if (!name || relevant(path)) queue(path);
        });
        w.on('error', () => {
          w.close();
          watchers.delete(dir);
        });
        watchers.set(dir, w);
      } catch {
        // A folder that does not exist (yet): a later manifest change may name one that does.
      }
    }
  };

  const queue = (path: string) => {
    if (stopped) return;
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };

  const flush = async () => {
    if (stopped || pending.size === 0) return;
    if (running) return; // the run in progress flushes again when it ends
    const changed = [...pending].sort();
    pending = new Set();
    running = (async () => {
      if (changed.includes(manifestPath)) {
        set = await readWatchSet(manifestPath, root, set);
        sync();
      }
      try {
        await options.onChange(changed);
      } catch (e) {
        options.onError?.(e);
      }
    })();
    await running;
    running = undefined;
    if (pending.size) void flush();
  };

  const close = async () => {
    if (stopped) return closed;
    stopped = true;
    clearTimeout(timer);
    for (const w of watchers.values()) w.close();
    watchers.clear();
    options.signal?.removeEventListener('abort', onAbort);
    await running;
    resolveClosed();
    return closed;
  };
  const onAbort = () => void close();
  if (options.signal?.aborted) {
    await close();
  } else {
    options.signal?.addEventListener('abort', onAbort, { once: true });
    sync();
  }
  return {
    close,
    closed,
    watched: () => ({ files: [...set.files].sort(), folders: [...set.folders].sort() }),
  };
}

/** The files a build of this manifest reads; on a manifest that does not load, `previous` (or just the manifest). */
async function readWatchSet(manifestPath: string, root: string, previous?: WatchSet): Promise<WatchSet> {
  try {
    const { manifest } = await loadManifest(manifestPath);
    const files = new Set([manifestPath, ...manifest.texts.map((t) => resolve(root, t.source))]);
    const folders = new Set<string>();
    if (manifest.templates) {
      folders.add(resolve(root, manifest.templates));
      folders.add(resolve(root, manifest.templates, 'partials'));
    }
    if (manifest.styles) folders.add(resolve(root, manifest.styles));
    return { files, folders };
  } catch {
    const base = previous ?? { files: new Set<string>(), folders: new Set<string>() };
    return { files: new Set([...base.files, manifestPath]), folders: base.folders };
  }
}

/** The file name shown for a changed path, relative to the project when inside it. */
export function changedLabel(root: string, paths: string[]): string {
  const names = paths.map((p) => (p.startsWith(root + '/') ? p.slice(root.length + 1) : basename(p)));
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
