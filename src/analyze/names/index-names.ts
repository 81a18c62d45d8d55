/**
 * The index of names: the name mentions of every text grouped into persons, each decided
 * person or not on the evidence of all its mentions across the reader, variants merged by
 * the source-key rules (surname spelling, transliteration, initials, given names), every
 * merge logged at the variant's place.
 */
import { fold } from '../fold.ts';
import { editDistance, surnameKey } from '../source-key.ts';
import type { NameMention } from './mentions.ts';
import { englishWordList, personNameParts, roleNouns } from './lexicon.ts';

/** Memoized: the same surnames are asked about again and again, and each look-up searches 275,000 words. */
const englishMemo = new Map<string, boolean>();
const isEnglish = (w: string): boolean => {
  let v = englishMemo.get(w);
  if (v === undefined) englishMemo.set(w, (v = englishWordList().has(w)));
  return v;
};
const surnameKeyMemo = new Map<string, string>();
const keyOfSurname = (w: string): string => {
  let v = surnameKeyMemo.get(w);
  if (v === undefined) surnameKeyMemo.set(w, (v = surnameKey(w)));
  return v;
};

/** How the person was told from other names: by strong evidence, a verb of saying, a list of persons, bare in two texts of the reader, or the editor. */
export type NameBasis = 'strong' | 'saying' | 'list' | 'reader' | 'editor';

export interface NameRef {
  textId: string;
  paragraphId?: string;
  noteNumber?: string;
}

export interface NameEntry {
  /** Stable key: the folded surname, with the given name's initial when two persons share it (`joffe-m`). */
  key: string;
  /** As printed at the head of the entry: `Isaac Deutscher`. */
  name: string;
  /** Sorted under: `Deutscher, Isaac`. */
  sortName: string;
  /** Every form the texts use, possessives included (`Lenin’s`, `V. I. Lenin`). */
  variants: string[];
  refs: NameRef[];
  basis: NameBasis;
}

/** A message about the index, at a place in a text (a merge) or about a setting. */
export interface NameLog {
  ruleId: 'name-merge' | 'name-left-out' | 'name-not-person' | 'name-setting' | 'name-setting-unused' | 'source-weak';
  reason: string;
  textId?: string;
  line?: number;
  column?: number;
  /** The manifest path of the setting it reports (`['name_index', 'hide', 0]`). */
  setting?: Array<string | number>;
}

export interface TextMentions {
  textId: string;
  mentions: NameMention[];
  /** Surnames of the authors this text cites in notes, parenthetical citations, references and prose with a title (`X's *Title*`): a work has an author. */
  citedAuthors: string[];
}

interface Occurrence {
  textId: string;
  m: NameMention;
}

/** One candidate person: mentions sharing a surname (and a compatible given name). */
interface Group {
  surname: string;
  given?: string;
  /** `Mrs.`: a woman named by her title and surname only, apart from a man of the same surname (`Mr. and Mrs. Pennock`). */
  title?: string;
  occ: Occurrence[];
  person?: NameBasis;
}

const INITIAL = /^\p{Lu}\.$/u;
/** Russian patronymics: `Davidovich`, `Borisych`, `Ilyich`, `Grigorievich`, `Konstantinovna`; not German `-reich`, `-rich` (`Ehrenreich`, `Heinrich`). */
const PATRONYMIC = /(?:ovich|evich|ovych|evych|ych|(?<![er])ich|ovna|evna|ichna)$/u;

function surnameWord(m: NameMention): string {
  const words = m.words.filter((w) => !INITIAL.test(w));
  return words[words.length - 1] ?? m.words[m.words.length - 1]!;
}

/** The given name (folded) of a mention of two words or more; an initial gives its letter. */
function givenOf(m: NameMention): string | undefined {
  if (m.words.length < 2) return undefined;
  return fold(m.words[0]!.replace(/\.$/, ''));
}

function compatibleGiven(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  if (a.length === 1 || b.length === 1) return true;
  return a === b || editDistance(a, b, 2) <= 2;
}

function slack(a: string, b: string): number {
  return Math.min(a.length, b.length) >= 5 ? 1 : 0;
}

/** Group mentions into candidate persons; returns the groups and the logs of fuzzy merges. */
function groupMentions(texts: TextMentions[]): { groups: Group[]; merged: Map<Group, Map<string, string>> } {
  const bySurname = new Map<string, Occurrence[]>();
  for (const t of texts) {
    for (const m of t.mentions) {
      const key = keyOfSurname(surnameWord(m));
      if (!key) continue;
      const list = bySurname.get(key) ?? [];
      list.push({ textId: t.textId, m });
      bySurname.set(key, list);
    }
  }
  // Spellings one letter apart are one surname (Volkoganov/Volkogonov); the most used spelling leads.
  const keys = [...bySurname.keys()].sort((a, b) => bySurname.get(b)!.length - bySurname.get(a)!.length || (a < b ? -1 : 1));
  // Heads that are not English words, by first letter and length: a slip is one letter apart, so
  // only three buckets are searched (all heads against all keys was most of the index's time).
  const heads = new Map<string, string[]>();
  const headOf = new Map<string, string>();
  for (const k of keys) {
    // An English word is never a slip for a name (Galilee, Galileo).
    const english = isEnglish(k);
    let head: string | undefined;
    if (!english) {
      for (const len of [k.length, k.length - 1, k.length + 1]) {
        // `the Pankhursts`, `the Webbs`: a family named in the plural is not one of its persons.
        head = heads
          .get(`${k[0]}${len}`)
          ?.find((h) => editDistance(h, k, 1) <= slack(h, k) && !(k === `${h}s` && bySurname.get(k)!.every((o) => o.m.against.includes('the'))));
        if (head) break;
      }
    }
    if (head) headOf.set(k, head);
    else {
      headOf.set(k, k);
      if (!english) heads.set(`${k[0]}${k.length}`, [...(heads.get(`${k[0]}${k.length}`) ?? []), k]);
    }
  }
  const clusters = new Map<string, Occurrence[]>();
  for (const k of keys) {
    const h = headOf.get(k)!;
    clusters.set(h, [...(clusters.get(h) ?? []), ...bySurname.get(k)!]);
  }
  const groups: Group[] = [];
  for (const [surname, occ] of clusters) {
    // Full names by given name, most frequent first; initials and bare surnames join a group after.
    const givens = new Map<string, number>();
    for (const o of occ) {
      const g = givenOf(o.m);
      if (g && g.length > 1) givens.set(g, (givens.get(g) ?? 0) + 1);
    }
    const local: Group[] = [];
    for (const g of [...givens.keys()].sort((a, b) => givens.get(b)! - givens.get(a)!)) {
      if (!local.some((l) => compatibleGiven(l.given!, g))) local.push({ surname, given: g, occ: [] });
    }
    // Initials that fit no full given name are a person of their own (`G. D. H. Cole` beside `Margaret Cole`).
    for (const o of occ) {
      const g = givenOf(o.m);
      if (g && g.length === 1 && !local.some((l) => compatibleGiven(l.given!, g))) local.push({ surname, given: g, occ: [] });
    }
    const bare: Occurrence[] = [];
    for (const o of occ) {
      const g = givenOf(o.m);
      const target = g ? local.find((l) => l.given !== undefined && compatibleGiven(l.given, g)) : undefined;
      if (target) target.occ.push(o);
      else bare.push(o);
    }
    local.sort((a, b) => b.occ.length - a.occ.length);
    const all = [...local, ...bareSurnames(surname, local, bare)];
    groups.push(...all, ...splitByTitle(all));
  }
  return { groups, merged: new Map() };
}

const textsOf = (g: Group): Set<string> => new Set(g.occ.map((o) => o.textId));

/**
 * Where the mentions of a surname alone go. In a text that names the person in full, to that
 * person (the one named most there). In a text that does not, to the one person of that surname
 * named in full elsewhere, but only with more than the shared surname: that person is named in
 * full in two texts or more, or the surname alone comes up in two texts or twice in this one (a
 * figure the reader shares). Otherwise the surname stands as a person of its own, decided on its
 * own evidence (`Thompson`, a film's character, is not `E. P. Thompson` of another text).
 */
function bareSurnames(surname: string, local: Group[], bare: Occurrence[]): Group[] {
  if (!bare.length) return [];
  if (!local.length) return [{ surname, occ: bare }];
  const own: Group = { surname, occ: [] };
  const full = new Set(local.flatMap((l) => [...textsOf(l)]));
  // Texts that name the surname only alone, and how often.
  const orphans = new Map<string, number>();
  for (const o of bare) if (!full.has(o.textId)) orphans.set(o.textId, (orphans.get(o.textId) ?? 0) + 1);
  // `Krupskaya` in one text, `N. Krupskaya` in another: a rare surname (no English word, in no names list) that the
  // reader gives one person in full is that person's. A common one (`Thompson`, `Cole`) is borne by many.
  const rare = !isEnglish(surname) && bare.every((o) => !commonSurname(surnameWord(o.m)));
  const widely = local.length === 1 && (rare || textsOf(local[0]!).size >= 2 || orphans.size >= 2);
  // Per person, per text: how often named there, and where first (a paragraph's number, then the offset in it).
  const where = local.map((l) => {
    const byText = new Map<string, { n: number; first: number }>();
    for (const x of l.occ) {
      const at = 1e6 * Number(x.m.paragraphId?.replace(/\D+/g, '') ?? 0) + x.m.offset;
      const w = byText.get(x.textId);
      if (w) {
        w.n++;
        w.first = Math.min(w.first, at);
      } else byText.set(x.textId, { n: 1, first: at });
    }
    return byText;
  });
  const hereOf = new Map<string, Group | undefined>();
  for (const o of bare) {
    // The person named most in this text; among equals, the one named first.
    if (!hereOf.has(o.textId)) {
      let best: { l: Group; n: number; first: number } | undefined;
      for (const [i, l] of local.entries()) {
        const w = where[i]!.get(o.textId);
        if (w && (!best || w.n > best.n || (w.n === best.n && w.first < best.first))) best = { l, ...w };
      }
      hereOf.set(o.textId, best?.l);
    }
    const here = hereOf.get(o.textId);
    const target = here ?? (local.length === 1 && (widely || (orphans.get(o.textId) ?? 0) >= 2) ? local[0] : undefined);
    (target ?? own).occ.push(o);
  }
  return own.occ.length ? [own] : [];
}

/** In the people-names list, as written or without its accents: a name many people bear. */
const commonSurname = (w: string): boolean => {
  const l = w.toLowerCase();
  const names = personNameParts();
  return names.has(l) || names.has(fold(l));
};

const FEMALE =
  /^(?:mrs|miss|ms|lady|madame|mme|mlle|mademoiselle|frau|fräulein|señora|señorita|doña|signora|signorina|senhora|dame|countess|baroness|princess|duchess|queen|empress|tsarina|aunt|sister|mother)\.?$/i;
const MALE =
  /^(?:mr|sir|lord|herr|monsieur|m|señor|don|signor|signore|senhor|mynheer|count|baron|prince|duke|king|emperor|tsar|czar|uncle|father|brother)\.?$/i;
const lastTitle = (o: Occurrence): string | undefined => o.m.honorific?.split(/\s+/).pop();
const PEER = /^(?:Lord|Lady|Baron|Baroness|Earl|Countess|Duke|Duchess|Marquis|Marquess|Viscount)$/;

/**
 * `Mr. and Mrs. Pennock`: where a surname is borne under a man's title and under a woman's, the
 * mentions under the woman's title with no given name are hers, a person of their own.
 */
function splitByTitle(local: Group[]): Group[] {
  // Most surnames are never named under a title: look before gathering.
  if (!local.some((g) => g.occ.some((o) => o.m.honorific))) return [];
  const all = local.flatMap((g) => g.occ);
  if (!all.some((o) => MALE.test(lastTitle(o) ?? ''))) return [];
  const hers = all.filter((o) => FEMALE.test(lastTitle(o) ?? '') && o.m.words.length === 1);
  if (!hers.length) return [];
  for (const g of local) g.occ = g.occ.filter((o) => !hers.includes(o));
  return [{ surname: local[0]!.surname, title: lastTitle(hers[0]!)!, occ: hers }];
}

/** How many of a group's mentions carry a piece of evidence (counted once per group, then read). */
const tallies = new WeakMap<Group, Map<string, number>>();
function count(g: Group, ev: string): number {
  let t = tallies.get(g);
  if (!t) {
    t = new Map();
    for (const o of g.occ) for (const e of new Set<string>([...o.m.for, ...o.m.against])) t.set(e, (t.get(e) ?? 0) + 1);
    tallies.set(g, t);
  }
  return t.get(ev) ?? 0;
}

/**
 * A surname that is a common word needs strong evidence: an English word (`He`, `History`, `Pipes`), a German noun, or
 * a word its texts also write in lower case wherever it stands alone (`Maman`, `Voici` in a French text).
 */
function commonWordGroup(g: Group): boolean {
  let v = commonWordMemo.get(g);
  if (v === undefined) {
    v = isEnglish(g.surname) || g.occ.every((o) => o.m.noun) || g.occ.every((o) => o.m.words.length === 1 && o.m.against.includes('word'));
    commonWordMemo.set(g, v);
  }
  return v;
}
const commonWordMemo = new WeakMap<Group, boolean>();

function decide(g: Group, cited: Set<string>): NameBasis | undefined {
  // Named once with a company's suffix (`Dalton Harwick Inc.`): a company wherever it is named.
  if (g.occ.some((o) => o.m.org)) return undefined;
  const strong = count(g, 'honorific') + count(g, 'initials') + count(g, 'given') + count(g, 'role') + (cited.has(g.surname) ? 1 : 0);
  const medium = count(g, 'saying') + count(g, 'fate') + count(g, 'possessive') + count(g, 'according') + count(g, 'shape');
  const against = count(g, 'the') + count(g, 'place') + count(g, 'thing');
  const word = commonWordGroup(g);
  // A given name alone is weaker than a title or initials: against a place or a thing it must win outright (`at Stock Noonton`).
  const givenOnly = strong === count(g, 'given');
  // A name never used as a person's (no title, role, saying, pronoun), only as a thing's (`Northrop Grumman's shares`): not a person.
  if (givenOnly && medium === 0 && count(g, 'thing') > 0) return undefined;
  if (strong >= 1 && (givenOnly ? strong + medium > against : strong + medium >= against)) return 'strong';
  if (medium >= 1 && medium > against && !word) return 'saying';
  return undefined;
}

/** Build the index of names from every text's mentions. */
export function indexNames(all: TextMentions[]): { entries: NameEntry[]; logs: NameLog[]; groups: CandidateGroup[] } {
  const logs: NameLog[] = [];
  // A name inside a work's title (`the opera Lady Macbeth of Mtsensk`), a paper's or a publisher's (`the Gazette`, `Exeter:
  // Devon Books`), is left out, and logged at its place.
  const texts = all.map((t) => {
    if (!t.mentions.some((m) => m.work || m.leftOut)) return t;
    for (const m of t.mentions)
      if (m.work || m.leftOut)
        logs.push({
          ...mergeLog({ textId: t.textId, m }, '', ''),
          ruleId: 'name-left-out',
          reason: m.leftOut
            ? `Left out \`${m.name}\` from the index: ${m.leftOut} (add it in reader.yaml if it is a person)`
            : m.vessel
              ? `Left out \`${m.name}\` from the index: it is a ship's name, \`${m.work}\` (add it in reader.yaml if it is a person)`
              : `Left out \`${m.name}\` from the index: it stands in the title of a work, \`${m.work}\` (add it in reader.yaml if it is a person)`,
        });
    return { ...t, mentions: t.mentions.filter((m) => !m.work && !m.leftOut) };
  });
  const { groups } = groupMentions(texts);
  const cited = new Set(texts.flatMap((t) => t.citedAuthors.map((a) => surnameKey(a))));
  for (const g of groups) g.person = decide(g, cited);
  // A name in a list of persons is a person when nothing speaks against it (`Rykov, Krestinsky, Rakovsky`).
  const listPerson = new Set<string>();
  for (let pass = 0; pass < 2; pass++) {
    listPerson.clear();
    // A list is two names joined by `and`, or three or more (`Marx, Karl.` in a bibliography is none).
    const size = new Map<string, number>();
    for (const g of groups)
      for (const o of g.occ)
        if (o.m.list !== undefined) size.set(`${o.textId}#${o.m.list}`, (size.get(`${o.textId}#${o.m.list}`) ?? 0) + (o.m.listAnd ? 2 : 1));
    for (const g of groups)
      if (g.person)
        for (const o of g.occ) if (o.m.list !== undefined && (size.get(`${o.textId}#${o.m.list}`) ?? 0) >= 3) listPerson.add(`${o.textId}#${o.m.list}`);
    for (const g of groups) {
      if (g.person || count(g, 'the') + count(g, 'place') + count(g, 'thing') > 0) continue;
      // `composers were Mendelssohn, Chopin, and Mozart`: an English word in a list of persons is one too, where the
      // text never writes it in lower case, never opens a sentence with it and names it alone; not an inflected word
      // (`Murdered`, `Friends`, `Coming`: a title's or a heading's word in a list).
      const listedWord =
        !/(?:ed|ing|s)$/.test(g.surname) && g.occ.every((o) => o.m.words.length === 1 && !o.m.lowerInText && !o.m.against.includes('start') && !o.m.noun);
      if ((commonWordGroup(g) && !listedWord) || g.occ.some((o) => o.m.org)) continue;
      if (g.occ.some((o) => o.m.list !== undefined && listPerson.has(`${o.textId}#${o.m.list}`))) g.person = 'list';
    }
  }
  // `Emmeline Pankhurst founded …` beside `Sylvia Pankhurst`: a given name that is no English word before the surname of
  // a person the reader names is a person too (a relative, or the same person), where nothing speaks against it.
  const personSurnames = new Set(groups.filter((g) => g.person && g.occ.some((o) => o.m.words.length > 1)).map((g) => g.surname));
  for (const g of groups) {
    if (g.person || !g.given || g.given.length < 2 || isEnglish(g.given) || !personSurnames.has(g.surname)) continue;
    if (count(g, 'the') + count(g, 'place') + count(g, 'thing') > 0 || g.occ.some((o) => o.m.org || o.m.noun)) continue;
    if (g.occ.some((o) => o.m.words.length > 1 && !INITIAL.test(o.m.words[0]!))) g.person = 'strong';
  }
  // `defeating Wrangel` in one text, `against Wrangel` in another: a word alone that is no English word, named bare
  // in two texts or more (no article, place, heading word, title, list or sentence start about it anywhere), is a
  // figure the reader shares. A place or a body is seldom named twice with nothing around it (`in`, `the`, `of`).
  for (const g of groups) {
    if (g.person || g.given || g.title || commonWordGroup(g) || textsOf(g).size < 2) continue;
    if (g.occ.every((o) => o.m.words.length === 1 && !o.m.honorific && !o.m.against.length && o.m.list === undefined && !o.m.noun && !o.m.org))
      g.person = 'reader';
  }
  // A first name alone (`Napoleon`, `Sergo`) joins the one person who bears it as a given name.
  const byGiven = new Map<string, Group[]>();
  for (const p of groups) if (p.person && p.given && p.occ.some((o) => o.m.words.length > 1)) byGiven.set(p.given, [...(byGiven.get(p.given) ?? []), p]);
  for (const g of groups) {
    if (g.occ.some((o) => o.m.words.length > 1)) continue;
    const bearers = (byGiven.get(g.surname) ?? []).filter((p) => p !== g);
    // Across texts only a bearer named in two texts or more: `Joe` in one text is not `Joe Hill` of another.
    const near = bearers.length === 1 && (textsOf(bearers[0]!).size >= 2 || g.occ.every((o) => textsOf(bearers[0]!).has(o.textId)));
    if (bearers.length === 1 && near) {
      const to = bearers[0]!;
      for (const o of g.occ) {
        to.occ.push(o);
        logs.push(mergeLog(o, displayName(to), 'its given name'));
      }
      g.occ = [];
    }
  }
  // `Beatrice Potter, later Beatrice Webb`: the group of the later name joins the person of the first, all its mentions.
  for (const g of groups) {
    const o = g.occ.find((x) => x.m.sameAs);
    if (!o) continue;
    const to = groups.find((p) => p !== g && p.occ.some((x) => x.textId === o.textId && x.m.name === o.m.sameAs));
    if (!to || !(to.person || g.person)) continue;
    for (const x of g.occ) {
      to.occ.push(x);
      logs.push(mergeLog(x, displayName(to), 'the same person under another name'));
    }
    to.person ??= g.person;
    g.occ = [];
    g.person = undefined;
  }
  // `Lev Davidovich` (a given name and a patronymic) joins the person whose full name holds it
  // (`Lev Davidovich Trotsky`); with no such person it is left out, since its surname is unknown.
  for (const g of groups) {
    if (!g.occ.length || !g.occ.every((o) => o.m.words.length === 2 && PATRONYMIC.test(o.m.words[1]!))) continue;
    const patronymic = fold(g.occ[0]!.m.words[1]!);
    const holder = groups.find(
      (p) => p !== g && p.person && p.occ.some((o) => o.m.words.length > 2 && o.m.words.slice(1, -1).some((w) => fold(w) === patronymic)),
    );
    for (const o of g.occ)
      logs.push(
        holder
          ? mergeLog(o, displayName(holder), 'given name and patronymic')
          : {
              ...mergeLog(o, '', ''),
              reason: `Left out \`${o.m.name}\` from the index: a given name and patronymic whose surname the text does not give (merge it in reader.yaml)`,
            },
      );
    if (holder) holder.occ.push(...g.occ);
    g.occ = [];
    g.person = undefined;
  }
  const entries: NameEntry[] = [];
  const keyCount = new Map<string, number>();
  for (const g of groups) if (g.person) keyCount.set(g.surname, (keyCount.get(g.surname) ?? 0) + 1);
  for (const g of groups) {
    if (!g.person || g.occ.length === 0) continue;
    const name = displayName(g);
    const key = g.title
      ? `${g.surname}-${fold(g.title).replace(/\W/g, '')}`
      : (keyCount.get(g.surname) ?? 0) > 1 && g.given
        ? `${g.surname}-${g.given[0]}`
        : g.surname;
    const forms = new Map<string, Occurrence>();
    for (const o of g.occ) {
      const form = o.m.name + (o.m.possessive ? '’s' : '');
      if (!forms.has(form)) forms.set(form, o);
    }
    // `the former Menshevik Andrei Vyshinsky`: the words that say what the person is were left out of the name.
    for (const o of g.occ)
      if (o.m.descriptor)
        logs.push(
          mergeLog(
            o,
            name,
            `\`${o.m.descriptor}\` says what the person is, a word the text also uses in the plural or in lower case`,
            `${o.m.descriptor} ${o.m.name}`,
          ),
        );
    for (const [form, o] of forms) {
      if (form === name) continue;
      const why =
        fold(surnameWord(o.m)) !== fold(name.split(' ').pop()!)
          ? 'spelling of the surname'
          : o.m.possessive && o.m.name === name
            ? 'possessive'
            : 'the same surname';
      logs.push(mergeLog(o, name, why, form));
    }
    // `dying in Gorky` is a place even where Maxim Gorky is a person: such a mention is left out.
    const own = g.occ.filter((o) => o.m.for.length > 0 || !o.m.against.some((a) => a === 'the' || a === 'place' || a === 'thing'));
    entries.push({ key, name, sortName: readingOrder(g, name) ? name : sortName(name), variants: [...forms.keys()], refs: refsOf(own), basis: g.person });
  }
  // Every candidate the index did not take is logged once, at its first place, with what spoke against it
  // (`the Chair`, `Cornwall`, `Lyonesse`): the editor adds it in reader.yaml if it names a person.
  for (const g of groups) {
    if (g.person || g.occ.length === 0) continue;
    logs.push({
      ...mergeLog(g.occ[0]!, '', ''),
      ruleId: 'name-not-person',
      reason: `Left out \`${displayName(g)}\` from the index: ${notPerson(g)} (add it in reader.yaml if it is a person)`,
    });
  }
  entries.sort((a, b) => compareNames(a.sortName, b.sortName));
  // The candidates only the editor's settings read: made when asked for.
  let candidates: CandidateGroup[] | undefined;
  return {
    entries,
    logs,
    get groups() {
      return (candidates ??= groups.filter((g) => g.occ.length > 0).map(candidate));
    },
  };
}

/** Why a candidate is no person, from the evidence of its mentions. */
function notPerson(g: Group): string {
  const n = g.occ.length;
  const times = n === 1 ? 'named once' : `named ${n} times`;
  if (g.occ.every((o) => o.m.words.length === 1) && roleNouns.has(g.surname)) return `${times}, an office or a title alone, no name`;
  if (count(g, 'place') > 0) return `${times}, read as a place (after \`in\`, \`at\`, \`from\`, an office \`of\` it, or its people's adjective)`;
  if (count(g, 'thing') > 0) return `${times}, read as a body or a thing (its head noun, a firm's \`&\`)`;
  if (count(g, 'the') > 0) return `${times}, read as a thing after \`the\``;
  if (commonWordGroup(g)) return `${times}, a common word with no evidence of a person`;
  return `${times}, with no evidence of a person (a title, initials, a given name, a role, a verb of saying)`;
}

/** A candidate group as the editor's settings see it: found or not, with its forms and references. */
export interface CandidateGroup {
  name: string;
  forms: string[];
  refs: NameRef[];
  person: boolean;
  surname: string;
}

function candidate(g: Group): CandidateGroup {
  return { name: displayName(g), forms: [...new Set(g.occ.map((o) => o.m.name))], refs: refsOf(g.occ), person: !!g.person, surname: g.surname };
}

function mergeLog(o: Occurrence, under: string, why: string, form = o.m.name): NameLog {
  return {
    ruleId: 'name-merge',
    reason: `Indexed \`${form}\` under \`${under}\` (${why})`,
    textId: o.textId,
    ...(o.m.line !== undefined ? { line: o.m.line } : {}),
    ...(o.m.column !== undefined ? { column: o.m.column } : {}),
  };
}

function refsOf(occ: Occurrence[]): NameRef[] {
  const seen = new Set<string>();
  const out: NameRef[] = [];
  for (const o of occ) {
    const k = `${o.textId}#${o.m.paragraphId ?? `n${o.m.noteNumber}`}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ textId: o.textId, ...(o.m.paragraphId ? { paragraphId: o.m.paragraphId } : {}), ...(o.m.noteNumber ? { noteNumber: o.m.noteNumber } : {}) });
  }
  return out;
}

/** The fullest form used, the most used among equals: `Isaac Deutscher` over `Deutscher`. */
function displayName(g: Group): string {
  if (g.title) return `${g.title} ${g.occ[0]!.m.name}`;
  // `Lord Melbourne`, `Baron Williams`: a peer named only by title and surname is printed so (`Melbourne, Lord`).
  const peer = lastTitle(g.occ[0]!);
  if (peer && PEER.test(peer) && g.occ.every((o) => o.m.words.length === 1 && lastTitle(o) === peer)) return `${peer} ${g.occ[0]!.m.name}`;
  const counts = new Map<string, number>();
  for (const o of g.occ) counts.set(o.m.name, (counts.get(o.m.name) ?? 0) + 1);
  // Full given names before initials (`Vladimir Lenin` over `V. I. Lenin`), then more words, then the most used.
  const rank = (n: string): [number, number, number] => {
    const words = n.split(/\s+/);
    return [words.filter((w) => !INITIAL.test(w) && !/^\p{Lu}\.\p{Lu}\./u.test(w)).length, words.length, counts.get(n)!];
  };
  let best = '';
  for (const n of counts.keys()) {
    if (!best) best = n;
    const a = rank(n);
    const b = rank(best);
    if (a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2])))) best = n;
  }
  return best;
}

/**
 * A name printed and sorted as it is read, not inverted: `Chiang Kai-shek` (a hyphen before a syllable in lower case,
 * as in Chinese and Korean given names: `Sun Yat-sen`, `Kim Il-sung`), and a person the texts call by the first word
 * of the name and never by the last alone (`Chiang` for `Chiang Kai Shek`, `Ivan` for `Ivan Grozny`): the first word
 * is the family name or the person's own name, the rest a given name or an epithet.
 */
function readingOrder(g: Group, name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || INITIAL.test(words[0]!)) return false;
  if (/\p{L}-\p{Ll}+$/u.test(words[words.length - 1]!)) return true;
  const first = fold(words[0]!);
  let firstAlone = false;
  for (const o of g.occ) {
    if (o.m.words.length !== 1 || o.m.honorific) continue;
    if (keyOfSurname(o.m.words[0]!) === g.surname) return false;
    if (fold(o.m.words[0]!) === first) firstAlone = true;
  }
  return firstAlone;
}

/** `Isaac Deutscher` → `Deutscher, Isaac`; a single name stays as it is. */
export function sortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name;
  return `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}`;
}

export function compareNames(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
