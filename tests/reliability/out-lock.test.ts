// The output lock and the atomic commit, at unit level (no browser).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isReaderError } from '../../src/errors.ts';
import { loadManifest } from '../../src/manifest/load.ts';
import { commitOutputs, prepareStaging } from '../../src/util/atomic-out.ts';
import { acquireOutLock } from '../../src/util/out-lock.ts';
import { ONE_PARAGRAPH, tinyProject } from './helpers.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'reader-lock-'));
const deadPid = () => spawnSync('true').pid!;

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isReaderError(e)) return e;
    throw e;
  }
  throw new Error('expected a ReaderError');
}

describe('out/.lock', () => {
  it('holds our pid, refuses a second holder, and is gone after release', async () => {
    const out = join(tmp(), 'out');
    const lock = await acquireOutLock(out);
    expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
    const e = await rejection(acquireOutLock(out));
    expect(e.code).toBe('OutLocked');
    expect(e.message).toContain(`pid ${process.pid}`);
    await lock.release();
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });

  it('takes over a stale lock (dead pid) and sweeps a killed build\'s leftovers', async () => {
    const out = tmp();
    writeFileSync(join(out, '.lock'), `${deadPid()}\n`);
    mkdirSync(join(out, '.staging-abc123'));
    mkdirSync(join(out, 'assets.old-999'));
    writeFileSync(join(out, 'reader.pdf'), 'kept');
    const lock = await acquireOutLock(out);
    expect(readdirSync(out).sort()).toEqual(['.lock', 'reader.pdf']);
    await lock.release();
  });
});

describe('atomic commit', () => {
  it('replaces files by rename, folders whole, and leaves nothing staged', async () => {
    const out = tmp();
    writeFileSync(join(out, 'reader.pdf'), 'old pdf');
    mkdirSync(join(out, 'assets'));
    writeFileSync(join(out, 'assets', 'gone.css'), 'old');
    const staging = await prepareStaging(out);
    writeFileSync(join(staging.dir, 'reader.pdf'), 'new pdf');
    mkdirSync(join(staging.dir, 'assets'));
    writeFileSync(join(staging.dir, 'assets', 'new.css'), 'new');
    await commitOutputs(staging, out);
    expect(readFileSync(join(out, 'reader.pdf'), 'utf8')).toBe('new pdf');
    expect(readdirSync(join(out, 'assets'))).toEqual(['new.css']);
    // The staging folder is left empty (build removes it), with no old folder beside it.
    expect(readdirSync(staging.dir)).toEqual([]);
    expect(readdirSync(out).filter((n) => !n.startsWith('.staging-')).sort()).toEqual(['assets', 'reader.pdf']);
  });
});

describe('sources never followed out of the project', () => {
  it('a source that is a symlink to /etc/hostname is refused', async () => {
    const dir = tinyProject({});
    mkdirSync(join(dir, 'content'));
    symlinkSync('/etc/hostname', join(dir, 'content', 'one.txt'));
    const e = await rejection(loadManifest(join(dir, 'reader.yaml')));
    expect(e.code).toBe('SourceOutsideProject');
    expect(e.line).toMatch(/reader\.yaml:\d+:\d+: Source `content\/one\.txt` links to a file outside the project folder/);
  });

  it('a content/ folder that is a symlink to /etc is refused', async () => {
    const dir = tinyProject({}, [{ id: 'one', source: 'content/hostname' }]);
    symlinkSync('/etc', join(dir, 'content'));
    const e = await rejection(loadManifest(join(dir, 'reader.yaml')));
    expect(e.code).toBe('SourceOutsideProject');
  });

  it('a symlink inside the project is fine', async () => {
    const dir = tinyProject({ 'content/real.txt': ONE_PARAGRAPH });
    symlinkSync(join(dir, 'content', 'real.txt'), join(dir, 'content', 'one.txt'));
    await expect(loadManifest(join(dir, 'reader.yaml'))).resolves.toBeDefined();
  });
});
