import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import type { Io } from '../../../src/cli/io.ts';

function memoryIo(isTTY = false): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-cli-'));
  await mkdir(join(dir, 'texts'));
  await copyFile('content/004-martinez-republic-of-soviets.txt', join(dir, 'texts', 'martinez.txt'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('reader init / eject / preview through main', () => {
  it('--help prints each command help, exit 0', async () => {
    for (const command of ['init', 'preview', 'eject']) {
      const io = memoryIo();
      expect(await main([command, '--help'], io)).toBe(0);
      expect(io.out).toContain(`reader ${command}`);
      expect(io.out).toContain('Examples:');
    }
  });

  it('init then eject: summary on stdout, no progress off a terminal', async () => {
    const io = memoryIo(false);
    expect(await main(['init', join(dir, 'proj'), '--from', join(dir, 'texts')], io)).toBe(0);
    expect(io.out).toContain('Jorge Martínez  (line 8)');
    expect(io.out).toContain('reader preview');
    expect(io.err).toBe('');
    const tty = memoryIo(true);
    expect(await main(['init', join(dir, 'proj2'), '--from', join(dir, 'texts')], tty)).toBe(0);
    expect(tty.err).toContain('reading martinez.txt');

    const ej = memoryIo();
    expect(await main(['eject', 'styles', '--config', join(dir, 'proj', 'reader.yaml')], ej)).toBe(0);
    expect(await readFile(join(dir, 'proj', 'reader.yaml'), 'utf8')).toMatch(/^styles: styles$/m);
    const again = memoryIo();
    expect(await main(['eject', 'styles', '--config', join(dir, 'proj', 'reader.yaml')], again)).toBe(2);
    expect(again.err).toContain('--force');
  });

  it('a typo gets a suggestion and exit 2', async () => {
    const io = memoryIo();
    expect(await main(['init', '--frm', 'x'], io)).toBe(2);
    expect(io.err).toContain('Did you mean `--from`?');
  });

  it('preview without a manifest says how to make one', async () => {
    const io = memoryIo();
    expect(await main(['preview', '--config', join(dir, 'none.yaml'), '--port', '0'], io)).toBe(2);
    expect(io.err).toContain('reader init');
  });
});
