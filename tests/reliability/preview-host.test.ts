// The preview server answers only requests to its own name (DNS rebinding, issue #24): a page
// of another site whose name resolves to 127.0.0.1 sends that site's name as Host.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/preview/server.ts';

let server: StaticServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reader-host-'));
  writeFileSync(join(dir, 'reader.html'), '<!doctype html><p>The reader.</p>');
  server = await startStaticServer({ dir, htmlFile: 'reader.html', build: 1 }, 0);
});
afterAll(() => server.close());

function get(host: string | undefined, path = '/') {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const headers: Record<string, string> = host === undefined ? {} : { host };
    const req = request({ host: '127.0.0.1', port: server.port, path, headers, setHost: host === undefined ? false : true }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject).end();
  });
}

it('answers its own names, with its port', async () => {
  for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `LOCALHOST:${server.port}`]) {
    const r = await get(host);
    expect(r.status, host).toBe(200);
    expect(r.body).toContain('The reader.');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  }
});

it('refuses any other Host: a rebound name, another port, none at all', async () => {
  for (const host of [`evil.example:${server.port}`, 'evil.example', `localhost:${server.port + 1}`, `127.0.0.1.evil.example:${server.port}`, `localhost`]) {
    const r = await get(host);
    expect(r.status, String(host)).toBe(403);
    expect(r.body).not.toContain('The reader.');
    expect(r.body).toContain(`http://localhost:${server.port}/`);
  }
  // Without a Host header, Node's HTTP server refuses the request itself.
  const none = await get(undefined);
  expect(none.status).toBe(400);
  expect(none.body).not.toContain('The reader.');
  // The event stream too: a rebound page must not learn when the reader was built.
  expect((await get(`evil.example:${server.port}`, '/__reader/events')).status).toBe(403);
});
