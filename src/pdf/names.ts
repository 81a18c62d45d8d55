/**
 * pdf-lib's names, remembered. PDFName.of decodes its argument (a regex replace) before it
 * looks the name up in pdf-lib's own pool, and decodeText re-encodes the name byte by byte:
 * finishing a book asks for /Type, /K, /S… and an element's role hundreds of thousands of times.
 * Both give what pdf-lib gives (the same pooled instance, the same text), once per name.
 */
import { PDFName } from 'pdf-lib';

const made = new Map<string, PDFName>();
const texts = new Map<PDFName, string>();

/** `PDFName.of(name)`. */
export function pdfName(name: string): PDFName {
  let n = made.get(name);
  if (n === undefined) made.set(name, (n = PDFName.of(name)));
  return n;
}

/** `name.decodeText()`. */
export function nameText(name: PDFName): string {
  let t = texts.get(name);
  if (t === undefined) texts.set(name, (t = name.decodeText()));
  return t;
}
