/**
 * What a personal name looks like on a line of its own: two to four capitalised words, with
 * initials and particles (de, van, von…), and none of the words that make a line a heading,
 * a caption, a site's furniture or an organisation rather than a person.
 */
import { englishWordList, personNameParts } from '../analyze/names/lexicon.ts';
import { isAllCaps, nameFromCaps } from './title-case.ts';

const PARTICLE = String.raw`(?:de|da|das|do|dos|del|della|di|du|der|den|la|las|le|les|los|van|von|y|e|ter|ten|zu|bin|ibn|al|el|ben|bint|abu|ní|nic|ó|ap|wa|ole)`;
// One word of a name: `Tomás`, `O'Brien`, `Jean-Paul`, `J.`, `J.R.`, `McDonald`, `ÉMILE`.
// A romanised given name of two syllables keeps the second in lower case: `Sun-hee`, `Ji-woo`, `Mei-ling`.
const NAME_WORD = String.raw`(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{Ll}\p{Lu}\p{M}'’]*(?:-\p{Lu}[\p{Ll}\p{Lu}\p{M}'’]*|-\p{Ll}{2,5}(?![\p{L}-]))?)`;

/** A personal name (as a regex source): 2–4 name words, particles between them. */
export const PERSON = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){1,3}`;

/** Several people: `Ana Lima and Tomás Ferreira`, `A, B & C`. */
export const PEOPLE = String.raw`${PERSON}(?:\s*(?:,\s*(?:[Aa]nd\s+)?|\s+(?:and|AND|And)\s+|\s*&\s*|\s+(?:et|und|y|e|en|ET|UND|Y|E|EN)\s+)${PERSON}){0,3}`;

const PERSON_LINE = new RegExp(String.raw`^(${PERSON})$`, 'u');

// Words that never make a personal name: a line holding one is a heading, a caption, a site's
// furniture or an organisation. Whole words in any script: `\b` is ASCII-only even under `u`, and
// would read the last letter of `María` as the word `a`.
const NOT_A_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:the|a|an|of|for|and|in|on|to|with|from|at|by|how|why|what|when|who|is|are|was|our|your|my|this|new|die|das|und|für|über|zur|zum|ein|eine|les|des|une|un|pour|essay|interview|article|text|texte|texto|textos|testo|testi|tekst|speech|talk|lecture|sans|avec|sur|dans|el|los|las|una|por|para|con|sin|il|gli|per|het|een|voor|niet|photo|photos|photographs?|photography|fotos?|fotografias?|fotografie|fotografien|illustrations?|ilustraciones|ilustrações|illustrazioni|bilder|beeld|image|credit|getty|press|news|times|post|daily|weekly|magazine|journal|review|quarterly|bulletin|newsletter|institute|university|college|school|party|committee|union|association|foundation|society|network|council|department|ministry|government|blog|online|media|group|collective|editorial|editors?|staff|team|admin|contributors?|share|read|more|subscribe|home|menu|search|login|comments?|tags?|posted|published|updated|copyright|rights|reserved|page|chapter|part|section|report|research|archive|archives|index|forum|forums|library|collection|catalogue|universidade|universidad|université|universität|universiteit|università|universitat|uniwersytet|hochschule|instituto|istituto|institut|école|escola|escuela|faculdade|facultad|faculté|fakultät|introduction|abstract|contents|notes|references|bibliography|summary|conclusion|appendix|acknowledg\w*|table|figure|secretary|president|chair|chairs?person|director|officer|organi[sz]er|convenor|treasurer|steward|branch|city|cities|street|centre|center|world|war|revolution|state|states|republic|kingdom|national|international|european|american|british|socialist|communist|labour|labor|workers?|people|peoples|history|politics|policy|economy|climate|transport|public|free|open|creative|commons|wikimedia|wikipedia|source|sources|download|pdf|print|email|twitter|facebook|instagram|youtube|linkedin|vol|issue|no|number|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|minutes?|min|read|views?|es|est|ist|son|sont|sind|nuestra|nuestro|nuestros|nuestras|notre|nos|unser|unsere|nostra|nostro|nossa|nosso|onze|ons|todo|todos|tous|alle|tutti|não|pas|nicht|niet)(?![\p{L}\p{M}\p{N}])`,
  'iu',
);

// A particle inside a name, written with a capital (`Youssef El Amrani`, `Siobhan Ní Bhriain`, `Ana De Lima`):
// part of the name, so not read as the Spanish article or another of the words above.
const INNER_PARTICLE = /(?<=\S\s+)(?:El|Al|La|Le|De|Da|Di|Du|Del|Della|Dos|Das|Van|Von|Ter|Ten|Ben|Bin|Ibn|Abu|Ní|Nic|Mac|Ó|Ua|Ap)(?=\s+\p{Lu})/gu;

// Degrees and honours after a name, after a comma or written with their stops: ", M.A.", " Ph.D.", ", MP", ", OBE".
const POSTNOMINALS =
  /(?:,\s*|\s+(?=\p{Lu}\.))(?:(?:M\.?A|B\.?A|M\.?Sc|B\.?Sc|D\.?Sc|Ph\.?\s?D|D\.?Phil|LL\.?[BDM]|M\.?Phil|M\.?P|J\.?P|F\.?R\.?S|K\.?C|Q\.?C|O\.?B\.?E|M\.?B\.?E|C\.?B\.?E|R\.?N)\.?(?:,\s*|\s+|$))+$|,?\s+Ph\.?D\.?$/u;

// A line that opens with an article is a phrase, not a name: `LA CALLE ES NUESTRA`, `Die Neue Zeit`.
const ARTICLE_FIRST = /^(?:la|le|el|il|lo|les|los|las|der|die|das|het|un|une|uno|una|ein|eine|een|o|os|as|gli|i)\s/iu;

/** `Tomás Ferreira`, `J. R. Hartley`, `Rosa de la Cruz`, `ANA LIMA` (as `Ana Lima`), or undefined. */
export function personName(text: string): string | undefined {
  // A title before the name ("Dr. Amira Nasser") is left out before the name is read, and a degree or an honour after
  // it ("D. J. PRYCE, M.A.", "Ruth Ellis PhD").
  const t = withoutHonorific(text.replace(/^[*_]+|[*_]+$/g, '').trim()).replace(POSTNOMINALS, '');
  // "de los", "de la" inside a name ("María de los Ángeles Ruiz") are its particles, not the articles of a phrase.
  // (In capitals, read in a name's case first: "HAMZA EL IDRISSI" is "Hamza El Idrissi", not the article "el".)
  const bare = (isAllCaps(t) ? nameFromCaps(t) : t).replace(INNER_PARTICLE, '').replace(/(?<=\S\s+)de\s+(?:los|las|la|les)\s+(?=\p{Lu})/gu, 'de ');
  if (t.length > 60 || !PERSON_LINE.test(t) || ARTICLE_FIRST.test(t) || NOT_A_NAME.test(bare)) return undefined;
  const name = withoutHonorific(t);
  if (!wordsLikeAName(name)) return undefined;
  return isAllCaps(name) ? nameFromCaps(name) : name;
}

/**
 * Whether a name-shaped phrase reads as a name by its words: "Solidarity Forever", "Mutual Aid", "HOUSING
 * COOPERATIVE" are shaped like names but made of English words that are nobody's name. A word in the people-names
 * list, or in no English word list (Kwabena, Vries, Nguyễn), counts for a name; an English word that is no name
 * counts against; a phrase with more against than for is no name. (Lars, Lotte are English words and names both.)
 */
export function wordsLikeAName(name: string): boolean {
  const { names, words } = nameWords(name);
  return words <= names;
}

/** Every word of a name-shaped phrase reads as a name's (none an English word that is nobody's name): `Kwabena Mensah`, not `Fighting Back`. */
export function allWordsLikeAName(name: string): boolean {
  const { names, words } = nameWords(name);
  return names > 0 && words === 0;
}

/** How many words of a phrase count for a name and how many against. */
function nameWords(name: string): { names: number; words: number } {
  const parts = personNameParts();
  const english = englishWordList();
  let names = 0;
  let words = 0;
  for (const w of name.split(/\s+/)) {
    // Particles and initials say nothing either way.
    if (/^\p{Ll}/u.test(w) || /\.$/.test(w) || w.length < 2) continue;
    const lower = w.toLowerCase().replace(/['’]s$/u, '');
    const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
    if (parts.has(lower) || parts.has(plain) || lower.split('-').some((p) => parts.has(p)) || !english.has(lower)) names++;
    else words++;
  }
  return { names, words };
}

// "Surname, Given": a catalogue's order (citation_author, dc.creator, a library record), with particles and initials:
// `Hart, Eleanor`, `de Souza, Beatriz`, `Muste, A. J.`, `Lindqvist, Karl-Erik`.
const INVERTED = new RegExp(String.raw`^((?:${PARTICLE}\s+){0,2}${NAME_WORD}(?:\s+${NAME_WORD})?)\s*,\s*(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})$`, 'u');

/** A name written surname first (`Hart, Eleanor`) in the order it is printed (`Eleanor Hart`); any other string as it is. */
export function uninvertName(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = INVERTED.exec(t);
  // Two full names with a comma between them ("Ana Lima, Tomás Ferreira") are two people, not one inverted.
  if (!m || (/\s/.test(m[1]!.replace(new RegExp(String.raw`^(?:${PARTICLE}\s+)+`, 'u'), '')) && /\s/.test(m[2]!) && !/\./.test(m[2]!))) return t;
  return `${m[2]} ${m[1]}`;
}

// Titles before a name, left out of an author as an editor would type it: `Dr. Miriam Köhler`, `Prof. Dr.`, `Cllr`.
const HONORIFIC =
  /^(?:[Tt]he\s+)?(?:(?:Very|Right|Rt\.?)\s+)?(?:(?:Hon|Dr|Prof|Mr|Mrs|Ms|Mx|Dra|Drs|Ing|Mag|Dipl\.-Ing|Sr|Sra|Mme|Mlle|Rev|Revd|Cllr|Sir|Dame|Prof\.\s*Dr)\.?\s+)+(?=\p{Lu})/u;

// Titles written out in full, left out only before two more capitalised words (`Councillor Grace Mwangi`), so that a
// given name that is also a title stays (`Don Smith`, `Dean Lee`).
const HONORIFIC_WORD =
  /^(?:Councillor|Council(?:wo)?man|Alderman|Professor|Doctor|Senator|Mayor|Comrade|Reverend|Sister|Brother|Father|Mother|Lord|Lady|Judge|Justice|Minister|Deputy|Bishop|Rabbi|Imam|Herr|Frau|Monsieur|Madame|Mademoiselle|Señor|Señora|Signor|Signora|Senhor|Senhora|Genossin|Genosse|Compañera|Compañero|Camarade)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;

/** A name without the titles before it: `Dr. Miriam Köhler` -> `Miriam Köhler`, `Councillor Grace Mwangi` -> `Grace Mwangi`. */
export function withoutHonorific(text: string): string {
  return text.replace(/^\s+/, '').replace(HONORIFIC_WORD, '').replace(HONORIFIC, '');
}

/** A byline without the asides in brackets after its names: `Sarah O'Neill-Byrne (University College Cork), Tomasz Wójcik (…)`. */
export function withoutAsides(text: string): string {
  return text.replace(/\s*\([^()]{1,100}\)/g, '');
}

/** People named in a byline, as printed: `Ana Lima and Tomás Ferreira`; capitals made a name's case. */
export function cleanPeople(s: string): string {
  // Pandoc's superscript affiliations after each name: "Jonah Levy^1^, Ayesha Siddiqui^2^".
  // An address after a name, as front matter and mail headers give one: "Ana Lima <ana@example.org>".
  const t = withoutHonorific(s.replace(/\^[\w,*†‡]{1,6}\^/g, '').replace(/\s*<[^<>\s]+@[^<>\s]+>/g, ''))
    .replace(/[.,;:'’]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  const cased = isAllCaps(t) ? nameFromCaps(t).replace(/\b(And|Et|Und|Y|En)\b/g, (w) => w.toLowerCase()) : t;
  // "Anna Schmitt und Paul Krüger", "A, B & C" are joined as every list of people is: "A and B", "A, B and C". Only
  // between whole names: "José Ortega y Gasset" is one person, "Ana Lima, Lisbon" a name and a place.
  const parts = cased.split(/\s*,\s*(?:and\s+)?|\s*&\s*|\s+(?:and|und|et|y|e|en)\s+/u);
  if (parts.length >= 2 && parts.every((p) => p.split(/\s+/).length >= 2 && personName(p)))
    return parts.length === 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return cased;
}

/** A byline's people are not an organisation's furniture: `Getty Images`, `Staff Reporter`, `Read More`. */
export function plausiblePeople(s: string): boolean {
  // With the newsroom's name for itself in several languages: "Redazione", "Redacción", "Rédaction", "Redaktion".
  return !/\b(?:getty|images?|photo|staff|team|editorial|editors|reporter|correspondent|read|more|share|admin|subscribe|newsletter|minutes?|min|newsroom|redazione|redacción|rédaction|redaktion|redactie|redação|desk)\b/iu.test(
    s,
  );
}
