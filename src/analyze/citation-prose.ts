/**
 * Sources cited in running prose, beyond `findMentions`' marked titles: an author with a verb
 * of saying (`Guerin describes`, `according to Pipes`, `as Marx put it`), an author with a
 * title near the name (`Deutscher, Trotsky's biographer said in The Prophet Armed`,
 * `J.T. Field, in his *Yesterdays with Authors*, says`, `In War Communism and Terrorism
 * published by Trotsky`), and the entries of a references list (`Broué, Pierre. El Partido
 * Bolchevique. …`, `———. «Problems of the Soviet Regime». 1933`).
 */
import type { FlatText } from './flatten.ts';
import type { NameMention } from './names/mentions.ts';

/** A source found in prose, before it becomes a Citation. */
export interface ProseSource {
  author?: string;
  title?: string;
  raw: string;
  offset: number;
  /** `strong`: an author with a title or a reference entry; `medium`: an author with a verb of saying. */
  strength: 'strong' | 'medium';
  /** Introduced by a role (`the Jewish historian M. Tchernikover says`). */
  role?: boolean;
  /** The other authors of a work of several (`Cook` in `Stevenson and Cook's The Slump`). */
  coAuthors?: string[];
}

const small = new Set('a an the of and in on to for at by from with or as is de la el los las del y le les des du der die das und von il'.split(' '));

/** An unmarked title: capitalized words, small words between them, up to a lower-case word or a mark. */
function capitalRun(text: string): string | undefined {
  const words: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’\-]+|[^\s\p{L}\p{N}'’\-]+/gu)) {
    const w = m[0];
    if (/^\p{Lu}/u.test(w) || (/^\p{N}/u.test(w) && words.length) || (small.has(w) && words.length)) {
      words.push(w);
      if (words.length > 10) break;
      continue;
    }
    break;
  }
  while (words.length && small.has(words[words.length - 1]!)) words.pop();
  if (!words.length) return undefined;
  return words.join(' ');
}

/** The title that starts at `at` in a flattened paragraph: emphasis, a quotation, or capitalized words. */
export function titleAt(flat: FlatText, at: number): string | undefined {
  const em = flat.emphasis.find(([s]) => s === at);
  if (em) return flat.text.slice(em[0], em[1]).trim() || undefined;
  const rest = flat.text.slice(at, at + 160);
  const q = /^[«“"‘']([^«»“”"‘’\n]{2,120})[»”"’']/u.exec(rest);
  if (q) return q[1]!.replace(/[,.;:]+$/, '').trim();
  return capitalRun(rest);
}

const workWord =
  '(?:book|books|memoirs|work|diary|pamphlet|article|essay|masterpiece|introduction|speech|report|letter|study|history|account|novel|poem|preface)';
const VERB =
  '(?:said|says|wrote|writes|described|describes|argues|argued|tells|told|relates|related|recalls|recalled|notes|noted|observes|observed|explains|explained|quoted|quotes|put|stated|states|declared|declares|comments|commented|confirmed|confirms)';
/** `X(, his biographer,) said in Title`, `X, in his *Title*,`, `X in his book Title`. */
const inTitleAfter = [
  new RegExp(String.raw`^(?:\s*\([^)]{1,20}\))?(?:,\s+[^,.;:!?]{1,45}?,?)?\s+${VERB}\s+in\s+(?:(?:his|her|their)\s+(?:own\s+)?(?:${workWord}\s+)?)?`, 'u'),
  new RegExp(String.raw`^(?:\s*\([^)]{1,20}\))?,\s+in\s+(?:his|her|their)\s+(?:own\s+)?(?:${workWord}\s+)?`, 'u'),
  new RegExp(String.raw`^\s+in\s+(?:his|her|their)\s+(?:own\s+)?${workWord}\s+`, 'u'),
];
const inTitleBefore = /\bIn\s+$/u;
/** Between the name and `in Title`: a verb of saying or writing, or `his book`. */
const citedIn =
  /\b(?:said|says|wrote|writes|write|described|describes|argues|argued|tells|told|relates|related|recalls|recalled|notes|noted|observes|observed|explains|explained|quoted|quotes|put|stated|states|declared|declares|comments|commented|confirmed|confirms|his|her|their)\b/u;

/**
 * Sources in one paragraph from its name mentions: a title near the name makes an author-and-title
 * source (strong); a verb of saying, an author alone (medium).
 */
export function proseSources(flat: FlatText, mentions: NameMention[]): ProseSource[] {
  const out: ProseSource[] = [];
  const text = flat.text;
  for (const m of mentions) {
    // `X said in The Prophet Armed`, `X, in his *Yesterdays with Authors*, says`
    const after = text.slice(m.end, m.end + 120);
    const it = inTitleAfter.map((re) => re.exec(after)).find((x) => x);
    // `Lenin described Trotsky in his Testament`: a name after a verb is its object, not the author.
    const objectOf =
      /\b(?:described|describes|called|calls|praised|praises|named|names|attacked|attacks|criticised|criticized|mentioned|mentions|told|tells|asked|asks|wrote|writes|to)\s+$/u.test(
        text.slice(Math.max(0, m.offset - 20), m.offset),
      );
    if (!m.possessive && !objectOf && it && !/[.;:!?]\s/.test(it[0])) {
      const title = titleAt(flat, m.end + it[0].length);
      // `in his Testament`: one capitalized word is a title after `his`.
      if (title && (isTitleish(title) || (/\b(?:his|her|their)\s+$/.test(it[0]) && /^\p{Lu}\p{Ll}{3,}$/u.test(title)))) {
        out.push({ author: m.name, title, raw: text.slice(m.offset, m.end + it[0].length + title.length), offset: m.offset, strength: 'strong' });
        continue;
      }
    }
    // A marked title (italics or quotation marks) a little after the name: `Cole tells the story in *A Century of
    // Co-operation*`, `Graeber, in *The Democracy Project*, takes`; or before it: `In *Proletarian Order* (1975), Williams tells`.
    if (!m.possessive && !objectOf) {
      const marked = markedTitleNear(flat, m);
      if (marked) {
        out.push({
          author: m.name,
          title: marked.title,
          raw: text.slice(Math.min(m.offset, marked.from), Math.max(m.end, marked.to)),
          offset: Math.min(m.offset, marked.from),
          strength: 'strong',
        });
        continue;
      }
    }
    // `See also Pigou, *Wealth and Welfare* (1912)`, `Cf. Hollowell, "The Guilds"`: a reference in running text.
    if (!m.possessive && /(?:^|[\s(])(?:[Ss]ee(?:\s+also)?|[Cc]f\.|[Cc]ompare)\s+$/u.test(text.slice(Math.max(0, m.offset - 16), m.offset))) {
      const comma = /^,\s+/u.exec(after);
      const title = comma ? titleAt(flat, m.end + comma[0].length) : undefined;
      const marked = !!comma && (flat.emphasis.some(([st]) => st === m.end + comma[0].length) || /^[«“"‘']/u.test(after.slice(comma[0].length)));
      if (title && marked) {
        out.push({ author: m.name, title, raw: text.slice(m.offset, m.end + comma![0].length + title.length), offset: m.offset, strength: 'strong' });
        continue;
      }
    }
    // `Sealander's Private Wealth and Public Life (Johns Hopkins University Press, 1997)`, `Joll's The Second International`,
    // `Perkins's memoir, The Roosevelt I Knew,`: an unmarked title after a possessive, with its imprint or year, opening
    // with `The`, or after a work's noun and a comma.
    if (m.possessive) {
      // `printed in Hunt's Popular Romances of the West of England`: after a verb of print and `in`, any title.
      const printed = /\b(?:printed|reprinted|published|collected|included|quoted|described|told|retold|recorded|appears|appeared)\s+in\s+$/u.test(
        text.slice(Math.max(0, m.offset - 24), m.offset),
      );
      const own = possessiveTitle(text, m.end, printed);
      if (own) {
        // `Stevenson and Cook's The Slump`: a work of two authors goes under the first.
        const first = m.list === undefined ? m : (mentions.find((x) => x.list === m.list) ?? m);
        const others = m.list === undefined ? [] : mentions.filter((x) => x.list === m.list && x !== first && x.offset <= m.offset).map((x) => x.name);
        out.push({
          author: first.name,
          ...(others.length ? { coAuthors: others } : {}),
          title: own.title,
          raw: text.slice(first.offset, own.end),
          offset: first.offset,
          strength: 'strong',
        });
        continue;
      }
    }
    // `In War Communism and Terrorism published by Trotsky`
    const by = /(?:published|written|edited)?\s*by\s+$/u.exec(text.slice(Math.max(0, m.offset - 20), m.offset));
    if (by) {
      const start = text.slice(0, m.offset - by[0].length).search(/\bIn\s+[^.;:!?]{3,100}$/u);
      if (start >= 0) {
        const between = text.slice(start + 3, m.offset - by[0].length);
        const title = capitalRun(between);
        // The title runs up to `by` (`In January 1919, X and Y were murdered in Berlin by Z` names no work).
        if (title && between.trim() === title && isTitleish(title) && inTitleBefore.test(text.slice(0, start + 3))) {
          out.push({ author: m.name, title, raw: text.slice(start, m.end), offset: start, strength: 'strong' });
          continue;
        }
      }
    }
    // `In his last work Economic Problems of the USSR, published in 1952, Stalin hinted`
    const lead = new RegExp(String.raw`\bIn\s+(?:his|her|their)\s+(?:[\p{Ll}]+\s+)?${workWord}\s+`, 'u');
    const head = text.slice(Math.max(0, m.offset - 140), m.offset);
    const ld = lead.exec(head);
    if (!m.possessive && ld) {
      const title = capitalRun(head.slice(ld.index + ld[0].length));
      const between = title ? head.slice(ld.index + ld[0].length + title.length) : '';
      if (title && isTitleish(title) && between.length <= 45 && !/[.;:!?]\s/.test(between)) {
        out.push({ author: m.name, title, raw: head.slice(ld.index) + m.name, offset: m.offset - head.length + ld.index, strength: 'strong' });
        continue;
      }
    }
    // `In his Testament, Lenin … stated`
    const inHis = /\bIn\s+(?:his|her|their)\s+(\p{Lu}[^,.;:!?]{2,60}),\s*$/u.exec(head);
    if (!m.possessive && inHis) {
      const title = capitalRun(inHis[1]!);
      if (title && title === inHis[1]!.trim()) {
        out.push({ author: m.name, title, raw: inHis[0] + m.name, offset: m.offset - head.length + inHis.index, strength: 'strong' });
        continue;
      }
    }
    // `Already in State and Revolution, written in the revolutionary days of 1917, Lenin laid down`
    const inWritten = /\b[Ii]n\s+([^,.;:!?]{3,80}),\s+(?:written|published|composed)\b[^.;:!?]{0,60},\s*$/u.exec(head);
    if (!m.possessive && inWritten) {
      const title = capitalRun(inWritten[1]!);
      if (title && title === inWritten[1]!.trim() && isTitleish(title)) {
        out.push({ author: m.name, title, raw: inWritten[0] + m.name, offset: m.offset - head.length + inWritten.index, strength: 'strong' });
        continue;
      }
    }
    // `In The Quiet Revolution (1903), Hollowell traced`: a title and its year before the name.
    const inYear = /\bIn\s+(\p{Lu}[^,.;:!?()]{2,80}?)\s+\(\d{4}\),\s*$/u.exec(head);
    if (!m.possessive && inYear) {
      const title = capitalRun(inYear[1]!);
      if (title && title === inYear[1]!.trim() && isTitleish(title)) {
        out.push({ author: m.name, title, raw: inYear[0] + m.name, offset: m.offset - head.length + inYear.index, strength: 'strong' });
        continue;
      }
    }
    // `Hobb, Varley, and Stott found that …`: the verb after a list of names is all of theirs, a work under the first
    // (the name before the verb stays a source of its own, as it was).
    const first = m.cites && m.list !== undefined ? mentions.find((x) => x.list === m.list && x.offset < m.offset && !x.possessive) : undefined;
    if (first)
      out.push({
        author: first.name,
        coAuthors: mentions.filter((x) => x.list === m.list && x !== first && x.offset <= m.offset).map((x) => x.name),
        raw: text.slice(first.offset, Math.min(text.length, m.end + 30)).split(/[.;:!?]/)[0]!,
        offset: first.offset,
        strength: 'medium',
      });
    if (m.cites)
      out.push({
        ...(m.for.includes('role') ? { role: true } : {}),
        author: m.name,
        raw: text.slice(m.offset, Math.min(text.length, m.end + 30)).split(/[.;:!?]/)[0]!,
        offset: m.offset,
        strength: 'medium',
      });
  }
  out.push(...pronounTitles(flat, mentions));
  return out;
}

const POSSESSIVE_NOUN = new RegExp(String.raw`^\s+(?:(?:new|last|first|great|own|classic|famous)\s+)?(?:${workWord}|memoir),\s+(?=\p{Lu})`, 'u');

/** The unmarked title after a possessive at `end` (see `proseSources`), with where it ends. */
function possessiveTitle(text: string, end: number, printed = false): { title: string; end: number } | undefined {
  const after = text.slice(end, end + 200);
  const noun = POSSESSIVE_NOUN.exec(after);
  const lead = noun ? noun[0].length : /^\s+(?=\p{Lu})/u.exec(after)?.[0].length;
  if (lead === undefined) return undefined;
  const title = capitalRun(after.slice(lead));
  if (!title || !isTitleish(title)) return undefined;
  const rest = after.slice(lead + title.length);
  const dated = /^\s*\([^()]{0,80}\b(?:1[5-9]\d\d|20\d\d)\)/u.test(rest);
  if (!(dated || printed || /^The\s/u.test(title) || (noun && /^\s*[,.;]/u.test(rest)))) return undefined;
  return { title, end: end + lead + title.length };
}

/** `His *The Russian Revolution*`, `her "Guilds Revisited"`, `In *Clusters Are Fine*, he argues`: a work behind a pronoun. */
const PRONOUN_WORK = /\b(?:[Hh]is|[Hh]er)\s+(?=\S)|\bIn\s+(?=[*_"“«\p{Lu}])/gu;
const pronounVerb = new RegExp(String.raw`^,\s+(?:he|she)\s+(?:also\s+)?${VERB.replace('(?:', '(?:argues|argued|shows|showed|claims|claimed|')}\b`, 'u');

/**
 * A work named behind a pronoun, given to the person named last before it in the paragraph:
 * `Richard Pipes had published … His The Russian Revolution, published in 1990, …`,
 * `Tobias Lindqvist thinks the opposite. In *Clusters Are Fine*, he argues …`. The title must be
 * marked (italics, quotation marks) or dated (`, published in 1990`, `(1990)`); after `In`, the
 * pronoun and a verb of saying must follow it.
 */
function pronounTitles(flat: FlatText, mentions: NameMention[]): ProseSource[] {
  const out: ProseSource[] = [];
  const text = flat.text;
  if (!/\b(?:[Hh]is|[Hh]er|In)\s/u.test(text)) return out;
  for (const p of text.matchAll(PRONOUN_WORK)) {
    const at = p.index + p[0].length;
    const author = mentions.filter((m) => m.end <= p.index && (m.for.length > 0 || m.words.length > 1) && !m.against.includes('the')).pop();
    if (!author) continue;
    const em = flat.emphasis.find(([st]) => st === at);
    const quoted = /^[«“"]/u.test(text.slice(at, at + 1));
    const marked = !!em || quoted;
    const title = titleAt(flat, at);
    if (!title || !isTitleish(title) || mentions.some((m) => m.offset >= at && m.offset < at + title.length + 1 && m.for.length > 0)) continue;
    const end = em ? em[1] : quoted ? text.indexOf(title, at) + title.length : at + title.length;
    const rest = text.slice(end, end + 60).replace(/^[.,;:]?[»”"]/u, (q) => q.slice(0, -1));
    const dated = /^(?:,\s+(?:first\s+)?(?:published|written|issued)\s+in\s+\d{4}|\s*\(\d{4}\))/u.test(rest);
    if (/^In\s/u.test(p[0]) ? !(marked && pronounVerb.test(rest)) : !(marked || dated)) continue;
    out.push({ author: author.name, title, raw: text.slice(p.index, end), offset: p.index, strength: 'strong' });
  }
  return out;
}

const nearAfter = new RegExp(String.raw`^(?:\s*\([^)]{1,20}\))?(?:,\s+in\s+|\s+${VERB}\b(?:\s+[\p{Ll}\-]+){0,6}\s+in\s+)$`, 'u');
const nearBefore = /\bIn\s+(?:the\s+)?$/u;

/**
 * A title set in italics or quotation marks in the name's sentence, tied to it by `in`: after a verb
 * of saying or writing and up to six words (`X tells the story in *T*`), after a comma (`X, in *T*,`),
 * or before the name (`In *T* (1975), X`). Only a marked title counts: an unmarked one is too often a place.
 */
function markedTitleNear(flat: FlatText, m: NameMention): { title: string; from: number; to: number } | undefined {
  const text = flat.text;
  for (const [s, e] of flat.emphasis) {
    if (s >= m.end && s - m.end <= 60 && nearAfter.test(text.slice(m.end, s))) {
      const title = text.slice(s, e).trim();
      if (isTitleish(title) || /^\p{Lu}/u.test(title)) return { title, from: s, to: e };
    }
    if (
      e <= m.offset &&
      m.offset - e <= 12 &&
      /^(?:\s*\(\d{4}\))?,\s*$/u.test(text.slice(e, m.offset)) &&
      nearBefore.test(text.slice(Math.max(0, s - 10), s))
    ) {
      const title = text.slice(s, e).trim();
      if (/^\p{Lu}/u.test(title)) return { title, from: s, to: e };
    }
  }
  // `X, in "The Guilds",`: a quoted title after the name.
  const q = /^(,\s+in\s+|\s+[\p{L}]+(?:\s+[\p{Ll}\-]+){0,4}\s+in\s+)[«“"]([^«»“”"\n]{2,120})[»”"]/u.exec(text.slice(m.end, m.end + 200));
  if (q && nearAfter.test(q[1]!)) {
    const title = q[2]!.replace(/[,.;:]+$/, '').trim();
    if (isTitleish(title)) return { title, from: m.end + q[1]!.length, to: m.end + q[0].length };
  }
  return undefined;
}

/** Looks like a title, not a place or a date: two words or more, or one long capitalized word. */
function isTitleish(title: string): boolean {
  const words = title.split(/\s+/);
  if (words.length > 12) return false;
  if (/^\p{N}/u.test(title)) return false;
  if (words.length === 1) return false;
  const content = words.filter((w) => !small.has(w.toLowerCase()));
  return content.length > 0 && content.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= content.length;
}

const REFERENCE_HEADING =
  /^(?:references|bibliography|works cited|sources|further reading|literature|reading list|selected bibliography|reading|suggested reading|recommended reading|select bibliography)$/i;

/** Is this heading the start of a references list? */
export function isReferencesHeading(title: string): boolean {
  return REFERENCE_HEADING.test(title.trim().replace(/[:.]$/, ''));
}

/**
 * One entry of a references list: `Broué, Pierre. El Partido Bolchevique. Ediciones …, 2005.`,
 * `Lenin. «One of the Fundamental Questions of the Revolution»`, `———. «Problems…». 1933`
 * (the previous entry's author). Returns the author as written and the title.
 */
export function parseReference(
  text: string,
  previousAuthor: string | undefined,
): { author?: string; coAuthors?: string[]; editors?: string[]; title?: string; year?: string; corporate?: boolean } | undefined {
  const ref = readReference(text, previousAuthor);
  if (!ref) return undefined;
  // The year the entry dates the work by, for author-date citations to meet it (`(Smith 1999)`, `Smith (1999) argues`).
  const year = /(?:^|[\s(])((?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.)(?=[).,;:\s]|$)/u.exec(text)?.[1];
  const editors = editorsOf(text);
  return { ...ref, ...(year ? { year } : {}), ...(editors.length ? { editors } : {}) };
}

const PERSON = String.raw`(?:(?:\p{Lu}\.\s?)+|\p{Lu}[\p{L}'’\-]+\s+(?:\p{Lu}\.\s?)*)\p{Lu}[\p{L}'’\-]+`;
const PERSONS = String.raw`(${PERSON}(?:(?:,\s+|,?\s+(?:and|&)\s+)${PERSON})*)`;
const EDITED = [
  new RegExp(String.raw`(?:\b[Ee]d(?:ited)?\.?\s+by|\b[Ee]ds?\.|\b[Tt]rans(?:lated|\.)\s+by)\s+${PERSONS}`, 'u'),
  new RegExp(String.raw`\bIn\s+${PERSONS}\s+\([Ee]ds?\.\)`, 'u'),
];

/** `Ed. Francis T. Cullen and Robert Agnew`, `edited by R. Peterson, L. Krivo and J. Hagan`, `In C. Murchison (Ed.)`: the editors an entry names. */
function editorsOf(text: string): string[] {
  const out: string[] = [];
  for (const re of EDITED) {
    const m = re.exec(text);
    if (m) out.push(...m[1]!.split(/,\s+|,?\s+(?:and|&)\s+/u).map((n) => n.trim()));
  }
  return out;
}

function readReference(
  text: string,
  previousAuthor: string | undefined,
): { author?: string; coAuthors?: string[]; title?: string; corporate?: boolean } | undefined {
  const t = text.trim();
  const imprint = imprintEntry(t);
  if (imprint) return imprint;
  const apa = apaEntry(t) ?? dateEntry(t) ?? bodyEntry(t);
  if (apa) return apa;
  const dash = /^(?:[—–-]{2,}|_{2,})\s*[.,]?\s*/u.exec(t);
  let author: string | undefined;
  let rest: string;
  if (dash) {
    author = previousAuthor;
    rest = t.slice(dash[0].length);
  } else {
    // The first author (`Marsden, Ann, and Peter Quill.`, `Pell, S. & Dunmore, K. (2010)`): the others do not change the source's key.
    const a =
      /^([\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+)?)(?:,\s+((?:\p{Lu}\.\s*|\p{Lu}[\p{L}'’\-]+\s*){1,3}))?(?:(?:,\s*|\s+|(?<=\s))(?:and|&)\s+[^().]{1,60}(?:\.[^().]{0,20}){0,3})?(?:\.\s+|(?<=\p{Lu}\.\s+)|\s*(?=\(\d{4}))/u.exec(
        t,
      );
    if (!a) return undefined;
    author = a[2] ? `${a[2].trim().replace(/^(\p{Lu})$/u, '$1.')} ${a[1]}`.replace(/\s+/g, ' ') : a[1];
    rest = t.slice(a[0].length);
  }
  // An author-date entry: the year before the title (`Hollowell, J. (1903). Title.`, `Tavistock, R. 2001. Title.`).
  rest = rest.replace(/^\(?\d{4}[a-z]?\)?[.,]?\s+/u, '');
  const q = /^[«“"]([^«»“”"]{2,200})[»”"]/u.exec(rest);
  const title = q ? q[1]!.replace(/[.,;:]+$/, '').trim() : rest.split(/\.\s|\.$|\?\s/)[0]!.trim();
  if (!title || !/^\p{Lu}/u.test(title)) return author ? { author } : undefined;
  return { ...(author ? { author } : {}), title };
}

/** An APA author: a surname (of up to two words) and its initials (`Knekt, P. P.`, `O’Hara, M.`, `Smith, J.-P.`). */
const APA_AUTHOR = /(\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?),\s+((?:\p{Lu}\.\s?-?){1,3})/u;
// The year in brackets (APA) or not (ASA: `Cantor, D. and Lynch, J. 2000.`).
const APA_AUTHORS = new RegExp(
  `^((?:${APA_AUTHOR.source},?\\s+(?:&\\s+|and\\s+)?)+)(?:et\\s+al\\.,?\\s*)?(?:\\((?:\\d{4}[a-z]?|n\\.\\s?d\\.)\\)|(?<=\\.\\s)(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?)[.,]?\\s+`,
  'u',
);

/**
 * `Benjamin, L., Henry, K., & McMahon, L. (2005). Title.`, `Knekt, P. P., et al. (2008). Title.`, `O’Hara, M. (n.d.).`:
 * an APA entry, every author by surname and initials, then the year (or `n.d.`) in brackets. The first author keys the
 * work; the others are its co-authors (persons named, not sources of their own).
 */
function apaEntry(t: string): { author: string; coAuthors?: string[]; title?: string } | undefined {
  const m = APA_AUTHORS.exec(t);
  if (!m) return undefined;
  const authors = [...m[1]!.matchAll(new RegExp(APA_AUTHOR.source, 'gu'))].map((a) => `${a[2]!.trim()} ${a[1]}`.replace(/\s+/g, ' '));
  const rest = t.slice(m[0].length);
  const q = /^[«“"]([^«»“”"]{2,200})[»”"]/u.exec(rest);
  const title = q ? q[1]!.replace(/[.,;:]+$/, '').trim() : rest.split(/\.\s|\.$|\?\s/)[0]!.trim();
  return {
    author: authors[0]!,
    ...(authors.length > 1 ? { coAuthors: authors.slice(1) } : {}),
    ...(title && /^[\p{Lu}\p{N}]/u.test(title) ? { title } : {}),
  };
}

const GIVEN = String.raw`\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){0,2}`;
const FULL_NAME = String.raw`(?:\p{Lu}[\p{L}'’\-]*\.?\s+){1,3}(?:(?:de|van|von|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’\-]+`;
const DATE_ENTRY = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?),\s+(${GIVEN})((?:,\s+(?:and\s+)?${FULL_NAME})*(?:,?\s+and\s+${FULL_NAME})?)\.\s+(?:(?:1[5-9]\d\d|20\d\d)[a-z]?(?:\s*\\?\[(?:1[5-9]\d\d|20\d\d)\])?\.\s+|(?=[«“"]))`,
  'u',
);

/**
 * `Smith, John, and Mary Jones. 2003. *Title*. Oxford: Clarendon.`, `Marx, Karl. 1867. *Capital*.`: an author-date
 * entry (Chicago), the first author surname first, the others in their order, then the year and the title.
 */
function dateEntry(t: string): { author: string; coAuthors?: string[]; title?: string } | undefined {
  const m = DATE_ENTRY.exec(t);
  if (!m) return undefined;
  const others = [...m[3]!.matchAll(new RegExp(FULL_NAME, 'gu'))].map((x) => x[0].replace(/\s+/g, ' '));
  const rest = t.slice(m[0].length);
  const q = /^[«“"]([^«»“”"]{2,200})[»”"]/u.exec(rest);
  const title = q ? q[1]!.replace(/[.,;:]+$/, '').trim() : rest.split(/\.\s|\.$|\?\s/)[0]!.trim();
  return {
    author: `${m[2]!.trim()} ${m[1]}`,
    ...(others.length ? { coAuthors: others } : {}),
    ...(title && /^[\p{Lu}\p{N}]/u.test(title) ? { title } : {}),
  };
}

const BODY_WORD = String.raw`(?:\p{Lu}[\p{L}.'’&\-]*|of|and|for|the|on|in)`;
const BODY_ENTRY = new RegExp(String.raw`^((?:The\s+)?\p{Lu}[\p{L}.'’&\-]*(?:\s+${BODY_WORD}){0,7})[.,]\s+\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,]\s+`, 'u');

/**
 * `The Federal Bureau of Investigation. 2010. “Crime in the United States, 2009.”`, `ProCon.org. 2009. “…”`,
 * `American Psychological Association. (2019). *Title*`: an entry whose author is a body, named without a comma, then
 * the year. The body is the author of the work and no person (`corporate`).
 */
function bodyEntry(t: string): { author: string; title?: string; corporate: true } | undefined {
  const m = BODY_ENTRY.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m[0].length);
  const q = /^[«“"]([^«»“”"]{2,200})[»”"]/u.exec(rest);
  const title = q ? q[1]!.replace(/[.,;:]+$/, '').trim() : rest.split(/\.\s|\.$|\?\s/)[0]!.trim();
  return { author: m[1]!.replace(/^The\s+/u, ''), ...(title && /^[\p{Lu}\p{N}]/u.test(title) ? { title } : {}), corporate: true };
}

/**
 * `Georges Haupt, Socialism and the Great War (Oxford: Clarendon Press, 1972)`, `Carl E. Schorske, German Social
 * Democracy 1905-1917 (Harvard`: an entry that names its author in the text's order, then the title, then the
 * imprint in brackets (or the line ends). Not `Marsden, Ann. Title` (surname first: a given name or initials and a
 * full stop or a year after the comma).
 */
function imprintEntry(t: string): { author: string; title: string } | undefined {
  const m = /^((?:\p{Lu}[\p{L}'’\-]*\.?\s+){1,3}\p{Lu}[\p{L}'’\-]+),\s+(\p{Lu}[^()]{2,150}?)\s*(?:\([^()]*\)?\.?)?$/u.exec(t);
  if (!m) return undefined;
  const title = m[2]!.replace(/[.,;:]+$/, '').trim();
  if (/^(?:\p{Lu}\.\s?){1,3}$|^\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?$/u.test(title) || !isTitleish(title)) return undefined;
  return { author: m[1]!, title };
}
