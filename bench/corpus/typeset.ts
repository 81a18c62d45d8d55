/**
 * Typesetting the corpus's excerpts with four engines, each as a user's document would come out
 * of it, and extracting the text again as a user would:
 * - LaTeX (pdflatex): A5, twoside, running heads with folios, title block, hyphenation,
 *   `\footnote` at the page foot, indented paragraphs; one and two columns;
 * - Chromium print from HTML: its own header and footer (date, title, URL, page x/y), no notes;
 * - WeasyPrint from HTML with a book style sheet: running heads, folios, indented paragraphs,
 *   hyphenation, footnotes at the page foot (`float: footnote`);
 * - LibreOffice Writer (`soffice --convert-to pdf`) from a flat ODF text: a header with the
 *   title, a footer with the page number, spaced paragraphs, footnotes at the page foot.
 * - Paged.js in Chromium (the pipeline's own renderer) from the WeasyPrint HTML: running heads,
 *   folios, footnotes at the page foot; book-set (indents, justified) or spaced paragraphs;
 * Extraction: poppler's `pdftotext` (default and `-layout`) and pdf.js (a viewer's text layer).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { joinLines, type Para } from './gutenberg.ts';
import { loadPdfJs } from '../../src/util/pdfjs.ts';

const texEscape = (s: string): string =>
  s
    .replace(/\\/g, '\\textbackslash{}')
    // As a LaTeX author types quotes: `` to open (after a space, a bracket or a dash), '' to close.
    .replace(/(^|[\s([{\u2014-])"/g, '$1``')
    .replace(/"/g, "''")
    .replace(/([#$%&{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/_([^_]+)_/g, '\\emph{$1}')
    .replace(/_/g, '\\_')
    .replace(/--/g, '--{}');

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const htmlText = (s: string): string => xmlEscape(s).replace(/_([^_]+)_/g, '<em>$1</em>');

export function latex(paras: Para[], title: string, author: string, twocolumn: boolean): string {
  const body = paras
    .map((p) => {
      const fill = (s: string): string => texEscape(s).replace(/\u0000(\d+)\u0000/g, (_, k: string) => `\\footnote{${texEscape(p.notes?.[Number(k)] ?? '')}}`);
      if (p.kind === 'h') return `\\section*{${fill(joinLines(p.lines))}}`;
      // `{}` after `\\`: a verse line may open with a bracket, which `\\` would take as its argument.
      if (p.kind === 'verse') return `\\begin{verse}\n${p.lines.map((l) => fill(l.trim())).join(' \\\\{}\n')}\n\\end{verse}`;
      return fill(joinLines(p.lines));
    })
    .join('\n\n');
  return `\\documentclass[11pt,twoside${twocolumn ? ',twocolumn' : ''}]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[a5paper,margin=18mm]{geometry}
\\usepackage{fancyhdr}
\\pagestyle{fancy}
\\fancyhf{}
\\fancyhead[LE]{\\thepage\\quad ${texEscape(author.toUpperCase())}}
\\fancyhead[RO]{${texEscape(title)}\\quad\\thepage}
\\title{${texEscape(title)}}
\\author{${texEscape(author)}}
\\date{}
\\begin{document}
\\maketitle
\\thispagestyle{plain}
${body}
\\end{document}
`;
}

/** HTML for Chromium's print: notes left out (a web page's print has no page-foot notes). */
export function chromiumHtml(paras: Para[], title: string, author: string): string {
  const body = paras
    .map((p) => {
      const t = (s: string): string => htmlText(s).replace(/\u0000\d+\u0000/g, '');
      if (p.kind === 'h') return `<h2>${t(joinLines(p.lines))}</h2>`;
      if (p.kind === 'verse') return `<p class="verse">${p.lines.map((l) => t(l.trim())).join('<br>\n')}</p>`;
      return `<p>${t(joinLines(p.lines))}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${xmlEscape(title)}</title>
<style>body{font:11pt/1.4 serif;max-width:34em;margin:auto;text-align:justify;hyphens:auto}.verse{margin-left:2em;text-align:left}</style></head>
<body><h1>${xmlEscape(title)}</h1><p class="byline">${xmlEscape(author)}</p>
${body}
</body></html>
`;
}

/** HTML for WeasyPrint: a book page (running heads, folios, indents, footnotes at the page foot). */
export function weasyHtml(paras: Para[], title: string, author: string): string {
  const body = paras
    .map((p) => {
      const t = (s: string): string =>
        htmlText(s).replace(/\u0000(\d+)\u0000/g, (_, k: string) => `<span class="fn">${htmlText(p.notes?.[Number(k)] ?? '')}</span>`);
      if (p.kind === 'h') return `<h2>${t(joinLines(p.lines))}</h2>`;
      if (p.kind === 'verse') return `<p class="verse">${p.lines.map((l) => t(l.trim())).join('<br>\n')}</p>`;
      return `<p>${t(joinLines(p.lines))}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${xmlEscape(title)}</title>
<style>
@page { size: A5; margin: 20mm 16mm 22mm; @bottom-center { content: counter(page); font: 9pt serif } }
@page :left { @top-left { content: "${xmlEscape(author.toUpperCase()).replace(/"/g, '')}"; font: 8pt serif } }
@page :right { @top-right { content: "${xmlEscape(title).replace(/"/g, '')}"; font: italic 8pt serif } }
@page :first { @top-left { content: none } @top-right { content: none } }
body { font: 10.5pt/1.35 serif; text-align: justify; hyphens: auto }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4pt } .byline { text-align: center; text-indent: 0; margin-bottom: 18pt }
h2 { font-size: 12pt; margin: 14pt 0 6pt }
p { margin: 0; text-indent: 1.5em } h2 + p { text-indent: 0 }
.verse { margin: 6pt 0 6pt 2em; text-indent: 0; text-align: left }
.fn { float: footnote; font-size: 8.5pt; text-indent: 0 }
</style></head>
<body><h1>${xmlEscape(title)}</h1><p class="byline">${xmlEscape(author)}</p>
${body}
</body></html>
`;
}

/** A flat ODF text for LibreOffice Writer: header (title), footer (page number), footnotes. */
export function flatOdt(paras: Para[], title: string, author: string): string {
  let n = 0;
  const body = paras
    .map((p) => {
      const t = (s: string): string =>
        xmlEscape(s)
          .replace(/_([^_]+)_/g, '<text:span text:style-name="Em">$1</text:span>')
          .replace(/\u0000(\d+)\u0000/g, (_, k: string) => {
            n++;
            return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${xmlEscape(p.notes?.[Number(k)] ?? '')}</text:p></text:note-body></text:note>`;
          });
      if (p.kind === 'h') return `<text:h text:style-name="Heading_20_2" text:outline-level="2">${t(joinLines(p.lines))}</text:h>`;
      if (p.kind === 'verse') return `<text:p text:style-name="Verse">${p.lines.map((l) => t(l.trim())).join('<text:line-break/>')}</text:p>`;
      return `<text:p text:style-name="Text_20_body">${t(joinLines(p.lines))}</text:p>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="true"/></style:default-style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
<style:style style:name="Verse" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="1cm"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Author" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Em" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">${xmlEscape(title)}</text:p></style:header>
<style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/></text:p></style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">${xmlEscape(title)}</text:p>
<text:p text:style-name="Author">${xmlEscape(author)}</text:p>
${body}
</office:text></office:body></office:document>
`;
}

export function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

/** Run an engine; the PDF it wrote, or undefined. */
export function typeset(engine: 'pdflatex' | 'chromium' | 'weasyprint' | 'soffice', dir: string, name: string, source: string): string | undefined {
  const pdf = join(dir, `${name}.pdf`);
  if (engine === 'pdflatex') {
    writeFileSync(join(dir, `${name}.tex`), source);
    spawnSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', `${name}.tex`], { cwd: dir, timeout: 180_000 });
  } else if (engine === 'chromium') {
    const page = join(dir, `${name}.html`);
    writeFileSync(page, source);
    const chrome = ['chromium', 'chromium-browser', 'google-chrome'].find(has)!;
    spawnSync(
      chrome,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${pdf}`, `file://${page}`],
      { timeout: 180_000, stdio: 'ignore' },
    );
    rmSync(join(dir, 'profile'), { recursive: true, force: true });
  } else if (engine === 'weasyprint') {
    const page = join(dir, `${name}.html`);
    writeFileSync(page, source);
    spawnSync('weasyprint', [page, pdf], { timeout: 180_000, stdio: 'ignore' });
  } else {
    const doc = join(dir, `${name}.fodt`);
    writeFileSync(doc, source);
    spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, doc], {
      timeout: 300_000,
      stdio: 'ignore',
    });
    rmSync(join(dir, 'lo-profile'), { recursive: true, force: true });
  }
  return existsSync(pdf) ? pdf : undefined;
}

export function pdftotext(pdf: string, layout: boolean): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 }).toString('utf8');
}

/** The text a pdf.js viewer's text layer gives: its items in order, a newline at each end of line. */
export async function pdfjsText(pdf: string): Promise<string> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      let s = '';
      for (const it of content.items as { str?: string; hasEOL?: boolean }[]) {
        s += it.str ?? '';
        if (it.hasEOL) s += '\n';
      }
      pages.push(s);
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n');
}

/**
 * A book page as the pipeline's own renderer makes one: the HTML through Paged.js in Chromium
 * (running heads, folios, footnotes at the page foot with `float: footnote`). `spaced`: paragraphs
 * apart by a space and set ragged, not indented and justified (a report's or a web print's look).
 */
export function pagedHtml(paras: Para[], title: string, author: string, spaced: boolean): string {
  const html = weasyHtml(paras, title, author);
  const look = spaced ? 'p { text-indent: 0; margin: 0 0 0.7em } body { text-align: left; hyphens: manual }\n' : '';
  return html.replace('</style>', () => `${look}</style>`);
}

/** Print `html` with Paged.js in the system Chromium (puppeteer-core); the PDF, or undefined. */
export async function pagedPrint(dir: string, name: string, html: string): Promise<string | undefined> {
  const { default: puppeteer } = await import('puppeteer-core');
  const { findChromium, isHeadlessShell } = await import('../../src/render/chromium.ts');
  const poly = readFileSync(join(dirname(createRequire(import.meta.url).resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js'), 'utf8');
  const page = join(dir, `${name}.html`);
  const pdf = join(dir, `${name}.pdf`);
  // A function as the replacement: the polyfill's source holds `$&` and the like.
  writeFileSync(
    page,
    html.replace('</head>', () => `<script>window.PagedConfig = { auto: false }</script><script>${poly}</script></head>`),
  );
  const executablePath = findChromium();
  const browser = await puppeteer.launch({
    executablePath,
    headless: isHeadlessShell(executablePath) ? 'shell' : true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--font-render-hinting=none'],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    await tab.evaluate('window.PagedPolyfill.preview().then(() => true)');
    await tab.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true, timeout: 180_000 });
  } catch {
    return undefined;
  } finally {
    await browser.close();
  }
  return existsSync(pdf) ? pdf : undefined;
}
