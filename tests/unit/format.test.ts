import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('code style', () => {
  it('every file Prettier owns is formatted (`npm run format` fixes it; .prettierignore lists what it leaves alone)', () => {
    const run = spawnSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level', 'warn'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
