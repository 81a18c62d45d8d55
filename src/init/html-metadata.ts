/**
 * What a saved web page says about itself: Open Graph and Dublin Core `<meta>` tags, JSON-LD
 * (schema.org Article), microdata (`itemprop`), `rel="author"` links and the byline classes
 * of common publishing systems. Each value names where it came from, for reader.yaml's
 * review comments.
 */
import { findDate } from './guess-date.ts';
import type { TextGuesses } from './guess.ts';
import type { Guess } from './lines.ts';
import { inlineText } from '../util/inline-text.ts';
import { bioName, organisationName } from './guess-author.ts';
import { personName, plausiblePeople, uninvertName } from './names.ts';

const joinPeople = (names: string[]) => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

type Doc = ReturnType<typeof import('linkedom').parseHTML>['document'];

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
// An element's words as the page shows them: "<div>Jon Ekström</div><div>Published 3 June</div>" is not "Jon EkströmPublished".
const shown = (el: Element) => clean(inlineText(el as unknown as Parameters<typeof inlineText>[0]));
const g = (value: string | undefined, how: string): Guess | undefined => (value && value.trim() ? { value: clean(value), how } : undefined);

/** The value of a twitter:dataN <meta> whose twitter:labelN says what it is. */
function labelledMeta(metaContent: (...keys: string[]) => string | undefined, label: RegExp): string | undefined {
  for (let n = 1; n <= 4; n++) {
    const l = metaContent(`twitter:label${n}`);
    if (l && label.test(l)) return metaContent(`twitter:data${n}`);
  }
  return undefined;
}

/** The cell beside a table's header cell that says what it holds: `<th>Created by</th><td>NAME</td>`. */
function labelledCell(document: Doc, label: RegExp): string | undefined {
  for (const th of Array.from(document.querySelectorAll('th'))) {
    const td = th.nextElementSibling;
    if (td && td.tagName === 'TD' && label.test(clean(th.textContent))) return clean(td.textContent);
  }
  return undefined;
}

/** The page's own statements of title, author, date, publication, URL and language. */
export function htmlMetadata(document: Doc): TextGuesses {
  const metaContent = (...keys: string[]) => {
    for (const key of keys) {
      for (const el of Array.from(document.querySelectorAll('meta'))) {
        const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
        const content = clean(el.getAttribute('content'));
        if (name === key && content) return content;
      }
    }
    return undefined;
  };
  // Every value of a key a page may repeat, one per author (Highwire's citation_author, Dublin Core's creator).
  const metaAll = (key: string) =>
    Array.from(document.querySelectorAll('meta'))
      .filter((el) => (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase() === key)
      .map((el) => clean(el.getAttribute('content')))
      .filter(Boolean);
  const ld = jsonLdArticle(document);
  const siteName = metaContent('og:site_name', 'application-name', 'citation_journal_title', 'dc.publisher') ?? ldName(ld?.publisher);
  // A word processor's name for an unsaved or exported file ("Document1", "Microsoft Word - notes.docx") is no title.
  const titleTag = clean(document.querySelector('title')?.textContent);
  const docTitleFull = FILE_NAME_TITLE.test(titleTag) ? '' : titleTag;
  const same = (a: string, b: string | undefined) => !!b && norm(a) === norm(b);
  // A <title> carries the site's name beside the page's: "Title | Site", "Site — Title". The page's part is the one a
  // heading of the page repeats; else the one that is not the site's name (og:site_name, or the home link's words).
  const headings = Array.from(document.querySelectorAll('h1, h2, h3'))
    .filter((h) => !h.closest(AROUND_THE_TEXT))
    .map((h) => clean(h.textContent));
  // Links home: to "/", or to a site's root by its full address ("https://redbricknotes.blogspot.com/").
  const homeNames = Array.from(document.querySelectorAll('a[href]'))
    .filter(
      (a) =>
        /^(?:\/|https?:\/\/[^/]+\/?)$/.test(a.getAttribute('href') ?? '') ||
        a.getAttribute('rel') === 'home' ||
        !!a.closest('[id*="site-title" i], [class*="site-title" i]'),
    )
    .map((a) => clean(a.textContent))
    .filter(Boolean);
  // Blogger writes "Blog: Post": a part before a colon that is the site's name is cut off too.
  const siteFirst = /^(.{2,60}?):\s+(.+)$/.exec(docTitleFull);
  const titleParts =
    siteFirst && (same(siteFirst[1]!, siteName) || homeNames.some((h) => same(siteFirst[1]!, h)))
      ? [siteFirst[2]!, siteFirst[1]!]
      : docTitleFull.split(/\s+(?:[|–—·»-]|::)\s+/);
  const isSite = (t: string) => same(t, siteName) || homeNames.some((h) => same(t, h));
  const docTitle =
    titleParts.length > 1
      ? (titleParts.find((p) => !isSite(p) && headings.some((h) => same(h, p))) ?? titleParts.find((p) => !isSite(p)) ?? titleParts[0])
      : titleParts[0];
  // The site's part of the <title> is cut from og:title too, when the page names no og:site_name.
  const sitePart = titleParts.length > 1 ? titleParts.find((p) => isSite(p)) : undefined;
  const ogTitle = stripSite(stripSite(metaContent('og:title', 'twitter:title', 'dc.title', 'citation_title'), siteName), sitePart);
  const headline = typeof ld?.headline === 'string' ? ld.headline : typeof ld?.name === 'string' ? ld.name : undefined;

  const h1s = Array.from(document.querySelectorAll('h1')).filter(
    (h) =>
      !h.closest('nav, footer, aside') &&
      !/\b(?:site|logo|brand|masthead)\b/i.test(
        `${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''} ${h.parentElement?.getAttribute('class') ?? ''}`,
      ),
  );
  // An <h1> that names the site (a blog's name over its posts' <h2>s) is no title.
  const h1Texts = h1s.map((h) => headingText(h)).filter((t) => t && !isSite(t));
  const inArticle = h1s.find((h) => h.closest('article, main, [role="main"]'));
  // A lone <h1> of a few words is the page's title as it shows it, before a <title> or og:title written for search
  // engines ("Community fridges: everything you need to know (2024 guide)").
  const loneH1 = h1Texts.length === 1 && wordCount(h1Texts[0]!) >= 3 ? h1Texts[0] : undefined;
  const h1 = h1Texts.find((t) => same(t, ogTitle) || same(t, headline) || same(t, docTitle)) ?? (inArticle ? headingText(inArticle) : undefined);
  // A document's own title paragraph, as a word processor exports it (Google Docs: `<p class="title">`, the <title> being
  // the file's name); not a person's name, which an archive sets in the same class over the title.
  // (Word's own: `<p class=MsoTitle>`; or, in a document whose writer set the title by hand, its first paragraph in large
  // type, `<p class=MsoNormal><b><span style='font-size:18.0pt'>…`.)
  const styledTitle =
    Array.from(document.querySelectorAll('p.title, div.title, p.Title, .doc-title, .document-title, p.MsoTitle, div.MsoTitle, h1.MsoTitle'))
      .map((el) => clean(el.textContent))
      .find((t) => t && t.length <= 200 && !personName(t) && !isSite(t)) ?? (wordProcessor(document) ? bigFirstParagraph(document) : undefined);
  const microHeadline = textOf(document, '[itemprop="headline"]');
  // A hand-made page's name in its <h1> (and its <title>), its one piece under an <h2> over a byline ("by NAME"): the
  // <h2> is the title, as a blog's <h1> naming the site is none.
  const bylined = Array.from(document.querySelectorAll('h2, h3')).find((h) =>
    /^(?:by|par|von|por|door|di)\s+\p{Lu}/iu.test(clean(h.nextElementSibling?.textContent ?? '')),
  );
  const pageName = h1 !== undefined && !inArticle && same(h1, docTitleFull) && bylined ? headingText(bylined) : undefined;
  // A Project Gutenberg edition's <title> names the book and its author: "The Project Gutenberg eBook of Legend
  // Land, by Lyonesse.", "Project Gutenberg's Charles Dickens and Music, by James T. Lightwood".
  const gutenberg = /^(?:The\s+)?Project\s+Gutenberg(?:['’]s)?\s+(?:e-?book\s+of\s+|etext\s+of\s+)?(.+?),\s+by\s+(.+?)\.?$/i.exec(titleTag);
  const title =
    g(gutenberg?.[1], 'the Project Gutenberg <title>') ??
    g(pageName, 'the heading over its byline') ??
    g(h1, 'the <h1>') ??
    g(styledTitle, 'the title paragraph') ??
    g(loneH1, 'the <h1>') ??
    g(ogTitle, 'og:title') ??
    g(headline, 'the JSON-LD headline') ??
    g(h1Texts.length === 1 ? h1Texts[0] : undefined, 'the <h1>') ??
    // A page's generic name ("Home", "News", "Startseite") is not its title: the text's own first lines are read instead.
    g(microHeadline, 'the itemprop="headline"') ??
    g(docTitle && !isSite(docTitle) && !GENERIC_PAGE.test(docTitle) ? docTitle : undefined, 'the <title>') ??
    g(h1Texts[0], 'the <h1>');

  // A <title> that holds the page's title and a person's name besides ("Marta Kowal: The Mass Strike …") names its author.
  const titleRest =
    title && docTitleFull.includes(title.value)
      ? docTitleFull
          .replace(title.value, ' ')
          .replace(/\(\s*\d{4}\s*\)/g, ' ')
          .replace(/^[\s|:–—·,-]+|[\s|:–—·,-]+$/g, '')
      : undefined;
  // (Not the <title>'s site part that the author <meta> names too: "Planting trees | Green Streets Cork" with an author
  // <meta> "Green Streets Cork" names the site twice.)
  const titleName = titleRest && !isSite(titleRest) && !same(titleRest, metaContent('author')) ? personName(titleRest) : undefined;
  // Catalogue metadata writes each author surname first, one tag each: `Hart, Eleanor`.
  const catalogued = ['citation_author', 'dc.creator', 'dcterms.creator'].map((k) => metaAll(k).map(uninvertName)).find((names) => names.length > 0);
  // A site that puts its own name in the author <meta> ("Diario del Sur") says who published the page, not who wrote it.
  // (Nor the <title>'s part that is not the page's, when the page names no site: "… - Bristol Post Online".)
  const otherParts = titleParts.length > 1 ? titleParts.filter((p) => p !== docTitle) : [];
  const notSite = (g: Guess | undefined) =>
    g && !isSite(g.value) && !same(g.value, ldName(ld?.publisher)) && !otherParts.some((p) => same(p, g.value)) ? g : undefined;
  const author =
    g(gutenberg?.[2], 'the Project Gutenberg <title>') ??
    // (Written surname first, as some systems fill it: "Morgan, Kate".)
    notSite(person(uninvertIfOne(metaContent('author', 'parsely-author', 'sailthru.author', 'byl')), 'the author <meta>')) ??
    person(catalogued && joinPeople(catalogued), 'the citation_author <meta>') ??
    notSite(person(ldAuthors(ld?.author ?? ld?.creator), 'the JSON-LD author')) ??
    person(metaContent('article:author'), 'article:author') ??
    // (Its name may be in a <meta>'s content, the visible link showing a user name: `<meta itemprop="name" content="NAME">`.)
    person(
      textOf(document, '[itemprop="author"] [itemprop="name"]') ??
        attr(document, '[itemprop="author"] meta[itemprop="name"]', 'content') ??
        textOf(document, '[itemprop="author"]'),
      'the itemprop="author"',
    ) ??
    // (A link's words, not its target: "See all posts →", "View Archive" link to the author's page but name nobody.)
    shownPerson(textOf(document, 'a[rel="author"], [rel="author"]'), 'the rel="author" link') ??
    // A card's labelled field, as Ghost and others fill it: twitter:label1 "Written by", twitter:data1 "NAME".
    person(labelledMeta(metaContent, /^(?:written by|author|by)$/i), 'the twitter:data field') ??
    // A properties table's row, as Notion exports a page: "Created by | NAME", "Author | NAME".
    person(labelledCell(document, /^(?:created by|author|authors|written by|owner)$/i), 'the properties table') ??
    g(titleName, 'the name in the <title>') ??
    // A link to the author's page, as most publishing systems print the byline: `/author/kemi`, `/authors/…`, `/@kemi`.
    shownPerson(textOf(document, 'a[href*="/author/" i], a[href*="/authors/" i], a[href*="/profile/" i], a[href*="/@"]'), "the link to the author's page") ??
    person(everyText(document, '.author-name, .byline__name, .author__name, [itemprop="author"] [itemprop="name"], .vcard .fn'), 'the bylines') ??
    shownPerson(
      textOf(
        document,
        // (And the class names of other languages' templates: auteur, autor, autore, autorin.)
        // (A site builder's name for it: Wix's `data-hook="user-name"`.)
        '.byline__name, .author-name, .author__name, .c-byline__author, .entry-author, .post-author, .article-author, .byline, .author, [class*="byline" i], [class*="author" i], [class*="auteur" i], [class*="autor" i], [data-hook="user-name"], [class*="user-name" i]',
      ),
      'the byline',
    ) ??
    // An author box beside the article, its bio's first sentence naming the writer: "Ama Owusu is a community organiser …".
    g(bioOf(document), 'the author bio');

  const published =
    metaContent(
      'article:published_time',
      'og:published_time',
      'datepublished',
      'date',
      'dc.date',
      'dc.date.issued',
      'dcterms.date',
      'citation_publication_date',
      'citation_date',
      'pubdate',
      'publishdate',
      'publish-date',
      'sailthru.date',
      'parsely-pub-date',
    ) ??
    (typeof ld?.datePublished === 'string' ? ld.datePublished : undefined) ??
    attr(document, '[itemprop="datePublished"]', 'datetime') ??
    attr(document, '[itemprop="datePublished"]', 'content') ??
    attr(document, 'article time[datetime], time[pubdate][datetime], time[datetime]', 'datetime');
  const date =
    published && /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(published)
      ? { value: /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(published)![0], how: 'the page metadata' }
      : undefined;

  const url = metaContent('og:url') ?? attr(document, 'link[rel="canonical"]', 'href');
  const lang = clean(document.documentElement?.getAttribute('lang')) || metaContent('og:locale', 'dc.language', 'content-language');
  const translator = ldAuthors(ld?.translator);
  const out: TextGuesses = {};
  if (title) out.title = title;
  if (author) out.author = author;
  if (translator) out.translator = { value: translator, how: 'the JSON-LD translator' };
  if (date) out.date = date;
  const publication = g(siteName, 'the site name') ?? g(titleParts.length > 1 ? titleParts.at(-1) : undefined, 'the <title>');
  if (publication) out.publication = publication;
  if (url && /^https?:\/\//.test(url)) out.url = { value: url, how: 'the canonical URL' };
  if (lang) out.language = { value: lang.replace('_', '-').split('-')[0]!.toLowerCase(), how: 'the page language' };
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function stripSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  return title.replace(new RegExp(String.raw`\s+[|–—·-]\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*$`, 'i'), '');
}

// "Document1", "Dokument1", "Microsoft Word - strike_bulletin.docx", "tenancy-guide-v3.docx", "Untitled document".
const FILE_NAME_TITLE =
  /^(?:microsoft (?:word|excel|powerpoint)\s*-\s*.*|[^\s/\\]*\S\.(?:docx?|odt|rtf|pages|pdf|txt|html?|wpd)|(?:document|dokument|documento|doc)\s*\d+|untitled(?: document)?|sans titre|sin título|senza titolo|ohne titel|unbenannt|(?:\S.*\.(?:docx?|odt|rtf)))$/iu;

/**
 * The paragraph in the largest type at the head of a document, when that is large (16 pt or more, or 14 pt and bold) and
 * short: how a writer sets a title by hand in a word processor (`<p class=MsoNormal><b><span style='font-size:18.0pt'>
 * Title</span></b></p>`), perhaps under a small line naming who sends it. Only the paragraphs before the first of running
 * text count, so a big heading further down is not taken.
 */
function bigFirstParagraph(document: Doc): string | undefined {
  const head: Array<{ text: string; points: number; bold: boolean }> = [];
  for (const el of Array.from(document.querySelectorAll('body p, body div'))) {
    if (el.querySelector('p, div') || el.closest(AROUND_THE_TEXT)) continue;
    const text = clean(el.textContent);
    if (!text) continue;
    if (wordCount(text) >= 25 || head.length >= 5) break;
    const styled = [el, ...Array.from(el.querySelectorAll('*'))];
    const bold =
      /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(styled.map((e) => e.getAttribute('style') ?? '').join(';')) ||
      Array.from(el.querySelectorAll('b, strong')).some((b) => clean(b.textContent) === text);
    head.push({ text, points: Math.max(0, ...styled.map((e) => fontPoints(e.getAttribute('style') ?? ''))), bold });
  }
  const top = Math.max(0, ...head.map((p) => p.points));
  const best = head.find((p) => p.points === top);
  if (!best || head.filter((p) => p.points === top).length > 1) return undefined;
  const { text, points, bold } = best;
  if (text.length > 200 || wordCount(text) < 2 || /[.:;,]$/.test(text)) return undefined;
  return points >= 16 || (points >= 14 && bold) ? text : undefined;
}

/** Whether a word processor wrote the page (Word, LibreOffice, OpenOffice), not a site whose first block may be styled big. */
function wordProcessor(document: Doc): boolean {
  const generator = Array.from(document.querySelectorAll('meta'))
    .filter((m) => /^(?:generator|progid|originator)$/i.test(m.getAttribute('name') ?? ''))
    .map((m) => m.getAttribute('content') ?? '')
    .join(' ');
  return (
    /\b(?:microsoft word|word\.document|libreoffice|openoffice|writer|abiword|wps)\b/i.test(generator) || !!document.querySelector('.MsoNormal, .WordSection1')
  );
}

/** A style's font size in points (`18.0pt`, `24px`, `1.5em` of 12 pt), 0 when it gives none. */
function fontPoints(style: string): number {
  // (Not Word's `mso-bidi-font-size`, the size of right-to-left script.)
  const m = /(?:^|[;\s])font-size\s*:\s*([\d.]+)\s*(pt|px|em|rem)/i.exec(style);
  if (!m) return 0;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return unit === 'pt' ? n : unit === 'px' ? n * 0.75 : n * 12;
}

const GENERIC_PAGE = /^(?:home|home ?page|index|welcome|untitled|news|blog|page|posts?|startseite|accueil|inicio|portada|home page)$/i;
const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** A heading's own words: up to a line break, without a subtitle set inside it (`<h1>Title<br><span>Subtitle</span></h1>`). */
function headingText(h: Element): string {
  let out = '';
  for (const node of Array.from(h.childNodes)) {
    const el = node.nodeType === 1 ? (node as Element) : undefined;
    if (el?.tagName === 'BR' && out.trim()) break;
    if (el && /sub-?title|dek|standfirst|kicker/i.test(el.getAttribute('class') ?? '')) continue;
    out += node.textContent ?? '';
  }
  return clean(out) || clean(h.textContent);
}

// Where a page prints other people's names and other pages' titles: comments, sidebars, related links, the footer.
const AROUND_THE_TEXT =
  'nav, footer, aside, [id*="comment" i], [class*="comment" i], [class*="widget" i], [id*="sidebar" i], [class*="sidebar" i], [class*="related" i], [class*="recommend" i]';

/** Every name the selector finds in the page's own text, joined ("A and B"), when there are two or more. */
function everyText(document: Doc, selector: string): string | undefined {
  const names = [
    ...new Set(
      Array.from(document.querySelectorAll(selector))
        .filter((el) => !el.closest(AROUND_THE_TEXT))
        .map((el) => shown(el))
        .filter((t) => t && personName(t)),
    ),
  ];
  return names.length >= 2 ? joinPeople(names) : undefined;
}

/** The first short text the selector finds in the page's own text (not its comments or sidebars). */
/** The person of the first author box whose text opens with a bio: `<section class="about-author">`, `.author-bio`. */
function bioOf(document: Doc): string | undefined {
  for (const el of Array.from(document.querySelectorAll('[class*="author" i], [class*="bio" i]'))) {
    if (el.closest(AROUND_THE_TEXT)) continue;
    const t = shown(el);
    const name = t && t.length <= 600 ? bioName(t) : undefined;
    if (name) return name;
  }
  return undefined;
}

function textOf(document: Doc, selector: string): string | undefined {
  for (const el of Array.from(document.querySelectorAll(selector))) {
    if (el.closest(AROUND_THE_TEXT)) continue;
    const t = shown(el);
    if (t && t.length <= 120) return t;
  }
  return undefined;
}

function attr(document: Doc, selector: string, name: string): string | undefined {
  for (const el of Array.from(document.querySelectorAll(selector))) {
    const v = clean(el.getAttribute(name));
    if (v) return v;
  }
  return undefined;
}

/**
 * {@link person}, for words the page shows in its byline furniture (a link to the author's page, an element whose class
 * names the author): they must read as people or as an organisation's name, as a link's "See all posts →" does not.
 */
function shownPerson(raw: string | undefined, how: string): Guess | undefined {
  const found = person(raw, how);
  if (!found) return undefined;
  const people = found.value.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&|und|et|y|e)\s+/u);
  return people.every((p) => personName(p)) || organisationName(found.value) ? found : undefined;
}

/** One name written surname first, "Morgan, Kate", as printed; anything else as it is. */
function uninvertIfOne(raw: string | undefined): string | undefined {
  if (!raw) return raw;
  const turned = uninvertName(raw);
  return turned !== raw && personName(turned) ? turned : raw;
}

/** A byline's people, without "By" and what follows them; not a URL, a site or furniture. */
function person(raw: string | undefined, how: string): Guess | undefined {
  if (!raw || /^https?:|^www\.|@/.test(raw)) return undefined;
  let t = raw
    // (An interview's byline names its interviewer: "Interview by NAME", "Interviewed by NAME", "Entretien réalisé par NAME".)
    .replace(
      /^(?:(?:written|words|text|story|reporting|posted|published|interview|interviewed|entretien réalisé|entrevista)\s+)?(?:by|par|von|por|door|di|da)\s*:?\s+/i,
      '',
    )
    .replace(
      /^(?:(?:words|text|story)\s+(?:and|&)\s+(?:photos?|photographs|pictures|illustrations?)|authors?|auteur|autor|words|text|texto|texte|testo|tekst)\s*:\s*/i,
      '',
    )
    // A label set apart from the name by the page's layout, not a colon: "<span>Author</span><h3>Ella Murphy</h3>".
    .replace(/^(?:authors?|written by|auteur|autor|autorin|autore)\s+(?=\p{Lu})/iu, '')
    // A translator after the writer's name: "Juan Pérez; trad. María López", "Ana Lima, transl. Tom Hale".
    .replace(/\s*[;,]?\s*(?:trad\.|tr\.|transl\.|trans\.|übers\.|translated by|traducción de|traduit par|tradução de|traduzione di)\s.*$/iu, '')
    // A picture credit after the writer's: "Pilar Navarro Fotos: Luis Ramos".
    .replace(/\s+(?:photos?|photographs?|pictures?|images?|fotos?|fotografías?|fotografie|illustrations?|ilustraciones?)\s*:.*$/iu, '')
    // What follows the name: a date, "Posted on …", or the writer's post ("Kate Nolan, Staff Writer").
    .split(
      /\s*[|·•]\s*|\s+[-–—]\s+|\s*,\s*(?=\d|(?:posted|published|updated|on)\b)|\s+(?:on|posted|published|updated)\s+(?=\p{L}*\s*\d)|\s+(?:gepubliceerd|publié|publicado|publicada|veröffentlicht|pubblicato|publicat|opublikowano)\b|\s*,\s*(?=(?:\p{L}+\s+){0,2}(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)\b)/iu,
    )[0]!
    .trim();
  // A date set beside the name with no mark between ("Orla Kavanagh 11 April 2024", a byline's two spans) is not part of it.
  const date = findDate(t);
  if (date && date.index > 0) t = t.slice(0, date.index).trim();
  // "Louise Hartnett, Senior Lecturer in Housing Studies, …": the people before the first part that is not one.
  const parts = t.split(/\s*,\s*/);
  const people = (p: string) => p.split(/\s+(?:and|&|und|et|y|e)\s+/).every((n) => personName(n));
  const firstNot = parts.findIndex((p) => !people(p));
  const lead = parts.length > 1 && people(parts[0]!) && firstNot > 0 ? parts.slice(0, firstNot).join(', ') : t;
  if (!lead || lead.length > 80) return undefined;
  // (An organisation that writes its name in lower case signs as itself: "ver.di Landesbezirk Bayern".)
  if (!/^\p{Lu}/u.test(lead)) return organisationName(lead) ? { value: lead, how } : undefined;
  if (!plausiblePeople(lead)) return undefined;
  return { value: lead, how };
}

interface LdThing {
  '@type'?: string | string[];
  headline?: unknown;
  name?: unknown;
  author?: unknown;
  creator?: unknown;
  translator?: unknown;
  datePublished?: unknown;
  publisher?: unknown;
  '@graph'?: unknown;
}

/** The schema.org Article (or WebPage) of the page's JSON-LD, if any. */
function jsonLdArticle(document: Doc): LdThing | undefined {
  const things: LdThing[] = [];
  const collect = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      things.push(v as LdThing);
      if ('@graph' in v) collect((v as LdThing)['@graph']);
    }
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(s.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is not ours to fix: the other sources still count.
    }
  }
  const typeOf = (t: LdThing) => [t['@type'] ?? []].flat().join(' ');
  const found = things.find((t) => /Article|BlogPosting|Report|Review|Chapter|CreativeWork/.test(typeOf(t))) ?? things.find((t) => /WebPage/.test(typeOf(t)));
  if (!found) return undefined;
  // A graph (Yoast's) names its people once and points at them by "@id": `"author": {"@id": "…#/schema/person/5c1f"}`.
  const byId = new Map(things.filter((t) => typeof (t as { '@id'?: unknown })['@id'] === 'string').map((t) => [(t as { '@id': string })['@id'], t]));
  const resolve = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(resolve)
      : v && typeof v === 'object' && !('name' in v) && typeof (v as { '@id'?: unknown })['@id'] === 'string'
        ? (byId.get((v as { '@id': string })['@id']) ?? v)
        : v;
  return {
    ...found,
    author: resolve(found.author),
    creator: resolve(found.creator),
    translator: resolve(found.translator),
    publisher: resolve(found.publisher),
  };
}

function ldName(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldName(v[0]);
  if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
  return undefined;
}

function ldAuthors(v: unknown): string | undefined {
  // A wire story lists its agency beside its reporter: the people, when there are any, are the authors.
  const all = [v].flat();
  const isOrg = (x: unknown) =>
    !!x && typeof x === 'object' && /Organi[sz]ation|NewsMediaOrganization|Corporation/.test(String((x as { '@type'?: unknown })['@type'] ?? ''));
  const people = all.filter((x) => !isOrg(x));
  const names = (people.length ? people : all).map(ldName).filter((n): n is string => !!n && !/^https?:/.test(n));
  if (names.length === 0) return undefined;
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
