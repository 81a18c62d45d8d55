import { type Guess, type Line, wordCount } from './lines.ts';
import { cleanPeople, PEOPLE, PERSON, personName, plausiblePeople } from './names.ts';
import { isAllCaps } from './title-case.ts';

// "By NAME", "Written by", and the same in the languages our readers come in (par, von, por, di, door).
// The lead is matched without regard to case, the names after it with it: under the `i` flag
// `\p{Lu}` matches any letter, and "By the end of 1921" would name "the end".
const BY_LEAD = /^[-–—|·•*_\s]*(?:(?:written|words|text|story|article|essay|reporting)\s+by|by|par|von|por|di|door)\s*:?\s+/i;
// A kicker before it: "An essay by", "Ein Essay von", "Un texte de". Not on a line in capitals,
// where "UNA CIUDAD DE LOS CUIDADOS" would read the same.
const KICKER_LEAD = /^[-–—|·•*_\s]*(?:an?|ein|eine|un|une|una|uno|um|uma|een)\s+(?:[\p{L}-]+\s+){0,2}?(?:by|von|par|de|por|di|door)\s*:?\s+/iu;
const LABEL_LEAD = /^(?:authors?|words|text|written by|auteur|autor|autore|autora|auteurs)\s*[:–—-]\s*/i;
const BYLINE_PEOPLE = new RegExp(
  String.raw`^(${PEOPLE})(?=\s*(?:$|[,|·•—–(\[]|\bon\b|\bfor\b|\bin\b|\bto\b|\bat\b|\band\b\s+(?:translated|photos?)|\d|[-–—]\s))`,
  'u',
);
const LABEL_PEOPLE = new RegExp(String.raw`^(${PEOPLE})\s*(?:[,|·•(]|$)`, 'u');
// A standfirst names its author after a verb: "..., writes John Westmoreland".
const STANDFIRST = new RegExp(
  String.raw`\b(?:writes|explains|argues|says|reports|asks|recalls|examines|looks at|considers|describes|investigates)\s+(${PERSON})(?=\s+(?:in|on|about|for|as)\b|\s*[,.;:]|\s*$)`,
  'u',
);
// "Tomás Ferreira | 12 May 2023", "Tomás Ferreira · 5 min read", "ANA LIMA, March 2021".
const NAME_THEN_MORE = new RegExp(String.raw`^(${PERSON})\s*(?:[|·•—–]|,\s*(?=\d|\p{Lu}[\p{Ll}]+\s+\d))\s*\S`, 'u');
// A name and what the person is: "Bronwen Price, President of the Welsh Nurses' Union", "Ana Lima, researcher at the University of Lisbon".
const NAME_WITH_ROLE = new RegExp(String.raw`^(${PERSON}),\s+(?:[\p{L}'’-]+\s+){0,4}(?:of|at|for|in|with|de|à|di|von|bei)\s+\S.{0,70}$`, 'u');
// An organisation that signs a text: "the Eastside Tenants’ Association", "Hospitality Workers Branch".
const ORGANISATION = String.raw`(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){0,5}(?:Association|Union|Committee|Branch|Collective|Group|Network|Campaign|Society|Federation|Council|Coalition|Alliance|Forum|Co-?operative|Co-op|Club|League|Movement|Caucus|Assembly|Party)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)`;
// "Written and published by the Eastside Tenants’ Association, 14 Mill Lane.", "Published by …", "Issued by …".
const ORGANISATION_CLOSING = new RegExp(
  String.raw`^[-–—*_(\s]*(?:(?:written|produced|printed|promoted)(?:\s+and\s+(?:published|printed|promoted))?|published|issued)\s+by\s+${ORGANISATION}(?=\s*(?:$|[,.;(]))`,
  'iu',
);
// A signature at the end: "— Tomás Ferreira", "-- Ana Lima, Lisbon".
const SIGNATURE = new RegExp(String.raw`^(?:[—–]|--)\s*(${PEOPLE})(?:\s*,.{0,40})?$`, 'u');
// An attribution closing the text: "Delivered by Amara Nwosu, Liverpool, 1 May 2019", "Written by …", "Speech by …".
const CLOSING_LEAD =
  /^[-–—*_(\s]*(?:(?:this\s+\w+\s+was\s+)?(?:written|delivered|given|spoken|presented|read|composed)|(?:speech|talk|address|lecture|sermon|statement|text|words)\s+(?:given\s+)?)\s*by\s+/i;
const TRANSLATOR_LEAD =
  /\b(?:translat(?:ed|ion)(?:\s+(?:from\s+(?:the\s+)?\p{L}+\s+)?(?:in)?to\s+\p{L}+)?\s+by|trad(?:uction|ucido|uzione|ução|uit|ucción)?\s*(?:de|par|por|di|da)?\s*[:.]?|übersetzt\s+von|übersetzung\s*:)\s+/iu;
const TRANSLATOR_PEOPLE = new RegExp(String.raw`^(${PEOPLE})`, 'u');
const TRANSLATOR_LABEL_LEAD = /^(?:translat(?:ion|or|ed by)|traduction|traducción|übersetzung)\s*:\s*/i;
const ARTICLE_OF = new RegExp(String.raw`\b(${PERSON})['’]s?\s+(?:article|essay)\b`, 'u');
// An author bio's first sentence: "Tomás Ferreira is a transport researcher", "About the author: Ana Lima teaches…".
const BIO = new RegExp(
  String.raw`^(?:about the authors?\s*[:.]?\s*)?(${PERSON})\s+(?:is|was|teaches|writes|lives|works|has|edits|researches|campaigns|est|ist|es|è|é)\b`,
  'u',
);

/** Where the title is, when known: a name line just under it is the author's. */
export interface AuthorContext {
  /** Index in `lines` of the title line. */
  titleIndex?: number;
  /** Index of the title's last line, when it runs over two. */
  titleEnd?: number;
}

/**
 * The author, when the text names one: a byline ("By NAME", "Author: NAME", in several
 * languages) near the top; a name alone on the line(s) just under the title; a standfirst
 * ("..., writes NAME"); an author bio or a signature at the end; or, weakest, "NAME's
 * article" in an editor's preface.
 */
export function guessAuthor(lines: readonly Line[], context: AuthorContext = {}): Guess | undefined {
  for (const l of lines.slice(0, 3)) {
    const quoted = titleDashName(l.text);
    if (quoted) return { value: quoted.name, line: l.n, how: 'the name after the title' };
  }
  const head = lines.slice(0, 30);
  for (const l of head) {
    if (l.text.length > 200 || TRANSLATOR_ONLY.test(l.text)) continue;
    const m = bylinePeople(l.text);
    if (m && plausiblePeople(m)) return { value: cleanPeople(m), line: l.n, how: 'the byline' };
  }
  // "Research by NAME | Edited by …", "A talk given by NAME to …", "Posted by NAME on DATE": a
  // short line near the top with a few words, then "by" and a name. Not an editor's, a
  // translator's or a picture's "by".
  for (const l of lines.slice(0, 10)) {
    if (wordCount(l.text) > 20 || /[.!?]["'”’]?$/.test(l.text)) continue;
    const m = LEAD_BY.exec(l.text);
    if (!m || NOT_AUTHOR_LEAD.test(m[1]!)) continue;
    const rest = l.text.slice(m.index + m[0].length);
    const people = BYLINE_PEOPLE.exec(rest)?.[1];
    if (people && plausiblePeople(people) && people.split(/\s+/).every((w) => !/^(?:the|of)$/i.test(w)))
      return { value: cleanPeople(people), line: l.n, how: 'the byline' };
    const org = new RegExp(String.raw`^${ORGANISATION}(?=\s*(?:$|[,.;(|·]))`, 'u').exec(rest)?.[1];
    if (org) return { value: org.trim(), line: l.n, how: 'the byline' };
  }
  // "Issued by the Unofficial Reform Committee." on a title page, before the body begins.
  const bodyStart = lines.findIndex((l) => wordCount(l.text) >= 12);
  for (const l of lines.slice(0, Math.min(15, bodyStart < 0 ? lines.length : bodyStart))) {
    const org = l.text.length < 200 ? ORGANISATION_CLOSING.exec(l.text)?.[1] : undefined;
    if (org) return { value: org.trim(), line: l.n, how: 'the byline' };
  }
  const under = nameUnderTitle(lines, context.titleIndex, context.titleEnd);
  // A name above the title may be a masthead ("EASTSIDE TENANTS" over "Fair Rent Now"): an attribution at the end beats it.
  if (under && !under.above) return under.guess;
  for (const l of lines.slice(0, 5)) {
    const m = STANDFIRST.exec(l.text);
    if (m) return { value: cleanPeople(m[1]!), line: l.n, how: 'the standfirst' };
  }
  const end = guessFromEnd(lines);
  if (end) return end;
  if (under) return under.guess;
  for (const l of lines.slice(0, 300)) {
    const m = ARTICLE_OF.exec(l.text);
    if (m && personName(m[1]!)) return { value: cleanPeople(m[1]!), line: l.n, how: `"${m[0]}"` };
  }
  // A book's running head: the author beside the folio on the left-hand pages ("52 KATE O'NEILL").
  for (const l of lines) {
    const m = RUNNING_HEAD.exec(l.text);
    const name = m ? personName(m[1] ?? m[2]!) : undefined;
    if (name) return { value: name, line: l.n, how: 'the running head' };
  }
  return undefined;
}

// A few words, then "by": "Research by", "A talk given by", "Posted by", "By the".
const LEAD_BY = /^((?:[\p{L}'’-]+\s+){0,4}?)(?:by|von|par|por|di)\s+/iu;
const NOT_AUTHOR_LEAD =
  /\b(?:edit\w*|translat\w*|illustrat\w*|photo\w*|pictures?|images?|design\w*|compiled|introduc\w*|foreword|cover|supported|funded|sponsored|commissioned|followed|liked|shared|powered)\b/i;
const RUNNING_HEAD = /^\d{1,4}\s+(\S.{2,50})$|^(\S.{2,50}?)\s+\d{1,4}$/u;
// The close of a letter, before the signature: "Yours sincerely," "In solidarity," "Cordialement,".
const VALEDICTION =
  /^(?:yours(?:\s+(?:sincerely|faithfully|truly|in\s+solidarity))?|sincerely|in\s+solidarity|with\s+best\s+wishes|best\s+wishes|kind\s+regards|regards|signed|cordialement|bien\s+à\s+vous|saludos(?:\s+cordiales)?|atentamente|mit\s+freundlichen\s+grüßen|cordiali\s+saluti|atenciosamente)\s*[,.:]?$/iu;
// People on one line, split by dots, bars, commas or "and": "Lena Vogel · Ibrahim Diallo", "Aisha Rahman and Colm Byrne".
const PEOPLE_SPLIT = /\s*[·•|,;&]\s*|\s+(?:and|und|et|y|e|en)\s+/iu;

/** Every person of a line that holds only names, joined as printed: `Lena Vogel and Ibrahim Diallo`; undefined unless two or more. */
export function peopleLine(text: string): string | undefined {
  const parts = text.trim().split(PEOPLE_SPLIT).filter(Boolean);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const names = parts.map((p) => personName(p));
  return names.every(Boolean) ? joinNames(names as string[]) : undefined;
}

function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const TRANSLATOR_ONLY = /^\s*(?:translat|traduc|traduz|übersetz)/i;

/**
 * A name alone on a line (or leading a "NAME | date" line) just under the title, or just
 * above it; or, when the title is not known, among the first lines before the body.
 */
function nameUnderTitle(lines: readonly Line[], titleIndex: number | undefined, titleEnd = titleIndex): { guess: Guess; above: boolean } | undefined {
  const around = titleIndex === undefined || titleEnd === undefined ? [0, 1, 2, 3, 4, 5] : [titleEnd + 1, titleEnd + 2, titleEnd + 3, titleIndex - 1];
  for (const i of around) {
    const l = lines[i];
    if (!l || l.text.length > 120) continue;
    // With no title found, a name counts only above the first sentence.
    if (titleIndex === undefined && lines.slice(0, i).some((p) => p.text.split(/\s+/).length >= 25 || /\.["'”’]?$/.test(p.text))) break;
    const above = titleIndex !== undefined && i < titleIndex;
    // Affiliation marks glued to names: "Maria Okonkwo1 and Lars Eriksen2", "Ana Lima*".
    const bare = l.text.replace(/(?<=\p{Ll})(?:\d{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰])+(?=\s|,|$)/gu, '');
    const several = peopleLine(bare);
    if (several) return { guess: { value: several, line: l.n, how: above ? 'the names above the title' : 'the names under the title' }, above };
    const alone = personName(bare);
    if (alone)
      return {
        guess: {
          value: alone,
          line: l.n,
          how: titleIndex === undefined ? 'a name line at the top' : above ? 'the name above the title' : 'the name under the title',
        },
        above,
      };
    const lead = NAME_THEN_MORE.exec(l.text)?.[1] ?? nameWithRole(l.text);
    const name = lead ? personName(lead) : undefined;
    if (name) return { guess: { value: name, line: l.n, how: above ? 'the name above the title' : 'the name under the title' }, above };
  }
  return undefined;
}

const TITLE_DASH_NAME = new RegExp(String.raw`^["“‘'«](.{3,120}?)["”’'»]\s*(?:[–—]|--?|,)\s*(${PERSON})$`, 'u');

/** A quoted title and its author on one line: `“Streets for People” – Aoife Keane`. */
export function titleDashName(text: string): { title: string; name: string } | undefined {
  const m = TITLE_DASH_NAME.exec(text.trim());
  const name = m ? personName(m[2]!) : undefined;
  return m && name ? { title: m[1]!.trim(), name } : undefined;
}

/** The person of a "NAME, role" line: `Bronwen Price, President of the Welsh Nurses' Union` -> `Bronwen Price`. */
export function nameWithRole(text: string): string | undefined {
  const m = NAME_WITH_ROLE.exec(text.trim());
  return m && personName(m[1]!) ? m[1] : undefined;
}

/** An author bio or a signature among the last lines. */
function guessFromEnd(lines: readonly Line[]): Guess | undefined {
  const from = Math.max(0, lines.length - 12);
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]!.text;
    const closing = after(CLOSING_LEAD, BYLINE_PEOPLE, text);
    if (closing && plausiblePeople(closing) && text.length < 200) return { value: cleanPeople(closing), line: lines[i]!.n, how: 'the attribution at the end' };
    const org = ORGANISATION_CLOSING.exec(text)?.[1];
    if (org && text.length < 200) return { value: org.trim(), line: lines[i]!.n, how: 'the attribution at the end' };
    // "Sam Osei, for the Bristol reading group" as the last line.
    const role = i >= lines.length - 2 && text.length < 120 ? nameWithRole(text) : undefined;
    if (role) return { value: role, line: lines[i]!.n, how: 'the signature at the end' };
    const sig = SIGNATURE.exec(text)?.[1];
    if (sig && plausiblePeople(sig)) return { value: cleanPeople(sig), line: lines[i]!.n, how: 'the signature at the end' };
    const bio = BIO.exec(text)?.[1];
    if (bio && personName(bio) && text.length < 600) return { value: personName(bio)!, line: lines[i]!.n, how: 'the author bio' };
    // A name alone on a line, then a sentence about that person.
    const name = personName(text);
    // A signature with a place and a year under it, closing the text: "Ruth Mbeki" / "Durban, 2019".
    if (
      name &&
      i >= lines.length - 3 &&
      lines[i + 1] &&
      /^\p{Lu}[\p{L} .'’-]{1,40},\s*(?:\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{4})\.?$/u.test(lines[i + 1]!.text)
    )
      return { value: name, line: lines[i]!.n, how: 'the signature at the end' };
    // A letter's signature: the name under "Yours sincerely," (a role may follow it).
    if (name && lines[i - 1] && VALEDICTION.test(lines[i - 1]!.text)) return { value: name, line: lines[i]!.n, how: 'the signature at the end' };
    const next = lines[i + 1]?.text;
    if (name && next) {
      const first = name.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const about = new RegExp(String.raw`^(?:${first}|He|She|They)\b.{0,80}\b(?:is|was|teaches|writes|lives|works)\b`, 'u');
      if (about.test(next)) return { value: name, line: lines[i]!.n, how: 'the author bio' };
    }
  }
  return undefined;
}

/** The translator: "translated to English by NAME", "Translation: NAME", "traduit par NAME", near the top or the end. */
export function guessTranslator(lines: readonly Line[]): Guess | undefined {
  for (const l of [...lines.slice(0, 30), ...lines.slice(Math.max(30, lines.length - 15))]) {
    const m = after(TRANSLATOR_LEAD, TRANSLATOR_PEOPLE, l.text) ?? (/^\S/.test(l.text) ? after(TRANSLATOR_LABEL_LEAD, LABEL_PEOPLE, l.text.trim()) : undefined);
    if (m && plausiblePeople(m)) return { value: cleanPeople(m), line: l.n, how: 'the translator line' };
  }
  return undefined;
}

/** The people a byline names: "By NAME", "Author: NAME", "An essay by NAME". */
export function bylinePeople(text: string): string | undefined {
  return (
    after(BY_LEAD, BYLINE_PEOPLE, text) ?? after(LABEL_LEAD, LABEL_PEOPLE, text) ?? (isAllCaps(text) ? undefined : after(KICKER_LEAD, BYLINE_PEOPLE, text))
  );
}

/** The people right after a lead ("by ", "Translated by "): the lead found without regard to case, the names with it. */
function after(lead: RegExp, people: RegExp, text: string): string | undefined {
  const m = lead.exec(text);
  if (!m) return undefined;
  return people.exec(text.slice(m.index + m[0].length))?.[1];
}
