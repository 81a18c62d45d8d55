/**
 * Lines that stand over a title but are not one: a genre or section label (`LECTURE 4`,
 * `TRANSCRIPT`, `Opinion · Housing`, `Research article`), an issue or series line (`~ issue 3 ~
 * spring 2024 ~`, `Nº 2 · otoño 2023`, `Diskussionspapier Nr. 12  Oktober 2021`), a banner with a
 * date (`PREPRINT — NOT PEER REVIEWED  SocArXiv, March 2024`), or an occasion line ending on its
 * date (`Keynote address to the conference, Sheffield, 14 October 2023`). Classes, not cases:
 * each test is a shape that many publications share.
 */
import { findDate } from './guess-date.ts';
import { wordCount } from './lines.ts';

// What a label names: a genre, a part of a course or a book, a section of a paper or a site.
// Several languages; each word is one a publisher prints above a title.
const LABEL_WORD = String.raw`(?:oral\s+history(?:\s+interview)?|briefing\s+(?:paper|note)|position\s+paper|white\s+paper|green\s+paper|consultation\s+paper|lecture|lesson|seminar|session|week|unit|module|chapter|part|section|volume|appendix|annex|transcript|report|briefing|brief|preprint|opinion|comment|commentary|analysis|interview|review|editorial|statement|press\s+release|news\s+release|feature|essay|long\s+read|explainer|research(?:\s+(?:article|paper|note|brief|report))?|(?:original|review|feature)\s+article|article|working\s+paper|policy\s+(?:paper|brief)|discussion\s+paper|occasional\s+paper|background\s+paper|factsheet|fact\s+sheet|leaflet|pamphlet|flyer|zine|fanzine|newsletter|bulletin|dossier|letter|open\s+letter|guest\s+(?:post|column|essay|blog)|gastbeitrag|gastkommentar|memo|memorandum|conference|congress|congrès|kongress|congreso|congresso|convention|summit|festival|annual\s+general\s+meeting|agm|motion|emergency\s+motion|composite\s+motion|resolution|amendment|antrag|résolution|moción|mozione|thesis|dissertation|tesis|tese|thèse|tesi|dissertação|dissertazione|masterarbeit|bachelorarbeit|doktorarbeit|mémoire|proefschrift|scriptie|letters(?:\s+to\s+the\s+editor)?|readers['’]?\s+letters|(?:in\s+)?conversation|leserbriefe?|courrier\s+des\s+lecteurs|cartas\s+(?:al\s+director|de\s+los\s+lectores|dos\s+leitores)|lettere\s+al\s+direttore|ingezonden\s+brieven|speech|keynote|case\s+study|guide|toolkit|handout|kapitel|teil|vorlesung|vortrag|stellungnahme|diskussionspapier|arbeitspapier|kommentar|chapitre|partie|leçon|tribune|entretien|éditorial|communiqué|capítulo|capitolo|parte|lección|lezione|entrevista|intervista|comunicado|comunicato|opinión|opinione|hoofdstuk|deel|les|column|tribute|obituary|in\s+memoriam|nachruf|hommage|necrológica|necrologio|for\s+immediate\s+release|immediate\s+release|embargoed|press\s+notice|media\s+release|announcement|notice|update|q\s*&\s*a|faq)`;
// A number after a label: `4`, `IV`, `Four`, `No. 7`.
const LABEL_NUMBER = String.raw`(?:(?:no\.?|nº|n°|nr\.?|#)\s*)?(?:\d{1,4}(?:\.\d{1,3})?|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const LABEL_LINE = new RegExp(String.raw`^[\W_]*${LABEL_WORD}(?:\s+${LABEL_NUMBER})?[\W_]*$`, 'iu');
// A named series' label with its number or year: "THE JOE HILL MEMORIAL LECTURE 2023", "Annual Report 2022", "Policy Brief 04".
const NAMED_LABEL_LINE = new RegExp(String.raw`^[\W_]*(?:[\p{L}'’-]+\s+){1,5}${LABEL_WORD}\s+(?:${LABEL_NUMBER}|(?:19|20)\d\d)[\W_]*$`, 'iu');
// A label, then a topic of a few words after a dot or bar: `Opinion · Housing`, `Analysis | Europe`,
// `Research article — Open access`. A longer part after the bar is a title (`Analysis | Why the strike failed`).
const LABEL_THEN_TOPIC = new RegExp(String.raw`^[\W_]*${LABEL_WORD}(?:\s+${LABEL_NUMBER})?\s*[·•|/—–~:]\s*\S+(?:\s+\S+){0,2}$`, 'iu');
// An issue or volume number: `Issue 14`, `No. 7`, `Nº 2`, `Nr. 12`, `Vol. 3`, `Heft 4`, `Numéro 5`, `STUDIEN 3/2022`.
const ISSUE_NUMBER =
  /(?:^|[\s~·•|(\-–—])(?:issue|iss\.|no\.|nº|n°|nr\.|vol\.|volume|number|numéro|número|numero|heft|ausgabe|jahrgang|edition|édition|edición|edizione|episode|ep\.|épisode|episodio|episódio|folge|aflevering)\s*#?\d{1,4}\b|(?:^|\s)(?:no|nr|vol)\s+\d{1,4}\b|#\d{1,4}\b|(?:^|\s)\d{1,2}\s*\/\s*(?:19|20)\d\d(?=$|[\s·•|,)])|(?:^|[\s,])v\.\s*\d{1,4},?\s+n\.\s*\d{1,4}\b|(?:^|\s)\d{1,3}\s*\((?:\d{1,2}|(?:19|20)\d\d)\)|\((?:19|20)\d\d\)\s*\d{1,4}\s*:\s*\d{1,5}(?:\s*[–-]\s*\d{1,5})?\b/iu;
// Words that mark a line as furniture around an issue number, not a title that holds a number.
const SEPARATORS = /[·•|~]|\s[—–-]\s/u;

// A document's state, not its title: "DRAFT v3 — not for circulation", "Confidential", "Version 2.1", "Embargoed until 00:01".
const DOCUMENT_STATE =
  /^[\W_]*(?:(?:first\s+|second\s+|final\s+)?draft|confidential|internal|not\s+for\s+(?:circulation|publication|distribution)|version|embargoed|check\s+against\s+delivery|(?:text\s+)?as\s+(?:prepared\s+for\s+delivery|delivered))\b(?:\s*v?\d+(?:\.\d+)*)?(?:\s*[—–:|·-]\s*.{0,60}|\s+until\s+.{0,40})?$|\bnot\s+for\s+(?:circulation|publication|distribution)\b/iu;

// What an edition adds, under a book's title: "WITH PREFACE WRITTEN IN 1892", "With an Introduction by …", "Illustrated".
const EDITION_NOTE =
  /^[\W_]*(?:(?:with|including|containing|together\s+with)\s+(?:an?\s+|the\s+)?(?:new\s+|special\s+|original\s+|critical\s+)?(?:prefaces?|introductions?|forewords?|afterwords?|notes?|illustrations?|appendix|appendices|index|maps?|portraits?|plates?)\b|(?:new\s+and\s+)?(?:revised|enlarged|illustrated|annotated)(?:\s+edition)?[\W_]*$)/iu;
const RECORD_OF =
  /^(?:minutes|agenda|notes|report|record|summary|transcript|procès-verbal|compte rendu|protokoll|acta|verbale)\s+(?:of|from|for|de|du|des|der|vom|del|della)\b/iu;

/** A record named for its meeting: "Minutes of the General Meeting, 9 October 2024", "Protokoll der Mitgliederversammlung vom …". */
export function isRecordTitle(text: string): boolean {
  const t = text.trim();
  // (Of a meeting, or dated: not "Notes for Organisers".)
  return RECORD_OF.test(t) && (MEETING.test(t) || !!findDate(t));
}

const MEETING =
  /(?:meeting|assembly|conference|committee|session|congress|agm|versammlung|sitzung|tagung|konferenz|réunion|assemblée|conseil|reunión|asamblea|junta|riunione|assemblea|vergadering|bijeenkomst|zebrani|posiedzeni)/iu;

/** A short line that gives an issue or volume number: "Newsletter of the … Branch · Issue 14 · Spring 2024". */
export function isIssueLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 140 && wordCount(t) <= 14 && ISSUE_NUMBER.test(t);
}

/** A publication's line under its name, ending on its date after a bar or a dot: "News from the … Association | Spring 2024". */
export function isBannerLine(text: string): boolean {
  const t = text.trim();
  const date = t.length <= 140 ? findDate(t) : undefined;
  return !!date && date.end >= t.replace(/[\W_]+$/u, '').length && /[·•|~]\s*(?:\p{L}+\s+)?$/u.test(t.slice(0, date.index));
}

/** Whether a short line is a label, an issue line or a dated banner, not a title. */
export function isKicker(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 140) return false;
  const words = wordCount(t);
  if (DOCUMENT_STATE.test(t) || EDITION_NOTE.test(t)) return true;
  // A press release's end marks: "ENDS", "-30-", "###".
  if (/^(?:-?\s*ends?\s*-?|-30-|#{3})$/i.test(t)) return true;
  if (LABEL_LINE.test(t) || NAMED_LABEL_LINE.test(t)) return true;
  if (LABEL_THEN_TOPIC.test(t)) return true;
  if (words <= 10 && ISSUE_NUMBER.test(t)) return true;
  const date = findDate(t);
  // A record named for its meeting is a title, whatever date ends it: "Minutes of the General Meeting, 9 October 2024".
  if (date && !RECORD_OF.test(t)) {
    const rest = (t.slice(0, date.index) + t.slice(date.end)).trim();
    // A line that ends on its date, after a comma or a bar: an occasion, a dateline, a banner.
    if (date.end >= t.replace(/[\W_]+$/u, '').length && /(?:,|[·•|~]|\s[—–-])\s*(?:\p{L}+\s+)?$/u.test(t.slice(0, date.index))) return true;
    // A few words and a date with furniture between them: `~ spring 2024 ~`.
    if (words <= 8 && SEPARATORS.test(t)) return true;
    if (!/\p{L}{3,}/u.test(rest)) return true;
  }
  return false;
}

// A blogging platform's buttons and counters, each a line of its own in a copied page: "Open in app", "Follow", "5 min read".
const PLATFORM_FURNITURE = /^(?:open in app|get the app|follow|following|write|listen|share|subscribe|paid|free|[·∙•|]|\d+\s+min(?:ute)?s?\s+read|\d+)$/i;

/** A line of a copied page's platform furniture, never a title or a byline. */
export function isPlatformFurniture(text: string): boolean {
  const t = text.trim();
  return PLATFORM_FURNITURE.test(t) || PLATFORM_FURNITURE.test(t.replace(/^[·∙•]\s*/u, ''));
}

/**
 * A skip link, as a page prints it for keyboard users over its menus, in the languages of its templates: "Skip to
 * content", "Skip to main content", "Zum Inhalt springen", "Direkt zum Inhalt", "Aller au contenu", "Passer au contenu
 * principal", "Saltar al contenido", "Ir al contenido", "Vai al contenuto", "Naar de inhoud", "Pular para o conteúdo".
 */
export const SKIP_LINK =
  /^(?:(?:skip|jump|go)\s+(?:to\s+|over\s+)?(?:the\s+)?(?:main\s+|primary\s+|page\s+)?(?:content|navigation|menu|search|footer|article|text|links?)|skip\s+navigation|(?:direkt\s+)?(?:zum|zur)\s+(?:haupt)?(?:inhalt|navigation|hauptnavigation|suche|menü|fußzeile)(?:\s+(?:springen|wechseln|gehen))?|(?:springe|springen|gehe|wechseln)\s+(?:zum|zur)\s+(?:inhalt|navigation|hauptinhalt)|(?:navigation|inhalt|menü)\s+überspringen|(?:aller|passer|accéder|allez|sauter)\s+(?:directement\s+)?(?:au|à\s+la|aux)\s+(?:contenu|navigation|menu|recherche)|(?:saltar|ir|pasar)\s+(?:directamente\s+)?(?:al|a\s+la)\s+(?:contenido|navegación|menú)|(?:salta|vai|passa)\s+(?:al|alla)\s+(?:contenuto|navigazione|menu)|(?:spring|ga|direct)\s+naar\s+(?:de\s+)?(?:inhoud|content|navigatie|hoofdinhoud)|naar\s+(?:de\s+)?(?:inhoud|hoofdinhoud)|(?:pular|ir|saltar)\s+para\s+(?:o\s+)?(?:conteúdo|navegação|menu))(?:\s+(?:principal|principale|main))?[\s.:!»›→↓]*$/iu;

/** Whether a line is a skip link copied with the page's text ("Zum Inhalt springen"): never a title. */
export function isSkipLink(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && SKIP_LINK.test(t);
}

// A postal address as a letterhead sets it: a British postcode ("Sheffield S3 8JD"), or four or five digits before a
// town after a comma ("Goseriede 10, 30159 Hannover", "Rue de la Loi 5, 1000 Bruxelles").
// (A town of a few words: "60329 Frankfurt am Main".)
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|,\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L}'’ .()-]{1,30}?\s*(?:$|[,·|•])/u;
// A way to reach the sender: a telephone or fax number after its label, an e-mail address.
const CONTACT = /\b(?:tel|telephone|phone|fax|telefon|téléphone|teléfono|telefone|telefono)\b\.?:?\s*[+\d(]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/iu;

/** A letterhead's address or contact line: "Unity House, 120 Wicker, Sheffield S3 8JD", "Goseriede 10, 30159 Hannover". */
export function isAddressLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 160 && wordCount(t) <= 20 && ((POSTCODE.test(t) && /,/.test(t)) || CONTACT.test(t));
}

/**
 * The lines of a letterhead at the top: a block of two to five lines, a blank line (or the text's start) over it and
 * one under it, that holds an address or contact line (an organisation's name, its department, its street and town,
 * its e-mail). None of them is the title.
 */
export function letterheadLines(lines: ReadonlyArray<{ n: number; text: string }>): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, 20);) {
    let j = i + 1;
    while (j < lines.length && lines[j]!.n === lines[j - 1]!.n + 1) j++;
    const size = j - i;
    // (A block that runs to the end of the text is a page's whole text, one block to a line.)
    if (size >= 2 && size <= 5 && j < lines.length && lines.slice(i + 1, j).some((l) => isAddressLine(l.text))) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}
