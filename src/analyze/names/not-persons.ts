/**
 * Runs shaped like a person's name that name something else, told by what stands around them:
 * a newspaper or periodical (`the Gazette`, `the Western Times`, `Pravda`), a publisher after its
 * town and a colon (`Exeter: Devon Books, 1987`). Each is left
 * out of the index of names and logged at its place (see `index-names.ts`); a newspaper that says
 * something is a source (see `citations.ts`).
 */

/** Last words of a newspaper's or a periodical's name (`the Vossische Zeitung`, `the Denver Post`, `the Gazette`). */
const PRESS_HEADS = new Set(
  `gazette gazzetta gaceta gazeta zeitung times post herald tribune chronicle courier courant journal observer telegraph
  guardian mercury express echo advertiser examiner inquirer intelligencer dispatch despatch clarion bulletin recorder
  star standard mail review magazine weekly`
    .trim()
    .split(/\s+/),
);

/** Papers named by one word that is no common noun (`Pravda`, `Iskra`, `Vorwärts`, `L'Humanité`). */
const PRESS_NAMES = new Set(
  `pravda izvestia izvestiya iskra vpered vorwärts vorwaerts humanité l'humanité l’humanité figaro libération avanti`.trim().split(/\s+/),
);

/** Last words of a publisher's or an endowment's name (`Devon Books`, `Merlin Publishers`, `Carnegie Endowment`). */
const PUBLISHER_HEADS = new Set('books publishers publishing verlag editions éditions ediciones edizioni endowment'.split(' '));

/** Verbs a paper says or reports with (`the Gazette reported that`, `Pravda described it as`). */
const PRESS_VERB =
  'said|says|wrote|writes|described|describes|reported|reports|called|calls|claimed|claims|declared|declares|commented|comments|announced|announces|stated|states|printed|prints|quoted|quotes|warned|warns|argued|argues|noted|notes|insisted|insists|denounced|denounces';
/** `reported`, `, for its part, described`, `on March 3rd, 1921 described`, `, whose reporter described`. */
const PRESS_SAYS = new RegExp(
  String.raw`^(?:,\s+(?:whose|its)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:correspondent|reporter|editor|leader|columnist)(?:\s+[^,.;:!?"“”]{1,50},)?|,\s+[^,.;:!?"“”]{1,30},|\s+(?:on|in)\s+[^.;:!?"“”]{1,25}?)?\s+(?:${PRESS_VERB})\b`,
  'u',
);

export interface NotPerson {
  /** Why the run is no person's name, as the log says it. */
  reason: string;
  /** A newspaper or periodical, its name whole (`Western Times`, where the run was read as `Times`): a source when it says something. */
  press?: string;
  /** It says or reports something here (`the Gazette reported`, `Pravda, on March 3rd, described`). */
  says?: boolean;
}

/** `the` before the name, or before the words the name's reading left out (`the Western Times` is read as `Times`). */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+(?:\p{Lu}[\p{L}'’\-]*\s+){0,3}$/u;

/** `the Vossische Zeitung`, `the Western Times`: a run after `the` ending in a paper's word, at `offset` in `text`. */
export function pressRun(text: string, offset: number, lastWord: string): boolean {
  return PRESS_HEADS.has(lastWord.toLowerCase()) && THE_BEFORE.test(text.slice(Math.max(0, offset - 60), offset));
}

/**
 * Is the mention `m` (at `offset` to `end` in `text`, its possessive included) something other than a person?
 */
export function notPerson(
  text: string,
  m: { name: string; words: string[]; offset: number; end: number; honorific?: string; possessive?: boolean },
): NotPerson | undefined {
  const { name, words, offset, end } = m;
  if (m.honorific) return undefined;
  const press =
    (PRESS_NAMES.has(name.toLowerCase()) && words.length === 1) ||
    // `Emily Post`, `Mary Chronicle`: a head word after a given name is a surname unless `the` stands before the run.
    pressRun(text, offset, words[words.length - 1]!);
  if (press) {
    // `the Manchester Guardian's correspondent, Frederick Voigt, wrote`: the correspondent says it, not the paper.
    const says = !m.possessive && PRESS_SAYS.test(text.slice(end, end + 90));
    const lead = THE_BEFORE.exec(text.slice(Math.max(0, offset - 60), offset));
    const whole = (lead ? lead[0].replace(/^[^\p{L}]?[Tt]he\s+/u, '') : '') + text.slice(offset, end).replace(/['’]s?$/u, '');
    return { reason: 'a newspaper or periodical', press: whole, ...(says ? { says } : {}) };
  }
  if (words.length > 1 && PUBLISHER_HEADS.has(words[words.length - 1]!.toLowerCase())) return { reason: 'a publisher’s or an endowment’s name' };
  // `… Title. London: Verso, 1998`, `(Exeter: Devon Books)`: a publisher, after its town and a colon that follow a full stop or
  // open a bracket, before its year or the entry's end (`Chair: Ann Lee.` opening minutes names a person).
  if (
    text.charCodeAt(offset - 2) === 58 /* `: ` */ &&
    /(?:[.)]\s+|\()\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}:\s+$/u.test(text.slice(Math.max(0, offset - 30), offset)) &&
    /^(?:,\s*(?:\d{4}|[^,.;()]{1,30},\s*\d{4})|\.\s*$|\.\s|\s*\)|\s*,?\s*\(?\d{4})/u.test(text.slice(end, end + 40))
  )
    return { reason: 'a publisher, after its town and a colon' };
  return undefined;
}
