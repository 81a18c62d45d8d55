/**
 * The package document (OPF): metadata with the EPUB Accessibility 1.1 properties, the
 * manifest of every file, and the spine in reading order. Also the OCF container file.
 */
import { escapeXml } from './xhtml.ts';

export interface PackageItem {
  /** Path inside the content folder. */
  href: string;
  mediaType: string;
  /** In the spine, in this order. */
  spine?: boolean;
  properties?: string;
}

export interface PackageMetadata {
  identifier: string;
  title: string;
  subtitle?: string;
  language: string;
  creators: readonly string[];
  contributors: readonly string[];
  date?: string;
  /** `dcterms:modified`: CCYY-MM-DDThh:mm:ssZ. */
  modified: string;
  /** The printed edition the page markers follow: an identifier and a description. */
  printSource: { identifier: string; description: string };
  accessibilityFeatures: readonly string[];
  accessibilitySummary: string;
}

export const CONTENT_DIR = 'EPUB';
export const PACKAGE_FILE = `${CONTENT_DIR}/package.opf`;

export const containerXml = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="${PACKAGE_FILE}" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

export function packageDocument(meta: PackageMetadata, items: readonly PackageItem[]): string {
  const m = (property: string, value: string) => `<meta property="${property}">${escapeXml(value)}</meta>`;
  const ids = new Map(items.map((item, i) => [item, `item-${i + 1}`]));
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${escapeXml(meta.language)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="pub-id">${escapeXml(meta.identifier)}</dc:identifier>
<dc:title id="title">${escapeXml(meta.title)}</dc:title>
<meta refines="#title" property="title-type">main</meta>
${meta.subtitle ? `<dc:title id="subtitle">${escapeXml(meta.subtitle)}</dc:title>\n<meta refines="#subtitle" property="title-type">subtitle</meta>` : ''}
<dc:language>${escapeXml(meta.language)}</dc:language>
${meta.creators.map((c) => `<dc:creator>${escapeXml(c)}</dc:creator>`).join('\n')}
${meta.contributors.map((c) => `<dc:contributor>${escapeXml(c)}</dc:contributor>`).join('\n')}
${meta.date ? `<dc:date>${escapeXml(meta.date)}</dc:date>` : ''}
${m('dcterms:modified', meta.modified)}
<dc:source id="print-source">${escapeXml(meta.printSource.identifier)}</dc:source>
<meta refines="#print-source" property="source-of">pagination</meta>
<dc:description>${escapeXml(meta.printSource.description)}</dc:description>
${m('schema:accessMode', 'textual')}
${m('schema:accessModeSufficient', 'textual')}
${meta.accessibilityFeatures.map((f) => m('schema:accessibilityFeature', f)).join('\n')}
${m('schema:accessibilityHazard', 'none')}
${m('schema:accessibilitySummary', meta.accessibilitySummary)}
</metadata>
<manifest>
${items.map((item) => `<item id="${ids.get(item)}" href="${escapeXml(item.href)}" media-type="${item.mediaType}"${item.properties ? ` properties="${item.properties}"` : ''}/>`).join('\n')}
</manifest>
<spine>
${items
  .filter((i) => i.spine)
  .map((item) => `<itemref idref="${ids.get(item)}"/>`)
  .join('\n')}
</spine>
</package>
`.replace(/\n{2,}/g, '\n');
}
