// Big PDFs made at run time (never committed): a Flate bomb and a page of text operators, one
// page each, the content stream deflated chunk by chunk so the test never holds it whole.
import { createDeflate } from 'node:zlib';

/** Deflate `count` copies of `chunk` as one stream, without holding the inflated whole. */
async function deflateRepeated(chunk: Uint8Array, count: number): Promise<Buffer> {
  const z = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  z.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  for (let i = 0; i < count; i++) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  return Buffer.concat(parts);
}

/** A one-page PDF whose content stream (Flate) is `content`, with a Helvetica font. */
function onePage(stream: Buffer): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  push('%PDF-1.4\n');
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    if (o === null) {
      push(`${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`);
      push(stream);
      push('\nendstream\nendobj\n');
    } else push(`${i + 1} 0 obj\n${o}\nendobj\n`);
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

const MB = 1024 * 1024;

/** A Flate bomb: one page whose content stream inflates to `mb` MB of spaces (about 1 MB on disk for 1 GB). */
export async function flateBombPdf(mb = 1024): Promise<Buffer> {
  return onePage(await deflateRepeated(new Uint8Array(MB).fill(0x20), mb));
}

/** One page with `mb` MB of text-showing operators (`(word) Tj`), deflated. */
export async function textOperatorsPdf(mb = 200): Promise<Buffer> {
  const line = '(The committee met again on the land.) Tj 0 -1 Td\n';
  const chunk = Buffer.from(`BT /F1 10 Tf 72 800 Td\n${line.repeat(Math.floor(MB / line.length))}ET\n`, 'latin1');
  return onePage(await deflateRepeated(chunk, mb));
}
