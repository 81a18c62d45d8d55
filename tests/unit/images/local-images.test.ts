import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageRefs } from '../../../src/images/image-refs.ts';
import { embedImages, imagesDigest, loadImages } from '../../../src/images/local-images.ts';
import { parseMarkdown } from '../../../src/normalize/markdown.ts';

// A 1x1 grey PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');

let root: string;
let outside: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'reader-images-'));
  outside = await mkdtemp(join(tmpdir(), 'reader-outside-'));
  await mkdir(join(root, 'content', 'maps'), { recursive: true });
  await writeFile(join(root, 'content', 'maps', 'river map.png'), PNG);
  await writeFile(join(root, 'content', 'fake.png'), 'not a picture at all');
  await writeFile(join(outside, 'secret.png'), PNG);
  await symlink(join(outside, 'secret.png'), join(root, 'content', 'link.png'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const MD = `# Maps

![The river](maps/river%20map.png)

![A fake](fake.png) and ![gone](missing.png)

![](link.png)

![On the web](https://example.com/x.png)

<img src="maps/river map.png" alt="raw">
`;

describe('imageRefs', () => {
  it('finds the local pictures of Markdown and HTML, not the web ones', () => {
    expect(imageRefs(MD, 'md')).toEqual(['maps/river map.png', 'maps/river%20map.png', 'fake.png', 'missing.png', 'link.png']);
    expect(imageRefs('<p><img data-src="a.jpg" src="data:image/gif;base64,R0lG"><img src=\'b/c.png?v=2\'></p>', 'html')).toEqual(['a.jpg', 'b/c.png?v=2']);
  });
});

describe('loadImages and embedImages', () => {
  it('carries a picture beside the text as data, and puts alt text (with a warning at its place) for the rest', async () => {
    const source = join(root, 'content', 'maps.md');
    const images = await loadImages(imageRefs(MD, 'md'), source, root);
    const file = new VFile({ path: 'content/maps.md', value: MD });
    const tree = parseMarkdown(MD) as Root;
    embedImages(tree, images, file);
    const urls: string[] = [];
    const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
      if (n.type === 'image') urls.push(n.url!);
      for (const c of (n.children ?? []) as never[]) walk(c);
    };
    walk(tree as never);
    expect(urls).toEqual([`data:image/png;base64,${PNG.toString('base64')}`]);
    expect(toString(tree)).toContain('A fake and gone');
    expect(toString(tree)).toContain('On the web');
    const warnings = file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason.replace(/`\/[^`]*`/g, '`PATH`')]);
    expect(warnings).toEqual([
      [
        'image-missing',
        5,
        11,
        expect.stringMatching(
          /^Unexpected picture `fake.png`: `PATH` is not a PNG, JPEG, GIF, WebP, AVIF or SVG picture, so it is its alternative text printed instead/,
        ),
      ],
      ['image-missing', 5, 33, expect.stringMatching(/^Unexpected picture `missing.png`: no file `PATH`/)],
      [
        'image-missing',
        7,
        5,
        expect.stringMatching(/^Unexpected picture `link.png`: `PATH` is outside the project folder, so it is left out \(it has no alternative text\)/),
      ],
      ['image-missing', 9, 15, expect.stringMatching(/^Unexpected picture on the web `https:\/\/example.com\/x.png`: the build reads no network/)],
    ]);
  });

  it('changes the digest when a picture changes', async () => {
    const source = join(root, 'content', 'maps.md');
    const before = imagesDigest(await loadImages(['maps/river map.png'], source, root));
    await writeFile(join(root, 'content', 'maps', 'river map.png'), Buffer.concat([PNG, Buffer.from([0])]));
    const after = imagesDigest(await loadImages(['maps/river map.png'], source, root));
    expect(after).not.toBe(before);
  });
});
