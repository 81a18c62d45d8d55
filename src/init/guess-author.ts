import { personNameParts } from '../analyze/names/lexicon.ts';
import { TAIL_MARKER } from '../normalize/clutter-patterns.ts';
import { findDate, parseDateLine } from './guess-date.ts';
import { type Guess, type Line, wordCount } from './lines.ts';
import { allWordsLikeAName, cleanPeople, PEOPLE, PERSON, personName, plausiblePeople, withoutAsides, withoutHonorific } from './names.ts';
import { isAllCaps, nameFromCaps, titleFromCaps } from './title-case.ts';
import { isPlatformFurniture } from './kicker.ts';
import { mailingDigest } from './digest.ts';

// "By NAME", "Written by", and the same in the languages our readers come in (par, von, por, di, door).
// The lead is matched without regard to case, the names after it with it: under the `i` flag
// `\p{Lu}` matches any letter, and "By the end of 1921" would name "the end".
const BY_LEAD =
  /^[-–—|·•*_\s]*(?:(?:written|words|text|story|article|essay|reporting)\s+by|(?:texto|textos|texte|testo|testi|tekst)\s+(?:de|di|von|door|par|por)|by|par|von|por|di|door|av|af|gan|per)\s*:?\s+/i;
// Who took the minutes, in a sentence of its own: "Minutes taken by Jo Bright (Secretary).", "Notes recorded by …".
const MINUTES_BY =
  /^[-–—*_\s]*(?:minutes|notes|protokoll|procès-verbal|compte rendu|acta|verbale)\s+(?:taken|recorded|written|kept|geführt|rédigé|redactada|redatto)\s+(?:by|von|par|por|da)\s*:?\s+/iu;
// A kicker before it: "An essay by", "Ein Essay von", "Un texte de". Not on a line in capitals,
// where "UNA CIUDAD DE LOS CUIDADOS" would read the same.
const KICKER_LEAD = /^[-–—|·•*_\s]*(?:an?|ein|eine|un|une|una|uno|um|uma|een)\s+(?:[\p{L}-]+\s+){0,2}?(?:by|von|par|de|por|di|door)\s*:?\s+/iu;
// "Author:", "Speaker:", "Autorin:", "Texte :": a label and a colon or a dash, in several languages.
const LABEL_LEAD =
  /^[-–—|·•*_\s]*(?:(?:words|text|story)\s+(?:and|&)\s+(?:photos?|photographs|pictures|illustrations?)|authors?|words|text|written by|interview(?:er|ed\s+by)?|speakers?|presenter|hosts?|hosted\s+by|minutes(?:\s+(?:taken\s+)?by)?|minute[-\s]taker|minutes?[-\s]secretary|recording\s+secretary|protokoll(?:führer(?:in)?|führung)?|notulist(?:e)?|protokolant(?:ka)?|(?:student(?:['’]s)?\s+|full\s+)?name|student|candidate|submitted\s+by|nom|nombre|nome|auteure?s?|autrice|autor(?:in|en|es|as|a|e|i|ka|ki|zy|ky)?|verfasser(?:in)?|redner(?:in)?|sprecher(?:in)?|referent(?:in)?|vortragende[r]?|intervenante?|ponente|relat(?:ore|rice)|spreker|prelegent(?:ka)?|texte?|tekst|testo|texto|door|författare|forfatter|skribent|kirjoittaja|yazar|szerző|συγγραφέας|автор|авторы|piše|píše|pisze|napisao|napisala|napisal|napsal(?:a)?)\s*[:–—-]\s*/iu;
const BYLINE_PEOPLE = new RegExp(
  String.raw`^(${PEOPLE})(?=\s*(?:$|[,;|·•—–(\[_*»/]|\.\s+\p{Lu}|\.$|\bon\b|\bfor\b|\bin\b|\bto\b|\bat\b|\bwith\b|\band\b\s+(?:translated|photos?|the|other|others|her|his|their|fellow|members|friends)\b|\d|[-–—]\s))`,
  'u',
);
const LABEL_PEOPLE = new RegExp(String.raw`^(${PEOPLE})\s*(?:[,;|·•(/]|$)`, 'u');
// A standfirst names its author after a verb: "..., writes John Westmoreland".
const STANDFIRST = new RegExp(
  String.raw`\b(?:writes|explains|argues|says|reports|asks|recalls|examines|looks at|considers|describes|investigates)\s+(${PERSON})(?=\s+(?:in|on|about|for|as)\b|\s*[,.;:]|\s*$)`,
  'u',
);
// "Tomás Ferreira | 12 May 2023", "Tomás Ferreira · 5 min read", "ANA LIMA, March 2021".
const NAME_THEN_MORE = new RegExp(String.raw`^(${PERSON})\s*(?:[|·•—–]|,\s*(?=\d|\p{Lu}[\p{Ll}]+\s+\d))\s*\S`, 'u');
// A name and what the person is: "Bronwen Price, President of the Welsh Nurses' Union", "Ana Lima, researcher at the University of Lisbon".
const NAME_WITH_ROLE = new RegExp(
  String.raw`^(${PERSON}),\s+(?:[\p{L}'’-]+\s+){0,4}(?:of|at|for|in|with|de|do|da|du|des|del|della|à|di|von|bei|der|van)\s+\S.{0,70}$`,
  'u',
);
// An organisation that signs a text: "the Eastside Tenants’ Association", "Hospitality Workers Branch".
const ORGANISATION = String.raw`(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){0,5}(?:Association|Union|Committee|Branch|Collective|Group|Network|Campaign|Society|Federation|Council|Coalition|Alliance|Forum|Co-?operative|Co-op|Club|League|Movement|Caucus|Assembly|Party|Centre|Center|Institute|Foundation|Trust|Department|Ministry|Agency|Commission|University|College|School|Faculty|Action|Project|Partnership|Initiative|Watch|Lab|Labs|Laboratory|Observatory|Bureau)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|\s+(?:Cymru|Scotland|Wales|England|Ireland|UK|International|Europe))?)`;
// An organisation named first, as many languages do: "Colectivo Barrio Sur", "Collectif Rue Libre", "Gewerkschaft Nahrung".
// (With a university, a faculty, a school: a title page's or a letterhead's institution, "Universidad de Guadalajara",
// "Centro Universitario de Ciencias Sociales y Humanidades".)
const ORGANISATION_FIRST = String.raw`((?:Universidad|Universidade|Université|Università|Universität|Universiteit|Uniwersytet|Univerzita|Hochschule|Facultad|Faculdade|Faculté|Facoltà|Fakultät|Escuela|Escola|École|Scuola|Instituto|Istituto|Institut|Centro|Colegio|Colectivo|Coletivo|Collectif|Collettivo|Kollektiv|Collectief|Sindicato|Sindacato|Syndicat|Gewerkschaft|Vakbond|Asamblea|Assemblée|Assemblea|Coordinadora|Plataforma|Comité|Comitato|Komitee|Federación|Fédération|Federazione|Confederación|Confédération|Asociación|Associação|Associazione|Verein|Vereniging|Bündnis|Initiative|Netzwerk|Réseau|Rete|Grupo|Groupe|Gruppe|Gruppo|Frente|Movimiento|Mouvement|Movimento|Bewegung|Partido|Parti|Partei|Union|Unión|Unione)(?:\s+(?:de|del|de la|des|du|de l'|der|für|di|della|dei|do|da|dos|das|van|voor))?(?:\s+\p{Lu}[\p{L}'’-]*){1,4}(?:\s+(?:de|del|de la|des|du|der|für|di|della|dei|do|da|dos|das|van|voor|y|e|et|und|en)(?:\s+\p{Lu}[\p{L}'’-]*){1,3}){0,2})`;
// "Written and published by the Eastside Tenants’ Association, 14 Mill Lane.", "Published by …", "Issued by …",
// "Issued on behalf of the Save St Anne's Campaign, 3 November 2022", "For and on behalf of …".
const ORGANISATION_CLOSING = new RegExp(
  String.raw`^[-–—*_(\s]*(?:(?:(?:written|produced|printed|promoted)(?:\s+and\s+(?:published|printed|promoted))?|published|issued|signed|agreed|adopted)\s+(?:by|(?:for\s+and\s+)?on\s+behalf\s+of)|(?:for\s+and\s+)?on\s+behalf\s+of)\s+${ORGANISATION}(?=\s*(?:$|[,.;(]))`,
  'iu',
);
const ORGANISATION_LINE = new RegExp(String.raw`^(?:${ORGANISATION}|${ORGANISATION_FIRST})[.]?$`, 'u');
const ORGANISATION_FIRST_START = new RegExp(String.raw`^${ORGANISATION_FIRST}(?=\s*(?:$|[,.;(|·]))`, 'u');
// "Un fanzine del Colectivo Barrio Sur", "by the Southside Food Collective", "A leaflet from the Leith Tenants Union".
const ORGANISATION_BYLINE =
  /^[-–—|·•*_\s]*(?:(?:an?|un|une|una|uno|um|uma|ein|eine|een)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:by|from|von|par|por|de|del|de la|du|des|di|della|do|da|door|van)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?/iu;

/** The whole line is an organisation's name: `Riverside Cleaners' Network`, `SAVE ST ANNE'S CAMPAIGN` (put in title case), `Colectivo Barrio Sur`. */
export function organisationName(text: string): string | undefined {
  const t = text.trim().replace(/^[*_]+|[*_]+$/g, '');
  if (t.length > 80) return undefined;
  const cased = isAllCaps(t) ? nameFromCaps(t) : t;
  const m = ORGANISATION_LINE.exec(cased) ?? NAMED_BODY_LINE.exec(cased) ?? LOWER_CASE_BODY_LINE.exec(t);
  return m ? cased.replace(/^[Tt]he\s+/, '').replace(/\.$/, '') : undefined;
}

// An organisation that writes its own name in lower case, then the part of it that speaks, as unions and campaigns do:
// "ver.di Landesbezirk Niedersachsen-Bremen", "ver.di Betriebsgruppe Klinikum Nord", "attac Deutschland". The name's
// first word in lower case, the unit or the country in capitals after it.
const LOWER_CASE_BODY_LINE = new RegExp(
  String.raw`^\p{Ll}[\p{Ll}\p{N}]*(?:[.-]\p{Ll}+)*\s+(?:(?:Landesbezirk|Bezirk|Betriebsgruppe|Ortsverein|Ortsgruppe|Kreisverband|Landesverband|Bundesverband|Bundesvorstand|Landesvorstand|Bezirksvorstand|Vertrauensleute|Vertrauenskörper|Jugend|Fachbereich|Betriebsrat|Personalrat|Regionalgruppe|Hochschulgruppe|Gruppe|Sektion|Section|Branch|Region|Regional|District|Local|Chapter)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}|(?:Deutschland|Österreich|Schweiz|France|España|Italia|Nederland|Polska|Portugal|International|UK|Europe|Europa))$`,
  'u',
);

// A body named first by its kind and then by a phrase in sentence case, as French and Spanish collectives name
// themselves, alone on its line: "Collectif Pas de bébés à la consigne", "Colectivo Ni una menos".
const NAMED_BODY_LINE =
  /^(?:Collectif|Colectivo|Coletivo|Collettivo|Kollektiv|Collectief|Comité|Comitato|Plataforma|Asamblea|Assemblée|Coordinadora|Association|Asociación|Associação|Associazione|Syndicat|Sindicato|Sindacato)\s+\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,7}$/u;

/** An organisation named first at the start of a string: `Colectivo Barrio Sur, …`. */
function organisationAtStart(text: string): string | undefined {
  return ORGANISATION_FIRST_START.exec(text)?.[1]?.trim();
}

/** The organisation a byline names: "by the Southside Food Collective", "Un fanzine del Colectivo Barrio Sur". */
export function bylineOrganisation(text: string): string | undefined {
  const m = ORGANISATION_BYLINE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length).replace(/[*_]+$/, '');
  const english = new RegExp(String.raw`^${ORGANISATION}(?=\s*(?:$|[,.;(|·]))`, 'u').exec(rest)?.[1];
  return (english ?? organisationAtStart(rest))?.trim();
}

/**
 * Who a short "<verb> by …" line names, a person or an organisation, the line ending with them: "Proposed by the
 * Communications Working Group", "Compiled and written by Ana Lima". Such a line is a byline, not a title.
 */
export function byWhom(text: string): string | undefined {
  const m = /^((?:[\p{L}'’-]+\s+){1,4}?)by\s+(?:the\s+)?/iu.exec(text.trim());
  if (!m || wordCount(m[1]!) > 4 || /^(?:the|a|an)\s/i.test(m[1]!) || NOT_AUTHOR_LEAD.test(m[1]!) || TRANSLATOR_ONLY.test(m[1]!)) return undefined;
  const rest = text.trim().slice(m[0].length).replace(/[.]$/, '');
  const org = new RegExp(String.raw`^${ORGANISATION}$`, 'u').exec(rest)?.[1] ?? organisationAtStart(rest);
  if (org && org.length === rest.length) return org;
  const people = BYLINE_PEOPLE.exec(withoutHonorific(rest))?.[1];
  return people && people.length === withoutHonorific(rest).length && personName(people.split(PEOPLE_SPLIT)[0]!) ? people : undefined;
}

/** The organisation of "Issued by …", "Published by …", "Issued on behalf of …"; an imprint in capitals put in title case. */
function closingOrganisation(text: string): string | undefined {
  const cased = isAllCaps(text) ? nameFromCaps(text.toLowerCase()).replace(/\b(By|Of|On|Behalf|And|For|The)\b/g, (w) => w.toLowerCase()) : text;
  return ORGANISATION_CLOSING.exec(cased)?.[1]?.trim();
}
// A signature at the end: "— Tomás Ferreira", "-- Ana Lima, Lisbon".
const SIGNATURE = new RegExp(String.raw`^(?:[—–]|--)\s*(${PEOPLE})(?:\s*,.{0,40})?$`, 'u');
// An attribution closing the text: "Delivered by Amara Nwosu, Liverpool, 1 May 2019", "Written by …", "Speech by …".
const CLOSING_LEAD =
  /^[-–—*_(\s]*(?:(?:(?:this\s+(?:[\w'’]+\s+){1,3}(?:was|is)\s+)?(?:written|delivered|given|spoken|presented|read|composed)|(?:speech|talk|address|lecture|sermon|statement|text|words|interview|conversation|report(?:ing)?|story)\s+(?:given\s+|conducted\s+)?|interviewed)\s*by|(?:texto|textos|texte|testo|testi|tekst)\s+(?:de|di|von|door|par|por))\s+/i;
const TRANSLATOR_LEAD =
  /\b(?:translat(?:ed|ion)(?:\s+from\s+(?:the\s+)?\p{L}+)?(?:\s+(?:in)?to\s+(?:the\s+)?\p{L}+)?\s+by|trad(?:uction|ucido|uzione|ução|uit|ucción)?\s*(?:de|par|por|di|da)?\s*[:.]?|übersetzt\s+von|übersetzung\s*:)\s+/iu;
const TRANSLATOR_PEOPLE = new RegExp(String.raw`^(${PEOPLE})`, 'u');
const TRANSLATOR_LABEL_LEAD = /^(?:translat(?:ion|or|ed by)|traduction|traducción|übersetzung)\s*:\s*/i;
const ARTICLE_OF = new RegExp(String.raw`\b(${PERSON})['’]s?\s+(?:article|essay)\b`, 'u');
// An author bio's first sentence: "Tomás Ferreira is a transport researcher", "About the author: Ana Lima teaches…".
const BIO = new RegExp(
  String.raw`^(?:about the authors?\s*[:.]?\s*)?(${PERSON})\s+(?:is|was|teaches|writes|lives|works|has|edits|researches|campaigns|est|ist|es|è|é)\b`,
  'u',
);

const SPOKE_TO = new RegExp(
  String.raw`\b(?:spoke|speaks|talked|talks|talking|speaking)\s+(?:with|to)\s+(${PERSON})(?=\s+(?:about|on|in|at|for|from|last|this|over|during|after|before)\b|\s*[,.;:]|\s*$)|\b(?:tells|told)\s+(${PERSON})(?=\s+(?:about|how|why|what)\b)`,
  'u',
);
const FROM_THE_LANGUAGE_OF = new RegExp(
  String.raw`^[-–—(*_\s]*(?:(?:[Tt]ranslated|[Rr]endered)\s+)?[Ff]rom\s+the\s+(?:French|German|Spanish|Italian|Portuguese|Russian|Dutch|Swedish|Norwegian|Danish|Polish|Czech|Greek|Latin|Yiddish|Hebrew|Arabic|Turkish|Chinese|Japanese|Catalan|Basque|Galician|Hungarian|Finnish|Romanian|Ukrainian|original)\s+of\s+(${PERSON})\s*[.)*_]*$`,
  'u',
);

// What a body, not a person, is: "Kingsford Food Bank is a registered charity (no. 1154321)".
const BODY_BIO =
  /^\S.{0,60}?\s(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:charity|company|organi[sz]ation|non-?profit|not-for-profit|co-?operative|network|campaign|group|union|association|society|project|website|newsletter|magazine|publication|trust|foundation|partnership|collective|coalition)\b/iu;

const ABOUT_LABEL = /^\s*about\s+(?:the\s+(?:authors?|writer)|me)\s*[:.]?\s*/i;

// In an author box, or after its label, a bio opens on what the person does, whatever the verb: "Priya Nair chairs
// Friends of …", "Omar Haddad co-founded …", "Lena Park covers housing for …". (Not at the end of any text, where a
// sentence of the body may open on a name and a verb.)
const BOX_BIO = new RegExp(
  String.raw`^(${PERSON})\s+(?:\p{Ll}+(?:-\p{Ll}+)?(?:s|ed)|is|was|has|had|grew|ran|led|wrote|taught|teaches|est|ist|es|è|é)\s+\p{L}`,
  'u',
);

/**
 * An author box headed "About NAME" over a bio that names the person again, by the first name or a pronoun: "About Fatima
 * Zahra Fatima is a primary school teacher …" -> "Fatima Zahra".
 */
function aboutHeading(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  if (words[0] !== 'About' || words.length < 5) return undefined;
  for (let k = 3; k <= 5 && k < words.length - 1; k++) {
    const again = words[k]!;
    if (again !== words[1] && !/^(?:She|He|They)$/.test(again)) continue;
    if (!/^(?:is|was|has|had|lives|works|writes|teaches|grew)$/.test(words[k + 1]!)) continue;
    const name = personName(words.slice(1, k).join(' '));
    if (name) return name;
  }
  return undefined;
}

/** The person an author bio is about: "About the author Ama Owusu is a community organiser …" -> "Ama Owusu". */
export function bioName(text: string): string | undefined {
  const headed = aboutHeading(text);
  if (headed) return headed;
  const t = text.replace(ABOUT_LABEL, '').trim();
  const m = BIO.exec(t)?.[1] ?? BOX_BIO.exec(t)?.[1];
  return m ? personName(m) : undefined;
}

/** Where the title is, when known: a name line just under it is the author's. */
export interface AuthorContext {
  /** Index in `lines` of the title line. */
  titleIndex?: number;
  /** Index of the title's last line, when it runs over two. */
  titleEnd?: number;
  /** The title, when it is known: a line that is the whole title ("Fair Shares: Notes on …") names no author before a colon. */
  title?: string;
}

/**
 * The author, when the text names one. Every rule below proposes a candidate (a byline, a
 * label, a name or an organisation under or over the title, a standfirst, a signature, an
 * attribution, a bio, a running head); each source has a weight for how often it names the
 * author when it fires, a name that looks like one (its first word a known given name) gains a
 * little, and a value two sources agree on gains more. The best-scored candidate is the guess.
 */
export function guessAuthor(lines: readonly Line[], context: AuthorContext = {}): Guess | undefined {
  const best = authorCandidates(lines, context)[0];
  if (!best) return undefined;
  const { score: _score, ...guess } = best;
  return guess;
}

/** A proposed author and its score; the list is sorted best first. */
export type AuthorCandidate = Guess & { score: number };

// How much each source is worth. The order is what the rules taught on earlier sets: a stated
// byline beats a name near the title, which beats what the end of the text says, which beats a
// name above the title (often a masthead), a mention in a preface and a running head.
const WEIGHT = {
  titleDash: 100,
  gutenberg: 95,
  digest: 96,
  emailFrom: 80,
  emailFromWeak: 60,
  byline: 90,
  leadBy: 88,
  laterBy: 86,
  titlePageOrganisation: 85,
  under: 75,
  standfirst: 70,
  end: 65,
  signature: 63,
  attribution: 55,
  above: 50,
  masthead: 35,
  articleOf: 20,
  runningHead: 15,
} as const;
// A value found by two sources (an organisation's name over the title and under the text).
const AGREEMENT = 20;
// A person's first name in the names list: a little evidence that the words are a name.
const KNOWN_GIVEN_NAME = 3;
// A name read inside the title's own line ("Review: The Rent Trap by Rosa Kemp", "Remarks by Mayor …") is often whom
// the text is about, not who wrote it: it yields to a byline elsewhere, by more than the names list's evidence can
// make up. (Not for the sources that read a title and its author from one line by design.)
const IN_TITLE = 5;
const TITLE_LINE_SOURCES: ReadonlySet<keyof typeof WEIGHT> = new Set(['titleDash', 'gutenberg']);

/** Every author the rules propose, scored, best first; sources that agree are merged. */
export function authorCandidates(lines: readonly Line[], context: AuthorContext = {}): AuthorCandidate[] {
  const found: Array<AuthorCandidate & { key: string }> = [];
  const titleLines = context.titleIndex === undefined ? [] : lines.slice(context.titleIndex, (context.titleEnd ?? context.titleIndex) + 1).map((l) => l.n);
  const add = (source: keyof typeof WEIGHT, g: Guess | undefined) => {
    if (!g || !g.value.trim()) return;
    // A list of people ends at its first part that is no person: "Siobhán McKenna, General Secretary" is one person.
    const value = (/,/.test(g.value) ? leadingPeople(g.value.trim()) : undefined) ?? g.value.trim();
    const first = value.split(/\s+/)[0]!.toLowerCase();
    const known = /\s/.test(value) && personNameParts().has(first) ? KNOWN_GIVEN_NAME : 0;
    const inTitle = g.line !== undefined && titleLines.includes(g.line) && !TITLE_LINE_SOURCES.has(source) ? IN_TITLE : 0;
    found.push({ ...g, value, score: WEIGHT[source] + known - inTitle, key: value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') });
  };
  for (const l of lines.slice(0, 3)) {
    const quoted = titleDashName(l.text);
    if (quoted) {
      add('titleDash', { value: quoted.name, line: l.n, how: 'the name after the title' });
      break;
    }
    const colon = nameColonTitle(l.text);
    const squashed = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (colon && !(context.title && squashed(context.title).startsWith(squashed(colon.name)))) {
      add('titleDash', { value: colon.name, line: l.n, how: 'the name before the title' });
      break;
    }
  }
  add('digest', mailingDigest(lines)?.list);
  const gutenberg = lines[0] && GUTENBERG_BY.exec(lines[0].text)?.[1];
  const gutenbergPeople = gutenberg ? BYLINE_PEOPLE.exec(gutenberg.trim())?.[1] : undefined;
  if (gutenbergPeople) add('gutenberg', { value: cleanPeople(gutenbergPeople), line: lines[0]!.n, how: 'the Project Gutenberg line' });
  // (A sender whose words are not all a name's, "Kingsford Food Bank", is as likely a list's or an organisation's name:
  // the signature under the text outweighs it.)
  const sender = emailSender(lines);
  add(sender && !allWordsLikeAName(sender.value) ? 'emailFromWeak' : 'emailFrom', sender);
  const head = lines.slice(0, 30);
  for (const l of head) {
    if (l.text.length > 200 || TRANSLATOR_ONLY.test(l.text)) continue;
    const m = bylinePeople(l.text);
    if (m && plausiblePeople(m)) {
      // A header's Author field going on in indented lines, one person to a line (Project Gutenberg's: "Author: Sidney Webb" /
      // "        Beatrice Webb").
      const more: string[] = [];
      for (let k = lines.indexOf(l) + 1; /^authors?\s*:/i.test(l.text) && lines[k]?.indented && lines[k]!.n === lines[k - 1]!.n + 1; k++) {
        const name = personName(lines[k]!.text);
        if (!name) break;
        more.push(name);
      }
      add('byline', { value: more.length ? joinNames([cleanPeople(m), ...more]) : cleanPeople(m), line: l.n, how: 'the byline' });
      break;
    }
    const org = bylineOrganisation(l.text);
    if (org && wordCount(l.text) <= 14) {
      add('byline', { value: org, line: l.n, how: 'the byline' });
      break;
    }
  }
  add('leadBy', leadBy(lines));
  add('leadBy', inlineHost(lines));
  add('leadBy', labelOverName(lines));
  // A line in capitals is read as it would print ("REMARKS BY MAYOR ANGELA WHITFIELD AT …" as "Remarks by Mayor
  // Angela Whitfield at …"), so the "by" rules, which read names by their capitals, can read it too.
  add('laterBy', laterBy(lines.map((l) => (isAllCaps(l.text) && wordCount(l.text) >= 3 ? { ...l, text: titleFromCaps(l.text) } : l))));
  // "Issued by the Unofficial Reform Committee." on a title page, before the body begins.
  const bodyStart = lines.findIndex((l) => wordCount(l.text) >= 12);
  for (const l of lines.slice(0, Math.min(15, bodyStart < 0 ? lines.length : bodyStart + 1))) {
    const org = l.text.length < 200 ? closingOrganisation(l.text) : undefined;
    if (org) {
      add('titlePageOrganisation', { value: org, line: l.n, how: 'the byline' });
      break;
    }
  }
  const near = nameUnderTitle(lines, context.titleIndex, context.titleEnd);
  if (near) add(near.above ? 'above' : 'under', near.guess);
  // An interview's standfirst names who asked the questions: "He spoke to Lena Park about …", "Three care workers talked to
  // Ana Ruiz about …". (The interviewer is the author, as "Interview by NAME" makes them.)
  for (const l of lines.slice(0, 8)) {
    const m = SPOKE_TO.exec(l.text);
    const asker = m ? personName(m[1] ?? m[2]!) : undefined;
    if (asker) {
      add('standfirst', { value: asker, line: l.n, how: 'the interview standfirst' });
      break;
    }
  }
  // An old translation's credit names the author: "From the French of Paul Lafargue", "Translated from the German of …".
  for (const l of lines.slice(0, 12)) {
    const m = FROM_THE_LANGUAGE_OF.exec(l.text);
    if (m && personName(m[1]!)) {
      add('byline', { value: personName(m[1]!)!, line: l.n, how: 'the translation credit' });
      break;
    }
  }
  for (const l of lines.slice(0, 5)) {
    // A bio over the text after its label: "About me: Priya Shah is a care worker in Leicester …".
    const bio = ABOUT_LABEL.test(l.text) ? bioName(l.text) : undefined;
    if (bio) {
      add('standfirst', { value: bio, line: l.n, how: 'the author bio' });
      break;
    }
    const m = STANDFIRST.exec(l.text);
    if (m) {
      add('standfirst', { value: cleanPeople(m[1]!), line: l.n, how: 'the standfirst' });
      break;
    }
  }
  const text = withoutFooter(lines);
  add('end', guessFromEnd(text));
  add('signature', signatureBlock(text));
  add('attribution', attributionAfterVerse(lines, context.titleEnd ?? context.titleIndex));
  add('masthead', masthead(lines, context.titleIndex));
  for (const l of lines.slice(0, 300)) {
    const m = ARTICLE_OF.exec(l.text);
    if (m && personName(m[1]!)) {
      add('articleOf', { value: cleanPeople(m[1]!), line: l.n, how: `"${m[0]}"` });
      break;
    }
  }
  // A book's running head: the author beside the folio on the left-hand pages ("52 KATE O'NEILL").
  for (const l of lines) {
    const m = RUNNING_HEAD.exec(l.text);
    const name = m ? personName(m[1] ?? m[2]!) : undefined;
    if (name) {
      add('runningHead', { value: name, line: l.n, how: 'the running head' });
      break;
    }
  }
  // Sources that agree raise the first (best) of them.
  const merged = new Map<string, AuthorCandidate & { key: string }>();
  for (const c of [...found].sort((a, b) => b.score - a.score)) {
    const seen = merged.get(c.key);
    if (seen) seen.score += AGREEMENT;
    else merged.set(c.key, { ...c });
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).map(({ key: _key, ...c }) => c);
}

// An e-mail's headers, copied with it: "From: Amal Haddad <amal@example.org>", "Subject: …", in several languages.
const MAIL_HEADER = /^(?:from|to|cc|sent|date|subject|von|an|gesendet|betreff|de|à|envoyé|objet|para|enviado|asunto|da|a|inviato|oggetto)\s*:/i;
// (A memo's From: line may give the sender's post after a comma: "From: Joanne Adeyemi, Ward Manager, Ward 7".)
const MAIL_FROM = new RegExp(
  // (A newsletter platform sends as "NAME from PUBLICATION <address>".)
  String.raw`^(?:from|von|de|da)\s*:\s*["']?(${PERSON})["']?\s*(?:\([^()<>]{1,60}\)\s*)?(?:(?:from|at|via|de|von)\s+[^<>]{2,60}?\s*<[^>]+>|<[^>]+>|\[mailto:[^\]]+\]|,\s*[^<,]{2,50}(?:,\s*[^<,]{2,50})?)?\s*$`,
  'iu',
);

/** The sender of an e-mail whose headers open the text: its name, not its address. */
function emailSender(lines: readonly Line[]): Guess | undefined {
  // A message forwarded whole is the forwarded one's: its own headers follow the mark ("---------- Forwarded message ---------").
  const forwarded = lines.slice(0, 30).findIndex((l) => FORWARDED.test(l.text));
  const inner = forwarded >= 0 ? firstSender(lines.slice(forwarded + 1, forwarded + 9)) : undefined;
  if (inner) return { ...inner, how: 'the From: line of the forwarded message' };
  return firstSender(lines.slice(0, 8));
}

const FORWARDED =
  /^[-–—_>\s]*(?:forwarded message|begin forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)\b/i;

function firstSender(top: readonly Line[]): Guess | undefined {
  if (top.filter((l) => MAIL_HEADER.test(l.text)).length < 2) return undefined;
  for (const l of top) {
    const m = MAIL_FROM.exec(l.text);
    // (Read without regard to case, the name runs on into a list's "NAME via LIST": the person is before "via".)
    const name = m ? (personName(m[1]!) ?? personName(m[1]!.split(/\s+(?:via|from|at|von|de)\s+/i)[0]!)) : undefined;
    if (name) return { value: name, line: l.n, how: 'the From: line' };
  }
  return undefined;
}

const GUTENBERG_BY = /^\uFEFF?(?:The\s+)?Project\s+Gutenberg(?:'s)?\s+e-?book\s+of\s+.+?,\s+by\s+(.+)$/i;

/** "Research by NAME | Edited by …", "A talk given by NAME to …", "Posted by NAME on DATE": a few words, then "by". */
function leadBy(lines: readonly Line[]): Guess | undefined {
  // Not an editor's, a translator's or a picture's "by".
  for (const l of lines.slice(0, 10)) {
    if (wordCount(l.text) > 20 || /[.!?]["'”’]?$/.test(l.text)) continue;
    const m = LEAD_BY.exec(l.text);
    if (!m || notAuthorBy(m[1]!)) continue;
    const rest = withoutHonorific(l.text.slice(m.index + m[0].length));
    const listed = BYLINE_PEOPLE.exec(rest)?.[1];
    const people = listed && leadingPeople(listed);
    if (people && plausiblePeople(people) && people.split(/\s+/).every((w) => !/^(?:the|of)$/i.test(w)))
      return { value: cleanPeople(people), line: l.n, how: 'the byline' };
    const org = new RegExp(String.raw`^${ORGANISATION}(?=\s*(?:$|[,.;(|·]))`, 'u').exec(rest)?.[1] ?? organisationAtStart(rest);
    if (org) return { value: org.trim(), line: l.n, how: 'the byline' };
  }
  return undefined;
}

// An interview's or a programme's credit among the sentences of a line: "Recorded 3 May 2024. Host: Marcus Bell. Guest: …".
// Whoever asks the questions is the author, as "Interview by NAME" makes them (a guest is not).
const INLINE_HOST = new RegExp(
  String.raw`(?:^|[.;|·•]\s+)(?:[Hh]osts?|[Hh]osted\s+by|[Pp]resenters?|[Pp]resented\s+by|[Ii]nterviewers?|[Ii]nterview(?:ed)?\s+by|[Mm]oderators?|[Mm]oderated\s+by)\s*:?\s+(${PEOPLE})(?=\s*(?:$|[.;,|·•(]))`,
  'u',
);

/** The host or interviewer a line near the top credits among other notes: "Recorded 3 May 2024. Host: Marcus Bell. Guest: …". */
function inlineHost(lines: readonly Line[]): Guess | undefined {
  for (const l of lines.slice(0, 15)) {
    if (l.text.length > 300) continue;
    const people = INLINE_HOST.exec(l.text)?.[1];
    if (people && plausiblePeople(people) && personName(people.split(PEOPLE_SPLIT)[0]!)) return { value: cleanPeople(people), line: l.n, how: 'the host line' };
  }
  return undefined;
}

// A label alone on its line, its value on the next, as a page's definition list copies: "From:" / "Department for Transport".
// A thesis's title page: "presenta" / "NAME", "submitted by", "vorgelegt von", "présentée par", "apresentada por".
const LABEL_ALONE =
  /^(?:by|from|authors?|written by|published by|autor(?:in|en|ka)?|auteure?s?|autrice|von|por|par|di|presenta|presented by|submitted by|vorgelegt von|présentée? par|apresentad[ao] por|presentat[ao] da|sustentante)\s*:?$/i;

// A page's field label alone on its line, its value under it: "Written by", "Published", "Reading time".
const FIELD_LABEL = /^(?:published|updated|posted|last updated|reading time|read time|share|tags|topics|category|filed under)\s*:?$/i;

/** A label that stands alone on its line with its value on the next: never a title. */
export function isLabelAlone(text: string): boolean {
  return LABEL_ALONE.test(text.trim()) || FIELD_LABEL.test(text.trim());
}

/** The person, people or organisation on the line under a label that stands alone near the top. */
function labelOverName(lines: readonly Line[]): Guess | undefined {
  for (const [i, l] of lines.slice(0, 30).entries()) {
    const next = lines[i + 1];
    // (A title page's OCR leaves blank lines around "BY", and the stop or comma its type set after the name: "WILLIAM MORRIS,".)
    if (!LABEL_ALONE.test(l.text) || !next || next.n > l.n + 4) continue;
    const bare = next.text.replace(/(?<=\p{L}{2})[,.;]$/u, '');
    const value = peopleLine(withoutMarks(bare)) ?? personName(bare) ?? organisationName(bare);
    // Or one person to a line, each with an affiliation in brackets: "Authors:" / "Kofi Mensah (University of Ghana)" / "Liu Yang (…)".
    const stacked: string[] = [];
    for (let j = i + 1; j < i + 9 && lines[j] && lines[j]!.n === lines[j - 1]!.n + 1; j++) {
      const name = personName(withoutMarks(withoutAsides(lines[j]!.text)));
      if (!name) break;
      stacked.push(name);
    }
    if (stacked.length > 1) return { value: joinNames(stacked), line: next.n, how: `the "${l.text.replace(/\s*:$/, '')}" label` };
    if (value) return { value, line: next.n, how: `the "${l.text.replace(/\s*:$/, '')}" label` };
  }
  return undefined;
}

/** "Notes for the Thursday class, by NAME": "by" and people that end a short line near the top, after any words. */
function laterBy(lines: readonly Line[]): Guess | undefined {
  for (const l of lines.slice(0, 10)) {
    if (wordCount(l.text) > 25 || /[.!?]["'”’]?$/.test(l.text)) continue;
    for (const m of l.text.matchAll(/(?<=^|[\s,;:(–—-])(?:by|von|par|por|door)\s+(?=\p{Lu})/giu)) {
      if (notAuthorBy(l.text.slice(0, m.index)) || TRANSLATOR_ONLY.test(l.text)) continue;
      const people = BYLINE_PEOPLE.exec(withoutHonorific(l.text.slice(m.index + m[0].length)))?.[1];
      if (people && plausiblePeople(people) && personName(people.split(PEOPLE_SPLIT)[0]!)) return { value: cleanPeople(people), line: l.n, how: 'the byline' };
    }
  }
  return undefined;
}

// A page's or a mailing's footer: copyright, the list's small print, share and follow links, related links.
const FOOTER =
  /©|\bcopyright\b|all rights reserved|unsubscribe|update your preferences|you are receiving this|receive these emails|view (?:this email )?in (?:your )?browser|privacy|terms of (?:use|service)|\bmailing list$|\/(?:mailman\/)?listinfo\/|\bregistered (?:charity|in england|in scotland|company|society)\b|\b(?:charity|company) (?:no|number|reg)\b|\*\|[A-Z_:]+\|\*|^(?:share|reuse this content|most viewed|most read|explore more(?: on these topics)?|follow us|related|tags?)\b/iu;
const RULE = /^[-=_*~#·•.\s]{3,}$/u;
const MAILING_FOOTER =
  /\bunsubscribe\b|\bmailing list$|\/listinfo\/|update (?:your|subscription) preferences|you are receiving this|you received this (?:message|e-?mail)|view (?:this email )?in (?:your )?browser/i;

/** The lines before a footer that closes the text, so that the signature above it is the last thing read. */
function withoutFooter(lines: readonly Line[]): readonly Line[] {
  let end = lines.length;
  while (end > 0 && (FOOTER.test(lines[end - 1]!.text) || RULE.test(lines[end - 1]!.text) || TAIL_MARKER.test(lines[end - 1]!.text))) end--;
  // Only a footer of its own: a text that ends on one line of copyright keeps it. (A mailing's one line of small print
  // goes: "Unsubscribe · Update your preferences".)
  const mailing = end === lines.length - 1 && end > 0 && MAILING_FOOTER.test(lines[end]!.text);
  return (end < lines.length - 1 || mailing) && end > 0 ? lines.slice(0, end) : lines;
}

// Furniture under a signature: a web address, an e-mail, a phone number, a date or a place and a date, a role in lower case.
const FOOT_FURNITURE =
  /^(?:(?:https?:\/\/|www\.)\S+|\S+\.(?:org|com|net|coop|info|uk|de|fr|es|it|nl|pt)(?:\.\w{2})?(?:\/\S*)?(?:\s*[·•|,]\s*.*)?|\S+@\S+|[+()\d][\d\s()+-]{6,}|(?:tel|phone|e-?mail|web|contact)\b.*)$/iu;
// A line in lower case under a name is its role or its place: "porte-parole du collectif Rue Libre". (No `i` flag: under it `\p{Ll}` is any letter.)
const LOWER_CASE_LINE = /^\p{Ll}.{0,80}$/u;
// A role line under a name: "General Secretary", "porte-parole du collectif", "Chair, Riverside branch".
const ROLE_LINE =
  /^(?:\p{L}+\s+){0,2}(?:secretary|chair|chairs?person|president|spokes(?:person|woman|man)|porte-parole|sprecher(?:in)?|portavoz|portavoce|coordinator|co-ordinator|organi[sz]er|convenor|treasurer|rep(?:resentative)?|member|director|editor|on behalf)\b.{0,80}$/iu;

/**
 * A signature block closing the text: a name, names or an organisation alone on a line, with
 * nothing under it but a role, an address, a date or contact details ("Hélène Dubois et Marc
 * Lefèvre" / "porte-parole du collectif", "Riverside Cleaners' Network" / "riverside.org.uk").
 */
function signatureBlock(lines: readonly Line[]): Guess | undefined {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 5); i--) {
    const t = lines[i]!.text;
    // (Not an organisation that writes its name in lower case: "ver.di Bezirk Stuttgart".)
    const lowerRole = LOWER_CASE_LINE.test(t) && !organisationName(t);
    if (t.length <= 100 && (FOOT_FURNITURE.test(t) || lowerRole || ROLE_LINE.test(t) || isPlaceOrDateLine(t) || PICTURE_CREDIT.test(t))) continue;
    // An organisation's line with its web address: "The Tenants Union · tenantsunion.org.uk".
    if (t.length <= 100 && t.split(/\s+[·•|]\s+/u).some((p) => FOOT_FURNITURE.test(p)) && i > 0) continue;
    // A name and a role after a bar or a dot: "Priya Desai | Organiser".
    const piped = NAME_BAR_ROLE.exec(t);
    if (piped && personName(piped[1]!)) return { value: personName(piped[1]!)!, line: lines[i]!.n, how: 'the signature at the end' };
    // A letter writer's town under the name, or under the name and a role: "J. R. Evans" / "Cardiff", "Dr Helen Fairweather" /
    // "Chair, Eastgate Cycling Campaign" / "York".
    if (i === lines.length - 1 && /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(t) && !personName(t) && signedAbove(lines, i)) continue;
    if (t.length > 100) return undefined;
    const bare = t.replace(/^(?:[—–]|--)\s*/, '');
    const people = peopleLine(bare) ?? personName(bare) ?? nameWithRole(bare);
    if (people) return { value: cleanPeople(people), line: lines[i]!.n, how: 'the signature at the end' };
    const org = organisationName(bare);
    if (org) return { value: org, line: lines[i]!.n, how: 'the signature at the end' };
    // A body named in title case over its own web address or e-mail, closing the text: "Edmonton Residents Against the
    // Incinerator" / "stoptheincinerator.org.uk".
    const below = lines[i + 1]?.text ?? '';
    const body = /^(?:[\p{Lu}][\p{L}'’-]*|of|the|and|for|against|&)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|of|the|and|for|against|&)){1,7}$/u.test(bare);
    if (body && /^\p{Lu}/u.test(bare) && FOOT_FURNITURE.test(below) && !/^[+()\d]/.test(below))
      return { value: bare.replace(/^[Tt]he\s+/, ''), line: lines[i]!.n, how: 'the signature at the end' };
    return undefined;
  }
  return undefined;
}

// A signature's name and role set apart by a bar or a dot: "Priya Desai | Organiser", "Dan Hughes · Branch Secretary".
const NAME_BAR_ROLE = new RegExp(String.raw`^(${PERSON})\s+[|·•]\s+\p{Lu}[\p{L}' -]{2,40}$`, 'u');

// Who took the pictures, in the languages our readers come in: "Fotografias de João Pires", "Photos: Ana Lima", "Beeld: …".
const PICTURE_CREDIT =
  /^(?:photos?|photographs?|photography|pictures?|images?|illustrations?|fotos?|fotografias?|fotografie|fotografien|ilustraci(?:ón|ones)|ilustraç(?:ão|ões)|illustrazioni|bilder|beeld|foto's)\s*(?:by|de|di|von|door|par|por|:)\s+\S/iu;

/** A name stands over line `i`, with at most two role lines between them. */
function signedAbove(lines: readonly Line[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = lines[j]!.text;
    if (personName(t) || nameWithRole(t)) return true;
    if (!ROLE_LINE.test(t)) return false;
  }
  return false;
}

/** "Durban, 2019", "Fait à Lyon, le 4 mars 2023.", "London, May 2021", "3 November 2022". */
function isPlaceOrDateLine(t: string): boolean {
  if (parseDateLine(t.replace(/\.$/, ''))) return true;
  const d = findDate(t) ?? /\b(?:1[6-9]|20)\d\d\b/.exec(t);
  return !!d && wordCount(t) <= 8 && !/[.!?]\s+\p{Lu}/u.test(t);
}

// A poem's or a song's author under it: "James Oppenheim (1911)", "— Joe Hill, 1915".
const ATTRIBUTION = new RegExp(
  String.raw`^(?:[—–]|--)?\s*(${PEOPLE})\s*(?:\(\s*(?:c\.\s*)?(?:1[4-9]|20)\d\d(?:\s*[-–]\s*\d{2,4})?\s*\)|,\s*(?:c\.\s*)?(?:1[4-9]|20)\d\d)\.?$|^(?:[—–]|--)\s*(${PEOPLE})$`,
  'u',
);

/** The attribution under a verse or a quoted block that the text opens with: three or more short lines, then the name. */
function attributionAfterVerse(lines: readonly Line[], titleEnd: number | undefined): Guess | undefined {
  const from = (titleEnd ?? -1) + 1;
  for (let i = from + 3; i < Math.min(lines.length, from + 60); i++) {
    const m = ATTRIBUTION.exec(lines[i]!.text);
    const people = m?.[1] ?? m?.[2];
    if (!people || !personName(people.split(PEOPLE_SPLIT)[0]!)) continue;
    const verse = lines.slice(Math.max(from, i - 3), i);
    if (verse.length === 3 && verse.every((l) => wordCount(l.text) <= 16))
      return { value: cleanPeople(people), line: lines[i]!.n, how: 'the attribution under the verse' };
  }
  return undefined;
}

/** An organisation named on a line of its own over the title (a leaflet's masthead): weak alone, strong when it signs at the end too. */
function masthead(lines: readonly Line[], titleIndex: number | undefined): Guess | undefined {
  for (const [i, l] of lines.slice(0, 3).entries()) {
    if (i === titleIndex) continue;
    const org = organisationName(l.text);
    if (org) return { value: org, line: l.n, how: 'the masthead' };
  }
  return undefined;
}

// A few words, then "by": "Research by", "A talk given by", "Posted by", "By the".
const LEAD_BY = /^((?:[\p{L}'’-]+\s+){0,4}?)(?:by|von|par|por|di)\s*:?\s+/iu;
const NOT_AUTHOR_LEAD =
  /\b(?:edit\w*|translat\w*|illustrat\w*|photo\w*|pictures?|images?|design\w*|compiled|introduc\w*|foreword|cover|supported|funded|sponsored|commissioned|followed|liked|shared|powered)\b/i;
// What a text is, named before its "by": "… transcript of a talk by NAME" is the talk's author, though "Edited" opens it.
const WORK_WORD = /\b(?:talk|speech|address|lecture|sermon|keynote|essay|article|interview|report|paper|story|piece|poem|statement|presentation)\b/gi;

/** Whether the words before a "by" make it an editor's, a translator's or a picture's: the last of those words and the work's name decides. */
function notAuthorBy(lead: string): boolean {
  const not = [...lead.matchAll(new RegExp(NOT_AUTHOR_LEAD.source, 'gi'))].at(-1);
  if (!not) return false;
  const work = [...lead.matchAll(WORK_WORD)].at(-1);
  return !work || work.index! < not.index!;
}
const RUNNING_HEAD = /^\d{1,4}\s+(\S.{2,50})$|^(\S.{2,50}?)\s+\d{1,4}$/u;
// The close of a letter, before the signature: "Yours sincerely," "In solidarity," "Cordialement,".
const VALEDICTION =
  /^(?:yours(?:\s+(?:sincerely|faithfully|truly|in\s+solidarity))?|sincerely|in\s+solidarity|with\s+best\s+wishes|best\s+wishes|warm(?:est)?\s+wishes|kind\s+regards|regards|love|signed|thank\s+you|thanks(?:\s+again)?|many\s+thanks|with\s+(?:many\s+)?thanks|all\s+the\s+best|best|cheers|take\s+care|cordialement|bien\s+à\s+vous|(?:bien\s+)?amicalement|solidairement|salutations\s+\p{L}+|saludos(?:\s+cordiales)?|(?:un\s+)?(?:fuerte\s+)?abrazo(?:\s+fuerte)?|un\s+saludo|atentamente|en\s+solidaridad|mit\s+freundlichen\s+grüßen|solidarische\s+grüße|herzliche\s+grüße|cordiali\s+saluti|un\s+abbraccio|atenciosamente|um\s+abraço|met\s+vriendelijke\s+groet)\s*[,.:!]?$/iu;
// People on one line, split by dots, bars, commas or "and": "Lena Vogel · Ibrahim Diallo", "Aisha Rahman and Colm Byrne".
const PEOPLE_SPLIT = /\s*,\s*(?:and|und|et|y|e|en)\s+|\s*[·•|,;&]\s*|\s+(?:and|und|et|y|e|en)\s+/iu;

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
/** A line of nothing but dates and a platform's furniture, one or several: "Feb 2, 2024", "Oct 3, 2024·2 min read". */
function datesAndFurniture(text: string): boolean {
  return text
    .split(/\s*[·∙•|]\s*/u)
    .filter(Boolean)
    .every((p) => isPlatformFurniture(p) || !!parseDateLine(p));
}

function nameUnderTitle(lines: readonly Line[], titleIndex: number | undefined, titleEnd = titleIndex): { guess: Guess; above: boolean } | undefined {
  // Above the title, past a copied page's furniture and dates: "Jamal Reid" / "Follow" / "·" / "5 min read" / "Feb 2, 2024".
  let over = titleIndex === undefined ? -1 : titleIndex - 1;
  while (over > 0 && over >= (titleIndex ?? 0) - 6 && datesAndFurniture(lines[over]!.text)) over--;
  const around =
    titleIndex === undefined || titleEnd === undefined
      ? [0, 1, 2, 3, 4, 5]
      : [titleEnd + 1, titleEnd + 2, titleEnd + 3, titleIndex - 1, ...(over < titleIndex - 1 ? [over] : [])];
  for (const i of around) {
    const l = lines[i];
    if (!l || l.text.length > 120) continue;
    // With no title found, a name counts only above the first sentence.
    if (titleIndex === undefined && lines.slice(0, i).some((p) => p.text.split(/\s+/).length >= 25 || /\.["'”’]?$/.test(p.text))) break;
    const above = titleIndex !== undefined && i < titleIndex;
    // Past a paragraph of the body, a name is not the title's: in a short text it may be the signature.
    if (!above && titleEnd !== undefined && lines.slice(titleEnd + 1, i).some((p) => wordCount(p.text) >= 12 && /[.!?]["'”’)]?$/.test(p.text))) continue;
    // Names side by side in a layout's columns, each over its affiliation: "Carlos Mendoza          Wanjiru Kamau".
    const columns = l.columns?.map((c) => personName(withoutMarks(c)));
    if (columns?.every(Boolean))
      return { guess: { value: joinNames(columns as string[]), line: l.n, how: above ? 'the names above the title' : 'the names under the title' }, above };
    // Authors with their affiliations, a semicolon between them: "Maria Gonzalez, Cornell University; Tom Baker, Rutgers University".
    const affiliated = l.text.split(/\s*;\s*/);
    const withPlaces = affiliated.length >= 2 && affiliated.length <= 6 ? affiliated.map((p) => personName(p.split(/\s*,\s*/)[0]!)) : [];
    if (withPlaces.length && withPlaces.every(Boolean) && affiliated.every((p) => /,\s*\S/.test(p)))
      return { guess: { value: joinNames(withPlaces as string[]), line: l.n, how: above ? 'the names above the title' : 'the names under the title' }, above };
    // Affiliation marks glued to names: "Maria Okonkwo1 and Lars Eriksen2", "Ana Lima*".
    const bare = withoutMarks(l.text);
    const several = peopleLine(bare);
    if (several) return { guess: { value: several, line: l.n, how: above ? 'the names above the title' : 'the names under the title' }, above };
    const alone = personName(bare);
    if (alone)
      return {
        guess: {
          value: above ? alone : stackedNames(lines, i, alone),
          line: l.n,
          how: titleIndex === undefined ? 'a name line at the top' : above ? 'the name above the title' : 'the name under the title',
        },
        above,
      };
    // A section and then the columnist: "Opinión | Laura Méndez", "Comment · Ana Lima".
    // Or the name among a date and a reading time: "March 2024 · Ines Moreau · 6 min read".
    const parts = l.text.split(/\s*[|·•]\s*/);
    const named = parts.length >= 2 && parts.length <= 4 && parts.every((p) => wordCount(p) <= 8) ? parts.filter((p) => personName(p) || peopleLine(p)) : [];
    // Or the people among them: "Jul 3, 2024 | Ngozi Eze and Farouk Bello".
    const together = named.length === 1 && !personName(parts[0]!) && !peopleLine(parts[0]!) ? peopleLine(named[0]!) : undefined;
    if (together) return { guess: { value: together, line: l.n, how: above ? 'the names above the title' : 'the names under the title' }, above };
    const columnist = named.length === 1 && !personName(parts[0]!) ? personName(named[0]!) : undefined;
    // (An office in title case too: "Moira Lennox, General Secretary" under a speech's title.)
    const lead =
      NAME_THEN_MORE.exec(l.text)?.[1] ??
      nameWithRole(l.text) ??
      NAME_WITH_LOWER_ROLE.exec(l.text)?.[1] ??
      nameWithOffice(l.text) ??
      // A newsletter named for its writer: "Sofia Andersson's newsletter · March 2025".
      OWN_PUBLICATION.exec(l.text)?.[1] ??
      columnist;
    const name = lead ? personName(lead) : undefined;
    if (name) {
      // An article's authors one to a line, each with an affiliation: "Ana Souza, Universidade de São Paulo" / "Daniel Ferreira, …".
      const more: string[] = [];
      for (let j = i + 1; !above && nameWithRole(lines[j]?.text ?? '') && lines[j]!.n === lines[j - 1]!.n + 1; j++)
        more.push(personName(nameWithRole(lines[j]!.text)!)!);
      const value = more.length ? joinNames([name, ...more]) : name;
      return {
        guess: { value, line: l.n, how: above ? 'the name above the title' : more.length ? 'the names under the title' : 'the name under the title' },
        above,
      };
    }
  }
  return undefined;
}

// A line of where an author works or how to write to them, under the name.
const AFFILIATION =
  /\b(?:universit\w*|universidad|universidade|université|università|college|institute?|instituto|school|faculty|department|centre|center|hochschule|laboratory|lab)\b|\S+@\S+\.\w+/iu;

/**
 * The authors of an article stacked one to a block, each name over its university and e-mail ("Jun Tanaka" /
 * "Kyoto University" / "jun@…" / "Elena Petrova" / …): every name, read on until the body begins.
 */
function stackedNames(lines: readonly Line[], i: number, first: string): string {
  const names = [first];
  let between = false;
  for (let j = i + 1; j < Math.min(lines.length, i + 16); j++) {
    const t = lines[j]!.text;
    const name = personName(withoutMarks(t));
    if (name && between) {
      names.push(name);
      between = false;
    } else if (AFFILIATION.test(t) && t.length <= 120) between = true;
    else break;
  }
  return names.length > 1 ? joinNames(names) : first;
}

// Affiliation marks glued to names: "Maria Okonkwo1 and Lars Eriksen2", "Ana Lima*", "Hana Kobayashi1,*", "Adébáyọ̀1,2".
const MARK = String.raw`(?:\d{1,2}|[*∗†‡§¶#¹²³⁴⁵⁶⁷⁸⁹⁰])`;
// Digits only after a lower-case letter ("PART 2" keeps its number); symbols after any letter ("ZHANG‡").
const MARKS = new RegExp(String.raw`(?:(?<=[\p{Ll}\p{M}])${MARK}+|(?<=\p{L})[*∗†‡§¶#]+)(?:,${MARK}+)*(?=\s|,|$)`, 'gu');

/** A names line without the affiliation marks glued to its names. */
export function withoutMarks(text: string): string {
  // The space TeX leaves between a mark and its comma goes with the mark: "Leonie Brandt∗ , Tariq Haddad†"; a layout
  // extraction sets the mark apart from the name: "Hanne Sørensen 1 , Matteo Ricci 2 and Zofia Wróbel 3".
  return (
    text
      // A journal site's ORCID badge copied with the name: "Dara Quinn ORCID Icon & Mehmet Yilmaz".
      .replace(/\s*\bORCID(?:\s+Icon)?\b/g, '')
      .replace(MARKS, '')
      .replace(/(?<=\p{Ll})\s+\d{1,2}(?:,\d{1,2})*(?=\s*(?:,|\band\b|&|$))/gu, '')
      // Or a letter, as journals mark affiliations: "Rocío Navarro a,∗ , Daniel Hughes b".
      .replace(/(?<=\p{Ll})\s+[a-h](?:,\s*(?:[a-h]|[*∗†‡]))*\s*(?:[*∗†‡])?(?=\s*(?:,|\band\b|&|$))/gu, '')
      .replace(/\s+,/g, ',')
  );
}

const TITLE_DASH_NAME = new RegExp(String.raw`^["“‘'«](.{3,120}?)["”’'»]\s*(?:[–—]|--?|,)\s*(${PERSON})$`, 'u');

const NAME_COLON_TITLE = new RegExp(String.raw`^(${PERSON}):\s+(\p{Lu}.{2,120})$`, 'u');

/** An author and a title on one line, the name first: `Rosa Kemp: Why We Organise`. */
export function nameColonTitle(text: string): { title: string; name: string } | undefined {
  const m = NAME_COLON_TITLE.exec(text.trim());
  const name = m ? personName(m[1]!) : undefined;
  // Only a name whose first word is a known given name, or whose every word reads as a name's ("Kwabena Mensah"):
  // "Locked Out: Evictions and …", "Fighting Back: …" are titles with their subtitles.
  const known = name && (personNameParts().has(name.split(/\s+/)[0]!.toLowerCase()) || allWordsLikeAName(name));
  return m && name && known && !/[.!]$/.test(m[2]!) ? { title: m[2]!.trim(), name } : undefined;
}

/** A quoted title and its author on one line: `“Streets for People” – Aoife Keane`. */
export function titleDashName(text: string): { title: string; name: string } | undefined {
  const m = TITLE_DASH_NAME.exec(text.trim());
  const name = m ? personName(m[2]!) : undefined;
  return m && name ? { title: m[1]!.trim(), name } : undefined;
}

const OWN_PUBLICATION = new RegExp(String.raw`^(${PERSON})['’]s?\s+(?:newsletter|blog|substack|notes|letter|column|journal|diary|dispatch)\b`, 'u');

// A name and what the person does, in lower case: "Jennifer Osei, economist", "Mette Holm, boligpolitisk ordfører".
const NAME_WITH_LOWER_ROLE = new RegExp(String.raw`^(${PERSON}),\s+\p{Ll}[\p{L}' -]{2,50}$`, 'u');

/** The person of a "NAME, role in lower case" line: `Nadia Rahman, bus driver` -> `Nadia Rahman`. */
export function nameWithLowerRole(text: string): string | undefined {
  const m = NAME_WITH_LOWER_ROLE.exec(text.trim());
  return m ? personName(m[1]!) : undefined;
}

/** The person of a "NAME, role" line: `Bronwen Price, President of the Welsh Nurses' Union` -> `Bronwen Price`. */
export function nameWithRole(text: string): string | undefined {
  const m = NAME_WITH_ROLE.exec(text.trim());
  if (!m || !personName(m[1]!)) return undefined;
  // A pair of English words before a comma is a name only when a role or a body follows it: "Rose Hill, organiser at …", not
  // a title's "Shift Work, Sleep and Union Voice in Portuguese Call".
  return allWordsLikeAName(m[1]!) || ROLE_OR_BODY.test(text.slice(m[1]!.length)) ? m[1] : undefined;
}

// What the words after a name and a comma say of a person: a post, a trade, or the body the person belongs to.
const ROLE_OR_BODY = new RegExp(
  String.raw`\b(?:professor|lecturer|researcher|student|organi[sz]er|president|secretary|chair\w*|director|member|officer|editor|fellow|worker|nurse|teacher|driver|rep|representative|steward|founder|co-?founder|co-?ordinator|spokes\w+|journalist|writer|activist|campaigner|councillor|mp|mep)\b|\b(?:of|at|for|with|from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:university|institute|union|college|school|council|association|party|centre|center|foundation|trust|network|campaign|branch|society|ministry|department|hospital|committee|group|collective)\b`,
  'iu',
);

// A signature's office, named without "of": "Samira Haddad, Branch Secretary", "Jo Lee, Chair".
const NAME_WITH_OFFICE = new RegExp(
  String.raw`^(${PERSON}),\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:Secretary|Chair|Chairperson|Chairman|Chairwoman|President|Vice-President|Treasurer|Organiser|Organizer|Convenor|Convener|Coordinator|Co-ordinator|Steward|Rep|Representative|Officer|Editor|Director|Spokesperson|Spokesman|Spokeswoman|Delegate|Councillor|Member)\.?$`,
  'u',
);

/** "NAME, Branch Secretary" closing a text: the name of whoever signs it for an office. */
function nameWithOffice(text: string): string | undefined {
  const m = NAME_WITH_OFFICE.exec(text.trim());
  return m && personName(m[1]!) ? m[1] : undefined;
}

/** An author bio or a signature among the last lines. */
function guessFromEnd(lines: readonly Line[]): Guess | undefined {
  const from = Math.max(0, lines.length - 12);
  // Above a signature that closes the text ("Save Ashby Parks Campaign" / "saveashbyparks.org.uk"), a sentence opening on a
  // name is the body's ("Ashby Fields has been a public park since 1921."), not a bio.
  const signed = signatureBlock(lines)?.line;
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]!.text;
    const closing = after(CLOSING_LEAD, BYLINE_PEOPLE, text);
    if (closing && plausiblePeople(closing) && text.length < 200) return { value: cleanPeople(closing), line: lines[i]!.n, how: 'the attribution at the end' };
    const org = closingOrganisation(text);
    // (Under a person's name signed after a valediction it is that person's organisation: "Un abrazo fuerte," / "Rosa
    // Quispe" / "Asociación de Trabajadoras del Hogar de Bizkaia".)
    const signer = org && lines[i - 2] && VALEDICTION.test(lines[i - 2]!.text) ? personName(lines[i - 1]!.text) : undefined;
    if (signer) return { value: signer, line: lines[i - 1]!.n, how: 'the signature at the end' };
    if (org && text.length < 200) return { value: org.trim(), line: lines[i]!.n, how: 'the attribution at the end' };
    // "Sam Osei, for the Bristol reading group" as the last line.
    // (Or a role in lower case: "Mathilde Roux, caissière et déléguée syndicale".)
    const role =
      i >= lines.length - 2 && text.length < 120
        ? (nameWithRole(text) ?? nameWithOffice(text) ?? personName(NAME_WITH_LOWER_ROLE.exec(text)?.[1] ?? ''))
        : undefined;
    if (role) return { value: role, line: lines[i]!.n, how: 'the signature at the end' };
    const sig = SIGNATURE.exec(text)?.[1];
    if (sig && plausiblePeople(sig)) return { value: cleanPeople(sig), line: lines[i]!.n, how: 'the signature at the end' };
    // (After its label in any case: "About the author: Leila Ahmadi is a former courier …".)
    const bio = signed !== undefined && lines[i]!.n < signed ? undefined : BIO.exec(text.replace(ABOUT_LABEL, ''))?.[1];
    if (bio && personName(bio) && text.length < 600 && !BODY_BIO.test(text)) {
      const all = bioBlock(lines, i);
      return { value: all.length > 1 ? joinNames(all) : personName(bio)!, line: lines[i]!.n, how: all.length > 1 ? 'the author bios' : 'the author bio' };
    }
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
    // Several signatories under "Signed,", one to a line, to the end: every one of them.
    if (lines[i - 1] && VALEDICTION.test(lines[i - 1]!.text) && i < lines.length - 1) {
      const signers = lines.slice(i).map((l) => signatory(l.text));
      // Two lines may be a body and what it belongs to ("The Branch Committee" / "Hackney … Branch"): two are taken only when both are people.
      const people = signers.every((v, k) => v && personName(lines[i + k]!.text.replace(/[.,;]$/, '')));
      if (signers.length <= 8 && signers.every(Boolean) && (signers.length >= 3 || people))
        return { value: joinNames(signers as string[]), line: lines[i]!.n, how: 'the signatures at the end' };
    }
    // "Written for the … newsletter by NAME, March 2024.": who wrote it, closing the text.
    const credit = i >= lines.length - 3 && wordCount(text) <= 30 ? CREDIT.exec(text) : null;
    const credited = credit ? BYLINE_PEOPLE.exec(withoutHonorific(text.slice(credit.index + credit[0].length)))?.[1] : undefined;
    if (credited && plausiblePeople(credited) && personName(credited.split(PEOPLE_SPLIT)[0]!))
      return { value: cleanPeople(credited), line: lines[i]!.n, how: 'the credit at the end' };
    const next = lines[i + 1]?.text;
    if (name && next) {
      const first = name.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const about = new RegExp(String.raw`^(?:${first}|He|She|They)\b.{0,80}\b(?:is|was|teaches|writes|lives|works)\b`, 'u');
      if (about.test(next)) return { value: name, line: lines[i]!.n, how: 'the author bio' };
    }
  }
  return undefined;
}

/**
 * Every author of a block of bios closing the text, in order: the bio on line `i`, the paragraph it is part of, and the
 * bios just above it, each a sentence "NAME is …" (one to a paragraph or several in one: "Ngozi Eze is an economist …
 * Farouk Bello is a researcher …"). A PDF's lines broken inside a bio carry on in lower case.
 */
function bioBlock(lines: readonly Line[], i: number): string[] {
  const people = (text: string) =>
    text
      .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
      .map((sentence) => BIO.exec(sentence)?.[1])
      .map((m) => (m ? personName(m) : undefined))
      .filter((m): m is string => !!m);
  let start = i;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const t = lines[j]!.text;
    if (people(t).length) start = j;
    else if (!/^\p{Ll}/u.test(lines[j + 1]!.text) && !/^\p{Ll}/u.test(t)) break;
  }
  const names: string[] = [];
  for (const l of lines.slice(start, i + 1)) for (const n of people(l.text)) if (!names.includes(n)) names.push(n);
  return names;
}

// A closing credit: "written", "prepared", "compiled for …", then "by" and the people.
const CREDIT = /^[-–—(\s]*(?:written|prepared|researched|put together|delivered|given)\b[^.]{0,80}?\bby\s+/iu;

/** One signatory's line: a person (a role after a comma allowed) or a body's name of a few capitalised words. */
function signatory(text: string): string | undefined {
  const t = text.trim().replace(/[.,;]$/, '');
  if (t.length > 80 || ROLE_LINE.test(t) || FOOT_FURNITURE.test(t)) return undefined;
  const person = personName(t) ?? nameWithRole(t);
  if (person) return personName(person) ?? person;
  const org = organisationName(t);
  if (org) return org;
  // A body named in Title Case, none of its words a sentence's: "St Barnabas Food Bank", "Hartley Road Library Users' Group".
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 8 && words.every((w) => /^(?:\p{Lu}|of|the|and|for|&)/u.test(w)) ? t.replace(/^[Tt]he\s+/, '') : undefined;
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
  const people =
    after(BY_LEAD, BYLINE_PEOPLE, text) ??
    after(LABEL_LEAD, LABEL_PEOPLE, text) ??
    after(MINUTES_BY, BYLINE_PEOPLE, text) ??
    (isAllCaps(text) ? undefined : after(KICKER_LEAD, BYLINE_PEOPLE, text));
  return people && leadingPeople(people);
}

/** The people of a list up to the first part that is not a name: "Siobhan Ní Bhriain, General Secretary" -> "Siobhan Ní Bhriain". */
function leadingPeople(list: string): string | undefined {
  const parts = list.split(/(\s*,\s*(?:[Aa]nd\s+)?|\s+(?:and|AND|And|et|und|y|e|en|ET|UND|Y|E|EN)\s+|\s*&\s*)/u);
  // A single name runs to the end: no list to trim.
  if (parts.length === 1) return list;
  let end = 0;
  // (A role between two people is passed over: "Ruth Ellis, Health Correspondent, and Sam Taylor".)
  const roleThenMore = (k: number) => BYLINE_ROLE.test(parts[k] ?? '') && personName((parts[k + 2] ?? '').replace(/[*_]+$/, '')) !== undefined;
  const taken: number[] = [];
  while (end < parts.length) {
    if (personName(parts[end]!.replace(/[*_]+$/, ''))) taken.push(end);
    else if (!(taken.length && roleThenMore(end))) break;
    end += 2;
  }
  if (taken.length && taken.length < end / 2) return joinNames(taken.map((k) => personName(parts[k]!.replace(/[*_]+$/, ''))!));
  // One word after a "y" or an "e" is the end of one name, not a second person: "José Ortega y Gasset".
  if (end > 0 && end < parts.length && /^\s+(?:y|e)\s+$/iu.test(parts[end - 1]!) && /^\p{Lu}[\p{L}'’-]+$/u.test(parts[end]!)) return list;
  return end === 0 ? undefined : parts.slice(0, end - 1).join('');
}

// A journalist's post in a byline, in title case or not: "Health Correspondent", "Political Editor", "staff writer".
const BYLINE_ROLE =
  /^(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|journalist|contributor|producer|analyst|researcher|officer|organi[sz]er|secretary|chair|coordinator|co-ordinator)$/iu;

/** The people right after a lead ("by ", "Translated by "): the lead found without regard to case, the names with it. */
function after(lead: RegExp, people: RegExp, text: string): string | undefined {
  const m = lead.exec(text);
  if (!m) return undefined;
  // Titles before the second and later names too: "Von Dr. Anna Meier und Prof. Jens Vogt".
  const tail = text.slice(m.index + m[0].length);
  // A byline in capitals is read in a name's case, particles and all: "POR MARÍA DE LOS ÁNGELES RUIZ".
  const rest = withoutHonorific(withoutAsides(isAllCaps(tail) ? nameFromCaps(tail) : tail)).replace(
    /(,|\s(?:and|und|et|y|e)|\s&)\s+(?:(?:Dr|Prof|Dra|Mr|Mrs|Ms)\.?\s+)+(?=\p{Lu})/gu,
    '$1 ',
  );
  return people.exec(rest)?.[1];
}
