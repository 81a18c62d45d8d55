import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, isFresh, packageRoot, sourceFingerprint } from '../../scripts/cli-bundle.mjs';

const run = promisify(execFile);

describe('CLI bundle freshness', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reader-bundle-hash-'));
    await mkdir(join(root, 'src', 'cli'), { recursive: true });
    await writeFile(join(root, 'src', 'cli', 'main.ts'), 'export const a = 1;\n');
    await writeFile(join(root, 'src', 'errors.ts'), 'export const b = 2;\n');
    await writeFile(join(root, 'package.json'), '{"name":"x"}\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('is stable while nothing changes', () => {
    expect(sourceFingerprint(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceFingerprint(root)).toBe(sourceFingerprint(root));
  });

  it('changes when a source file changes, and back when it is restored', async () => {
    const before = sourceFingerprint(root);
    await writeFile(join(root, 'src', 'errors.ts'), 'export const b = 3;\n');
    const after = sourceFingerprint(root);
    expect(after).not.toBe(before);
    await writeFile(join(root, 'src', 'errors.ts'), 'export const b = 2;\n');
    expect(sourceFingerprint(root)).toBe(before);
  });

  it('changes when a source file is added or renamed, or package.json changes', async () => {
    const before = sourceFingerprint(root);
    await writeFile(join(root, 'src', 'cli', 'new.ts'), '');
    const added = sourceFingerprint(root);
    expect(added).not.toBe(before);
    await rm(join(root, 'src', 'cli', 'new.ts'));
    await writeFile(join(root, 'src', 'cli', 'other.ts'), '');
    expect(sourceFingerprint(root)).not.toBe(added);
    await rm(join(root, 'src', 'cli', 'other.ts'));
    expect(sourceFingerprint(root)).toBe(before);
    await writeFile(join(root, 'package.json'), '{"name":"y"}\n');
    expect(sourceFingerprint(root)).not.toBe(before);
  });

  it('a missing bundle is never fresh', () => {
    expect(isFresh(sourceFingerprint(root), join(root, 'dist', 'cli'))).toBe(false);
  });
});

describe('CLI bundle build', () => {
  // Inside the package (under the ignored .cache/), so the bundle's package imports resolve.
  let dir: string;
  let outDir: string;
  let entry: string;
  let fingerprint: string;
  beforeAll(async () => {
    await mkdir(join(packageRoot, '.cache'), { recursive: true });
    dir = await mkdtemp(join(packageRoot, '.cache', 'test-cli-bundle-'));
    outDir = join(dir, 'dist', 'cli');
    fingerprint = sourceFingerprint();
    entry = await buildBundle({ outDir, fingerprint });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes main.mjs and the source hash, and is then fresh for these sources only', async () => {
    expect(entry).toBe(join(outDir, 'main.mjs'));
    expect((await readFile(join(outDir, '.source-hash'), 'utf8')).trim()).toBe(fingerprint);
    expect(isFresh(fingerprint, outDir)).toBe(true);
    expect(isFresh('0'.repeat(64), outDir)).toBe(false);
    const names = await readdir(outDir);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps heavy packages out of the entry and uses no __name helper', async () => {
    const names = (await readdir(outDir)).filter((n) => n.endsWith('.mjs'));
    const code = await Promise.all(names.map((n) => readFile(join(outDir, n), 'utf8')));
    expect(code.some((c) => /\b__name\(/.test(c))).toBe(false);
    const mainCode = await readFile(entry, 'utf8');
    for (const pkg of ['puppeteer-core', 'pdf-lib', 'linkedom', 'zod']) expect(mainCode).not.toContain(`from "${pkg}"`);
  });

  it('can be imported and exports main', async () => {
    const mod = (await import(pathToFileURL(entry).href)) as { main?: unknown; COMMANDS?: unknown };
    expect(typeof mod.main).toBe('function');
    expect(mod.COMMANDS).toContain('build');
  });

  it('runs in plain Node: --help from the entry, build --help from a lazy chunk', async () => {
    const script = `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});
let out = '';
const io = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), isTTY: false };
const codes = [await main(['--help'], io), await main(['build', '--help'], io)];
process.stdout.write(JSON.stringify({ codes, out }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot });
    const { codes, out } = JSON.parse(stdout) as { codes: number[]; out: string };
    expect(codes).toEqual([0, 0]);
    expect(out).toContain('Usage: reader <command>');
    expect(out).toContain('reader build');
  });
});
