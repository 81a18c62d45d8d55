/**
 * Name mentions in one text: every run of capitalized words that could name a person, with
 * the evidence around it for and against (an honorific, initials, a given name, a role in
 * apposition, a verb of saying; `the` before it, a place preposition, an organisation's head
 * noun after it). Whether a name is a person is decided across the reader (see `index-names.ts`),
 * where the evidence of all its mentions adds up.
 */
import type { FlatText } from '../flatten.ts';
import { fold } from '../fold.ts';
import {
  argumentNouns,
  citingVerbs,
  claimVerbs,
  companyNouns,
  companySuffixes,
  englishWordList,
  accordingWords,
  asWords,
  forWords,
  foreignFunctionWords,
  notGivenNames,
  germanArticles,
  germanFunctionWords,
  functionWords,
  abbreviatedHonorifics,
  authoredOfNouns,
  honorifics,
  nationalities,
  notNames,
  particles,
  personActs,
  personFates,
  personNameParts,
  personNouns,
  placeFirstWords,
  placeOpeners,
  romanceHeads,
  placeHeads,
  placePrepositions,
  motionWords,
  replyVerbs,
  roleNouns,
  sayingVerbs,
  thatVerbs,
  thingHeads,
  vesselKinds,
  weakHonorifics,
  wordGivenNames,
  workNouns,
} from './lexicon.ts';
import { notPerson, pressRun } from './not-persons.ts';

/** Evidence that a mention names a person. */
export type ForEvidence = 'honorific' | 'initials' | 'given' | 'role' | 'saying' | 'fate' | 'possessive' | 'according' | 'cited' | 'shape';
/** Evidence that it names something else. */
export type AgainstEvidence = 'the' | 'place' | 'thing' | 'word' | 'start' | 'attributive';

export interface NameMention {
  /** The name as written, without honorific or possessive: `Isaac Deutscher`, `V. I. Lenin`. */
  name: string;
  /** Its words; initials keep their full stop (`V.`). */
  words: string[];
  honorific?: string;
  possessive?: boolean;
  /** Offsets of the name (honorific left out) and of the end of the run (possessive included), in the flattened paragraph or note. */
  offset: number;
  end: number;
  paragraphId?: string;
  noteNumber?: string;
  line?: number;
  column?: number;
  for: ForEvidence[];
  against: AgainstEvidence[];
  /** Mentions with the same list number stand in one list (`Kamenev, Zinoviev and Bukharin`). */
  list?: number;
  /** Joined to the mention before it by `and`/`or`. */
  listAnd?: boolean;
  /** Said something the text uses (`X says`, `according to X`): a source in prose. */
  cites?: boolean;
  /** Named with a company's suffix (`Dalton Harwick Inc.`, `Google LLC`): a company, wherever else it is named. */
  org?: boolean;
  /** One capitalized word in a language that capitalizes its nouns (German): a noun unless strong evidence says otherwise. */
  noun?: boolean;
  /** The name of the mention just before it, of the same person renamed (`Beatrice Potter, later Beatrice Webb`). */
  sameAs?: string;
  /** The title of a work the mention stands in (`Lady Macbeth of Mtsensk` after `the opera`): no person, and logged as left out. */
  work?: string;
  /** The work is a ship, named after its kind (`the lifeboat Charlotte Elliott`, `HMS Dreadnought`). */
  vessel?: boolean;
  /** One word the text also writes in lower case (`tonton` beside `Tonton`): a common word of the text, never a surname by the company it keeps. */
  lowerInText?: boolean;
  /** Why the run, shaped like a name, names no person (`a newspaper or periodical`, `a publisher, after its town and a colon`): left out of the index and logged. */
  leftOut?: string;
  /** A newspaper or periodical, named whole (`Western Times`, `Gazette`, `Pravda`): a source where it says something (`cites`). */
  press?: string;
  /** Words before the name that say what the person is, left out of it (`Menshevik` in `the former Menshevik Andrei Vyshinsky`): logged where the name is indexed. */
  descriptor?: string;
}

/** A word, or a capital initial with its full stop. A hyphen joins only when a letter follows: `Mendelssohn--whose` is two words. */
const TOKEN = /\p{Lu}\.|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’]|-(?=[\p{L}\p{N}]))*/gu;
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Articles of Romance languages, capitalized at the head of a name: `La`, `El`, `Les`, `Il`. */
const romanceArticles = new Set('la el los las le les il lo gli os as'.split(' '));
/** Prefixes after which a name has a second capital: `McNiel`, `MacDowell`, `O’Brien`, `D’Annunzio`, `DiCaprio`, `FitzGerald`. */
const NAME_PREFIX = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Fitz|St|Ter|Ten)\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}+)?(?:['’]s?)?$/u;

interface Token {
  text: string;
  start: number;
  end: number;
  /** The word just before it in the text, kept or not (where a sentence starts is read from it). */
  before?: { text: string; end: number };
}

/**
 * The words that can stand in a name: capitalized words, initials and particles. The others
 * are not kept (most words are in lower case, and a token each was most of the pass's
 * garbage); the gap between two kept tokens shows whether a word was left out between them.
 */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let lastText: string | undefined;
  let lastEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const end = m.index + word.length;
    if (UPPER.test(word) || particles.has(word))
      out.push(lastText === undefined ? { text: word, start: m.index, end } : { text: word, start: m.index, end, before: { text: lastText, end: lastEnd } });
    lastText = word;
    lastEnd = end;
  }
  return out;
}

/** `Pilar Díaz y Tomás Rubio`: two name-like words one space apart after Spanish `y` make a second person, not a second surname (`Ortega y Gasset`). */
function twoNamesAfter(text: string, tokens: Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return !!a && !!b && text.slice(a.end, b.start) === ' ' && UPPER.test(a.text) && UPPER.test(b.text) && !particles.has(b.text);
}

/** A possessive ending, or a closing single quote glued to the word. */
function splitEnding(word: string): { word: string; possessive: boolean } {
  if (/['’]s$/u.test(word)) return { word: word.slice(0, -2), possessive: true };
  if (/s['’]$/u.test(word)) return { word: word.slice(0, -1), possessive: true };
  if (/['’]$/u.test(word)) return { word: word.slice(0, -1), possessive: false };
  return { word, possessive: false };
}

const lower = (s: string): string => {
  const l = s.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
};

/** Adjectives and movements made from names or places: `Stalinist`, `Leninism`, `Georgian`. */
function derived(word: string): boolean {
  const w = word.toLowerCase();
  // `Lindqvist`, `Bergkvist`, `Almquist`: a Scandinavian surname, not a follower of someone.
  if (/(?:qv|kv|qu)ist$/.test(w)) return false;
  if (/(?:ism|isms|ist|ists|ite|ites|ese|ians)$/.test(w)) return true;
  // `Irish`, `Englishman`, `Frenchwomen`: a people or one of them.
  if (nationalities.has(w) || nationalities.has(w.replace(/(?:wo)?m[ae]n$/, ''))) return true;
  if (/(?:ian|ish)$/.test(w)) return !personNameParts().has(w);
  return false;
}

/** `Minister-President`, `Vice-Chancellor`, `Lieutenant-General`, `ex-President`: a title of hyphenated titles and roles. */
function compoundTitle(l: string): boolean {
  if (!l.includes('-')) return false;
  const parts = l.split('-');
  return parts.some((p) => honorifics.has(p)) && parts.every((p) => honorifics.has(p) || roleNouns.has(p) || TITLE_PREFIXES.has(p));
}
const TITLE_PREFIXES = new Set(['vice', 'ex', 'deputy', 'acting', 'co', 'under', 'sub', 'lord', 'chief', 'high', 'prime']);

/** Can this word stand in a name? */
function nameLike(word: string): boolean {
  if (INITIAL.test(word)) return true;
  if (!UPPER.test(word) || !LOWER.test(word)) return false; // `USSR`, lower case
  if (/\d/.test(word)) return false;
  // `L'oncle`, `D'abord`, `Qu'il`: an elided article or pronoun before a word in lower case (`D'Annunzio` is a name).
  if (ELIDED.test(word)) return false;
  return true;
}
const ELIDED = /^(?:[CDJLMNST]|Qu)['’]\p{Ll}|^I['’](?:m|ve|d|ll)$/u;

/** Memoized: capitalized words recur, and each look-up searches 275,000 words. */
const wordMemo = new Map<string, boolean>();
function isWord(w: string): boolean {
  const l = w.toLowerCase();
  let v = wordMemo.get(l);
  if (v === undefined) wordMemo.set(l, (v = englishWordList().has(l)));
  return v;
}

/** In the people-names list as written or without its accents (`Tomás`, `Siobhán`, `Émile`). */
function inNamesList(l: string): boolean {
  const names = personNameParts();
  return names.has(l) || names.has(fold(l));
}

/**
 * A word of the names list that is a common word of the text's language is no given name. The
 * English list holds nearly every name (`max`, `ruth`, `william`); where the text is known, a word
 * counts as common when the text also uses it in lower case (`para`, `tutor`), as names are not.
 */
function commonWord(l: string, lowerWords: ReadonlySet<string> | undefined): boolean {
  if (lowerWords) return lowerWords.has(l) || (!inNamesList(l) && isWord(l));
  return isWord(l);
}

/** Can `l` (lower case) be a given name before a surname `last`? Not a role (`Tutor Ruth Adeyemi`), an epithet (`Red Vienna`) or a common word before another common word. */
function givenName(l: string, last: string, lowerWords: ReadonlySet<string> | undefined): boolean {
  if (roleNouns.has(l) || notGivenNames.has(l) || foreignFunctionWords.has(l)) return false;
  if (wordGivenNames.has(l)) return true;
  // `Church Hill`, `Market Cross`, `Station Road`: a noun of a place or a body opens a place's name, not a person's.
  if (thingHeads.has(l) || placeHeads.has(l)) return false;
  if (!inNamesList(l)) return false;
  // `Deno Deploy`, `Jupyter Notebook`: a surname that is an English word must be a surname too (`Joe Hill`, `Adam Smith`).
  if (!isWord(l)) return !isWord(last) || inNamesList(last);
  if (!isWord(last)) return true;
  // Both English words (`Max Weber`, `Joe Hill`, `Alan White`): names only when the text uses neither in lower case
  // and the second is a surname too (not `Home, Sweet Home`).
  return !!lowerWords && !commonWord(l, lowerWords) && !lowerWords.has(last) && inNamesList(last);
}

/** Words before `at` (lower case, nearest last), stopping at a sentence end. */
function wordsBefore(text: string, at: number, n: number): string[] {
  const before = text.slice(Math.max(0, at - 80), at);
  const cut = before.search(/[.!?;:\n][^.!?;:\n]*$/);
  const part = cut >= 0 ? before.slice(cut + 1) : before;
  // Quote marks around a word are not part of it: `at 'Stock Noonton'` has `at` before the name.
  return (part.match(/\p{L}(?:[\p{L}'’\-]*\p{L})?/gu) ?? []).slice(-n).map((w) => w.toLowerCase());
}

/** Is `at` the start of a sentence (or of the paragraph, or of a quotation opening one)? */
function sentenceStart(text: string, at: number, prev: { text: string; end: number } | undefined): boolean {
  if (!prev) return /^[\s"“‘'(\[«—–-]*$/u.test(text.slice(0, at));
  const gap = text.slice(prev.end, at);
  if (INITIAL.test(prev.text) || honorifics.has(lower(prev.text))) return false;
  return /[.!?:;]["”’'»)\]]?\s*["“‘'«(\[—–-]*\s*$/u.test(gap) || gap.includes('\n');
}

export interface MentionContext {
  /** The titles of works the text has introduced so far (`the opera Lady Macbeth of Mtsensk`): pass one set for a whole text. */
  works?: Set<string>;
  paragraphId?: string;
  noteNumber?: string;
  place: (offset: number) => { line?: number; column?: number };
  /** The text's language capitalizes its nouns (German, read from the text: see `capitalizesNouns`). */
  nounsCapitalized?: boolean;
  /** Names that open two or more paragraphs as turn labels (`**Jack Dorsey:**`, `MARTA QUILLON:`): the speakers of an interview or transcript. */
  speakers?: Set<string>;
  /** The text is told in dialogue (a novel, a play in prose: see `toldInDialogue`): its characters' speech cites nothing. */
  dialogue?: boolean;
  /** The words the text uses in lower case (see `lowerCaseWords`): its common words, which are no given names. */
  lowerWords?: ReadonlySet<string>;
  /** The capitalized words the text uses ending in `s`, in lower case (see `lowerCaseWords`): `mensheviks` makes `Menshevik` a group's word. */
  capitalizedPlurals?: ReadonlySet<string>;
}

/**
 * The words written in lower case in a text's paragraphs: what the text's language uses as common words. Given
 * `plurals`, the same pass fills it with the capitalized words ending in `s`, in lower case: the plurals of its group
 * words (`Mensheviks`, `Democrats`).
 */
export function lowerCaseWords(texts: string[], plurals?: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const w of t.split(WORD_GAP)) {
      if (w.length < 2) continue;
      const c = w.charAt(0);
      if (c !== c.toUpperCase()) out.add(w);
      else if (plurals && w.length > 2 && w.endsWith('s') && c !== c.toLowerCase() && w.charAt(1) !== w.charAt(1).toUpperCase()) plurals.add(w.toLowerCase());
    }
  return out;
}
const WORD_GAP = /[^\p{L}\p{M}]+/u;

/** German function words that are common enough to tell a German text from a few lines of it. */
const GERMAN_MARKERS = new Set('der die das und nicht ist ein eine mit sich den von zu auch dem des wurde war sind wird im auf für dass'.split(' '));

/**
 * Does the text's language capitalize its nouns? Read from the text (no setting needed): German
 * when its commonest function words make up a tenth of its first 3,000 words.
 */
export function capitalizesNouns(texts: string[]): boolean {
  let words = 0;
  let german = 0;
  for (const t of texts) {
    for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) {
      words++;
      if (GERMAN_MARKERS.has(w)) german++;
    }
    if (words > 3000) break;
  }
  return words >= 20 && german / words >= 0.1;
}

/** A closing quotation mark, then a verb of reply and its speaker: `,” replied Wood`, `!” cried she`, `,” he answered`. */
const REPLY_TAG = /[,!?—–-]\s*["”’»]\s*(?:(?:he|she)\s+)?(\p{Ll}+)\b/gu;

/**
 * Is the text told in dialogue? Three paragraphs or more with a verb of reply after a quotation
 * (`replied`, `rejoined`, `cried`), or two paragraphs in five opening with a quotation: conversation,
 * as in a novel. A news story quotes with `said` now and then; an interview labels its turns.
 */
export function toldInDialogue(paragraphs: string[]): boolean {
  let n = 0;
  // Or most of its paragraphs (two in five, six or more) open with a quotation: a novel's conversation.
  const opening = paragraphs.filter((p) => /^\s*["“‘«]/u.test(p)).length;
  if (opening >= 6 && opening * 5 >= paragraphs.length * 2) return true;
  for (const p of paragraphs) {
    if (!/["”’»]/u.test(p)) continue;
    for (const m of p.matchAll(REPLY_TAG))
      if (replyVerbs.has(m[1]!)) {
        if (++n >= 3) return true;
        break;
      }
  }
  return false;
}

/** The forms of a people's adjective a place's name takes: `Prussia`/`Prussian`, `Italy`/`Italian`, `Germany`/`German`, `Cuba`/`Cuban`, `China`/`Chinese`, `Poland`/`Polish`. */
function adjectivesOf(name: string): string[] {
  const x = name.toLowerCase();
  const out: string[] = [];
  if (x.endsWith('a')) out.push(`${x}n`, `${x.slice(0, -1)}ese`);
  if (x.endsWith('y')) out.push(`${x.slice(0, -1)}ian`, x.slice(0, -1));
  if (x.endsWith('land')) out.push(`${x.slice(0, -3)}ish`);
  out.push(`${x}ese`);
  return out;
}

/**
 * `Prussia argued that …` where the text also says `Prussian`: a one-word name whose people's
 * adjective the same text uses is a country or a region, not a person, whatever verb follows it.
 * Marked against (as a place) on each of its mentions that has no title, initials or given name.
 */
export function placesByAdjective(mentions: NameMention[], texts: string[]): void {
  const single = mentions.filter((m) => m.words.length === 1 && !m.honorific && /[ay]$|land$/u.test(m.name));
  if (!single.length) return;
  const adjectives = new Set<string>();
  for (const t of texts) for (const w of t.match(/\b\p{Lu}\p{Ll}+(?:n|ese|ish)\b/gu) ?? []) adjectives.add(w.toLowerCase());
  for (const m of single) {
    if (m.for.some((e) => e === 'initials' || e === 'given' || e === 'role')) continue;
    if (adjectivesOf(m.name).some((a) => adjectives.has(a)) && !m.against.includes('place')) m.against.push('place');
  }
}

/** A turn label opening a paragraph: one to four capitalized words (or one in capitals), then a colon. */
const TURN_LABEL = /^[\s*_]*(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})[*_]*\s*:/u;

/** The names that open two or more paragraphs as turn labels (an English word alone, `Break:`, `Note:`, is no speaker). */
export function turnLabels(paragraphs: string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    const m = TURN_LABEL.exec(p);
    if (m) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [label, n] of seen) {
    const words = label.split(/\s+/);
    if (n < 2 || (words.length === 1 && (isWord(label) || !/\p{Ll}/u.test(label)))) continue;
    out.add(label);
  }
  return out;
}

/**
 * Find the name mentions of one flattened paragraph (or note). `list` numbers lists across
 * calls: pass the same counter object for a whole text.
 */
export function findNameMentions(flat: FlatText, ctx: MentionContext, counter: { list: number }): NameMention[] {
  const text = flat.text;
  const tokens = tokenize(text);
  const out: NameMention[] = [];
  const inEmphasis = (start: number, end: number): boolean => flat.emphasis.some(([s, e]) => s <= start && end <= e);
  const aside: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    // Most words are in lower case: one look at the first letter before any pattern (a name or an initial starts with a capital).
    const c0 = first.text.charAt(0);
    if (c0 === c0.toLowerCase() || !nameLike(splitEnding(first.text).word)) {
      i++;
      continue;
    }
    // `I. Every body continues …`: a roman numeral opening a paragraph before an English word numbers it; it is no initial.
    if (i === 0 && /^[IVX]\.$/.test(first.text) && /^\s*$/.test(text.slice(0, first.start)) && tokens[1] && isWord(splitEnding(tokens[1].text).word)) {
      i++;
      continue;
    }
    // Gather the run: name-like words (and particles between them) one space apart.
    const run: Token[] = [first];
    let nicknamed = false;
    let j = i + 1;
    let possessive = splitEnding(first.text).possessive;
    while (j < tokens.length) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      const gap = text.slice(prev.end, t.start);
      // `General Workers' Union`, `Miners' Federation`: a plural possessive inside a body's name, before its head noun.
      if (possessive) {
        if (!(/s['’]$/u.test(prev.text) && gap === ' ' && thingHeads.has(lower(t.text)))) break;
        possessive = false;
      }
      // `Dr. Watts`, not `the Emperor. Outside the hall`: only an abbreviated honorific runs on past its full stop.
      const abbrev = INITIAL.test(prev.text) || (gap === '. ' && abbreviatedHonorifics.has(lower(prev.text)));
      // `Józef "Joe" Kowalski`: a nickname in quotation marks inside a name is left out of it.
      if (/^ ["“]$/u.test(gap)) {
        let k = j;
        while (k < tokens.length && k < j + 2 && nameLike(tokens[k]!.text) && (k === j || text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ')) k++;
        const next = tokens[k];
        if (k > j && next && /^["”] $/u.test(text.slice(tokens[k - 1]!.end, next.start)) && nameLike(splitEnding(next.text).word) && !INITIAL.test(next.text)) {
          run.push(next);
          nicknamed = true;
          possessive = splitEnding(next.text).possessive;
          j = k + 1;
          continue;
        }
      }
      if (!(gap === ' ' || (abbrev && (gap === ' ' || gap === '' || gap === '. ')))) break;
      const w = splitEnding(t.text);
      if (nameLike(w.word)) {
        run.push(t);
        possessive = w.possessive;
        j++;
        continue;
      }
      // A particle joins only when a name follows it: `de la Vega`, `von der Schulenburg`. Spanish `y` joins two
      // surnames only after a given name (`José Ortega y Gasset`): `Castilla y Andalucía` is two places.
      let k = j;
      while (
        k < tokens.length &&
        particles.has(tokens[k]!.text) &&
        (tokens[k]!.text !== 'y' || (run.length >= 2 && !twoNamesAfter(text, tokens, k + 1))) &&
        text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' '
      )
        k++;
      if (
        k > j &&
        k < tokens.length &&
        text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ' &&
        nameLike(splitEnding(tokens[k]!.text).word) &&
        !INITIAL.test(tokens[k]!.text)
      ) {
        for (let m = j; m <= k; m++) run.push(tokens[m]!);
        possessive = splitEnding(tokens[k]!.text).possessive;
        j = k + 1;
        continue;
      }
      break;
    }
    const mention = readRun(text, tokens, i, run, possessive, ctx, inEmphasis);
    if (mention && nicknamed) mention.name = mention.words.join(' ');
    i = j;
    // `the opera Lady Macbeth of Mtsensk by Shostakovich`, and that title again later in the text: a work, not a person.
    const work = possessive ? undefined : workTitle(text, first.start, run[run.length - 1]!.end, ctx.works);
    if (work) {
      if (mention) {
        mention.work = work.title;
        if (work.vessel) mention.vessel = true;
        delete mention.cites;
        out.push(mention);
      }
      while (i < tokens.length && tokens[i]!.start < work.end) i++;
      continue;
    }
    const other = mention && notPerson(text, mention);
    if (other) {
      // Set aside: a paper or a publisher is no member of a list of persons, nor the name before `of`.
      mention!.leftOut = other.reason;
      if (other.press) mention!.press = other.press;
      if (other.says) mention!.cites = true;
      else delete mention!.cites;
      aside.push(mention!);
    } else if (mention) out.push(mention);
  }
  // Lists: mentions separated only by `, ` / ` and ` / ` or `.
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    const gap = text.slice(a.end, b.offset - (b.honorific ? b.honorific.length + 1 : 0));
    // `Catnac and of Pitts`: a preposition repeated after `and` keeps the list.
    if (/^(?:\s*\([^()]{0,100}\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|y|e|et|und)\s+)(?:(?:of|to|by|with|for|from)\s+)?$/.test(gap)) {
      if (a.list === undefined) a.list = ++counter.list;
      b.list = a.list;
      if (/\b(?:and|or|y|e|et|und)\b|&/.test(gap)) b.listAnd = true;
    }
  }
  // `Hollowell and Marsden (1998) found`: the year cites every author of the list.
  for (let k = out.length - 1; k > 0; k--) {
    const b = out[k]!;
    const a = out[k - 1]!;
    if (b.cites && a.list !== undefined && a.list === b.list && /^(?:\s+et\s+al\.?)?\s*\(\d{4}/u.test(text.slice(b.end, b.end + 20)) && !a.cites) {
      a.cites = true;
      a.for.push('saying');
    }
  }
  // `at 'Stock Noonton' (Stoke Newington)`: a name in brackets right after another is the same thing named again.
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    if (!b.honorific && /^['’"”]?\s*\($/u.test(text.slice(a.end, b.offset)) && /^\s*\)/.test(text.slice(b.end))) {
      for (const e of a.against) if (!b.against.includes(e)) b.against.push(e);
    }
  }
  // `Hobb, Varley, and Stott found that …`: the verb of saying after a list of names is said by all of them.
  for (const m of out)
    if (m.cites && m.list !== undefined && m.for.includes('saying'))
      for (const x of out) if (x !== m && x.list === m.list && x.offset < m.offset && !x.possessive && !x.for.includes('saying')) x.for.push('saying');
  // `Marlow, Joyce (1971). *Title*`, `Law, Alan, *Title*`: a reference entry opening with a surname and a given name.
  if (out.length >= 2) {
    const a = out[0]!;
    const b = out[1]!;
    if (
      a.words.length === 1 &&
      b.words.length === 1 &&
      !a.honorific &&
      !b.honorific &&
      !a.possessive &&
      !b.possessive &&
      /^[\s\-*•–]*$/u.test(text.slice(0, a.offset)) &&
      text.slice(a.end, b.offset) === ', ' &&
      /^(?:\s*\(\d{4}[a-z]?\)|,\s|\.\s)/u.test(text.slice(b.end, b.end + 8)) &&
      // `Hobb, Varley, and Stott found`: a list of surnames opening a sentence.
      !/^,\s+(?:and\s|&\s|\p{Lu}[\p{L}'’\-]+,\s+(?:and|&)\s)/u.test(text.slice(b.end, b.end + 40)) &&
      givenName(b.words[0]!.toLowerCase(), a.words[0]!.toLowerCase(), ctx.lowerWords)
    ) {
      a.name = `${b.name} ${a.name}`;
      a.words = [b.words[0]!, a.words[0]!];
      a.end = b.end;
      a.for = [...new Set([...a.for, ...b.for, 'given' as const])];
      a.against = a.against.filter((e) => e !== 'word' && e !== 'start');
      if (b.cites) a.cites = true;
      out.splice(1, 1);
    }
  }
  // `Beatrice Potter, later Beatrice Webb`, `Ada Byron (née King)`: one person under two names.
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    if (a.words.length > 1 && /^,?\s*\(?(?:later|afterwards|née|nee|born|formerly|also\s+known\s+as|known\s+as|alias)\s+$/u.test(text.slice(a.end, b.offset)))
      b.sameAs = a.name;
  }
  // `Thomas Wilson of St. Louis`, `Mr. Glidden, of Newcastle`, `Catherine of Aragon`: a name after a name and `of` is where the first is from.
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    // The first a person's name by its look (a given name, a title, initials), and no place or thing itself (`films in Russia of Voroshilov`).
    if (b.possessive || a.against.some((e) => e === 'the' || e === 'place' || e === 'thing') || !(a.for.length || a.honorific || a.words.length > 1)) continue;
    if (!(b.honorific ? /^,?\s+of\s+\p{Lu}\p{L}*\.?\s+$/u : /^,?\s+of\s+$/u).test(text.slice(a.end, b.offset))) continue;
    if (!b.against.includes('place')) b.against.push('place');
    // `of St. Louis`, `of St. Albans`: a saint's title there is a town's.
    if (b.honorific && /^(?:st|saint|ste|san|santa)\.?$/i.test(b.honorific)) b.for = b.for.filter((e) => e !== 'honorific');
  }
  // `Tukhachevsky, Yakir and others`: a list of persons, though it names only two.
  for (const m of out) {
    if (m.list !== undefined && /^\s+and\s+others?\b/.test(text.slice(m.end, m.end + 12))) m.listAnd = true;
  }
  return aside.length ? [...out, ...aside].sort((a, b) => a.offset - b.offset) : out;
}

function readRun(
  text: string,
  tokens: Token[],
  /** The run's first token's index in `tokens` (looking it up was quadratic in a long paragraph). */
  firstIndex: number,
  run: Token[],
  possessive: boolean,
  ctx: MentionContext,
  inEmphasis: (start: number, end: number) => boolean,
): NameMention | undefined {
  const words = run.map((t) => t.text);
  words[words.length - 1] = splitEnding(words[words.length - 1]!).word;
  let from = 0;
  let honorific: string | undefined;
  // Everything up to the last honorific is a title (`the British Prime Minister Chamberlain`, `Air Marshal A. Novikov`).
  for (let k = words.length - 2; k >= 0; k--) {
    // `Vincent St. John`, `Arthur St. Clair`: a saint's title after a given name begins the surname.
    if (k > 0 && /^(?:st|saint)$/.test(lower(words[k]!)) && givenName(lower(words[k - 1]!), lower(words[words.length - 1]!), ctx.lowerWords)) continue;
    if (honorifics.has(lower(words[k]!)) || compoundTitle(lower(words[k]!))) {
      honorific = words.slice(0, k + 1).join(' ');
      from = k + 1;
      break;
    }
  }
  // `Halden General Hospital`, `King Street`, `Queen Square`: a title that also begins the names of
  // things (weakHonorifics) before a single word that heads a thing's or a place's name is that name.
  if (honorific && from === words.length - 1 && weakHonorifics.has(lower(words[from - 1]!))) {
    const head = lower(words[from]!);
    if (thingHeads.has(head) || placeHeads.has(head)) return undefined;
  }
  // Leading words that are not part of the name: `Yet`, `See`, months, `Hungarian Communist`, `Trotskyists`.
  // A given name stays (`Nestor Makhno`, `Lev Davidovich Trotsky`), unless it opens a sentence as an English word.
  const last = lower(words[words.length - 1]!);
  const descriptor: string[] = [];
  while (from < words.length - 1) {
    const w = words[from]!;
    const l = lower(w);
    if (INITIAL.test(w)) break;
    // `Place Châteaubriand`, `Mount Vernon`, `Cape Cod`: a noun of a place opening the run names that place.
    // After an article (`la Place Gambetta`, `la Sierra de Gredos`) too.
    const head = particles.has(w) ? from + 1 : from;
    if (placeOpeners.has(lower(words[head]!))) return undefined;
    // `Guerra Civil`, `Sierra de Gata`, `Museo del Pueblo`: a Romance noun of a thing or a place before a particle, or before
    // a word no names list holds or that is a common word (`Juan Guerra` is a person: the noun does not open it).
    if (romanceHeads.has(lower(words[head]!)) && head < words.length - 1) {
      const next = words[head + 1]!;
      const nl = lower(next);
      if (particles.has(next) || !inNamesList(nl) || isWord(nl)) return undefined;
    }
    // `“Tell Dobbs to saddle the mare”`: a sentence in a quotation opening with an English word and going on
    // with its object is an order, not a given name (`“Lev Borisych,` is a name).
    const order =
      from === 0 &&
      isWord(l) &&
      !wordGivenNames.has(l) &&
      /^\s+(?:to|for|about|that|if|whether|what|how|when|where|the|a|an|his|her|my|your)\s/u.test(
        text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 12),
      ) &&
      insideQuotation(text, run[0]!.start) &&
      sentenceStart(text, run[0]!.start, tokens[firstIndex]!.before);
    const given = !order && givenName(l, last, ctx.lowerWords);
    // In German every noun is capitalized: a leading word that is no given name is a noun (`Der Verleger Samuel Fischer`).
    const german = ctx.nounsCapitalized && (germanFunctionWords.has(l) || !personNameParts().has(l));
    // `August Bebel`, `June Hart`: a month that is a given name too, before a surname and not after a word of time (`in August`).
    const monthGiven = from === 0 && given && wordGivenNames.has(l) && !isWord(last) && !TIME_BEFORE.test(tokens[firstIndex]!.before?.text.toLowerCase() ?? '');
    if (
      functionWords.has(l) ||
      foreignFunctionWords.has(l) ||
      (notNames.has(l) && !monthGiven) ||
      derived(w) ||
      ((isWord(l) || roleNouns.has(l)) && !given) ||
      german
    ) {
      from++;
      continue;
    }
    // `the former Menshevik Andrei Vyshinsky`, `Bolshevik Nikolai Bukharin`: a word no names list holds that the text
    // also uses in the plural (`the Mensheviks`) or in lower case names a party, a faith or an office the person
    // belongs to, not the person. Never before an initial (`Lenin V. I.` in a list of authors is surname first).
    if (!inNamesList(l) && !INITIAL.test(words[from + 1]!) && (ctx.capitalizedPlurals?.has(`${l}s`) || ctx.lowerWords?.has(l))) {
      descriptor.push(w);
      from++;
      continue;
    }
    break;
  }
  // `Branch Secretary Ruth Banda`, `Shop Steward Ali Demir`: a role the names list does not hold, inside the run, ends a title.
  for (let k = words.length - 2; k >= from; k--) {
    const l = lower(words[k]!);
    if (roleNouns.has(l) && !personNameParts().has(l)) {
      from = k + 1;
      break;
    }
  }
  // `La Institución Libre`, `El Partido`, `Les Bourses`: an article of a Romance language before a word that is no name is a thing's name (`El Greco`, `Le Goff` are names).
  if (from === 0 && words.length > 1 && romanceArticles.has(lower(words[0]!)) && !personNameParts().has(fold(words[1]!))) return undefined;
  let name = words.slice(from);
  if (name.length === 0) return undefined;
  // `ChatGPT`, `YouTube`, `PayPal`: a capital inside a word is a brand's, not a name's (`McNiel`, `MacDowell`, `O'Brien`, `DiCaprio`, `LaGuardia` are names).
  if (name.some((w) => INNER_CAPITAL.test(w) && !NAME_PREFIX.test(w))) return undefined;
  // `San Francisco`, `Santa Barbara`, `São Paulo`: a place, though `Francisco` is a given name.
  if (placeFirstWords.has(lower(name[0]!)) && name.length > 1) return undefined;
  // `Saint Petersburg`, `St. Helens`-like places: a saint's title before a word that is no name.
  if (honorific && /^(?:saint|st|ste)$/i.test(lower(honorific)) && !personNameParts().has(lower(name[0]!))) return undefined;
  // `Dalton Harwick Inc.`, `Acme Holdings`: the run before the suffix names a company.
  if (name.length > 1 && companySuffixes.has(lower(name[name.length - 1]!)) && run.length > 1) {
    const company = readRun(text, tokens, firstIndex, run.slice(0, -1), false, ctx, inEmphasis);
    if (company) {
      company.org = true;
      company.against.push('thing');
    }
    return company;
  }
  // `Stalin Constitution`, `Red Army`, `Soviet Union`: a thing named, not a person.
  const lastWord = lower(name[name.length - 1]!);
  // `Douglas Head`, `Morecambe Bay`, `Regent Terrace`: a place, though `Douglas` is a given name.
  // A paper's name (`the Vossische Zeitung`) goes on, to be set aside and logged, and cited where it says something.
  if ((thingHeads.has(lastWord) || placeHeads.has(lastWord)) && name.length > 1 && !pressRun(text, run[from]!.start, lastWord)) return undefined;
  // `The Reich Foreign Minister`: a title without a name; `R. La` (a capitalized particle) is no surname.
  // `William King`, `Anne Bishop`: a title word that is a surname too, after a given name, is a surname.
  const surnameTitle = name.length > 1 && personNameParts().has(lastWord) && givenName(lower(name[0]!), lastWord, ctx.lowerWords);
  if ((honorifics.has(lastWord) && !surnameTitle) || particles.has(lastWord)) return undefined;
  // Drop trailing initials (`Stalin J.` is rare; a stray capital before a full stop is not a name).
  const trailing: string[] = [];
  while (name.length > 1 && INITIAL.test(name[name.length - 1]!)) {
    trailing.unshift(name[name.length - 1]!);
    name = name.slice(0, -1);
  }
  if (name.length === 1 && (functionWords.has(lower(name[0]!)) || foreignFunctionWords.has(lower(name[0]!)) || derived(name[0]!) || INITIAL.test(name[0]!)))
    return undefined;
  if (notNames.has(lower(name[name.length - 1]!))) return undefined;
  const startToken = run[from]!;
  const endToken = run[run.length - 1]!;
  const offset = startToken.start;
  // `L. Kam[enev]`, `Trot[sky]`: an editor's letters in brackets, glued to the last word, complete it.
  const completion = !possessive && !trailing.length ? /^\[(\p{Ll}{1,20})\]/u.exec(text.slice(endToken.end, endToken.end + 24)) : null;
  if (completion) name = [...name.slice(0, -1), name[name.length - 1]! + completion[1]!];
  const endAt = endToken.end + (completion ? completion[0].length : 0);
  // `**Jack Dorsey:** …`: a speaker's turn label (bold or not) names a person.
  const label =
    !!ctx.speakers?.size &&
    /^[\s*_]*$/u.test(text.slice(0, offset)) &&
    /^[*_]*\s*:/u.test(text.slice(endToken.end)) &&
    ctx.speakers.has(text.slice(offset, endToken.end));
  // Set in italics, even alone: a title or a foreign word (`_Les Charmes_`, `*Pravda*`), not a person.
  // `*By Hannah Kessler, Political Correspondent*`: a byline set in italics names its writer.
  const byline = /^[\s*_]*(?:by|von|par|por|di|door)\s+$/iu.test(text.slice(0, offset));
  if (!label && !byline && inEmphasis(startToken.start, endToken.end)) return undefined;
  let nameText = text
    .slice(offset, endToken.end - (possessive ? (/['’]s$/u.test(endToken.text) ? 2 : 1) : 0))
    .replace(/['’]$/u, '')
    // `'Big Bill' Haywood`: a quotation mark closing a nickname inside the name is not part of it.
    .replace(/['’"”](?=\s)/gu, '');
  // `Hobsbawm E. J.`: a surname with its initials after it, as in a list of authors, is named `E. J. Hobsbawm`.
  if (trailing.length && name.length === 1 && !possessive) nameText = `${trailing.join(' ')} ${name[0]}`;
  if (completion) nameText += completion[1]!;
  const m: NameMention = {
    name: nameText,
    words: name,
    offset,
    end: endAt,
    for: [],
    against: [],
    ...(ctx.paragraphId ? { paragraphId: ctx.paragraphId } : {}),
    ...(ctx.noteNumber ? { noteNumber: ctx.noteNumber } : {}),
    ...ctx.place(offset),
  };
  if (honorific) m.honorific = honorific;
  if (possessive) m.possessive = true;
  if (descriptor.length) m.descriptor = descriptor.join(' ');
  // Read only for a run that names something: most runs are a capitalized word opening a sentence, dropped above.
  const atStart = from === 0 && sentenceStart(text, run[0]!.start, tokens[firstIndex]!.before);
  if (label) {
    m.for.push('role');
    return m;
  }
  // `— Maman, dit Jeanne, …`: a paragraph opening with a dash is a line of dialogue (French, Spanish, Russian), whose speaker cites nothing.
  collectEvidence(text, m, run[0]!.start, endAt, atStart, ctx.nounsCapitalized, ctx.dialogue || /^\s*[—–]/u.test(text), ctx.lowerWords);
  // `Tutor Ruth Adeyemi`, `Branch Secretary Ruth Banda`: a role glued before the name, capitalized as a title.
  // One person's role (singular), before a name that is not an English word alone (`Workers and Peasants Inspectorate`).
  if (from > 0 && roleNouns.has(lower(words[from - 1]!)) && !(name.length === 1 && isWord(lower(name[0]!))) && !m.for.includes('role')) m.for.push('role');
  // `Rudé G.`, `Hobsbawm E. J.`: initials after a surname (not after an English word alone: `Plan B.`).
  if (trailing.length && name.length === 1 && (trailing.length > 1 || !isWord(lower(name[0]!))) && !m.for.includes('initials')) m.for.push('initials');
  if (ctx.nounsCapitalized && name.length === 1 && !m.honorific) m.noun = true;
  // `der Preis`, `Die Kommission`: an article before the word (stripped above, or just before the run).
  if (ctx.nounsCapitalized && (from > 0 ? germanArticles.has(lower(words[from - 1]!)) : false)) m.against.push('the');
  return m;
}

const roleBefore = new RegExp(String.raw`(?:^|[\s,(])([\p{L}\-]+)[,:]?\s*\(?$`, 'u');
const appositionAfter = /^,?\s*\(?(?:the|a|an|his|her|their|its|one|some|our|[\p{Lu}][\p{L}\-]*['’]s?)\s+(?:[\p{L}\-]+\s+){0,3}([\p{L}\-]+)\b/u;
const clauseAfter =
  /^(?:,\s*(?:the|a|an|his|her|one\s+of|(?:head|leader|chairman|chair|secretary|president|founder|editor|owner)\s+of|[\p{Lu}][\p{L}\-]*['’]s)[^,.;:!?]{0,80}(?:,\s*in\s[^,.;:!?]{0,30})?,|,\s*who\b|\s*\([^)]{0,80}\)|\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*\s+){1,5}(?=\p{Ll}))?\s*(?:(?:try|tries|tried|attempts?|attempted)\s+to\s+)?(?:(?:also|later|once|then|even|since|himself|herself|still|had|has|have|already|never|often|always|well|[\p{L}]+ly)\s+){0,2}([\p{L}]+)(?:\s+([\p{L}]+))?/u;

/** `visited Paris`: `visited` takes places as well as persons; only `visited X, who`, `visited X's` is a person. */
function placeAfterVisit(text: string, end: number): boolean {
  return /\bvisited\s+$/.test(text.slice(Math.max(0, end - 60), end).replace(/\S+$/, '')) && !/^(?:['’]s|,\s*who)/u.test(text.slice(end, end + 8));
}

/** `Yagoda was a corrupt official`: a role noun within three words of `was a`. */
function predicateRole(after: string): boolean {
  const m = /^\s*was\s+(?:a|an|the)\s+((?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}]+)/u.exec(after);
  return !!m && m[1]!.split(/\s+/).some((w) => isRole(w));
}

/** A role noun, singular or plural (`leaders Mdivani and Makharadze`). */
function isRole(word: string): boolean {
  const w = word.toLowerCase();
  return roleNouns.has(w) || (w.endsWith('s') && roleNouns.has(w.slice(0, -1)));
}

/** Verbs of speech that as often tell an act as a report (`asked for money`, `told his men to wait`, `answered with cannon`). */
const EVENT_VERBS = /^(?:asks|asked|tells|told|warns|warned|answered|replied|complains|complained|admits|admitted|denies|denied|confessed|boasted)$/;

/**
 * Does the verb of saying report words the text uses, not an act? Not when nothing is said
 * (`said nothing`), when a preposition or an order follows (`complained of the cold`, `told his men
 * to wait`); a verb of `EVENT_VERBS` only with what was said after it (`that`, `whether`, a colon,
 * a quotation, `tells us`); a question asked only with its words quoted.
 */
function reportsWords(verb: string, rest: string): boolean {
  const r = rest.slice(0, 90);
  if (/^(?:nothing|little|no|not|none|so|again|for|with|by|of|in\s+vain|at\s+once)\b/u.test(r)) return false;
  const said = /^[^.;!?]{0,70}(?:\bthat\b|\bwhether\b|\bhow\b|\bwhy\b|[:"“«])/u.test(r) || /^(?:us|me)\b/u.test(r);
  // `told his men to wait` is an order; `said the industry had to shrink` reports words (`had to`, `was to`, `were going to`).
  if (/^(?:[\p{Ll}'’]+\s+){1,3}to\s+\p{Ll}/u.test(r) && !said && !/^(?:[\p{Ll}'’]+\s+){1,2}(?:had|has|have|was|were|is|are|ought|used|going)\s+to\s/u.test(r))
    return false;
  // `asked whether …` puts a question, it states nothing: only the words quoted are the asker's.
  if (/^ask/.test(verb)) return /^[^.;!?]{0,70}[:"“«]/u.test(r);
  return EVENT_VERBS.test(verb) ? said : true;
}

/** Is `at` inside a quotation of its paragraph (an opening mark before it, not closed)? */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  if (before.lastIndexOf('«') > before.lastIndexOf('»')) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Offices held over a place, before `of` (`the King of Spain`, `the Bishop of Exeter`): a place follows, not a person. */
const OFFICE_OF =
  /^(?:king|kings|queen|queens|prince|princess|emperor|empress|tsar|czar|sultan|shah|duke|duchess|earl|earls|marquis|marquess|count|countess|baron|lord|lady|bishop|bishops|archbishop|dean|abbot|abbess|prior|parson|vicar|rector|curate|archdeacon|mayor|sheriff|governor|viceroy|consul|member|members|people|citizens|inhabitants|natives|steward|warden|constable|bailiff|squire|laird|thane|keeper|ruler|rulers)$/;

/** Nouns of a place before `of` (`the town of Florence`, `the county of Kent`): a place's name follows. */
const PLACE_OF =
  /^(?:city|town|village|hamlet|parish|county|province|state|kingdom|duchy|principality|republic|island|isle|port|harbour|harbor|bay|gulf|river|lake|valley|district|region|diocese|borough|suburb|capital|coast|shores?|banks|streets|outskirts|mouth|plains?)$/;

/** Prepositions whose object is rarely the subject of the next sentence. */
const objectPrepositions = new Set('to from in at into onto towards toward near across through over under beyond past by via'.split(' '));

/** After a possessive: a study is an experiment as often as a written work (see DEED_USED). */
const DEED_WORKS = /^['’]?s?\s+(?:\p{Ll}+\s+)?(?:study|studies)\b/u;
/** `Watson's study showed that`, `Lomax's study found`: the study's findings, used by the text. */
const DEED_USED =
  /^['’]?s?\s+(?:\p{Ll}+\s+)?(?:study|studies)\b[^.;:!?]{0,60}?\b(?:shows?|showed|shown|finds|found|argues|argued|suggests|suggested|concludes|concluded|describes|described|reveals|revealed|demonstrates|demonstrated|notes|noted|claims|claimed|states|stated|says|said)\b/u;

const PEOPLE_NOUNS =
  'people|peoples|students|pupils|children|men|women|families|workers|voters|residents|citizens|immigrants|youths|teenagers|girls|boys|parents|communities|neighborhoods|neighbourhoods|americans|users|patients|soldiers|activists|leaders|members|tenants|farmers|miners|strikers';
/** `Black students`: a plural noun of persons right after the word. */
const PEOPLE_PLURAL = new RegExp(String.raw`^\s+(?:${PEOPLE_NOUNS})\b`, 'u');
/** `Black and Hispanic people`: after a second such word. */
const PEOPLE_PLURAL_LIST = new RegExp(String.raw`^\s+(?:and|or)\s+\p{Lu}\p{Ll}+\s+(?:${PEOPLE_NOUNS})\b`, 'u');

/** Surname endings of Slavic and Georgian names (`-sky`, `-ski`, `-enko`, `-shvili`, `-dze`): person evidence for a word alone that is no English word. */
const SURNAME_ENDING = /\p{L}{3}(?:sky|ski|skiy|skii|skaya|enko|shvili|dze)$/u;

/** Nouns for a government named after the person at its head: `the Kerensky government`, `the Attlee cabinet` (or after its seat: `the Vichy government`). */
const HEADED = /^(?:government|governments|regime|administration|cabinet|dictatorship|presidency|premiership)$/;

/** Kinds of work named before their title (`the opera Lady Macbeth of Mtsensk`, `the newspaper Iskra`). */
const WORK_KINDS =
  /^(?:opera|operetta|novel|novella|play|film|movie|poem|ballet|symphony|oratorio|cantata|song|painting|book|pamphlet|newspaper|magazine|journal|paper|daily|weekly|periodical|series|documentary|album)$/;
/** What may follow a work's title (its author, a verb of its fate, a pause), not a verb of a person (`the book Trotsky wrote`). */
const AFTER_TITLE = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:by|was|is|were|are|which|premiered|appeared|opened)\b)/u;
/** The rest of a title past its first capitalized run: `of Mtsensk`, `and the Commissar`. */
const TITLE_TAIL = /^(?:\s+(?:of|and|in|on|the|de|des|la|le)(?:\s+the)?\s+\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)*)*/u;

/**
 * Is the run at `start` the title of a work? After a kind of work in lower case (`the opera X`, `his novel X`),
 * with an author, a pause or a verb of a work's fate after it; or a title the text named so before. The title
 * is recorded in `works` and returned with where it ends.
 */
function workTitle(text: string, start: number, runEnd: number, works: Set<string> | undefined): { title: string; end: number; vessel?: boolean } | undefined {
  if (works?.size)
    for (const w of works) if (text.startsWith(w, start) && !/^[\p{L}\p{N}]/u.test(text.slice(start + w.length))) return { title: w, end: start + w.length };
  // `the schooner Mary Jane Trevanion`, `the royal yacht Osborne`, `HMS Dreadnought`: a ship, whatever follows its name.
  // Not a title of a person after the kind (`the ship's Captain Dunstan`, `the steamer Mr. Glidden owned`).
  const before = /(?:^|[\s(“"])(\p{Ll}+|HMS|HMAS|HMCS|HMY|SS|RMS|USS|MV|MS)\s+$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  if (before && (vesselKinds.has(before) || /^\p{Lu}+$/u.test(before)) && !honorifics.has(lower(/^\S+/u.exec(text.slice(start))![0]))) {
    const end = runEnd + (TITLE_TAIL.exec(text.slice(runEnd))?.[0].length ?? 0);
    return { title: text.slice(start, end), end, vessel: true };
  }
  const kind = before;
  if (!kind || !WORK_KINDS.test(kind)) return undefined;
  const tail = TITLE_TAIL.exec(text.slice(runEnd))?.[0] ?? '';
  const end = runEnd + tail.length;
  if (!AFTER_TITLE.test(text.slice(end, end + 12))) return undefined;
  const title = text.slice(start, end);
  // Named again, only a title longer than the name in it is still the work (`Boris Godunov` alone may be the tsar).
  if (tail) works?.add(title);
  return { title, end };
}

/** A work's noun and a comma before a name: the name is the work's title (`his biography of her, Selina Cooper (1984)`). */
const WORK_APPOSITION = /\b(?:biography|book|study|life|history|memoir|memoirs|novel|play|poem|pamphlet|essay|article|film)\b[^.;:!?,]{0,30},\s*$/u;

/** Words of time before a month: `in August Bebel's party` is still August the month. */
const TIME_BEFORE = /^(?:in|on|by|since|until|till|from|of|during|last|next|early|late|mid|before|after|every|each|this|that|through|throughout)$/;

/** A body speaking of itself: `Mozilla said it would`, `Acme says that it has`. */
const THING_SAYS_IT =
  /^\s+(?:says|said|announced|announces|stated|states|added|adds|confirmed|confirms|reported|reports|claimed|claims|insisted|insists|argued|argues|warned|warns)\s+(?:that\s+)?it\s/u;

/** People attached to a person, in the plural before `of`: `the followers of Calvin`, `the pupils of Liszt`. */
const FOLLOWERS =
  /^(?:followers|disciples|admirers|pupils|students|successors|heirs|friends|comrades|colleagues|assistants|henchmen|lieutenants|secretaries|biographers|supporters|opponents|enemies|critics|rivals|contemporaries)$/;

/** A role in the plural, not of the people attached to a person: `the masters of Dublin`, `the workers of Paris` (a place follows). */
function pluralOfPlace(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith('s') && !roleNouns.has(w) && roleNouns.has(w.slice(0, -1)) && !personNouns.has(w) && !FOLLOWERS.test(w);
}

/** Verbs that cite a written work even in a text told in dialogue (`as Solomon wrote`). */
const WRITING = /^(?:writes|wrote|written|quotes|quoted)$/;
/** A comma, then a verb of saying: after a name that follows a comma, the close of an apposition (`X's correspondent, Y, wrote`). */
const APPOSITION_CLOSED =
  /^,\s+(?:said|says|wrote|writes|argued|argues|noted|notes|recalled|recalls|observed|observes|reported|reports|explained|explains|remarked|remarks|insisted|insists|claimed|claims|declared|declares)\b/u;
/** `the`, `his`, `her`, `their` just before a run: what follows with a year is a title (`his Two New Sciences (1638)`). */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+$/u;

function collectEvidence(
  text: string,
  m: NameMention,
  runStart: number,
  end: number,
  atStart: boolean,
  german = false,
  dialogue = false,
  textLower?: ReadonlySet<string>,
): void {
  const words = m.words;
  const lowerWords = words.map(lower);
  // Strong: honorific, initials, given name before a surname, citation author (set later), role in apposition.
  const after = text.slice(end, end + 120);
  // `St. Paul's` (the cathedral), `St. James's`: a saint's name with a possessive and no noun after it is a place.
  // `St. Sepulchre's bell`, `St. Mary's church`: a church's name before one of its things.
  const saint = !!m.possessive && !!m.honorific && /^(?:st|saint|ste)$/i.test(lower(m.honorific));
  const saintsNoun = saint ? /^['’]?s?\s+(\p{Ll}+)/u.exec(after)?.[1] : undefined;
  const saintsPlace =
    saint &&
    (!saintsNoun ||
      thingHeads.has(saintsNoun) ||
      placeHeads.has(saintsNoun) ||
      /^(?:bell|bells|churchyard|steeple|spire|parish|eve|day|fields|well|gate)$/.test(saintsNoun));
  // `St. Ives`, `St. Clement Danes`, `St. Agnes Beacon`: a saint's title names towns and churches as often as saints; alone it
  // says nothing, nor does the given name after it (a saint is told by what the text says of them: `St. Paul wrote`).
  const saintTitle = !!m.honorific && /^(?:st|saint|ste)$/i.test(lower(m.honorific.split(' ').pop()!));
  if (saintsPlace) m.against.push('place');
  else if (m.honorific && !saintTitle) {
    const h = lower(m.honorific.split(' ').pop()!);
    const only = words.length === 1 ? lowerWords[0]! : '';
    // `General Secretary`, `Father Christmas`-like titles of things: a weak honorific before a role or a thing is no name.
    if (!weakHonorifics.has(h) || m.honorific.includes(' ') || !(roleNouns.has(only) || thingHeads.has(only))) m.for.push('honorific');
  }
  // `U.S. Securities`, `U.K. Border Agency`: a country's letters are no initials.
  const country = /^(?:U\.\s?S\.(?:\s?A\.)?|U\.\s?K\.|U\.\s?N\.|E\.\s?U\.)\s/u.test(m.name);
  if (words.length > 1 && words.some((w) => INITIAL.test(w)) && !INITIAL.test(words[words.length - 1]!) && !country) m.for.push('initials');
  // `Thompson, E. P., who …`, `Hobsbawm E. J.`: a surname with its initials after it.
  else if (words.length === 1 && !m.possessive && /^,?\s+(?:\p{Lu}\.\s?){1,3}(?=[\s,;:)]|$)/u.test(text.slice(end, end + 12))) m.for.push('initials');
  // `Slansky`, `Kerensky`, `Tymoshenko`, `Ordzhonikidze`: a surname's ending in Slavic and Georgian, which no English word has.
  if (words.length === 1 && SURNAME_ENDING.test(lowerWords[0]!) && !isWord(lowerWords[0]!)) m.for.push('shape');
  if (words.length > 1 && !INITIAL.test(words[0]!)) {
    const g = lowerWords[0]!;
    const surname = lowerWords[lowerWords.length - 1]!;
    if (givenName(g, surname, textLower) && !derived(words[1]!) && !saintTitle) m.for.push('given');
  }
  const before = wordsBefore(text, runStart, 4);
  const prev = before[before.length - 1];
  const rb = roleBefore.exec(text.slice(Math.max(0, runStart - 40), runStart));
  // `the historian X`; `the White general Krasnov` (a rank in lower case is a role, not a title of the name),
  // but not `this general Asiatic backwardness`, where a noun follows: the rank word is an adjective there.
  const rank =
    !!rb &&
    honorifics.has(rb[1]!.toLowerCase()) &&
    (UPPER.test(rb[1]!) ? /\(\s*$/.test(text.slice(0, runStart)) : !/^\s+\p{Ll}/u.test(text.slice(end, end + 3)));
  if (rb && (isRole(rb[1]!) || rank)) m.for.push('role');
  // `such comrades as Rokossovsky`
  else if (prev === 'as' && before.length >= 2 && isRole(before[before.length - 2]!)) m.for.push('role');
  const ap = appositionAfter.exec(after);
  // `She was born in Nairobi, the daughter of a clerk`: after a place's preposition the apposition is the subject's.
  if (ap && /^,\s*\(?/.test(after) && ap[0].split(/[\s,()]+/).some((w) => isRole(w)) && !(prev && placePrepositions.has(prev) && !m.honorific))
    m.for.push('role');
  // `the King of Spain`, `the Bishop of Exeter`, `the parson of Dean Prior`: an office held over a place.
  const officeOf = prev === 'of' && before.length >= 2 && OFFICE_OF.test(before[before.length - 2]!) && !m.possessive;
  if (officeOf) m.against.push('place');
  // `the widow of Adolph Joffe`, `the followers of Calvin`, `the diary of Hencke`
  // `the masters of Dublin`, `the workers of Paris`: people of a place, in the plural (not `the followers of Calvin`).
  else if (prev === 'of' && before.length >= 2 && pluralOfPlace(before[before.length - 2]!)) {
    if (!m.possessive) m.against.push('place');
  } else if (prev === 'of' && before.length >= 2 && (personNouns.has(before[before.length - 2]!) || isRole(before[before.length - 2]!))) {
    m.for.push('possessive');
    // `the diary of Hencke`, `the writings of Mencius`: a work of theirs is cited.
    if (authoredOfNouns.has(before[before.length - 2]!)) m.cites = true;
  }
  // Medium: a verb of saying or a fate after it, `according to` / `as ... put it` before it, a person's noun after a possessive.
  // `Google LLC`, `Dalton Harwick, Inc.`: a company.
  if (/^,?\s+(?:Inc|Corp|Co|LLC|Ltd|GmbH|AG|PLC|plc|SA|NV|LLP|LP)\b/u.test(after)) {
    m.org = true;
    m.against.push('thing');
  }
  if (m.possessive) {
    // `Sinn Féin's Arthur Griffith`, `Labour's Clement Attlee`: a body's or a place's person, named in full.
    const owned = /^['’]?s?\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/u.exec(after);
    if (owned && givenName(owned[1]!.toLowerCase(), owned[2]!.toLowerCase(), textLower) && !isWord(owned[2]!.toLowerCase())) m.against.push('thing');
    const next = /^['’]?s?\s+(?:[\p{L}\-]+\s+)?([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    const next1 = /^['’]?s?\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    // `Northrop Grumman's shares`: what a company has.
    if (next1 && companyNouns.has(next1)) m.against.push('thing');
    if ((next1 && personNouns.has(next1)) || (next && personNouns.has(next))) m.for.push('possessive');
    // `Hollowell's claim that …`, `Hollowell's 1903 essay`: an argument or a dated work of theirs.
    const dated = /^['’]?s?\s+\d{4}\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    // `Varnell's claim to the estate` is a legal claim: a claim is an argument only with `that` after it.
    const claim = next1 === 'claim' || next1 === 'claims' ? /^['’]?s?\s+claims?\s+that\b/u.test(after) : true;
    // `Yeates's Lockout: Dublin 1913 (2000)`, `Larkin's biography, James Larkin: Irish Labour Leader (1965)`, `Cook's The Slump`: a title of theirs.
    const titled =
      /^['’]?s?\s+(?:\p{Ll}+(?:\s+\p{Ll}+){0,2},\s+)?\p{Lu}[^.;!?()]{1,80}\s\(\d{4}\)/u.test(after) || /^['’]?s?\s+(?:The|A|An)\s+\p{Lu}/u.test(after);
    if ((next1 && argumentNouns.has(next1) && claim) || (dated && workNouns.has(dated)) || titled) {
      m.for.push('possessive');
      m.cites = true;
    }
    const work =
      (next1 && workNouns.has(next1)) ||
      (next && workNouns.has(next) && next1 && /^(?:own|last|first|famous|great|early|later|private|secret|personal|collected|selected)$/.test(next1));
    // `Jones's study was a sequel to John B. Watson's study of Little Albert`: a study is also an experiment, cited only
    // where the text uses it (`Watson's study showed that`, `in Watson's study,`, `according to …`).
    const deed =
      work &&
      DEED_WORKS.test(after) &&
      !DEED_USED.test(after) &&
      !/\b(?:[Ii]n|according\s+to|from)\s+$/u.test(text.slice(Math.max(0, runStart - 14), runStart));
    if (work && !deed) m.cites = true;
  } else {
    // `the paper's correspondent, Frederick Voigt, wrote that`: the comma closes an apposition the name stands in.
    const closed =
      after.charCodeAt(0) === 44 /* `,` */ && /,\s*$/u.test(text.slice(Math.max(0, runStart - 3), runStart)) && APPOSITION_CLOSED.test(after)
        ? after.slice(1)
        : after;
    const c = clauseAfter.exec(closed);
    const verb = c?.[1]?.toLowerCase();
    const as = before[before.length - 1] === 'as';
    // `Henrich, Heine, and Norenzayan discuss how …`: a discussion of how, whether or why is an argument the text reports.
    const discuss = !!verb && /^discuss(?:es|ed)?$/.test(verb) && /^(?:how|whether|why|what)$/i.test(c?.[2] ?? '');
    if (verb && (claimVerbs.has(verb) || discuss || (thatVerbs.has(verb) && (c?.[2]?.toLowerCase() === 'that' || (as && !c?.[2]))))) {
      // `Hollowell emphasizes …`, `Hollowell shows that …`, `as Hollowell has shown`.
      m.for.push('saying');
      m.cites = true;
    } else if (
      verb &&
      !sayingVerbs.has(verb) &&
      c?.[2] &&
      citingVerbs.has(c[2].toLowerCase()) &&
      /^\p{Ll}+\s+\p{Ll}+\s+(?:that\b|:)/u.test(after.trimStart())
    ) {
      // `Pilsudsky afterwards revealed that`, `Hollowell himself remarked:`: a word between the name and the verb.
      m.for.push('saying');
      if (!dialogue || WRITING.test(c[2].toLowerCase())) m.cites = true;
    } else if (verb === 'put' && c?.[2]?.toLowerCase() === 'it') {
      // `As Orwell put it, …`: the words are theirs.
      m.for.push('saying');
      m.cites = true;
    } else if (verb && sayingVerbs.has(verb)) {
      m.for.push('saying');
      // `X described him` is about someone else; `X relates that …` cites X.
      const rest = c![2] ? after.slice(c![0].length - c![2].length) : after.slice(c![0].length).trimStart();
      if (
        citingVerbs.has(verb) &&
        // `X described him` is about someone else; `X told her that …` reports X's words.
        (!/^(?:it|this|them|him|her)$/.test(c?.[2]?.toLowerCase() ?? '') || (/^tol?[dl]s?$/.test(verb) && /^\s*\p{Ll}+\s+(?:that\b|:|["“])/u.test(rest))) &&
        (!dialogue || WRITING.test(verb)) &&
        reportsWords(verb, rest)
      )
        m.cites = true;
      if (verb === 'put' && c?.[2]?.toLowerCase() === 'it') m.cites = true;
    } else if (verb && /^call(?:s|ed)$/.test(verb) && /^(?:[\p{L}'’\-]+\s+){0,4}["“]/u.test(after.slice(c!.index + c![0].length - (c![2]?.length ?? 0)))) {
      // `Thatcher called the strikers "the enemy within"`: the words quoted are theirs.
      m.for.push('saying');
      m.cites = true;
    } else if (verb && /^(?:was|were)$/.test(verb) && c?.[2] && personFates.has(c[2].toLowerCase())) m.for.push('fate');
    else if (verb === 'was' && predicateRole(after)) m.for.push('role');
    else if (verb && personActs.has(verb)) m.for.push('fate');
    else if (verb === 'tells' || verb === 'told') m.for.push('saying');
  }
  // `" ..., writes George F. Kennan`, `said Dickens`.
  if (prev && citingVerbs.has(prev) && /[,"”’']\s*[\p{L}]+\s*$/u.test(text.slice(Math.max(0, runStart - 30), runStart))) {
    m.for.push('saying');
    if (!dialogue || WRITING.test(prev)) m.cites = true;
  }
  // `“Nonsense!” cried Wood`: a verb of reply before the name, after a quotation.
  else if (prev && replyVerbs.has(prev) && /["”’»]\s*[\p{L}]+\s*$/u.test(text.slice(Math.max(0, runStart - 30), runStart))) m.for.push('saying');
  // `Hollowell (1903) showed`, `Marsden et al. (1998)`: an author and a year, as in a citation.
  // Not a work's title in apposition: `Liddington's biography of her, Selina Cooper (1984)`; nor a title after `the` or
  // a pronoun (`in his Two New Sciences (1638)`, `In the Principia (1687) he`).
  if (
    !m.possessive &&
    /^(?:\s+et\s+al\.?)?\s*\(\d{4}[a-z]?(?:,\s*(?:pp?\.\s*)?[\d\-–]+)?\)/u.test(after) &&
    !WORK_APPOSITION.test(text.slice(Math.max(0, runStart - 50), runStart)) &&
    !TITLE_BEFORE.test(text.slice(Math.max(0, runStart - 12), runStart))
  ) {
    m.for.push('saying');
    m.cites = true;
  }
  // `For Hollowell, …` opening a sentence: the view is theirs (`Following X,` is as often `after X`).
  // `In a 1903 essay, Hollowell traced`, `In an article of 1911, Hollowell`: a work of theirs, untitled.
  if (
    text.charCodeAt(m.offset - 2) === 44 /* `, ` before the name */ &&
    /\bIn\s+(?:a|an|his|her|their)\s+(?:\d{4}\s+)?(?:\p{Ll}+\s+)?(?:book|memoirs|work|diary|pamphlet|article|essay|speech|report|letter|study|history|account|lecture|paper|review)(?:\s+(?:of|from|published\s+in)\s+\d{4})?,\s*$/u.test(
      text.slice(Math.max(0, m.offset - 80), m.offset),
    )
  ) {
    m.for.push('according');
    m.cites = true;
  }
  const lead = m.offset === runStart ? before : wordsBefore(text, m.offset, 2);
  if (lead.length === 1 && forWords.has(lead[0]!) && /^,\s/u.test(after)) {
    m.for.push('according');
    m.cites = true;
  }
  // `Changelog & Friends`, `Johnson & Sons`: a name joined by `&` to a common word names a firm or a show.
  // Not two authors before their year: `(Thorne & Henley, 2005)`, `Thorne & Henley (2005) show`.
  const amp = /^\s+&\s+(\p{Lu}\p{Ll}+)(?!\p{Ll})(?!,?\s+\(?(?:1[5-9]\d\d|20\d\d)\b)/u.exec(after);
  if (amp && isWord(amp[1]!.toLowerCase())) m.against.push('thing');
  // `Merrie England, first serialised in its columns`: a work's fate, told in a participle after its title.
  if (/^,\s+(?:(?:first|originally|later|since)\s+)?(?:serialised|serialized|published|printed|reprinted|staged|performed|screened|broadcast)\b/u.test(after))
    m.against.push('thing');
  // `Hollowell, writing in 1903,`, `Hollowell calls this "the long decline"`.
  if (/^,\s+writing\s+(?:in|of|about|on)\b/u.test(after) || /^\s+(?:calls|called)\s+(?:(?:it|this|that|them|these)\s+)?["“]/u.test(after)) {
    m.for.push('saying');
    m.cites = true;
  }
  const two = before.slice(-2).join(' ');
  // `Según Antonio Jiménez-Landi`, `Selon Jacques Julliard`; `Como recuerda Elena Ortega`, `comme le rappelle X`.
  // The word before the name itself, past the words dropped from the run's head (`Según` in `Según Ignacio Otero`).
  const leadPrev = lead[lead.length - 1];
  const foreignAs = !!leadPrev && citingVerbs.has(leadPrev) && lead.length >= 2 && asWords.has(lead[lead.length - 2]!);
  if (
    two === 'according to' ||
    (leadPrev && accordingWords.has(leadPrev)) ||
    foreignAs ||
    before.slice(-4).join(' ') === 'in the words of' ||
    ((prev === 'as' || leadPrev === 'as') && m.for.includes('saying'))
  ) {
    m.for.push('according');
    m.cites = true;
  }
  if (
    prev === 'by' &&
    before.length >= 2 &&
    (workNouns.has(before[before.length - 2]!) ||
      /^(?:that|pieces|piece|written|described|translated|edited|composed|published)$/.test(before[before.length - 2]!))
  ) {
    m.for.push('according');
    // `a description … is that by Rowbotham`, `the account written by X`: the work is theirs.
    const b2 = before[before.length - 2]!;
    if (
      workNouns.has(b2) ||
      /^(?:written|described|translated|edited|published)$/.test(b2) ||
      (b2 === 'that' && before.slice(0, -2).some((w) => workNouns.has(w)))
    )
      m.cites = true;
  }
  // `a letter to Landor`, `he wrote to Forster`, `He met Meyerbeer`: a person is written to or met.
  if (
    (prev === 'to' &&
      before.length >= 2 &&
      /^(?:letter|letters|wrote|writes|writing|written|note|telegram|dedicated|addressed)$/.test(before[before.length - 2]!)) ||
    (prev && /^(?:met|meets|befriended|visited|married)$/.test(prev) && !placeAfterVisit(text, end))
  ) {
    m.for.push('fate');
  }
  // `Gerald Okonkwo declined to comment. He said …`: the next sentence opens with a pronoun of persons.
  // Not after a preposition (`he rode on to Dawlish. He was tired`): the pronoun's person is the subject, not where they went.
  if (
    !german &&
    !(prev && objectPrepositions.has(prev)) &&
    /^[^.!?]{0,120}[.!?]["”’]?\s+(?:He|She)\s/u.test(after) &&
    !/^[^.!?]{0,120}\b\p{Lu}\p{Ll}+\b[^.!?]{0,60}[.!?]["”’]?\s+(?:He|She)\s/u.test(after.replace(/^\S*/, ''))
  )
    m.for.push('fate');
  // `Rokossovsky (who, as you know, had been jailed)`, `Kirov, who`, `Podlas (he was …)`: a relative or personal pronoun of persons.
  if (/^(?:,\s*|\s*\(|\s+)(?:who|whom|whose)\b|^\s*\((?:he|she)\s/u.test(after)) m.for.push('fate');
  // `Kagi, which …`, `Mozilla said it would …`, `Acme says its …`: a thing's pronoun.
  // Not any verb before `it`: `Heath let it come into force` is a person's doing.
  else if (!m.possessive && (/^,\s*which\b/u.test(after) || /^\s+\p{Ll}+\s+(?:that\s+)?its\s/u.test(after) || THING_SAYS_IT.test(after)))
    m.against.push('thing');
  // `Catherine the Great`, `Ivan the Terrible`: an epithet.
  if (
    /^\s+the\s+(?:Great|Terrible|Lesser|Younger|Elder|Bald|Bold|Fair|Pious|Wise|Conqueror|Magnificent|Confessor|Lionheart|Good|Just|Navigator|Apostate|Venerable)\b/u.test(
      after,
    ) ||
    // `Charles the First`, `William III`, `Louis XIV`: a regnal number.
    (words.length === 1 &&
      /^\s+(?:the\s+(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth)|[IVX]{2,5}|V|X)\b/u.test(
        after,
      ) &&
      !/^\s+[IVX]{1,5}\.\s/u.test(after.slice(0, 10)))
  )
    m.for.push('role');
  // `“Come here, Margaret,”`, `“Oh, Jonathan, you spoil them”`: a person spoken to, inside a quotation.
  if (
    !m.possessive &&
    /(?:,\s|^\s*["“‘«]|["“‘«])$/u.test(text.slice(Math.max(0, runStart - 2), runStart)) &&
    /^[,.!?;]/u.test(after) &&
    insideQuotation(text, runStart)
  )
    m.for.push('fate');
  // `Elaine, in her grief,`, `Berlioz, in his *Soirées*`: a personal pronoun right after the name.
  if (/^,\s+(?:in|with|at|for|to)\s+(?:his|her|himself|herself)\b/u.test(after)) m.for.push('fate');
  // `Edgar in "Lucia di Lammermoor"`, `Siegfried in *Götterdämmerung*`: a character in a work.
  if (!m.possessive && /^\s+in\s+[“"«‘]\p{Lu}/u.test(after) && !m.for.includes('role')) m.for.push('role');
  // Against: `the` before it (the Cheka), a place preposition, a thing's head noun after it.
  // `the Cheka`, `an Englishman`, `a Beethoven sonata`: an article before a name makes it a thing or a kind.
  // In German, `an` is a preposition (`an Gerhart Hauptmann`) and the articles are German.
  const nextWord = /^\s+([\p{Ll}]+)/u.exec(after)?.[1];
  // `the Kerensky government`, `the Blair years`: a government named after its head says nothing either way.
  // Marked `attributive`, which weighs nothing in the decision but keeps such a name from counting as one named bare.
  const headed = !german && prev === 'the' && !m.possessive && !!nextWord && HEADED.test(nextWord);
  if (headed) m.against.push('attributive');
  if ((german ? !!prev && germanArticles.has(prev) : prev === 'the' || prev === 'a' || prev === 'an') && !m.honorific && !headed) m.against.push('the');
  // `In 1979 Margaret Okafor was hurt`: a number between the preposition and the name, which is no place's.
  const adjacent = !/\d/.test(/[^\p{L}]*$/u.exec(text.slice(Math.max(0, runStart - 20), runStart))![0]);
  if (prev && adjacent && placePrepositions.has(prev) && !m.possessive) m.against.push('place');
  else if (prev === 'of' && PLACE_OF.test(before[before.length - 2] ?? '') && !m.possessive) m.against.push('place');
  // `the road runs from Carlisle`, `miles from Exeter`: a place after a word of going (`a letter from Trotsky` is a person's).
  else if ((prev === 'from' || prev === 'to') && !m.possessive) {
    // `goes on to`, `came back from`: a particle between the verb and the preposition.
    const verb = /^(?:on|back|up|down|out|over|home|straight)$/.test(before[before.length - 2] ?? '') ? before[before.length - 3] : before[before.length - 2];
    if (verb && motionWords.has(verb)) m.against.push('place');
  }
  // `Black students`, `Black and Hispanic people`: a word of a people or a colour before a plural noun of persons is an
  // adjective, no name. Left out of the index and logged (a surname before such a noun is rare: `Smith children` is a family).
  if (
    words.length === 1 &&
    !m.possessive &&
    !m.honorific &&
    (PEOPLE_PLURAL.test(after) || PEOPLE_PLURAL_LIST.test(after)) &&
    !/^\s+(?:children|family|families|brothers|sisters)\b/u.test(after)
  )
    m.leftOut = `an adjective before a plural noun of persons (\`${m.name} ${/^\s+(?:(?:and|or)\s+\S+\s+)?(\S+)/u.exec(after)![1]}\`), no name`;
  // English heads only: in German, `war` is a verb (`Fischer war zufrieden`).
  if (nextWord && !german && thingHeads.has(nextWord) && !m.possessive && !headed) m.against.push('thing');
  // `a Pravda editorial`, `the pages of Pravda`: a publication.
  else if (
    !m.possessive &&
    ((nextWord && /^(?:article|articles|editorial|editorials|column|columns|headline|headlines|reporter|reporters|readers|subscribers)$/.test(nextWord)) ||
      (prev === 'of' && /^(?:pages|columns|issue|issues)$/.test(before[before.length - 2] ?? '')))
  )
    m.against.push('thing');
  // An English word, or a word the text itself writes in lower case (`Maman` beside `maman`, `Voici` beside `voici`): a common word of its language.
  if (words.length === 1 && (isWord(lowerWords[0]!) || !!textLower?.has(lowerWords[0]!))) m.against.push('word');
  if (words.length === 1 && textLower?.has(lowerWords[0]!)) m.lowerInText = true;
  if (atStart) m.against.push('start');
  // `the vicar of Marden Hallow wrote`: what follows is the office-holder's doing, and the place's name is no given name.
  if (officeOf) {
    m.for = m.for.filter((e) => e === 'honorific' || e === 'initials');
    delete m.cites;
  }
  // `Douglas Head looks over …`: a capitalized pair opening a sentence, its second word an English word, is weak
  // evidence; a given name there counts only beside other evidence (`Adam Smith thought`).
  // Where the text is known, only a word it uses in lower case (`head`) counts, not a surname (`Max Weber and …`).
  const common1 = (w: string): boolean => isWord(w) && (!textLower || textLower.has(w) || !inNamesList(w));
  if (atStart && words.length === 2 && !m.honorific && m.for.length === 1 && m.for[0] === 'given' && common1(lowerWords[1]!)) m.for.length = 0;
}
