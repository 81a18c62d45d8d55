/**
 * XHTML for EPUB content documents: a DOM tree (linkedom) serialized as well-formed XML (void
 * elements closed, every attribute quoted, only XML's five escapes), and the document shell.
 */
import { escapeHtml } from '../util/escape-html.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Characters XML 1.0 does not allow, and the soft hyphens of print hyphenation (reading systems hyphenate for themselves).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u00ad]/g;

/** Text or a quoted attribute value for XML: the one escaper, after dropping what XML cannot hold. */
export const escapeXml = (s: string) => escapeHtml(s.replace(NOT_XML, ''));

/** Serialize a node's children (or the node itself with `self`) as XHTML. */
export function toXhtml(node: Node, self = false): string {
  if (self) return serialize(node);
  let out = '';
  for (const child of Array.from(node.childNodes)) out += serialize(child);
  return out;
}

function serialize(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const name = el.localName.toLowerCase();
  let attrs = '';
  for (const a of Array.from(el.attributes)) attrs += ` ${a.name}="${escapeXml(a.value)}"`;
  if (VOID.has(name)) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${toXhtml(el)}</${name}>`;
}

/** A whole content document. `body` is serialized XHTML; it is the document's main landmark (page markers included). */
export function xhtmlDocument(options: { title: string; lang: string; body: string; stylesheets: readonly string[]; bodyType?: string }): string {
  const lang = escapeXml(options.lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="utf-8"/>
<title>${escapeXml(options.title)}</title>
${options.stylesheets.map((s) => `<link rel="stylesheet" type="text/css" href="${escapeXml(s)}"/>`).join('\n')}
</head>
<body${options.bodyType ? ` epub:type="${escapeXml(options.bodyType)}"` : ''}>
<main>
${options.body}
</main>
</body>
</html>
`;
}
