// The output lock and the atomic commit, at unit level (no browser).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isReaderError } from '../../src/errors.ts';
import { loadManifest } from '../../src/manifest/load.ts';
import { commitOutputs, discardStaging, prepareStaging } from '../../src/util/atomic-out.ts';
import { OUT_MARKER } from '../../src/util/out-folder.ts';
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
    expect(readFileSync(lock.path, 'utf8').split(' ')[0]).toBe(String(process.pid));
    const e = await rejection(acquireOutLock(out));
    expect(e.code).toBe('OutLocked');
    expect(e.message).toContain(`pid ${process.pid}`);
    await lock.release();
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });

  it('takes over a stale lock (dead pid) and sweeps only the leftovers its record lists', async () => {
    const out = tmp();
    writeFileSync(
      join(out, OUT_MARKER),
      JSON.stringify({ tool: 'reader-press', version: 1, wrote: ['reader.pdf'], temp: ['.staging-1-abc', '.assets.old-999-abcd'] }),
    );
    writeFileSync(join(out, '.lock'), `${deadPid()}\n`);
    mkdirSync(join(out, '.staging-1-abc'));
    mkdirSync(join(out, '.assets.old-999-abcd'));
    // Names that look like leftovers but are not in the record are a user's: they stay.
    mkdirSync(join(out, '.staging-user'));
    writeFileSync(join(out, 'chapter.old-2023'), 'a user file');
    writeFileSync(join(out, 'reader.pdf'), 'kept');
    const lock = await acquireOutLock(out);
    expect(lock.swept.sort()).toEqual(['.assets.old-999-abcd', '.staging-1-abc']);
    expect(readdirSync(out).sort()).toEqual(['.lock', OUT_MARKER, '.staging-user', 'chapter.old-2023', 'reader.pdf']);
    expect(JSON.parse(readFileSync(join(out, OUT_MARKER), 'utf8')).temp).toEqual([]);
    await lock.release();
  });

  it('is taken by exactly one of many racers over a stale lock, every round', async () => {
    // Racers in other processes, started once; each round they get "go" together and race.
    const racers = Array.from({ length: 4 }, () => lockRacer());
    try {
      for (let round = 0; round < 12; round++) {
        const out = tmp();
        writeFileSync(join(out, OUT_MARKER), JSON.stringify({ tool: 'reader-press', version: 1, wrote: [], temp: [] }));
        writeFileSync(join(out, '.lock'), `${deadPid()}\n`);
        const results = await Promise.all(racers.map((r) => r.ask(`go ${out}`)));
        expect(results.filter((r) => r === 'took')).toHaveLength(1);
        expect(results.filter((r) => r === 'OutLocked')).toHaveLength(3);
        await Promise.all(racers.map((r) => r.ask('release')));
        expect(existsSync(join(out, '.lock'))).toBe(false);
      }
    } finally {
      await Promise.all(racers.map((r) => r.close()));
    }
  });
});

/**
 * A child process that takes the lock of the folder it is told (`go DIR`), answers `took` or the
 * error's code, and holds the lock until told `release`.
 */
function lockRacer() {
  const code = `import { acquireOutLock } from ${JSON.stringify(join(process.cwd(), 'src/util/out-lock.ts'))};
    import { createInterface } from 'node:readline';
    let lock;
    for await (const line of createInterface({ input: process.stdin })) {
      if (line.startsWith('go ')) {
        try { lock = await acquireOutLock(line.slice(3)); console.log('took'); } catch (e) { lock = undefined; console.log(e.code ?? e.message); }
      } else { await lock?.release(); lock = undefined; console.log('released'); }
    }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: Array<(line: string) => void> = [];
  let buffered = '';
  child.stdout.on('data', (d: Buffer) => {
    buffered += d.toString();
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl).trim();
      buffered = buffered.slice(nl + 1);
      waiting.shift()?.(line);
    }
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    ask: (line: string) =>
      new Promise<string>((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${line}\n`);
      }),
    close: async () => {
      child.stdin.end();
      await closed;
    },
  };
}

describe('atomic commit', () => {
  it('replaces files by rename, folders whole, and leaves nothing staged', async () => {
    const out = tmp();
    writeFileSync(join(out, OUT_MARKER), JSON.stringify({ tool: 'reader-press', version: 1, wrote: ['assets', 'reader.pdf'], temp: [] }));
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
    await discardStaging(staging);
    expect(readdirSync(out).sort()).toEqual([OUT_MARKER, 'assets', 'reader.pdf']);
    expect(JSON.parse(readFileSync(join(out, OUT_MARKER), 'utf8'))).toMatchObject({ wrote: ['assets', 'reader.pdf'], temp: [] });
  });

  it("never replaces a name the record does not list: a user's file stops the commit before anything moves", async () => {
    const out = tmp();
    writeFileSync(join(out, OUT_MARKER), JSON.stringify({ tool: 'reader-press', version: 1, wrote: ['reader.pdf'], temp: [] }));
    writeFileSync(join(out, 'reader.pdf'), 'old pdf');
    writeFileSync(join(out, 'reader.warnings.txt'), 'the user wrote this');
    const staging = await prepareStaging(out);
    writeFileSync(join(staging.dir, 'reader.pdf'), 'new pdf');
    writeFileSync(join(staging.dir, 'reader.warnings.txt'), '');
    const e = await rejection(commitOutputs(staging, out));
    expect(e.code).toBe('OutFileNotOurs');
    expect(e.message).toContain('reader.warnings.txt');
    expect(readFileSync(join(out, 'reader.warnings.txt'), 'utf8')).toBe('the user wrote this');
    expect(readFileSync(join(out, 'reader.pdf'), 'utf8')).toBe('old pdf');
    await discardStaging(staging);
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
