// reader init's guessers on texts they were not written or tuned on: each text's title and
// author must come out as its expected.json says. tests/fixtures/init/round1 was the first set
// (7/10 when first run), tests/fixtures/init/held-out-2 the third (6/10 when first run, on
// 5 December 2026: "Words by NAME", an organisation signing at the end under a masthead, "NAME,
// role" under a speech's title, a Gutenberg "Title:" line): the guessers were mended on their
// misses, so both are regression sets now. tests/fixtures/init/held-out-3, the fourth, was
// written after those mends and scored 5/10 when first run (a series line of bars and a date,
// "THE" alone over a title in capitals, "NAME · NAME", "NAME and NAME" on one line, a letter's
// signature, an organisation on a title page, the author only in a book's running heads): mended
// on those too, so it is a regression set as well. tests/fixtures/init/held-out-4, the fifth,
// written after those, scored 4/10 when first run (titles 9/10, authors 5/10: "Research by",
// "A talk given by", "Posted by NAME on", "By the … Union", "von A und B", a name over "Durban,
// 2019" at the end, a "REPORT" label over the title): the "by" rule was made general rather
// than listing leads, and it is a regression set now. tests/fixtures/init/held-out-5, the sixth,
// written after those, scored 5/10 when first run (titles 8/10, authors 6/10: affiliation digits
// glued to names, a signature "NAME, for the … group", an e-mail's "Subject:", a front matter
// user name `author: kate`, "“Title” – NAME"): mended on those, a regression set now.
// tests/fixtures/init/held-out-6, the seventh, scored 4/10 when first run (titles 8/10, authors
// 4/10); the guessers were then rebuilt on classes rather than cases (kicker lines over a title,
// catalogue names, a scored candidate model for authors), so it is a regression set too, as is
// tests/fixtures/init/dev-s4, twelve shapes written for that work (3/12 before it). dev-s4b, ten
// more written after the model was landed and scored once before any change (6/10: affiliations in
// brackets, 'Councillor NAME', an e-mail's From: line, a text with no title), was then mended on
// those classes; dev-s4c, ten more written after that and scored once before any change (4/10:
// 'FOR IMMEDIATE RELEASE', 'DRAFT v3', 'TRIBUTE' labels, 'María' read as the article 'a', marks
// after names in capitals, an emoji before a heading, 'Prepared by: GROUP, COUNCIL'), likewise.
// Each score is printed; each must be 9/10 or better (dev-s4: 11/12). The dev-s6 and dev-s7 sets are described below.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../../src/init/guess.ts';
import { readSourceText } from '../../../src/init/source-text.ts';

async function score(dir: string): Promise<{ right: number; total: number; rows: string[] }> {
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Record<string, { title: string; author: string }>;
  const files = (await readdir(dir)).filter((f) => f !== 'expected.json' && f !== 'README.md' && !f.endsWith('.ts')).sort();
  expect(files).toEqual(
    Object.keys(expected)
      .filter((k) => !k.startsWith('_'))
      .sort(),
  );
  const rows: string[] = [];
  let right = 0;
  for (const file of files) {
    const read = await readSourceText(join(dir, file));
    const g = guessMetadata(read.text, read.known, { fileLines: read.fileLines });
    const want = expected[file]!;
    // An empty title in expected.json means the text states none: no title is the right guess.
    const ok = g.title?.value === (want.title || undefined) && g.author?.value === want.author;
    if (ok) right++;
    const show = (got: string | undefined, w: string) => `${JSON.stringify(got)}${got === w ? '' : ` (want ${JSON.stringify(w)})`}`;
    rows.push(`${ok ? 'ok  ' : 'MISS'} ${file}: title ${show(g.title?.value, want.title)}, author ${show(g.author?.value, want.author)}`);
  }
  console.log(`init guesses on ${dir}: ${right}/${files.length} right\n${rows.join('\n')}`);
  return { right, total: files.length, rows };
}

/** Each set, its size, the least it must get right, and what it is (its score when first run). */
const SETS: Array<{ dir: string; total: number; least: number; what: string }> = [
  { dir: 'held-out', total: 10, least: 9, what: 'the second set' },
  { dir: 'held-out-6', total: 10, least: 9, what: 'the seventh set (held-out-6: 4/10 when first run, now a regression set)' },
  {
    dir: 'held-out-7',
    total: 10,
    least: 7,
    what: "session eight's blind set (held-out-7: 7/10 when first and only scored, at 61bb71d, never mended on: a rel=\"author\" link 'View Archive →', a PDF info's one author of two, a Subject's '[Co-op News]' tag and a signature under 'In cooperation,')",
  },
  { dir: 'dev-s4', total: 12, least: 11, what: 'the dev texts written for the candidate model (dev-s4: 3/12 before it)' },
  { dir: 'dev-s4b', total: 10, least: 9, what: 'the second dev set (dev-s4b: 6/10 when first run)' },
  { dir: 'dev-s4c', total: 10, least: 9, what: 'the third dev set (dev-s4c: 4/10 when first run)' },
  { dir: 'held-out-5', total: 10, least: 9, what: 'the sixth set (held-out-5: 5/10 when first run, now a regression set)' },
  { dir: 'held-out-4', total: 10, least: 9, what: 'the fifth set (held-out-4: 4/10 when first run, now a regression set)' },
  { dir: 'held-out-3', total: 10, least: 9, what: 'the fourth set (held-out-3: 5/10 when first run, now a regression set)' },
  { dir: 'held-out-2', total: 10, least: 9, what: 'the third set (held-out-2: 6/10 when first run, now a regression set)' },
  { dir: 'round1', total: 10, least: 9, what: 'the first set (now a regression set)' },
  {
    dir: 'dev-s6',
    total: 10,
    least: 10,
    what: "session six's first dev set (dev-s6: 7/10 when first run: a blog's <h1> naming the site, a press release's 'REMARKS BY …' in capitals under a letterhead, a one-word rubric over a German title)",
  },
  {
    dir: 'dev-s6b',
    total: 10,
    least: 10,
    what: "session six's second dev set (dev-s6b: 5/10 when first run, after dev-s6's mends: TeX marks in an arXiv byline, a mailing's masthead and footer, an author <meta> naming the site, a copied page's menus, a cover title over three lines)",
  },
  {
    dir: 'dev-s6c',
    total: 10,
    least: 9,
    what: "session six's third dev set (dev-s6c: 5/10 when first run, after dev-s6b's mends: an archive page's <title> naming the author, 'Proposed by the … Group', 'STUDIEN 3/2022', a GOV.UK page's cookie banner and lone 'From:' label)",
  },
  {
    dir: 'dev-s6d',
    total: 10,
    least: 10,
    what: "session six's fourth dev set (dev-s6d: 4/10 when first run, after dev-s6c's mends: a bulletin PDF's masthead in the largest type, Hugo's TOML front matter, a question title over two lines with authors one to a line, a Google Docs export, 'Opinión | NAME', 'Interview by NAME.')",
  },
  {
    dir: 'dev-s6e',
    total: 10,
    least: 10,
    what: "session six's fifth dev set (dev-s6e: 5/10 when first run, after dev-s6d's mends: 'NAME, Staff Writer' in the author <meta>, a caps title carried on by 'IN OUR TOWN', letter-spaced capitals, a closing credit 'Written for … by NAME', three signatories under 'Signed,')",
  },
  {
    dir: 'dev-s6f',
    total: 10,
    least: 10,
    what: "session six's sixth dev set (dev-s6f: 3/10 when first run, after dev-s6e's mends: a title word broken by a hyphen, an <h1> with a subtitle after a <br>, an SEO <title> over a lone <h1>, pandoc's '^1^' after names, a Gutenberg 'Title:' over two lines, 'Dr. NAME' on a slide, 'Words and photos: NAME')",
  },
  {
    dir: 'dev-s6g',
    total: 10,
    least: 10,
    what: "session six's seventh dev set (dev-s6g: 4/10 when first run, after dev-s6f's mends: 'From Wikipedia, …' joined to the title, a publication's name between headline and byline, a Blogger page, 'Redazione' as the author <meta>, a journal head '41 (2022)', marks set apart from names, emphasis in a Markdown heading)",
  },
  {
    dir: 'dev-s6h',
    total: 10,
    least: 10,
    what: "session six's eighth dev set (dev-s6h: 5/10 when first run, after dev-s6g's mends: a title in decoration '*** … ***', two authors each with a role, 'Subject: Fwd: …', a <title> of 'Home', authors stacked over their universities and e-mails)",
  },
  {
    dir: 'dev-s6i',
    total: 10,
    least: 10,
    what: "session six's ninth dev set (dev-s6i: 4/10 when first run, after dev-s6h's mends: microdata only, a title in « », a forum's 'Title :: Forum', 'Words: NAME / Pictures: NAME', 'Von Dr. NAME und Prof. NAME', a wire headline ending 'union says' signed '(Reporting by NAME; …)')",
  },
  {
    dir: 'dev-s6j',
    total: 9,
    least: 9,
    what: "session six's tenth dev set (dev-s6j: 3/9 when first run, after dev-s6i's mends: 'date · NAME · 6 min read', a twenty-word title, an og:title ending ' - Site', 'Interview with NAME' over 'By NAME', 'POR MARÍA DE LOS ÁNGELES RUIZ', 'NAME: Title')",
  },
  {
    dir: 'dev-s6k',
    total: 10,
    least: 10,
    what: "session six's eleventh dev set, mostly mainstream shapes (dev-s6k: 8/10 when first run, after dev-s6j's mends: a note's number glued to a title, a letter signed over the writer's town)",
  },
  {
    dir: 'dev-s7a',
    total: 10,
    least: 10,
    what: "session seven's first dev set, mainstream shapes written before the guessers were run on it (dev-s7a: 10/10 when first run; its held-out twin dev-s7b scored 8/10)",
  },
  {
    dir: 'dev-s7c',
    total: 10,
    least: 10,
    what: "session seven's second dev set, harder shapes (dev-s7c: 5/10 when first run: '[DRAFT]' before a title, 'IN CONVERSATION' and 'Letters to the Editor' rubrics, a German title over its subtitle, a title in capitals ending 'NOBODY IS' over its last word, a signature over a role and a town)",
  },
  {
    dir: 'dev-s7d',
    total: 10,
    least: 10,
    what: "session seven's third dev set, harder shapes (dev-s7d: 6/10 when first run, after dev-s7c's mends: two authors only in bios closing a PDF, 'date | NAME and NAME', 'Autorka:', a thesis's title page under its university with 'presenta' over the author)",
  },
  {
    dir: 'dev-s7e',
    total: 10,
    least: 10,
    what: "session seven's fourth dev set (dev-s7e: 3/10 when first run, after dev-s7d's mends: a byline's name and date in two spans, a copied Medium page's buttons around the author and a headline of two sentences, '… MEMORIAL LECTURE 2023', 'NAME, General Secretary, at …', names in a layout's columns, 'Piše:', 'Written by' alone on its line, 'OF 1963' in capitals)",
  },
  {
    dir: 'dev-s7g',
    total: 10,
    least: 10,
    what: "session seven's fifth dev set (dev-s7g: 6/10 when first run, after dev-s7e's mends (titles 6, authors 10): a conference banner and 'Motion 14' over a motion's title, 'TITLE — by NAME' on one line, 'Beeld: NAME' over a Dutch title, a dateline '12.03.2024 – ' before a German title)",
  },
  {
    dir: 'dev-s7h',
    total: 10,
    least: 10,
    what: "session seven's sixth dev set (dev-s7h: 7/10 when first run, after dev-s7g's mends (titles 10, authors 7): an author box's bio outside the <article>, a Welsh 'Gan NAME', 'Authors:' over names one to a line with affiliations in brackets)",
  },
  {
    dir: 'dev-s7i',
    total: 10,
    least: 10,
    what: "session seven's seventh dev set (dev-s7i: 6/10 when first run, after dev-s7h's mends (titles 8, authors 7): 'Edited transcript of a talk by NAME', 'Guest post', a memo's 'From: NAME, post' and 'Re:', a Catalan 'Per NAME')",
  },
  {
    dir: 'dev-s7b',
    total: 10,
    least: 10,
    what: "session seven's held-out twin of dev-s7a (dev-s7b: 8/10 when first run, 9/10 at 32d6d13; its last miss, a blog's 'About the author: NAME is …' under the share buttons after a user-name byline, mended in session eight)",
  },
  {
    dir: 'dev-s7f',
    total: 10,
    least: 10,
    what: "session seven's held-out set written after dev-s7e's mends (dev-s7f: 8/10 when first run, blind, at 32d6d13: a German title over a subtitle with as many capitals, 'HANDS OFF' put as 'Hands off'; mended in 00091ac)",
  },
  {
    dir: 'dev-s7j',
    total: 10,
    least: 10,
    what: "session seven's last held-out set, written after 00091ac (dev-s7j: 8/10 when first run, blind: 'NAME, economist' under a title, 'Texto de NAME' over 'Fotografias de NAME' at the end)",
  },
  {
    dir: 'dev-s7k',
    total: 10,
    least: 10,
    what: "session seven's last held-out set, written after da7f97d (dev-s7k: 7/10 when first run, blind, on corrected truth: a newsletter's 'Branch news: …' title taken for a masthead, a campaign signing over its web address, and a journal article's pdftotext -layout front page, mended in session eight)",
  },
  {
    dir: 'dev-s8a',
    total: 10,
    least: 10,
    what: "session eight's first dev set, truth-first (dev-s8a: 8/10 when first run at 079d4b8: a title in capitals over two lines broken on 'NEW' with 'HCAs' in it, 'CHECK AGAINST DELIVERY' over a speech's title and 'NAME, General Secretary' under it)",
  },
  {
    dir: 'dev-s8b',
    total: 10,
    least: 10,
    what: "session eight's second dev set, truth-first, after dev-s8a's mends (dev-s8b: 6/10 when first run at 23aa1ac: a 'Published on DATE' line joined to a title, a MultiMarkdown block with authors one to a line, a forwarded e-mail, a student's cover sheet of fields)",
  },
  {
    dir: 'dev-s8c',
    total: 10,
    least: 10,
    what: "session eight's third dev set, truth-first, after the title feature table (dev-s8c: 7/10 when first run: front matter authors with their e-mail addresses, a podcast's 'Episode 42:' and 'Hosts:', a meeting's minutes dated after a comma and 'Minutes: NAME')",
  },
  {
    dir: 'dev-s8d',
    total: 10,
    least: 10,
    what: "session eight's fourth dev set, truth-first, in the brief's shapes (dev-s8d: 8/10 when first run: a campaign signing over its web address after a <br>, a newsletter platform's 'From: NAME from PUBLICATION <address>')",
  },
  {
    dir: 'dev-s8e',
    total: 10,
    least: 10,
    what: "session eight's fifth dev set, truth-first (dev-s8e: 5/10 when first run: a journal PDF's raised letter marks and its info's publisher, a leaflet PDF's title in two sizes, a Wix page's name over 'date·read time', a hand-made page's name in <h1> over its piece's <h2> and byline, 'Interview by NAME' in a byline element)",
  },
  {
    dir: 'dev-s8f',
    total: 10,
    least: 10,
    what: "session eight's sixth dev set, truth-first (dev-s8f: 5/10 when first run: twitter:label1 'Written by', a Notion properties table, a PDF cover with little on it, a copied news page's topic under 'Opinion' and its age note, a book's 'WITH PREFACE WRITTEN IN 1892')",
  },
  {
    dir: 'dev-s8g',
    total: 8,
    least: 8,
    what: "session eight's seventh dev set, truth-first (dev-s8g: 6/8 when first run: 'Posted in TOPIC | N Comments' over a title, a Dutch page's span.auteur 'Door NAME' beside 'Gepubliceerd op DATE')",
  },
  {
    dir: 'dev-s8h',
    total: 8,
    least: 8,
    what: "session eight's eighth dev set, mainstream shapes, truth-first (dev-s8h: 4/8 when first run: a report's cover in capitals whose title read as two people's names, 'Issue #37:' and 'NAME's newsletter', a French signature with its role in lower case, front matter's author_name beside a user name)",
  },
  {
    dir: 'dev-s8i',
    total: 8,
    least: 8,
    what: "session eight's ninth dev set, truth-first (dev-s8i: 6/8 when first run: 'About me: NAME is …' over a title, a Spanish letter signed 'Un abrazo fuerte,' / NAME / an association)",
  },
  {
    dir: 'dev-s8j',
    total: 8,
    least: 8,
    what: "session eight's tenth dev set, truth-first (dev-s8j: 4/8 when first run: a JSON-LD author that is the <title>'s site part, a TOML [author] table, 'Texto: NAME Fotos: NAME', a French cover's title over two lines carried on by 'DE' under a collective's name)",
  },
  {
    dir: 'dev-s9',
    total: 16,
    least: 16,
    what: "session nine's dev set of the shapes blind sets missed, truth-first (dev-s9: 5/16 when first run: a rel=author link's 'See all posts →', a JSON-LD author by @id, an author <meta> naming the translator, a Subject's list tag, 'NAME via LIST', titles in capitals over four lines, a title page's imprint, a journal title's second line read as a name, 'INTRODUCTION' under a translation's title page, a podcast's masthead and its 'Host: NAME')",
  },
  {
    dir: 'dev-s9b',
    total: 14,
    least: 14,
    what: "session nine's second dev set, other surface forms of the same shapes, truth-first (dev-s9b: 6/14 when first run: a microdata author's name in a <meta>, a Subject ending on the mailing's name, an organisation's From: over a signed person, 'Thank you,' over the signature, a title in capitals over two lines, 'D. J. PRYCE, M.A.', a DOI line, 'Rural Energy Action Cymru' over the title, 'From the French of NAME', 'talked to NAME', 'Co-Operative')",
  },
  {
    dir: 'dev-s9c',
    total: 14,
    least: 14,
    what: "session nine's third dev set, truth-first (dev-s9c: 8/14 when first run: an 'About NAME' box over a bio by first name, a wire story's JSON-LD agency beside its reporter, 'NAME | role' over 'ORG · domain' and one line of unsubscribe, a title in capitals ending on '?', 'ORCID Icon' after a name, an 'Interview: NAME' byline)",
  },
  {
    dir: 'dev-s9d',
    total: 13,
    least: 13,
    what: "session nine's fourth dev set, truth-first (dev-s9d: 7/13 when first run on its corrected truth: a JSON-LD 'creator', 'NAME (Org)' in a From: line and a mailman footer, a MIME-encoded Subject, 'BY THE REV. NAME', 'Briefing paper' and 'Oral history interview' labels, a series' name before a name read as a credit, a transcript's 'PB:' turns)",
  },
  {
    dir: 'dev-s9e',
    total: 11,
    least: 11,
    what: "session nine's fifth dev set, truth-first (dev-s9e: 5/11 when first run on its corrected truth: a role between two reporters, an 'Author' label set apart by layout, a title in capitals broken at its colon, a think tank ('… Lab') over a title, 'wa' in a name, 'Ep. 12:' before a Markdown heading)",
  },
  {
    dir: 'dev-s9f',
    total: 11,
    least: 11,
    what: "session nine's sixth dev set, mainstream saved pages and the brief's shapes, truth-first (dev-s9f: 9/11 when first run: a 'X news:' Subject, 'This month's newsletter was written by NAME', 'By Editorial Team' over an 'About the author' bio)",
  },
  {
    dir: 'dev-s9g',
    total: 9,
    least: 9,
    what: "session nine's seventh dev set, truth-first (dev-s9g: 7/9 when first run on its corrected truth: a journal's line with its ISSN, authors with affiliations between semicolons, 'INTERVIEW | NAME, role' over the title)",
  },
  {
    dir: 'dev-s9h',
    total: 8,
    least: 8,
    what: "session nine's eighth dev set, truth-first (dev-s9h: 6/8 when first run: a Wix post's writer in a user-name element, a title in sentence case whose last word is on the next line)",
  },
  {
    dir: 'dev-s9i',
    total: 7,
    least: 7,
    what: "session nine's ninth dev set, truth-first (dev-s9i: 4/7 when first run: an author <meta> 'Surname, Given', an author <meta> with '; trad. NAME', 'An interview with NAME' as a text's only heading)",
  },
  {
    dir: 'dev-s9j',
    total: 5,
    least: 5,
    what: "session nine's tenth dev set, truth-first (dev-s9j: 2/5 when first run: a title in capitals broken at a compound's hyphen, 'NAME tells NAME about', a centred title in capitals over a rule)",
  },
  {
    dir: 'dev-s10',
    total: 11,
    least: 11,
    what: "session ten's dev set, truth-first (dev-s10: 1/11 when first run: skip links and breadcrumb trails over a saved page's title, Word pages titled 'Document1' or by their file name)",
  },
  {
    dir: 'dev-s10b',
    total: 6,
    least: 6,
    what: "session ten's second dev set, truth-first (dev-s10b: 4/6 when first run: a breadcrumb of class 'crumbs' whose copied line ran on into the title; a union branch named 'ver.di …' in lower case, read since session eleven)",
  },
  {
    dir: 'dev-s11',
    total: 14,
    least: 14,
    what: "session eleven's dev set, truth-first (dev-s11: 5/14 when first run: a PDF titled by a file id, an OCR'd title page, 'Slide 1 of 18', a Mailman digest, Gutenberg 'Title:' fields over indented lines, a letterhead's address, 'ver.di Landesbezirk …')",
  },
  {
    dir: 'dev-s11b',
    total: 10,
    least: 10,
    what: "session eleven's second dev set, truth-first (dev-s11b: 7/10 when first run after dev-s11's mends: a French title page's 'La Conquête du pain', 'What the Law Says' read as a lead-in, a page signed by 'ver.di Bezirk Stuttgart' in its footer)",
  },
  {
    dir: 'dev-s11c',
    total: 9,
    least: 9,
    what: "session eleven's third dev set, truth-first (dev-s11c: 5/9 when first run after dev-s11b's mends: a PDF Title field naming the journal, an edition's note carried into a title page's title, two Gutenberg authors on indented lines, 'Minutes taken by NAME.')",
  },
  {
    dir: 'dev-s11d',
    total: 9,
    least: 9,
    what: "session eleven's fourth dev set, truth-first (dev-s11d: 4/9 when first run after dev-s11c's mends: a running head '(2024) 45:112–134', a title's 'Shift Work, …' read as a name and a role, 'Referentin:', 'Minute Secretary:', 'Protokoll:', 'vom 12. März' read as two sentences, an author <meta> in lower case)",
  },
  {
    dir: 'dev-s11e',
    total: 7,
    least: 7,
    what: "session eleven's fifth dev set, truth-first (dev-s11e: 7/7 when first run after dev-s11d's mends: ordinary Markdown, text, web page and report cover, an OCR'd pamphlet, slides with two presenters, a working paper)",
  },
  {
    dir: 'quick-s5',
    total: 5,
    least: 5,
    what: "quick mode's shapes (quick-s5: 2/5 before its mends: a title carried on by 'and', a page's author meta naming one of two, a newsletter's masthead and 'NAME, Branch Secretary')",
  },
];

describe('init guesses on texts the guessers were not written on', () => {
  for (const set of SETS)
    it(`gets title and author right on at least ${set.least} of the ${set.total} texts of ${set.what}`, async () => {
      const { right, total, rows } = await score(`tests/fixtures/init/${set.dir}`);
      expect(total).toBe(set.total);
      expect(right, rows.join('\n')).toBeGreaterThanOrEqual(set.least);
    });
});
