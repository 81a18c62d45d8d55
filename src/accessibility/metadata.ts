import { PDFBool, PDFDict, PDFString, type PDFDocument } from 'pdf-lib';
import { escapeHtml } from '../util/escape-html.ts';
import { pdfName } from '../pdf/names.ts';

const N = pdfName;

export interface DocumentMeta {
  title: string;
  subtitle?: string;
  language: string;
  creators: string[];
}

const xml = escapeHtml;

// The PDF/UA claim, and the same number of spaces in its place: a claim withdrawn after the
// check leaves the packet (stored uncompressed) the same length, so it is blanked in the saved
// bytes, not written again (XMP packets are meant to be edited in place).
const CLAIM_NS = ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"';
const CLAIM_PART = '\n   <pdfuaid:part>1</pdfuaid:part>';

/** An XMP packet with dc:title, dc:creator, dc:language; with `pdfuaid:part=1` only when `conforms` (blanks of the same length otherwise). */
export function xmpPacket(meta: DocumentMeta, conforms: boolean, now = new Date()): string {
  const date = now.toISOString().replace(/\.\d+Z$/, 'Z');
  const title = meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"${conforms ? CLAIM_NS : ' '.repeat(CLAIM_NS.length)}>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq>${meta.creators.map((c) => `<rdf:li>${xml(c)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>reader-press</xmp:CreatorTool>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <pdf:Producer>reader-press (Chromium, pdf-lib)</pdf:Producer>${conforms ? CLAIM_PART : ' '.repeat(CLAIM_PART.length)}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Catalog entries PDF/UA asks for: /Lang, /MarkInfo, /ViewerPreferences, /Metadata (7.1-8..10, 7.2). */
export function writeCatalog(doc: PDFDocument, meta: DocumentMeta, conforms: boolean): void {
  const ctx = doc.context;
  const cat = doc.catalog;
  cat.set(N('Lang'), PDFString.of(meta.language));
  cat.set(N('MarkInfo'), ctx.obj({ Marked: true }));
  const prefs = cat.lookupMaybe(N('ViewerPreferences'), PDFDict) ?? ctx.obj({});
  prefs.set(N('DisplayDocTitle'), PDFBool.True);
  cat.set(N('ViewerPreferences'), prefs);
  const stream = ctx.stream(new TextEncoder().encode(xmpPacket(meta, conforms)), { Type: 'Metadata', Subtype: 'XML' });
  cat.set(N('Metadata'), ctx.register(stream));
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subtitle) doc.setSubject(meta.subtitle);
  if (meta.creators.length) doc.setAuthor(meta.creators.join('; '));
  doc.setProducer('reader-press (Chromium, pdf-lib)');
}

/**
 * The PDF/UA claim taken back from a saved PDF that finishing wrote with it: both parts are
 * blanked where they stand. Returns false if the bytes hold no claim of ours.
 */
export function withdrawPdfUaClaim(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let found = false;
  for (const claim of [CLAIM_NS, CLAIM_PART]) {
    const pattern = Buffer.from(claim, 'latin1');
    for (let at = buffer.indexOf(pattern); at >= 0; at = buffer.indexOf(pattern, at + pattern.length)) {
      buffer.fill(0x20, at, at + pattern.length);
      found = true;
    }
  }
  return found;
}
