// The text cache: a prepared text read back from disk is the text as prepared, and a new
// process prepares only the texts whose bytes, options, topics or tool changed.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBuildSession, prepare, type BuildSession, type ProgressEvent } from '../../src/pipeline/index.ts';
import { decodeText, encodeText, TextCache, type CachedText } from '../../src/cache/text-cache.ts';
import { toMarkdown } from '../../src/normalize/index.ts';

// The tool's fingerprint, under the test's control: a new version of the tool must miss.
const tool = vi.hoisted(() => ({ hash: 'tool-1' }));
vi.mock('../../src/cache/inputs-hash.ts', async (original) => ({ ...(await original<object>()), toolHash: () => Promise.resolve(tool.hash) }));

const EDITED = '001-westmoreland-nothing-inevitable.txt';
let project: string;
let config: string;
let cacheDir: string;
let sample: Awaited<ReturnType<typeof prepare>>;

/** Prepare the project as `build` does; returns the ids of the texts normalized again. */
async function prepareInto(extra: { fresh?: boolean; session?: BuildSession } = {}) {
  const normalized: string[] = [];
  const onProgress = (e: ProgressEvent) => void (e.stage === 'normalize' && e.text && normalized.push(e.text));
  const result = await prepare({ config, out: join(project, 'out'), textCache: true, onProgress, ...extra });
  return { normalized, result };
}

const entries = async () => (await readdir(cacheDir).catch(() => [] as string[])).sort();

/** What later stages read of a text, taken apart so that a difference names its field. */
function expectSameText(read: CachedText, prepared: CachedText): void {
  expect(read.analysis).toStrictEqual(prepared.analysis);
  expect(Object.keys(read.doc)).toEqual(Object.keys(prepared.doc));
  expect(Object.keys(read.doc.file)).toEqual(Object.keys(prepared.doc.file));
  const { file, ...doc } = read.doc;
  const { file: preparedFile, ...preparedDoc } = prepared.doc;
  expect(doc).toStrictEqual(preparedDoc);
  expect(toMarkdown(read.doc.tree)).toBe(toMarkdown(prepared.doc.tree));
  expect(file).toBeInstanceOf(VFile);
  expect(file.path).toBe(preparedFile.path);
  expect(file.basename).toBe(preparedFile.basename);
  expect(file.cwd).toBe(preparedFile.cwd);
  expect(file.value).toStrictEqual(preparedFile.value);
  expect(file.data).toStrictEqual(preparedFile.data);
  expect(file.history).toStrictEqual(preparedFile.history);
  expect(file.messages).toHaveLength(preparedFile.messages.length);
  file.messages.forEach((m, i) => {
    const p = preparedFile.messages[i]!;
    expect(m).toBeInstanceOf(VFileMessage);
    expect(m).toBeInstanceOf(Error);
    expect(Object.keys(m)).toEqual(Object.keys(p));
    for (const k of Object.getOwnPropertyNames(p))
      expect((m as unknown as Record<string, unknown>)[k], k).toStrictEqual((p as unknown as Record<string, unknown>)[k]);
    expect(String(m)).toBe(String(p));
  });
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'reader-text-cache-'));
  await cp('content', join(project, 'content'), { recursive: true });
  await cp('reader.yaml', join(project, 'reader.yaml'));
  config = join(project, 'reader.yaml');
  cacheDir = join(project, 'out', '.cache', 'texts');
  sample = await prepare({ config });
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('a prepared text as bytes', () => {
  it('reads back as the text as prepared, VFile and VFileMessages included', () => {
    for (const t of sample.texts) expectSameText(decodeText('k', encodeText('k', t)), t);
  });

  it('keeps a PDF source as bytes (not a Buffer) with what normalize read from it', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    pdf.addPage([420, 600]).drawText('The revolution of 1917 did not end with the seizure of power.', { x: 40, y: 560, size: 10, font });
    await mkdir(join(project, 'pdf', 'content'), { recursive: true });
    await writeFile(join(project, 'pdf', 'content', 'one.pdf'), await pdf.save());
    await writeFile(
      join(project, 'pdf', 'reader.yaml'),
      'title: T\ntexts:\n  - id: one\n    source: content/one.pdf\n    title: One\n    author: A\n    position: P\n',
    );
    const [t] = (await prepare({ config: join(project, 'pdf', 'reader.yaml') })).texts;
    expect(t!.doc.file.data.bytes).toBeInstanceOf(Uint8Array);
    const read = decodeText('k', encodeText('k', t!));
    expect(Buffer.isBuffer(read.doc.file.data.bytes)).toBe(false);
    expect(typeof read.doc.file.data.pdfText).toBe('string');
    expectSameText(read, t!);
  });

  it('keeps references shared between the messages and the tree', () => {
    const file = new VFile({ path: 'content/a.txt', value: 'A' });
    const tree = {
      type: 'root' as const,
      children: [
        {
          type: 'paragraph' as const,
          children: [{ type: 'text' as const, value: 'A' }],
          position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
        },
      ],
    };
    file.message('Here', { ancestors: [tree.children[0]!], ruleId: 'r', source: 's' });
    const read = decodeText('k', encodeText('k', { doc: { id: 'a', file, tree, kind: 'clean', changes: [] }, analysis: sample.texts[0]!.analysis }));
    expect(read.doc.file.messages[0]!.ancestors![0]).toBe(read.doc.tree.children[0]);
    expect(read.doc.file.messages[0]!.line).toBe(1);
  });

  it('refuses another key, and what is not an entry', () => {
    const bytes = encodeText('k', sample.texts[0]!);
    expect(() => decodeText('other', bytes)).toThrow();
    expect(() => decodeText('k', bytes.subarray(0, bytes.length >> 1))).toThrow();
    expect(() => decodeText('k', Buffer.from('{"format":1}'))).toThrow();
  });
});

describe('the text cache of a folder', () => {
  it('reads what it wrote; a corrupt, truncated or unreadable entry is a miss; keeps only what it used', async () => {
    const dir = join(project, 'cache-unit');
    const cache = new TextCache(dir);
    const [a, b] = sample.texts;
    cache.write('a', a!);
    cache.write('b', b!);
    cache.write('c', b!);
    await cache.settle();
    expect((await readdir(dir)).sort()).toEqual(['a.v8', 'b.v8', 'c.v8']);

    const next = new TextCache(dir);
    expectSameText((await next.read('a'))!, a!);
    expect(await next.read('missing')).toBeUndefined();
    await writeFile(join(dir, 'b.v8'), 'not v8 at all');
    expect(await next.read('b')).toBeUndefined();
    const bytes = await readFile(join(dir, 'c.v8'));
    await writeFile(join(dir, 'c.v8'), bytes.subarray(0, 1000));
    expect(await next.read('c')).toBeUndefined();
    await mkdir(join(dir, 'd.v8'));
    expect(await next.read('d')).toBeUndefined();
    await writeFile(join(dir, 'stale.v8.tmp-1-2'), '');
    await next.settle();
    expect(await readdir(dir)).toEqual(['a.v8']);

    await next.clear();
    expect(await readdir(dir).catch(() => 'gone')).toBe('gone');
  });

  it('ignores a write it cannot make', async () => {
    const blocked = join(project, 'blocked');
    await writeFile(blocked, 'a file where the folder should be');
    const cache = new TextCache(join(blocked, 'texts'));
    cache.write('a', sample.texts[0]!);
    await expect(cache.settle()).resolves.toBeUndefined();
    expect(await cache.read('a')).toBeUndefined();
  });
});

describe('prepare with the text cache', () => {
  const all = ['ws-1991', 'westmoreland-inevitable', 'westmoreland-testament', 'woods-2003', 'martinez-2021'];
  const manifest = () => readFile(config, 'utf8');

  beforeEach(async () => {
    tool.hash = 'tool-1';
    await rm(join(project, 'out'), { recursive: true, force: true });
    await cp('reader.yaml', config);
    await cp(join('content', EDITED), join(project, 'content', EDITED));
  });

  it('prepares every text once, then none, and gives the same texts and analysis', async () => {
    const first = await prepareInto();
    expect(first.normalized).toEqual(all);
    expect(await entries()).toHaveLength(all.length);
    const again = await prepareInto();
    expect(again.normalized).toEqual([]);
    again.result.texts.forEach((t, i) => expectSameText(t, first.result.texts[i]!));
    expect(again.result.analysis).toStrictEqual(first.result.analysis);
    expect(again.result.hashes).toEqual(first.result.hashes);
    expect(again.result.timings.textCache).toBeGreaterThan(0);
  });

  it('prepares again only the text whose bytes changed, and keeps only the entries in use', async () => {
    await prepareInto();
    const before = await entries();
    const file = join(project, 'content', EDITED);
    await writeFile(file, (await readFile(file, 'utf8')).replace('the revolution', 'the great revolution'));
    const { normalized, result } = await prepareInto();
    expect(normalized).toEqual(['westmoreland-inevitable']);
    const after = await entries();
    expect(after).toHaveLength(all.length);
    expect(after.filter((e) => !before.includes(e))).toHaveLength(1);
    // The same as a text prepared without any cache.
    const cold = await prepare({ config });
    result.texts.forEach((t, i) => expectSameText(t, cold.texts[i]!));
  });

  it('misses on a change of options, title, id, path, topics or tool', async () => {
    await prepareInto();
    const edit = async (from: string, to: string) => writeFile(config, (await manifest()).replace(from, to));
    await edit("drop: ['^Members", "disable: [split-word]\n      drop: ['^Members");
    expect((await prepareInto()).normalized).toEqual(['martinez-2021']);
    await edit("title: Lenin's Last Testament", "title: Lenin's Last Testament Again");
    expect((await prepareInto()).normalized).toEqual(['westmoreland-testament']);
    await edit('id: ws-1991', 'id: ws-1991-b');
    expect((await prepareInto()).normalized).toEqual(['ws-1991-b']);
    await cp(join(project, 'content', '003-woods-stalin-50-years.txt'), join(project, 'content', 'woods.txt'));
    await edit('source: content/003-woods-stalin-50-years.txt', 'source: content/woods.txt');
    expect((await prepareInto()).normalized).toEqual(['woods-2003']);
    await edit('terms: [Pipes, historian, historians]', 'terms: [Pipes, historian, historians, Carr]');
    expect((await prepareInto()).normalized).toEqual(['ws-1991-b', ...all.slice(1)]);
    tool.hash = 'tool-2';
    expect((await prepareInto()).normalized).toHaveLength(all.length);
    expect(await entries()).toHaveLength(all.length);
  });

  it('prepares every text again on a fresh build, which reads nothing and fills the cache', async () => {
    await prepareInto();
    const before = await entries();
    expect((await prepareInto({ fresh: true })).normalized).toEqual(all);
    expect(await entries()).toEqual(before);
    expect((await prepareInto()).normalized).toEqual([]);
  });

  it('prepares again a text whose entry is corrupt, without an error', async () => {
    await prepareInto();
    for (const name of await entries()) await writeFile(join(cacheDir, name), 'garbage');
    expect((await prepareInto()).normalized).toEqual(all);
    expect((await prepareInto()).normalized).toEqual([]);
  });

  it('sits behind a session: a new session starts from disk; a session refills an emptied cache', async () => {
    await prepareInto();
    const session = createBuildSession();
    expect((await prepareInto({ session })).normalized).toEqual([]);
    expect(session.texts.size).toBe(all.length);
    // --force in watch mode: the session keeps its texts and stores them again.
    expect((await prepareInto({ session, fresh: true })).normalized).toEqual([]);
    expect(await entries()).toHaveLength(all.length);
    expect((await prepareInto()).normalized).toEqual([]);
  });

  it('is not used without `textCache` (pack, preview)', async () => {
    expect((await prepare({ config, out: join(project, 'out') })).texts).toHaveLength(all.length);
    expect(await entries()).toEqual([]);
  });
});
