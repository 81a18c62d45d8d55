import { BYLINE, DATE_STAMP, PHOTO_CREDIT, SERIES_NAV } from '../normalize/clutter-patterns.ts';
import { doubledCaption } from '../normalize/clutter.ts';
import {
  bylineOrganisation,
  bylinePeople,
  isLabelAlone,
  byWhom,
  nameColonTitle,
  nameWithLowerRole,
  nameWithRole,
  organisationName,
  peopleLine,
  titleDashName,
  withoutMarks,
} from './guess-author.ts';
import { findDate, parseDateLine } from './guess-date.ts';
import { titlePage } from './title-page.ts';
import { mailingDigest } from './digest.ts';
import { isBannerLine, isIssueLine, isKicker, isPlatformFurniture, isRecordTitle, isSkipLink, letterheadLines } from './kicker.ts';
import { type Guess, type Line, wordCount } from './lines.ts';
import { personNameParts } from '../analyze/names/lexicon.ts';
import { allWordsLikeAName, PEOPLE, personName } from './names.ts';
import { type CasingTable, isAllCaps, titleFromCaps } from './title-case.ts';

// Lines that introduce a quotation or name the author are standfirsts, not titles.
const LEAD_IN = /\b(?:said|says|wrote|writes|argues|explains|recalls|declared|stated|reports)\b/i;
// A masthead, a section or a site above the title: "Green Transport Quarterly — Issue 14", "Opinion".
const MASTHEAD =
  /\b(?:quarterly|journal|magazine|newsletter|bulletin|gazette|weekly|monthly|daily|blog|podcast|transcript|issue|vol\.?|volume|no\.?\s*\d|edition|opinion|comment|analysis|features?|news|home|menu|\.com|\.org|\.net)\b|^\W*(?:section|category|topic|filed under)\s*:|^\W*(?:report|briefing|essay|interview|transcript|review|pamphlet|leaflet|statement|press release|working paper|policy paper|discussion paper)\W*$/i;
// (An e-mail's subject without its "Fwd:" and "Re:": "Subject: Fwd: Notes from Saturday's meeting".)
// (A memo's "Re:" and "Regarding:" are its subject.)
const TITLE_LABEL =
  /^(?:title|titre|titel|título|titolo|subject|betreff|objet|asunto|oggetto|assunto|re|regarding|subj)\s*:\s*(?:(?:fwd?|re|aw|wg|tr|rv|enc)\s*:\s*)*(.+)$/i;
// Breadcrumbs of a copied web page: "Home > Debate > Housing", "News » World".
// (Its last step is the page's own title, as long as that is: "Home › Blog › Why the library must stay open on Sundays";
// a trail from the home page may step with slashes or bars too: "Startseite / Aktuelles / …".)
const BREADCRUMB =
  /^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,40})*\s[>»›]\s[^>»›]{1,200}$|^(?:(?:you are here|sie sind hier|vous êtes ici|usted está aquí|está aquí|sei qui)\s*:\s*)?(?:home|home ?page|start|startseite|accueil|inicio|portada|inizio|início|begin)\s+[/|→]\s+\S/iu;
const isByline = (t: string) =>
  BYLINE.test(t) ||
  bylinePeople(t) !== undefined ||
  nameWithRole(t) !== undefined ||
  (wordCount(t) <= 14 && (bylineOrganisation(t) !== undefined || byWhom(t) !== undefined));
// A website's own furniture, never a title: skip links, cookie banners, sign-in and search.
const SITE_FURNITURE =
  /^(?:this article is more than \d+ (?:years?|months?) old|(?:posted|filed) (?:in|under)(?= \S)|\d+ comments?$|no comments$|leave a (?:comment|reply)|skip to (?:the )?(?:main )?(?:content|navigation|search)|jump to (?:content|navigation)|cookies on\b|(?:accept|reject|allow|manage) (?:all |additional |optional )?cookies|view cookies|cookie (?:settings|preferences|policy)|we use (?:some )?(?:essential )?cookies|sign in|log in|sign up|create (?:an )?account|search(?: this site)?|menu|main menu|toggle navigation|open menu|close)\b/i;

// A slide's number, as a presentation exported to text prints it over each slide: "Slide 1", "Slide 1 of 18", "Folie 3/20".
const SLIDE_MARK = /^(?:slide|folie|diapositive|diapositiva|dia|slajd|lámina)\s*\d{1,3}(?:\s*(?:of|\/|von|de|sur|di|van|z)\s*\d{1,3})?\s*[:.]?$/iu;

// A paper's identifiers: "DOI: 10.1177/…", "ISSN 0309-8168", "https://doi.org/…".
// (Anywhere on a short line: "Working Lives: A Journal of Labor and Society · ISSN 1089-7011".)
const IDENTIFIER =
  /^(?:doi|issn|e-?issn|isbn|arxiv|pmid|url)\b\s*:?\s*\S|^https?:\/\/(?:dx\.)?doi\.org\/|\b(?:e-?ISSN|ISSN|ISBN)[:\s]+[\dX-]{8,}|\bdoi:\s*10\.\d/i;
// A paper's own headings over its front matter, one or two side by side in a layout: "ARTICLE INFO    ABSTRACT", "Keywords:".
const PAPER_FURNITURE =
  /^(?:(?:article\s+info(?:rmation)?|abstract|keywords?|highlights|summary|résumé|resumen|resumo|riassunto|zusammenfassung|schlüsselwörter|palabras\s+clave|mots[-\s]clés)\s*:?\s*){1,3}$/iu;

/** What guessTitle may use besides the lines: the text's word casing and language, for a title in capitals. */
export interface TitleContext {
  casing?: CasingTable;
  language?: string;
}

/** A title guess and where it stands in the lines, so the author guesser can look under it. */
export type TitleGuess = Guess & { index: number; /** Index of the title's last line, when it runs over two. */ end?: number };

/**
 * The title, when the text states it: a short line near the top, before the body begins.
 * Date stamps, bylines, captions and series links are skipped; a section label before a bar
 * ("Special | Title") is cut off. Of several short lines, the one a name or byline follows
 * is the title (a masthead above it, a subtitle below), and a line in capitals beats one that
 * is not. A title in capitals is put in title case (sentence case outside English).
 */
export function guessTitle(lines: readonly Line[], context: TitleContext = {}): Guess | undefined {
  const found = findTitle(lines, context);
  if (!found) return undefined;
  const { index: _index, end: _end, ...guess } = found;
  return guess;
}

/** {@link guessTitle}, with the title line's index in `lines`. */
export function findTitle(lines: readonly Line[], context: TitleContext = {}): TitleGuess | undefined {
  const candidates: Array<{ index: number; value: string; how: string; end?: number; marked?: boolean }> = [];
  let bodyLines = 0;
  let continues = false;
  // The second line of a title broken over two.
  let skip = -1;
  // A mailing list's digest: its name and number, not its first message's subject.
  const digest = mailingDigest(lines);
  if (digest?.title) {
    const index = Math.max(
      0,
      lines.findIndex((l) => l.n === digest.title!.line),
    );
    return { ...digest.title, value: tidyTitle(digest.title.value, context), index };
  }
  // A labelled title ("Title: …") in a header block, as Project Gutenberg and catalogue records
  // print one under a licence paragraph, wins over whatever short line stands above it.
  for (const [index, line] of lines.slice(0, 40).entries()) {
    const label = TITLE_LABEL.exec(line.text)?.[1]?.trim();
    if (!label) continue;
    // A long title field runs on in the lines right under it, indented, as Project Gutenberg's header sets a title and
    // its subtitle ("Title: The Evolution of Industrial Democracy" / "       Being a Study of …" / "       …"), or in one
    // short line that is no field of its own ("Title: The Condition of …" / "in the Year 1862").
    const more: Line[] = [];
    for (let k = index + 1; k <= index + 4 && lines[k]; k++) {
      const l = lines[k]!;
      if (l.n !== lines[k - 1]!.n + 1 || /^[\p{L} -]{1,30}:\s/u.test(l.text)) break;
      if (!l.indented && (k > index + 1 || wordCount(l.text) > 12)) break;
      more.push(l);
    }
    // (A title's second line in capitals after a title that ends cleanly is its subtitle: "Jack Sheppard" / "A Romance". An
    // e-mail's subject folded onto the next line is one line again.)
    const titleField = /^(?:title|titre|titel|título|titolo)\s*:/iu.test(line.text);
    const value = more.reduce(
      (a, l, k) =>
        titleField && k === 0 && /^\p{Lu}/u.test(l.text) && !/[,;:–—-]$/u.test(a) && !ENDS_ON_FUNCTION_WORD.test(a) ? `${a}: ${l.text}` : joinLines(a, l.text),
      label,
    );
    return finish({ index, value: subjectPart(subjectOnly(value), lines, index), how: 'the title line' }, lines, context);
  }
  // Project Gutenberg's first line: "The Project Gutenberg eBook of Songs from the Ghetto, by Morris Rosenfeld".
  const gutenberg = lines[0] && gutenbergLine(lines[0].text);
  if (gutenberg) return finish({ index: 0, value: gutenberg.title, how: 'the Project Gutenberg line' }, lines, context);
  // A book's title page in capitals over "BY" and its author: the title is its first line and the lines that carry it on
  // ("ANARCHISM" / "AND OTHER ESSAYS", "THE RAGGED TROUSERED" / "PHILANTHROPISTS:"), up to the stop its type sets after it,
  // an alternative title ("NEWS FROM NOWHERE:" / "OR," / "AN EPOCH OF REST,") or a subtitle ("MUTUAL AID" / "A FACTOR OF
  // EVOLUTION", "… DEMOCRACY" / "BEING A STUDY OF …").
  const page = titlePage(lines);
  if (page) {
    let end = page.start;
    let value = lines[page.start]!.text;
    const carryOn = new RegExp(String.raw`^(?:${CARRY_ON.replace(/^AND\|OR\|/, 'AND|')})\s+\S`, 'u');
    // (A word or two alone on the next line is one the type broke off: "THE RAGGED TROUSERED" / "PHILANTHROPISTS:"; a longer
    // line that carries nothing on is a subtitle: "L'ÉDUCATION" / "SENTIMENTALE" / "HISTOIRE D'UN JEUNE HOMME". A line that
    // opens as a subtitle or an edition's note does is one, after a title that ends on a full word: "… IN 1844" / "WITH
    // APPENDIX WRITTEN 1886".)
    const goesOn = (next: string) =>
      ENDS_ON_FUNCTION_WORD.test(value) || (!SUBTITLE_OPENER.test(next) && (carryOn.test(next) || (!/[.,;:!?]$/.test(value) && wordCount(next) <= 2)));
    while (end + 1 < page.by && goesOn(lines[end + 1]!.text)) value = joinLines(value, lines[++end]!.text);
    value = value.replace(/\s*[:;,.]+$/, '');
    if (isTitleShaped(value)) {
      const found = finish({ index: page.start, value, how: 'the title page', ...(end > page.start ? { end } : {}) }, lines, context);
      // A French book's title capitalises the noun after its first article, as its catalogues print it ("La Conquête du
      // pain", "L'Homme et la Terre"); a leaflet's or a paper's headline stays in sentence case.
      if (context.language === 'fr') found.value = found.value.replace(/^(L['’]|(?:La|Le|Les)\s+)(\p{Ll})/u, (_m, a: string, b: string) => a + b.toUpperCase());
      return found;
    }
  }
  // “Streets for People” – Aoife Keane
  for (const [index, line] of lines.slice(0, 3).entries()) {
    const quoted = titleDashName(line.text) ?? nameColonTitle(line.text);
    if (quoted) return finish({ index, value: quoted.title, how: 'the first lines' }, lines, context);
  }
  // A copied page's menus ("News / Opinion / Sport / Culture"): runs of one- and two-word lines that do not count
  // towards the fourteen lines the title is looked for in, and are no candidates.
  const menu = menuLines(lines);
  // A form's fields over the text (a cover sheet's "Student number: 2104471", "Module: …", "Word count: …"): no title.
  for (const i of fieldLines(lines)) menu.add(i);
  // A letterhead over the text (a branch's name, its address, its e-mail): no title.
  for (const i of letterheadLines(lines)) menu.add(i);
  // A title set in capitals over several short lines, as a pamphlet's cover sets it ("WHY WE" / "MUST DEFEND" / "THE
  // PUBLIC" / "LIBRARY"), is no menu.
  const stacks = new Map<number, number>();
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const end = capitalStack(lines, i);
    if (end === undefined) continue;
    stacks.set(i, end);
    for (let k = i; k <= end; k++) menu.delete(k);
    i = end;
  }
  for (let index = 0, seen = 0; index < Math.min(lines.length, 80) && seen < 14; index++) {
    if (menu.has(index)) continue;
    seen++;
    // The second or third line of a title already joined.
    if (index <= skip) continue;
    const line = lines[index]!;
    // A title page ends at its page break: what the next page holds is the text's, not the title page's.
    if (candidates.length && (line.page ?? 0) > (lines[candidates[0]!.index]!.page ?? 0)) break;
    const stackEnd = stacks.get(index);
    if (stackEnd !== undefined) {
      candidates.push({ index, value: joinStack(lines, index, stackEnd), how: 'the lines at the top', end: stackEnd });
      skip = stackEnd;
      continues = false;
      continue;
    }
    // A line marked as a heading in a plain text (Markdown's "# ", a mailing's "** "): the marks go, and it counts for more.
    const marked = HEADING_MARK.test(line.text);
    // Decoration around a heading ("*** BREAD & ROSES ***", "~~ Issue notes ~~") is not part of it.
    const t0 = (marked ? line.text.replace(HEADING_MARK, '').replace(/\s*\*\*$/, '') : line.text)
      .replace(/^[*~=•·+#_-]{2,}\s+(?=\S)|(?<=\S)\s+[*~=•·+#_-]{2,}$/gu, '')
      // A tag in brackets before a title is its state or its medium, not part of it: "[DRAFT] …", "(Video) …", "[Updated] …".
      .replace(BRACKET_TAG, '')
      // A podcast's episode number or a newsletter's issue before its title: "Episode 42: Who Owns the Water?", "Issue #37: …",
      // "Tenants' Bulletin #12: Why we are balloting".
      .replace(EPISODE, '')
      .replace(NAMED_ISSUE, '');
    // A date before the title, a dash or a bar after it, is the page's dateline: "12.03.2024 – Streik bei Amazon: …".
    const dated = findDate(t0);
    // (Not a time after a date: "14 de agosto de 2023 - 06:00 CEST" is all dateline.)
    const rest = dated && dated.index === 0 ? t0.slice(dated.end).replace(/^\s*[–—|·:-]\s+/u, '') : '';
    const t1 = rest && rest !== t0.slice(dated!.end) && /^\p{Lu}/u.test(rest) && wordCount(rest) >= 3 ? rest : t0;
    // A byline after the title on its line: "Why We Strike — by Maria Lopez", "Notes on Rent, by Ana Lima".
    const t = TITLE_THEN_BY.exec(t1)?.[1] ?? t1;
    const words = wordCount(t);
    // A headline of two sentences over its author's name, as newspapers print them: "Painted lines are not cycle
    // lanes. Ask anyone who rides to work" / "Ruth Adeyemi".
    const after = lines[index + 1];
    // Or in title case, which running text never is, wherever its byline stands: "I Organised My Warehouse. Here Is What I Learned."
    const titleCased = (capitalShare(t) ?? 0) >= 0.8 && isTitleShaped(t.replace(/\.$/, ''), { sentences: true });
    if (
      words >= 6 &&
      (isTitleShaped(t, { sentences: true }) || titleCased) &&
      !setOverTwoLines(lines, index, t) &&
      !isTitleShaped(t) &&
      !(doubledCaption(t) || PHOTO_CREDIT.test(t) || DATE_STAMP.test(t) || isKicker(t) || isImprint(t, after?.text)) &&
      ((after && (personName(after.text) || isByline(after.text))) || titleCased)
    ) {
      candidates.push({ index, value: t, how: HEADLINE_OVER_BYLINE });
      continue;
    }
    // A hard-wrapped line (PDF text) goes on in the next one: that one cannot be a title.
    const wrapped = continues && line.n === lines[index - 1]!.n + 1;
    // A kicker (a citation line, a series line) is not running text that the next line carries on.
    continues = words >= 8 && !/[.!?:;…"'”’)\]]$/.test(t) && !isKicker(t);
    if (words >= 40 || (words >= 12 && !isTitleShaped(t))) {
      // Past two body paragraphs, a short line is a section heading, not the title.
      if (++bodyLines >= 2) break;
      continue;
    }
    // A site's way around itself is no running text that the next line carries on: "Accueil / Actualités / Pourquoi nous
    // avons occupé la mairie" over the title itself.
    if (SITE_FURNITURE.test(t) || isSkipLink(t) || BREADCRUMB.test(t) || SLIDE_MARK.test(t)) {
      continues = false;
      continue;
    }
    if (
      PAPER_FURNITURE.test(t) ||
      IDENTIFIER.test(t) ||
      isPlatformFurniture(t) ||
      DATE_STAMP.test(t) ||
      parseDateLine(t) ||
      labelledDates(t) ||
      isKicker(t) ||
      isByline(t) ||
      isLabelAlone(t) ||
      // (Not a series' name in title case before a name: "Jarrow Voices: Margaret Doyle".)
      (CREDIT_LINE.test(t) &&
        !/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+:/u.test(t) &&
        !!personName(CREDIT_LINE.exec(t)![1]!.split(/\s+(?:and|&|en|et|und|y|e)\s+|,\s*/u)[0]!)) ||
      SERIES_NAV.test(t) ||
      doubledCaption(t) ||
      PHOTO_CREDIT.test(t) ||
      isImprint(t, lines[index + 1]?.text) ||
      speakerTurn(t, lines) ||
      TRANSLATOR_LINE.test(t)
    )
      continue;
    // A name is the byline, unless a byline follows it: then it is a short title in capitals ("URBAN MOBILITY" / "Ana Lima").
    if (personName(t) && !(lines[index + 1] && (personName(lines[index + 1]!.text) || isByline(lines[index + 1]!.text)))) continue;
    // Names joined ("Elena Marchetti and Youssef Benali") and an interview's label ("Interview with NAME, …") are no title.
    // (An interview's label that is the text's only heading, its first line over the body, is its title: "An interview with
    // Sofia Marquez" / "Sofia Marquez has organised domestic workers in Madrid since 2010. …".)
    const onlyHeading = index === 0 && INTERVIEW_WITH.test(t) && !!lines[1] && wordCount(lines[1].text) >= 12;
    if ((peopleLine(withoutMarks(t)) && !isAllCaps(t)) || (INTERVIEW_WITH.test(t) && !onlyHeading)) continue;
    // "POLICY BRIEFING | No. 7 | March 2022": a series line, not a section label before a title.
    if ((t.match(/\|/g)?.length ?? 0) >= 2) continue;
    const bar = t.lastIndexOf('|');
    const candidate = (bar > 0 && bar < t.length - 1 ? t.slice(bar + 1) : t).trim();
    // A label and whom the text is with, after the bar: "INTERVIEW | Nadia Rahman, bus driver".
    if (candidate !== t && (personName(candidate) || nameWithLowerRole(candidate))) continue;
    if (candidate !== t && (DATE_STAMP.test(candidate) || parseDateLine(candidate))) continue;
    // A title broken over two lines (a PDF's, a layout's): the first ends on a colon, a dash or a
    // small word, and the next line, right under it, ends it: "THE CASE FOR" / "CAR-FREE CITIES".
    const next = lines[index + 1];
    // "THE" alone over "MINERS' NEXT STEP" (a title page's large type): too short to tell its case, it takes the next line's.
    const loneArticle =
      /^(?:THE|A|AN|The|A|An)$/.test(candidate) &&
      next !== undefined &&
      next.n <= line.n + 2 &&
      isTitleShaped(next.text) &&
      (isAllCaps(next.text) || candidate !== candidate.toUpperCase());
    const joins =
      !wrapped &&
      next &&
      (loneArticle ||
        (next.n === line.n + 1 &&
          (/[:–—-]$/.test(candidate) || ENDS_ON_FUNCTION_WORD.test(candidate)) &&
          isAllCaps(candidate) === isAllCaps(next.text) &&
          !personName(next.text)) ||
        // or the next line, right under it, carries it on from a small word: "… Courtyard Gardens" / "and the Politics of Upkeep".
        (next.n === line.n + 1 &&
          // (in lower case, or in capitals under a title in capitals: "THE HOUSING QUESTION" / "IN OUR TOWN"; not "From Wikipedia, …")
          // (In the languages our readers come in: "POUR UN SERVICE PUBLIC" / "DE LA PETITE ENFANCE".)
          (isAllCaps(candidate)
            ? isAllCaps(next.text) && new RegExp(String.raw`^(?:${CARRY_ON})\s+\S`, 'u').test(next.text)
            : new RegExp(String.raw`^(?:${CARRY_ON.toLowerCase()})\s+\S`, 'u').test(next.text)) &&
          // (not a byline in a language whose "by" is one of them: "di Francesca Romano", "VON ANNA SCHMIDT")
          !isByline(next.text) &&
          wordCount(next.text) <= 8 &&
          !/[.;,!]$/.test(next.text)) ||
        // or a title set in large type over two lines, its byline under them.
        setOverTwoLines(lines, index, candidate));
    // A question over its subtitle ("Who cleans the city? Outsourced street cleaning and the" / "politics of …") is a
    // title of two sentences when its authors follow.
    const byline2 = lines[index + 2] && namesLine(lines[index + 2]!.text);
    const broken =
      joins && (isTitleShaped(joinLines(candidate, next.text)) || (!!byline2 && isTitleShaped(joinLines(candidate, next.text), { sentences: true })));
    // A third line, when the two end on a word that cannot end a title: "Buses for Everyone:" / "The Case for
    // Franchising in the" / "North East" (name-shaped or not, it is the title's end).
    const third = lines[index + 2];
    const three =
      joins &&
      third !== undefined &&
      third.n === next.n + 1 &&
      /\b(?:a|an|the|of|for|and|in|on|to|with|from)$/i.test(next.text) &&
      isAllCaps(next.text) === isAllCaps(third.text) &&
      isTitleShaped(joinLines(joinLines(candidate, next.text), third.text));
    // (A title page's imprint set over two lines: "LEEDS:" / "TRADES COUNCIL OFFICES, 14 CALVERLEY STREET" / "1926".)
    if (joins && isImprint(joinLines(candidate, next.text), lines[index + 2]?.text)) {
      skip = index + 1;
      continue;
    }
    if (three) {
      candidates.push({ index, value: joinLines(joinLines(candidate, next.text), third.text), how: 'the first lines', end: index + 2 });
      continues = false;
      skip = index + 2;
    } else if (broken) {
      candidates.push({ index, value: joinLines(candidate, next.text), how: 'the first lines', end: index + 1, marked });
      continues = false;
      skip = index + 1;
    } else if (!wrapped && isTitleShaped(candidate)) {
      candidates.push({
        index,
        value: candidate,
        marked,
        how: bar > 0 && candidate !== t ? 'after the section label' : index === 0 ? 'a short first line' : 'a short line at the top',
      });
    }
    if (bodyLines >= 1 && candidates.length) break;
  }
  const best = choose(candidates, lines);
  return best ? finish(best, lines, context) : undefined;
}

/**
 * A title set in large type over two lines breaks where the width ends, on any word: in capitals ("PAY BANDING FOR
 * HCAs: WHAT THE NEW" / "AGREEMENT MEANS" / "By NAME") or in title case, as a journal sets a long one ("Cooling the
 * City: Trees, Shade and Heat" / "Inequality in Seville" / "NAME a, NAME b"). Taken when the line right under `text`
 * is short and in the same case, and its byline or its authors follow the pair.
 */
function setOverTwoLines(lines: readonly Line[], index: number, text: string): boolean {
  const line = lines[index]!;
  const next = lines[index + 1];
  const under = lines[index + 2];
  if (!next || !under || next.n !== line.n + 1) return false;
  // (Or in sentence case, its last word, or a few in lower case, on the second line: "Childcare deserts in rural" / "England";
  // not a name in title case under it, a publication's: "The quiet return of the milkman" / "The Observer".)
  const sameCase = isAllCaps(text)
    ? isAllCaps(next.text)
    : !isAllCaps(next.text) &&
      (((capitalShare(text) ?? 0) >= 0.8 && (capitalShare(`${text} ${next.text}`) ?? 0) >= 0.8) ||
        (isSentenceCase(text) && (wordCount(next.text) === 1 || (/^\p{Ll}/u.test(next.text) && wordCount(next.text) <= 3))));
  return (
    sameCase &&
    wordCount(next.text) <= 6 &&
    !isKicker(next.text) &&
    !findDate(next.text) &&
    !isByline(next.text) &&
    // (A name in capitals is too weak a sign to stop a title in capitals: "AGREEMENT MEANS" reads as one. So is a
    // name-shaped line one of whose words is an English word nobody is named: "London Hospitals".)
    (isAllCaps(next.text) || !personName(withoutMarks(next.text)) || !allWordsLikeAName(withoutMarks(next.text))) &&
    !/[.;,!?]$/.test(text) &&
    !organisationName(text) &&
    !MASTHEAD.test(text) &&
    namesLine(under.text)
  );
}

/** A byline, or a name or names alone (affiliation marks aside): what stands under a title. */
const namesLine = (t: string): boolean => {
  if (isByline(t)) return true;
  const bare = withoutMarks(t);
  const names = personName(bare) ?? peopleLine(bare);
  // In capitals a line's words are names' shape whatever they are ("COLD HOMES, HOT BILLS" reads as two people): each
  // name must start with a known given name or an initial ("W. J. PRICE").
  const given = (n: string) => {
    const first = n.split(/\s+/)[0]!;
    return /^\p{Lu}\.$/u.test(first) || personNameParts().has(first.toLowerCase());
  };
  return !!names && (!isAllCaps(bare) || names.split(/\s*,\s*|\s+and\s+/).every(given));
};

/** Of the title-shaped lines at the top, the title. */
const HEADLINE_OVER_BYLINE = 'the headline over the byline';
// A word no title ends on, so a line ending on one goes on in the next ("NOBODY IS ILLEGAL, NOBODY IS" / "UNPAID"): an
// article, a preposition, a conjunction, a copula, a possessive; in the languages our readers come in. Not "by", which a
// name follows.
const ENDS_ON_FUNCTION_WORD =
  /(?<![\p{L}\p{M}])(?:a|an|the|of|for|and|or|nor|but|in|on|to|with|from|against|after|before|into|onto|over|under|about|without|between|through|at|as|than|that|which|who|whose|is|are|was|were|be|not|its|their|our|your|my|his|her|le|la|les|un|une|des|du|de|et|ou|pour|dans|sur|avec|el|los|las|del|y|en|con|para|por|il|lo|gli|di|della|che|e|per|der|die|das|den|dem|ein|eine|und|oder|für|mit|von|zu|im|het|een|van|voor|met|o|os|as|do|da|dos|com|um|uma)$/iu;
const INTERVIEW_WITH =
  /^(?:an?\s+)?(?:interview|in conversation|conversation|q\s*&\s*a|entretien|entrevista|intervista|gespräch|interview)\s+(?:with|mit|avec|con|com)\s+\p{Lu}/iu;
const TITLE_THEN_BY = new RegExp(String.raw`^(.{3,120}?)\s*(?:[—–]|\s-|,)\s*(?:by|par|von|por|di|door)\s+${PEOPLE}$`, 'u');
// A credit line, a label and a name: "Beeld: Sam Peters", "Foto: Ana Lima", "Illustration: Jo Kim". Never a title.
const CREDIT_LINE = new RegExp(String.raw`^[\p{L}][\p{L} &/]{1,28}:\s*(${PEOPLE})$`, 'u');
// The small words a title's second line may start with, carrying on the first: English, French, Spanish, Italian,
// German, Portuguese, Dutch (in capitals; lower-cased for a title in lower case).
const CARRY_ON =
  'AND|OR|OF|FOR|IN|ON|THE|TO|WITH|FROM|AGAINST|AFTER|BEFORE|&|DE|DU|DES|LA|LE|LES|ET|POUR|DANS|SUR|CONTRE|DEL|Y|EN|CON|PARA|POR|CONTRA|DI|DELLA|DEI|PER|E|DER|DIE|DAS|DEN|UND|FÜR|GEGEN|VON|ZUR|ZUM|DO|DA|DOS|DAS|COM|VAN|VOOR|HET|EN';
// The first word of a title page's subtitle, alternative title or edition line, under a title that is whole: "A FACTOR OF
// EVOLUTION", "OR, THE STORY OF A YEAR", "BEING SOME CHAPTERS …", "WITH A PREFACE …", "VOLUME I".
const SUBTITLE_OPENER =
  /^(?:A|AN|THE|BEING|OR|WITH|ITS|HIS|HER|THEIR|SOME|TOGETHER|INCLUDING|CONTAINING|TRANSLATED|EDITED|VOLUME|VOL\.|PART|BOOK|IN\s+\w+\s+VOLUMES|UN|UNE|UNA|UNO|EIN|EINE|EEN|UM|UMA|OU|ODER|O|OSSIA|NEBST|ÉTUDE|ESTUDIO|STUDIE)\b/u;
const EPISODE = /^(?:episode|ep\.|issue|folge|épisode|episodio|episódio|aflevering)\s*#?\d{1,4}\s*[:.–—|-]\s+(?=\p{Lu}|\p{N}|["'“‘«¿¡])/iu;
// A translator's credit: "Translated from the Italian by Oliver Grant", "Traduit de l'allemand par …".
const TRANSLATOR_LINE =
  /^(?:translated|translation|traduit|traduction|traducido|traducción|tradução|traduzido|tradotto|traduzione|übersetzt|übersetzung|vertaald|vertaling)\b/iu;
// A publication's name and its number before a title: "Tenants' Bulletin #12: …", "Plot Post No. 5 – …".
const NAMED_ISSUE = /^(?:[\p{L}'’&.-]+\s+){1,4}(?:#\s?\d{1,4}|(?:no\.?|nr\.?|n°|issue|vol\.?|volume)\s*#?\d{1,4})\s*[:–—|-]\s+(?=\p{Lu}|\p{N}|["'“‘«¿¡])/iu;
// A mailing list's tag and the replies' and forwards' marks before a subject: "[Riverside Plot Post] Re: …".
const LIST_TAG = /^(?:\[[^\[\]]{1,40}\]\s*|(?:fwd?|re|aw|wg|tr|rv|enc)\s*:\s*)+/iu;

/**
 * A header's MIME encoded words as text, as a message saved whole ("Show original") keeps them:
 * `=?UTF-8?Q?Por_qu=C3=A9_hacemos_huelga?=` -> `Por qué hacemos huelga`. Words that cannot be decoded stay.
 */
export function decodeMimeWords(text: string): string {
  return text
    .replace(/(=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g, (whole, charset: string, kind: string, data: string) => {
      try {
        const bytes =
          kind.toUpperCase() === 'B'
            ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
            : Uint8Array.from(
                data
                  .replace(/_/g, ' ')
                  .replace(/=([0-9A-Fa-f]{2})|([\s\S])/g, (_m, hex: string | undefined, ch: string | undefined) =>
                    hex ? String.fromCharCode(parseInt(hex, 16)) : ch!,
                  ),
                (c) => c.charCodeAt(0),
              );
        return new TextDecoder(charset.toLowerCase(), { fatal: true }).decode(bytes);
      } catch {
        return whole;
      }
    });
}

// A mailing's name after its subject: "Volunteers needed for Easter | Kingsford Food Bank news".
const MAILING_NAME = /\b(?:news|newsletter|bulletin|update|updates|digest|briefing|weekly|monthly|round-?up)$/i;

/**
 * Of a subject in parts ("Volunteers needed for Easter | Kingsford Food Bank news"), the part the text prints again as
 * its heading, or else the subject without a last part that names a mailing.
 */
function subjectPart(subject: string, lines: readonly Line[], index: number): string {
  const parts = subject.split(/\s+[|·•]\s+|\s+[–—-]\s+/u);
  const later = new Map(lines.slice(index + 1, index + 40).map((l) => [squash(l.text), l.text] as const));
  const printed = parts.find((p) => squash(p).length >= 8 && later.has(squash(p)));
  if (printed) return printed;
  // Or a mailing's name before a colon: "Cycle Leeds news: the Kirkstall Road lane is open" (as the text prints it, when it does).
  const colon = /^(.{2,60}?):\s+(\S.*)$/u.exec(subject);
  if (colon && MAILING_NAME.test(colon[1]!)) return later.get(squash(colon[2]!)) ?? colon[2]!;
  return parts.length >= 2 && MAILING_NAME.test(parts.at(-1)!) ? parts.slice(0, -1).join(' | ') : subject;
}

/** An e-mail's subject (or a labelled title) without its list's tag, its reply marks and its issue number. */
function subjectOnly(label: string): string {
  const t = decodeMimeWords(label).replace(LIST_TAG, '');
  const cut = t.replace(EPISODE, '').replace(NAMED_ISSUE, '');
  return cut.trim() ? cut : t;
}
const BRACKET_TAG = /^[[(]\s*\p{L}[\p{L} .-]{0,23}[\])]\s+(?=[\p{Lu}\p{N}"'“‘«])/u;
const HEADING_MARK = /^(?:\*\*\s*|#{1,6}\s+)(?=\p{L}|\p{N}|["'“‘«¿¡])/u;

/** A title candidate: a line (or lines, to `end`) near the top, and how it was read. */
interface Candidate {
  index: number;
  value: string;
  how: string;
  end?: number;
  marked?: boolean;
}

/** What a feature of a candidate is read from: the candidate, the other candidates and the lines. */
interface Scoring {
  c: Candidate;
  /** Index of the candidate's last line. */
  last: number;
  words: number;
  /** The other candidates under it in the page's header (no body paragraph between, none running on in lower case). */
  header: Candidate[];
  /** Every other candidate. */
  others: readonly Candidate[];
  lines: readonly Line[];
}

const between = (s: Scoring, o: Candidate) => s.lines.slice(s.last + 1, o.index);
// A kicker over a line (not a numbered part, "CHAPTER I", nor a dated occasion line, which stand under a title).
const bareKicker = (t: string) => isKicker(t) && !findDate(t) && !/\b(?:\d+|[IVXLC]+)\b/.test(t);
// (Not the second line of a title set over two: "DE LA PETITE ENFANCE" is no byline of the line over the title.)
const nameUnder = (s: Scoring, k: number) => {
  const i = s.last + k;
  const l = s.lines[i];
  return !!l && namesLine(l.text) && !s.others.some((o) => o.end !== undefined && o.index < i && i <= o.end);
};

/**
 * The features a title candidate is scored on, each with its weight: set by hand and checked on the dev sets
 * (`npm run bench:init`). The candidate with the highest total wins; each line down the page costs 0.1.
 */
export const TITLE_FEATURES: ReadonlyArray<{ id: string; weight: number; has: (s: Scoring) => boolean }> = [
  // Its byline or its authors right under it, or under its subtitle.
  { id: 'byline-under', weight: 3, has: (s) => nameUnder(s, 1) },
  { id: 'byline-two-under', weight: 2, has: (s) => !nameUnder(s, 1) && nameUnder(s, 2) },
  // Set in capitals, as a title page or a leaflet sets its title (a word alone tells nothing).
  { id: 'capitals', weight: 2, has: (s) => isAllCaps(s.c.value) && s.words >= 2 },
  // A record named for its meeting, under its body's masthead: "Minutes of the Branch Meeting …", "Protokoll der …".
  { id: 'record-of', weight: 2, has: (s) => isRecordTitle(s.c.value) },
  // Marked as a heading in a plain text (Markdown's "# ", a mailing's "** ").
  { id: 'marked-heading', weight: 2, has: (s) => !!s.c.marked },
  // Printed again as a running head or foot on a later page ("Who Cares for the Carers?  |  2").
  { id: 'running-head', weight: 2, has: (s) => repeatsAsRunningHead(s.c, s.lines) },
  // One word over a longer title-shaped line is its section or rubric, in any language ("GESELLSCHAFT", "VIVIENDA");
  // so are two in capitals over a longer line that is not ("WRITTEN SUBMISSION", "POLICY BRIEFING"): a title set in
  // capitals has its subtitle under it in capitals or in smaller type, not in a longer line of the same text.
  {
    id: 'rubric',
    weight: -3,
    has: (s) =>
      (s.words === 1 && s.header.some((o) => wordCount(o.value) >= 3)) ||
      (s.words === 2 && isAllCaps(s.c.value) && s.header.some((o) => wordCount(o.value) >= 4 && !isAllCaps(o.value))),
  },
  // A topic of a word or two under a section's label ("Opinion" / "Town centres"), as a news page sets its rubric.
  {
    id: 'topic-under-a-label',
    weight: -3,
    has: (s) => s.words <= 2 && s.c.index > 0 && isKicker(s.lines[s.c.index - 1]!.text) && s.header.some((o) => wordCount(o.value) >= 4),
  },
  // A kicker stands over the title ("FOR IMMEDIATE RELEASE", "Research article"): a line over one, with another
  // candidate under it, is a letterhead or a masthead.
  { id: 'over-a-kicker', weight: -3, has: (s) => s.header.some((o) => between(s, o).some((l) => bareKicker(l.text))) },
  // Two sentences over a byline are more often a standfirst than a headline: only a headline if nothing likelier stands over it.
  { id: 'two-sentences', weight: -3, has: (s) => s.c.how === HEADLINE_OVER_BYLINE },
  // A masthead's or a section's words (not a section's name before a title after a colon: "Branch news: the depot ballot result").
  { id: 'masthead', weight: -3, has: (s) => MASTHEAD.test(s.c.value) && s.words <= 7 && !/:\s+(?:\S+\s+){2,}\S/u.test(s.c.value) },
  // A book's or a paper's section heading, alone on its line: "INTRODUCTION", "Preface", "Vorwort". A translation's
  // introduction stands under its title page ("LETTERS FROM THE MILL" / "Translated by …" / "INTRODUCTION").
  { id: 'section-heading', weight: -3, has: (s) => SECTION_HEADING.test(s.c.value.trim()) },
  // An organisation's name over the title is its masthead: "RIVERSIDE CLEANERS' NETWORK" over "KNOW YOUR RIGHTS".
  { id: 'organisation', weight: -3, has: (s) => !!organisationName(s.c.value) },
  // A name over its issue line is the publication's: "THE NIGHT SHIFT" / "Newsletter of the … · Issue 14".
  {
    id: 'over-issue-line',
    weight: -3,
    has: (s) => !!s.lines[s.last + 1] && (isIssueLine(s.lines[s.last + 1]!.text) || isBannerLine(s.lines[s.last + 1]!.text)),
  },
];

// The headings of a book's or a paper's parts, in the languages our readers come in.
const SECTION_HEADING =
  /^(?:(?:an?\s+)?introduction|preface|foreword|(?:table\s+of\s+)?contents|acknowledge?ments|prologue|epilogue|afterword|(?:(?:the\s+)?(?:translator|editor)['’]?s\s+)(?:note|preface|introduction|foreword)|preliminary\s+note|einleitung|vorwort|nachwort|inhalt(?:sverzeichnis)?|introducción|prólogo|prefacio|índice|epílogo|préface|avant-propos|sommaire|postface|introduzione|prefazione|premessa|indice|inleiding|voorwoord|inhoud|introdução|prefácio|sumário)[.:]?$/iu;

/** A candidate's score: the weights of the features it has, less 0.1 a line down the page. */
export function titleScore(c: Candidate, candidates: readonly Candidate[], lines: readonly Line[]): number {
  const last = c.end ?? c.index;
  // The other title-shaped lines under this one in the page's header: no body paragraph between, and not a line
  // that the next carries on in lower case (running text).
  const runsOn = (o: Candidate) => {
    const end = o.end ?? o.index;
    return lines[end + 1] !== undefined && lines[end + 1]!.n === lines[end]!.n + 1 && /^\p{Ll}/u.test(lines[end + 1]!.text);
  };
  const header = candidates.filter((o) => o.index > last && !runsOn(o) && lines.slice(last + 1, o.index).every((l) => wordCount(l.text) < 12));
  const s: Scoring = { c, last, words: wordCount(c.value), header, others: candidates.filter((o) => o !== c), lines };
  return TITLE_FEATURES.reduce((sum, f) => (f.has(s) ? sum + f.weight : sum), 0) - c.index * 0.1;
}

// A folio beside a running head: "Who Cares for the Carers?  |  2", "46   ANNA KOWALSKA".
const FOLIO = /^\s*\d{1,4}\s*(?:[|·•—–-]\s*)?|\s*(?:[|·•—–-]\s*)?\d{1,4}\s*$/gu;

/** The candidate's words again, alone or beside a folio, on a later page or twenty lines or more down: a running head. */
function repeatsAsRunningHead(c: Candidate, lines: readonly Line[]): boolean {
  const key = squash(c.value);
  if (key.length < 8) return false;
  const last = c.end ?? c.index;
  const page = lines[last]!.page ?? 0;
  return lines
    .slice(last + 1)
    .some((l, k) => ((l.page ?? 0) > page || k >= 20) && l.text.length <= c.value.length + 12 && squash(l.text.replace(FOLIO, '')) === key);
}

const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function choose<T extends Candidate>(candidates: T[], lines: readonly Line[]): T | undefined {
  if (candidates.length <= 1) return candidates[0];
  const score = (c: T) => titleScore(c, candidates, lines);
  const ranked = [...candidates].sort((a, b) => score(b) - score(a));
  const [top, runnerUp] = ranked as [T, T];
  // Title then subtitle, both before the byline: the subtitle, longer and in sentence case, scores
  // the byline's point, but the title comes first.
  const earlier = runnerUp.index < top.index ? runnerUp : undefined;
  if (
    earlier &&
    earlier.index === top.index - 1 &&
    wordCount(earlier.value) >= 2 &&
    !isAllCaps(top.value) &&
    !MASTHEAD.test(earlier.value) &&
    !organisationName(earlier.value) &&
    // (Or a shorter subtitle in sentence case under a title in title case: "Rent Arrears: What the Tribunal Said" / "A
    // briefing for advice workers" / "Presented by …".)
    (wordCount(top.value) > wordCount(earlier.value) ||
      (isSentenceCase(top.value) && (capitalShare(earlier.value) ?? 0) >= 0.8 && wordCount(earlier.value) >= 4)) &&
    // The subtitle has fewer capitals than the title: English sets it in sentence case under a title in title case, and
    // German, whose nouns keep their capitals, still has fewer in a longer line ("Die Vier-Tage-Woche in der Pflege" /
    // "Chancen und Risiken für Beschäftigte in der stationären Altenpflege").
    noMoreCapitals(top.value, earlier.value)
  )
    return earlier;
  // A headline in sentence case and, under it, a short name in capitals over the byline: the publication ("The
  // quiet return of the milkman" / "The Observer" / "by Priya Raman"), not the title.
  const above = candidates.find((c) => c.index === top.index - 1 && (c.end ?? c.index) === top.index - 1);
  const capitalised = (t: string) => t.split(/\s+/).every((w) => /^(?:\p{Lu}|&)/u.test(w));
  if (
    above &&
    wordCount(top.value) <= 4 &&
    capitalised(top.value) &&
    !isAllCaps(top.value) &&
    isSentenceCase(above.value) &&
    wordCount(above.value) > wordCount(top.value) &&
    !MASTHEAD.test(above.value)
  )
    return above;
  return top;
}

function finish(c: { index: number; value: string; how: string; end?: number }, lines: readonly Line[], context: TitleContext): TitleGuess {
  // A note's number glued to the title's last word ("The Wages of Care1"), when the note itself is in the text ("1 An earlier …").
  const call = /(?<=\p{Ll})(\d{1,2})$/u.exec(c.value.trim())?.[1];
  const noted = call && lines.slice(c.index + 1).some((l) => new RegExp(String.raw`^${call}[.)]?\s+\p{Lu}`, 'u').test(l.text));
  const value = tidyTitle(noted ? c.value.trim().slice(0, -call.length) : c.value, context);
  return {
    value,
    line: lines[c.index]!.n,
    how: value !== c.value.trim() && isAllCaps(c.value) ? `${c.how}, in capitals` : c.how,
    index: c.index,
    ...(c.end !== undefined ? { end: c.end } : {}),
  };
}

/** A stated title as it should print: capitals put in title case, stray marks and spaces gone. */
export function tidyTitle(raw: string, context: TitleContext = {}): string {
  let t = raw
    .replace(/\s+/g, ' ')
    .replace(/^[#*_\s]+|[*_\s]+$/g, '')
    .trim();
  // An emoji or a pictograph before a title (a Notion or Substack heading) is decoration.
  t = t.replace(/^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]+\s*)+/u, '');
  // A title quoted whole (an interview's quotation as its headline): the marks are not part of it.
  const quoted = /^(?:“([^“”]+)”|"([^"]+)"|«\s*([^«»]+?)\s*»|„([^„“”]+)[“”])$/u.exec(t);
  if (quoted) t = (quoted[1] ?? quoted[2] ?? quoted[3] ?? quoted[4]!).trim();
  // A podcast's episode or a newsletter's issue number before it, whoever stated the title ("# Ep. 12: Who cleans the hospital?").
  const numbered = t.replace(EPISODE, '').replace(NAMED_ISSUE, '');
  if (numbered.trim()) t = numbered;
  return isAllCaps(t) ? titleFromCaps(t, context.casing, context.language) : t;
}

const GUTENBERG = /^(?:The\s+)?Project\s+Gutenberg(?:'s)?\s+e-?book\s+of\s+(.+?)(?:,\s+by\s+(.+))?$/i;

/** The title and author of Project Gutenberg's first line: `The Project Gutenberg eBook of TITLE, by NAME`. */
export function gutenbergLine(text: string): { title: string; author?: string } | undefined {
  const m = GUTENBERG.exec(text.replace(/^\uFEFF/, '').trim());
  if (!m) return undefined;
  return { title: m[1]!.trim(), ...(m[2] ? { author: m[2].trim() } : {}) };
}

/** The share of a line's longer words past the first that start with a capital; undefined when it has fewer than two. */
function capitalShare(s: string): number | undefined {
  const words = s
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length < 2 ? undefined : words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

/**
 * `sub` is in sentence case and `title` not, or `sub` has not clearly more capitals than `title` (a line too short to tell
 * counts as capitalised): a subtitle is set no more capitalised than its title, while a label over a title in title case
 * is in sentence case ("Remarks as prepared for delivery" / "A Fair Day's Pay for Care"). German nouns keep their
 * capitals in both ("Die Stadt gehört allen" / "Warum Leipzig eine neue Bodenpolitik braucht").
 */
function noMoreCapitals(sub: string, title: string): boolean {
  if (isSentenceCase(sub) && !isSentenceCase(title)) return true;
  const a = capitalShare(sub);
  const b = capitalShare(title) ?? 1;
  return a !== undefined && !isAllCaps(title) && a <= b + 0.15;
}

/** Few capitals past the first word: "Why we should close the centre to traffic". */
function isSentenceCase(s: string): boolean {
  const words = s
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length < 0.4;
}

/** Two lines of a title as one: a word broken at the line's end ("Com-" / "munity") is made whole. */
function joinLines(a: string, b: string): string {
  // (In capitals the hyphen is a compound's, kept: "THE STRUGGLE FOR THE EIGHT-" / "HOUR DAY".)
  if (/\p{Lu}{2}-$/u.test(a) && /^\p{Lu}/u.test(b)) return `${a}${b}`;
  return /\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b) ? `${a.slice(0, -1)}${b}` : `${a} ${b}`;
}

/**
 * Where a title set in capitals over two to six short lines ends, when one starts at `i`: the lines right under each
 * other, a blank line (or nothing) around them, each of five words or fewer, at least one break falling at a small word
 * ("THE" / "NATIONALISATION" / "OF THE" / "RAILWAYS"), and the whole shaped as a title. A menu in capitals ("HOME" /
 * "NEWS" / "ABOUT US") breaks at no small word.
 */
function capitalStack(lines: readonly Line[], i: number): number | undefined {
  const first = lines[i];
  if (!first || (i > 0 && lines[i - 1]!.n === first.n - 1)) return undefined;
  // (In capitals: no small letter, a line too short for isAllCaps ("THE", "OF THE") included.)
  // (The last line may end on a question or an exclamation: "WHO OWNS" / "LEITH?".)
  // (A line inside it may end on its colon or a comma, where a title breaks: "FOR THE PUBLIC SECTOR:" / "THE CASE AND THE COSTS".)
  const short = (l: Line | undefined, last = false) =>
    !!l && !/\p{Ll}/u.test(l.text) && /\p{Lu}{2}/u.test(l.text) && wordCount(l.text) <= 5 && !(last ? /[.,;:]$/ : /[.;!?]$/).test(l.text);
  let end = i;
  while (end - i < 6 && lines[end + 1] && lines[end + 1]!.n === lines[end]!.n + 1) {
    if (short(lines[end + 1])) end++;
    else if (short(lines[end + 1], true)) {
      end++;
      break;
    } else break;
  }
  if (end === i || !short(first) || end - i > 5 || /[:,]$/.test(lines[end]!.text)) return undefined;
  // A longer line right under the last one is running text or a subtitle the stack does not hold (a rule under it ends it).
  if (lines[end + 1] && lines[end + 1]!.n === lines[end]!.n + 1 && !/^[-=_*~─━═·•.\s]{3,}$/u.test(lines[end + 1]!.text)) return undefined;
  const carryOn = new RegExp(String.raw`^(?:${CARRY_ON})\s`, 'u');
  let smallBreak = false;
  for (let k = i; k < end; k++) if (ENDS_ON_FUNCTION_WORD.test(lines[k]!.text) || carryOn.test(`${lines[k + 1]!.text} `)) smallBreak = true;
  const joined = joinStack(lines, i, end);
  // (Two or three lines need no small word: a menu runs to four or more. None of them a name, a label or an organisation.)
  const plain =
    end - i <= 2 && lines.slice(i, end + 1).every((l) => !(personName(l.text) && allWordsLikeAName(l.text)) && !isKicker(l.text) && !organisationName(l.text));
  return (smallBreak || plain) &&
    isAllCaps(joined) &&
    wordCount(joined) <= 14 &&
    isTitleShaped(joined) &&
    !isKicker(joined) &&
    !isByline(joined) &&
    !organisationName(joined)
    ? end
    : undefined;
}

/**
 * A turn of a transcript, its speaker's initials or Q/A before a colon, the same label opening another line further on:
 * "PB: Can you tell me where you were born?".
 */
function speakerTurn(text: string, lines: readonly Line[]): boolean {
  const label = /^(\p{Lu}{1,3})\s*:\s+\S/u.exec(text)?.[1];
  if (!label) return false;
  return lines.filter((l) => l.text.startsWith(`${label}:`) || l.text.startsWith(`${label} :`)).length >= 2;
}

const joinStack = (lines: readonly Line[], i: number, end: number) =>
  lines
    .slice(i, end + 1)
    .map((l) => l.text)
    .reduce((a, b) => joinLines(a, b));

// A title page's imprint: its place, a colon and its publisher or address, over the year ("LEEDS: TRADES COUNCIL
// OFFICES, 14 CALVERLEY STREET" / "1926", "LONDON: GEORGE ALLEN & UNWIN LTD. 1920"); a street address alone ("3
// CLEMENT'S INN, STRAND, LONDON, W.C.").
// (The place is one to three words in capitals, read with case: under the `i` flag `\p{Lu}` is any letter.)
const IMPRINT_PLACE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}:\s+/u;
const IMPRINT_HOUSE =
  /\b(?:press|society|council|offices?|publish\w*|printers?|printing|books|league|party|union|association|institute|bookshop|ltd|limited|verlag|éditions?|editorial|editora|editore)\b|&\s*co\b|,\s*\d{1,4}\s+\p{L}/iu;
const ADDRESS = /^\d{1,4}[A-Za-z]?\s+[\p{L}'’. -]+,\s*[\p{L}'’. -]+,/u;

function isImprint(text: string, next: string | undefined): boolean {
  if (ADDRESS.test(text)) return true;
  const place = IMPRINT_PLACE.exec(text);
  if (!place || !IMPRINT_HOUSE.test(text.slice(place[0].length))) return false;
  return /\b(?:1[5-9]|20)\d\d\b/.test(text) || (next !== undefined && (/^\s*(?:1[5-9]|20)\d\d\.?\s*$/.test(next) || !!parseDateLine(next.trim())));
}

/** A paper's history, each part a label and a date: "Accepted: 12 January 2024 / Published online: 3 February 2024". */
function labelledDates(t: string): boolean {
  const parts = t.split(/\s+[/|·]\s+|;\s*/u);
  return parts.every((p) => {
    const m = /^\p{L}[\p{L} ]{1,30}?:?\s+(\S.*)$/u.exec(p.trim());
    return !!m && !!parseDateLine(m[1]!.replace(/\.$/, ''));
  });
}

/** Lines of a block of three or more fields, one to a line and each "Label: value", in the first lines. */
function fieldLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  const field = (l: Line | undefined) => !!l && /^\p{L}[\p{L} .'’-]{0,25}:\s+\S/u.test(l.text) && wordCount(l.text) <= 12;
  for (let i = 0; i < Math.min(lines.length, 40);) {
    let j = i;
    while (field(lines[j]) && (j === i || lines[j]!.n === lines[j - 1]!.n + 1)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Lines of a copied page's menus: four or more one- or two-word lines in a row, none ending on a stop. */
function menuLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  const short = (l: Line | undefined) => !!l && wordCount(l.text) <= 2 && !/[.!?:;,]$/.test(l.text);
  for (let i = 0; i < Math.min(lines.length, 80);) {
    let j = i;
    while (short(lines[j]) && (j === i || lines[j]!.n === lines[j - 1]!.n + 1)) j++;
    if (j - i >= 4) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Short, capitalised, no sentence stop at the end (a question mark is fine), no lead-in verb; with `sentences`, two
 * sentences on the line are allowed (a headline over its byline).
 */
export function isTitleShaped(s: string, options: { sentences?: boolean } = {}): boolean {
  // A title and its subtitle after a colon may run long, as academic ones do.
  const long = /:\s/.test(s);
  if (s.length < 3 || s.length > (long ? 200 : 120)) return false;
  if (wordCount(s) > (long ? 24 : 16)) return false;
  if (/[.,;…-]$/.test(s) && !/\b(?:vs|etc|St|Dr|Mr|Mrs|Ms)\.$/.test(s)) return false;
  if (/:$/.test(s)) return false;
  // An article cannot end a title: "BEING A SUGGESTED SCHEME FOR THE" goes on in the next line.
  if (/\s(?:the|an|der|die|das|les|los|las|une|ein|eine)$/i.test(s)) return false;
  // A currency sign opens a headline as a figure does: "£200 million to keep rural buses running".
  if (!/^(?:["'“‘¿¡]|«\s?)?[\p{Lu}\p{N}\p{Sc}]/u.test(s)) return false;
  if (/https?:|www\.|@/.test(s)) return false;
  // Two sentences on one line ("...? Those Leninist") are running text.
  // (Not the stop of a German or Nordic ordinal before a month: "vom 12. März 2024".)
  if (!options.sentences && /(?<!(?:^|\s)\d{1,2})[.!?]["'”’]?\s+\p{Lu}/u.test(s)) return false;
  // A news headline may end on who said it: "UK rail workers to strike again in March, union says".
  // (So may a title ask what someone says: "Heat at Work: What the Law Says", "What Marx Wrote about Rent".)
  return !LEAD_IN.test(
    s
      .replace(/,\s+(?:[\p{L}'’-]+\s+){0,3}(?:says|said|warns|claims|reports)$/u, '')
      .replace(/\bwhat\s+(?:[\p{L}'’-]+\s+){1,3}(?:says|said|wrote|writes|argues)\b/giu, ''),
  );
}

export { titleFromFileName } from './file-title.ts';
