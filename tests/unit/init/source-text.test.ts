import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessMetadata } from '../../../src/init/guess.ts';
import { isSourceFile, readSourceText } from '../../../src/init/source-text.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-source-text-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readSourceText', () => {
  it('a Project Gutenberg HTML edition: the book and its author from its <title>; a caption file: its words, not its timings', async () => {
    const pg = join(dir, 'pg.html');
    await writeFile(
      pg,
      '<html><head><title>The Project Gutenberg eBook of Guernsey Folk Lore, by Edgar MacCulloch.</title></head><body><p>Text.</p></body></html>',
    );
    const a = await readSourceText(pg);
    expect(guessMetadata(a.text, a.known)).toMatchObject({ title: { value: 'Guernsey Folk Lore' }, author: { value: 'Edgar MacCulloch' } });
    const vtt = join(dir, 'talk.vtt');
    await writeFile(vtt, 'WEBVTT - The Night-Shift Campaign\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Chair>Good evening, all.\n');
    const b = await readSourceText(vtt);
    expect(b.text).toBe('Chair: Good evening, all.');
    expect(guessMetadata(b.text, b.known)).toMatchObject({ title: { value: 'The Night-Shift Campaign' } });
  });

  it('Markdown: front matter wins, else the first heading', async () => {
    const withFm = join(dir, 'a.md');
    await writeFile(withFm, '---\ntitle: From Front Matter\nauthor: Ana Pérez\ndate: 2020-01-02\n---\n# Heading\n\nBody.\n');
    const a = await readSourceText(withFm);
    expect(guessMetadata(a.text, a.known)).toMatchObject({
      title: { value: 'From Front Matter' },
      author: { value: 'Ana Pérez' },
      date: { value: '2020-01-02' },
    });
    const plain = join(dir, 'b.md');
    await writeFile(plain, 'Intro line that is long enough to be a paragraph of the text, really quite long.\n\n# The Heading\n\nby Jane Roe\n');
    const b = await readSourceText(plain);
    expect(guessMetadata(b.text, b.known)).toMatchObject({ title: { value: 'The Heading', line: 3 }, author: { value: 'Jane Roe', line: 5 } });
  });

  it('HTML: a byline element that says "Words by NAME · Photographs by …"', async () => {
    const file = join(dir, 'words-by.html');
    await writeFile(
      file,
      '<!doctype html><html><head><title>Who Owns the Rain? | Site</title></head><body><h1>Who Owns the Rain?</h1><p class="byline">Words by <a href="/x">Inês Carvalho</a> · Photographs by <a href="/y">Tom Hale</a></p><p>Body text.</p></body></html>',
    );
    const r = await readSourceText(file);
    expect(guessMetadata(r.text, r.known).author).toEqual({ value: 'Inês Carvalho', how: 'the byline' });
  });

  it('Markdown: a user name as the front matter author gives way to the byline in the text', async () => {
    const file = join(dir, 'jekyll.md');
    await writeFile(file, '---\nlayout: post\ntitle: "Against the Gig"\nauthor: kate\n---\n\n*By Kate Brennan*\n\nThe word gig was borrowed from musicians.\n');
    const r = await readSourceText(file);
    expect(guessMetadata(r.text, r.known)).toMatchObject({ title: { value: 'Against the Gig' }, author: { value: 'Kate Brennan', line: 7 } });
  });

  it('HTML: meta tags and the <h1>, and the text for the rest', async () => {
    const file = join(dir, 'c.html');
    await writeFile(
      file,
      '<!doctype html><html><head><title>Page Title | Site</title><meta name="author" content="Rosa Luxemburg"></head><body><h1>The Russian Revolution</h1><p>Translated by Bertram Wolfe</p><p>Body text.</p></body></html>',
    );
    const c = await readSourceText(file);
    expect(guessMetadata(c.text, c.known)).toMatchObject({
      title: { value: 'The Russian Revolution' },
      author: { value: 'Rosa Luxemburg' },
      translator: { value: 'Bertram Wolfe' },
    });
  });

  it('takes .txt, .md, .html and .pdf, not hidden or other files', () => {
    expect(['a.txt', 'b.MD', 'c.htm', 'd.pdf', '.e.txt', 'f.docx'].filter(isSourceFile)).toEqual(['a.txt', 'b.MD', 'c.htm', 'd.pdf']);
  });
});

const guess = async (name: string, content: string | Uint8Array) => {
  await writeFile(join(dir, name), content);
  const r = await readSourceText(join(dir, name));
  return guessMetadata(r.text, r.known, { fileLines: r.fileLines });
};
const values = (g: Record<string, { value: string } | undefined>) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v?.value]));

describe('readSourceText on saved pages, Markdown and PDFs', () => {
  it('a saved web page: JSON-LD author and date, the article <h1> (not the site logo), site name, canonical URL, language', async () => {
    const page = `<!DOCTYPE html><html lang="en-GB"><head><title>Streets for people | The Urbanist</title>
      <meta property="og:site_name" content="The Urbanist"><link rel="canonical" href="https://urbanist.example/streets">
      <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Lima"},{"name":"Tomás Ferreira"}],"datePublished":"2023-05-12T08:00:00Z"}</script>
      </head><body><header><h1 class="site-title">The Urbanist</h1></header><article><h1>Streets for people</h1><p>Body.</p></article></body></html>`;
    const g = await guess('page.html', page);
    expect(values(g as never)).toMatchObject({
      title: 'Streets for people',
      author: 'Ana Lima and Tomás Ferreira',
      date: '2023-05-12',
      publication: 'The Urbanist',
      url: 'https://urbanist.example/streets',
      language: 'en',
    });
    // A page's text has no file lines to point at.
    expect(g.title?.line).toBeUndefined();
  });

  it('an old blog page: the byline span, the date in a "Posted on" line, a title in capitals', async () => {
    const page = `<html><head><title>WHY WE WALK - Notes from the pavement</title></head><body><div class="post"><h2>Why we walk</h2>
      <div class="meta">Posted on March 3, 2019 by <span class="author vcard">Tomás Ferreira</span></div>
      <p>Walking is the oldest form of transport, and planners count cars, not people, when they plan a street.</p></div></body></html>`;
    expect(values((await guess('blog.html', page)) as never)).toMatchObject({
      title: 'Why We Walk',
      author: 'Tomás Ferreira',
      date: '2019-03-03',
      publication: 'Notes from the pavement',
    });
  });

  it('Markdown: a Pandoc title block, and an italic byline under a heading', async () => {
    expect(
      values((await guess('p.md', '% Ten Theses on Traffic\n% Jean Dupont; Marie Curie\n% 4 June 2020\n\nTraffic is not natural.\n')) as never),
    ).toMatchObject({ title: 'Ten Theses on Traffic', author: 'Jean Dupont and Marie Curie', date: '2020-06-04' });
    const md =
      '# The Commons of the Street\n\n*By Rosa Delgado*\n\nThe street was once a commons.[^1]\n\n[^1]: See Jane Jacobs, *The Death and Life of Great American Cities* (1961).\n';
    expect(await guess('c.md', md)).toMatchObject({ title: { value: 'The Commons of the Street', line: 1 }, author: { value: 'Rosa Delgado', line: 3 } });
  });

  it("a PDF: the title in the largest type over two lines, the name under it; a word processor's info ignored", async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('Microsoft Word - final_v3.docx');
    pdf.setAuthor('jsmith');
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('Journal of Urban Mobility 12 (2019) 33-51', { x: 50, y: 800, size: 8, font });
    page.drawText('Parking Minimums and the', { x: 50, y: 740, size: 20, font });
    page.drawText('Shape of the City', { x: 50, y: 715, size: 20, font });
    page.drawText('Kwame Mensah', { x: 50, y: 680, size: 12, font });
    let y = 640;
    for (const l of [
      'Parking minimums require developers to build car parks whether or not',
      'anyone wants them, and this shapes the city in ways that planners rarely',
      'acknowledge or measure.',
    ]) {
      page.drawText(l, { x: 50, y, size: 10, font });
      y -= 13;
    }
    expect(values((await guess('paper.pdf', await pdf.save())) as never)).toMatchObject({
      title: 'Parking Minimums and the Shape of the City',
      author: 'Kwame Mensah',
    });
  });

  it("a PDF bulletin: the masthead in the largest type over its issue line is not the title; the byline beats the file's author info", async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('issue12');
    pdf.setAuthor('Westside BC');
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('THE SPARK', { x: 50, y: 780, size: 36, font });
    page.drawText('Newsletter of the Westside Branch - No. 12 - March 2023', { x: 50, y: 762, size: 9, font });
    page.drawText('The Night We Saved the Library', { x: 50, y: 710, size: 20, font });
    page.drawText('By Oona Farrell', { x: 50, y: 690, size: 10, font });
    let y = 660;
    for (const l of ['The council had planned to close the library at the end of the month, and', 'two hundred of us filled the chamber to stop it.']) {
      page.drawText(l, { x: 50, y, size: 10, font });
      y -= 13;
    }
    expect(values((await guess('bulletin.pdf', await pdf.save())) as never)).toMatchObject({
      title: 'The Night We Saved the Library',
      author: 'Oona Farrell',
    });
  });

  it("a PDF whose info title is the printed title cut short (a browser's <title>): the printed title, whole", async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('The Eight-Hour Day');
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('The Eight-Hour Day: A Short History', { x: 50, y: 740, size: 22, font });
    page.drawText("Margaret O'Neill", { x: 50, y: 712, size: 11, font });
    let y = 680;
    for (const l of [
      'When the Australian stonemasons of Melbourne downed tools in April 1856, they',
      'won what workers across the world would demand for the next seventy years.',
    ]) {
      page.drawText(l, { x: 50, y, size: 11, font });
      y -= 14;
    }
    expect(values((await guess('article.pdf', await pdf.save())) as never)).toMatchObject({ title: 'The Eight-Hour Day: A Short History' });
  });

  it('Markdown: a Hugo TOML front matter (+++)', async () => {
    const path = join(dir, 'hugo.md');
    await writeFile(
      path,
      '+++\ntitle = "Why Repair Cafés Matter"\ndate = 2023-05-02T09:00:00Z\nauthors = ["Kofi Boateng"]\n+++\n\nEvery month thirty people bring a broken toaster to the church hall.\n',
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known)).toMatchObject({
      title: { value: 'Why Repair Cafés Matter' },
      author: { value: 'Kofi Boateng' },
      date: { value: '2023-05-02' },
    });
  });

  it('a Google Docs export: the title paragraph, not the file name in <title> nor the first heading', async () => {
    const path = join(dir, 'gdoc.html');
    await writeFile(
      path,
      `<html><head><title>Copy of v2 FINAL</title></head><body class="doc-content"><p class="c2 title" id="h.abc"><span>Safe Staffing on Every Ward</span></p>
<p class="c2 subtitle"><span>A proposal from the nurses' branch</span></p><p class="c2"><span>Deirdre Malone and Arjun Mehta</span></p>
<h1 class="c2"><span>1. The problem</span></h1><p class="c2"><span>Our wards run with one nurse for twelve patients at night, and the trust knows it.</span></p></body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({
      title: { value: 'Safe Staffing on Every Ward' },
      author: { value: 'Deirdre Malone and Arjun Mehta' },
    });
  });

  it("a blog page: the post's title from the <title> part a heading repeats, not the site's <h1>; the byline link, not a comment's author", async () => {
    const path = join(dir, 'blog-post.html');
    await writeFile(
      path,
      `<html><head><title>Harbour Notes — Who Mends the Ferry?</title></head><body>
<div id="header"><h1 class="blog-name"><a href="/">Harbour Notes</a></h1><p>A blog about the port and its people</p></div>
<div class="hentry"><h2>Who Mends the Ferry?</h2>
<p class="postmeta">Filed on 2 June 2022 by <a href="/author/okeefe">Siobhán O'Keefe</a></p>
<p>The ferry has crossed the harbour every half hour since 1931, and for most of that time one family has kept its engine running.</p>
<div class="comments"><div class="comment-author vcard">Dermot Walsh</div><p>My grandfather worked on her in the fifties.</p></div></div>
</body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({
      title: { value: 'Who Mends the Ferry?' },
      author: { value: "Siobhán O'Keefe" },
    });
  });

  it("a news page whose author <meta> is the site's own name: the reporter of its JSON-LD instead", async () => {
    const path = join(dir, 'news.html');
    await writeFile(
      path,
      `<html lang="pt"><head><title>Moradores travam despejo no Porto | Jornal do Norte</title>
<meta property="og:site_name" content="Jornal do Norte"><meta name="author" content="Jornal do Norte">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Moradores travam despejo no Porto","author":{"@type":"Person","name":"Inês Barros"}}</script>
</head><body><h1>Moradores travam despejo no Porto</h1><p>Cerca de cinquenta pessoas juntaram-se à porta do prédio desde as sete da manhã.</p></body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({
      title: { value: 'Moradores travam despejo no Porto' },
      author: { value: 'Inês Barros' },
    });
  });

  it("an archive page: the author named in the <title> beside the <h1>, not the archive's links at the foot", async () => {
    const path = join(dir, 'archive.html');
    await writeFile(
      path,
      `<html><head><title>Aleksander Wróbel: On the Cooperative Bakeries (1912)</title></head><body>
<p class="title">Aleksander Wróbel</p><h1>On the Cooperative Bakeries</h1>
<p class="information">Translated: by Ewa Nowak. Transcription: Tom Price.</p>
<p>The bakeries of the cooperative began with one oven and a cart, and within five years they fed a fifth of the district.</p>
<p class="footer"><a href="../index.htm">Aleksander Wróbel Archive</a> | <a href="../../index.htm">Writers' Index</a></p>
</body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({
      title: { value: 'On the Cooperative Bakeries' },
      author: { value: 'Aleksander Wróbel' },
    });
  });

  it("a news page: the author <meta> 'NAME, Staff Writer' without the post, not the JSON-LD author that is the paper", async () => {
    const path = join(dir, 'staff.html');
    await writeFile(
      path,
      `<html><head><title>Porters win sick pay at the General - The Daily Lamp</title><meta name="author" content="Sam Whitaker, Senior Reporter">
<meta property="og:site_name" content="The Daily Lamp">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Porters win sick pay at the General","author":{"@type":"Organization","name":"The Daily Lamp"}}</script></head>
<body><article><h1>Porters win sick pay at the General</h1><p>Hospital porters have won full sick pay from their first day of employment.</p></article></body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({ author: { value: 'Sam Whitaker' } });
  });

  it('a page whose <title> is written for search engines: its lone <h1>, without the subtitle inside it after a <br>', async () => {
    const path = join(dir, 'seo.html');
    await writeFile(
      path,
      `<html><head><title>Tool libraries: the ultimate guide (2024)</title><meta property="og:title" content="Tool libraries: the ultimate guide (2024)"></head>
<body><div class="nav"><a href="/">Home</a></div><h1>The Shed That Lends Drills<br><span class="subtitle">A year of the Leyton tool library</span></h1>
<p class="author">Words and photos: Ruth Abiola</p><p>Anyone with a library card can borrow a drill, a ladder or a wallpaper steamer for a week.</p></body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({
      title: { value: 'The Shed That Lends Drills' },
      author: { value: 'Ruth Abiola' },
    });
  });

  it("Markdown: pandoc's superscript affiliations after the front matter's names", async () => {
    const path = join(dir, 'rmd.md');
    await writeFile(
      path,
      '---\ntitle: "Bus Fares and Wages"\nauthor: "Lea Brunner^1^, Kwesi Mensah^2,3^"\n---\n\nFares rose faster than wages in every year since 2010.\n',
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known)).toMatchObject({ author: { value: 'Lea Brunner and Kwesi Mensah' } });
  });

  it("a Blogger page: the post's title after the blog's name and a colon in <title>, 'Posted by NAME' without its lead; emphasis out of a Markdown heading", async () => {
    const path = join(dir, 'blogger.html');
    await writeFile(
      path,
      `<html><head><title>Canal Voices: The Boatmen's Strike of 1923</title></head><body>
<div class="Header"><h1 class="title"><a href="https://canalvoices.blogspot.com/">Canal Voices</a></h1></div>
<div class="post hentry"><h3 class="post-title entry-title">The Boatmen's Strike of 1923</h3>
<div class="post-body"><p>In the spring of 1923 the boatmen of the Grand Union tied up their boats at Braunston and refused to move.</p></div>
<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Alan Marsh</span></span> at 14:22</div></div></body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({
      title: { value: "The Boatmen's Strike of 1923" },
      author: { value: 'Alan Marsh' },
    });
    const md = join(dir, 'emph.md');
    await writeFile(md, '# Why *Free* Buses Work\n\nEvery town that tried them kept them.\n');
    const m = await readSourceText(md);
    expect(guessMetadata(m.text, m.known).title?.value).toBe('Why Free Buses Work');
  });

  it("a page whose author <meta> is the newsroom ('Redazione'): the byline 'di NAME'", async () => {
    const path = join(dir, 'redazione.html');
    await writeFile(
      path,
      `<html lang="it"><head><title>Le mense scolastiche tornano pubbliche | Gazzetta del Lago</title><meta name="author" content="Redazione"><meta property="og:site_name" content="Gazzetta del Lago"></head>
<body><article><h1>Le mense scolastiche tornano pubbliche</h1><p class="firma">di <span>Giulia Conti</span></p><p>Dal prossimo anno le mense delle scuole comunali saranno gestite direttamente dal Comune.</p></article></body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false })).toMatchObject({ author: { value: 'Giulia Conti' } });
  });

  it("a small site's page: a <title> of 'Home' is no title; two authors each with a role", async () => {
    const home = join(dir, 'home.html');
    await writeFile(
      home,
      `<html><head><title>Home</title></head><body><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/news">News</a></li><li><a href="/join">Join</a></li></ul>
<h2>Our New Community Orchard Is Open</h2><p>Thank you to the forty volunteers who planted sixty trees on the old bowling green this spring.</p></body></html>`,
    );
    const a = await readSourceText(home);
    expect(guessMetadata(a.text, a.known, { fileLines: false }).title?.value).toBe('Our New Community Orchard Is Open');
    const two = join(dir, 'two-roles.html');
    await writeFile(
      two,
      `<html><head><title>Why bus franchising works</title></head><body><article><h1>Why bus franchising works</h1>
<ul><li class="author"><span class="author-name">Hugh Davies</span>, <span>Professor of Transport, Cardiff University</span></li>
<li class="author"><span class="author-name">Saoirse Kelly</span>, <span>Research Associate, Ulster University</span></li></ul>
<p>When Manchester took its buses back into public control, fares fell and routes returned.</p></article></body></html>`,
    );
    const b = await readSourceText(two);
    expect(guessMetadata(b.text, b.known, { fileLines: false }).author?.value).toBe('Hugh Davies and Saoirse Kelly');
  });

  it("a page with only microdata, and a forum thread ('Title :: Forum', 'by NAME » date')", async () => {
    const micro = join(dir, 'micro.html');
    await writeFile(
      micro,
      `<html><head><title>Valley Press</title></head><body><div><a href="/">Valley Press</a></div><div itemscope itemtype="https://schema.org/NewsArticle">
<div itemprop="headline">Porters at the General win a pay rise</div><div itemprop="author" itemscope>Reporter: <span itemprop="name">Gethin Rees</span></div>
<div itemprop="articleBody"><p>Hospital porters have won a pay rise of eight per cent after a ballot for strike action.</p></div></div></body></html>`,
    );
    const a = await readSourceText(micro);
    expect(guessMetadata(a.text, a.known, { fileLines: false })).toMatchObject({
      title: { value: 'Porters at the General win a pay rise' },
      author: { value: 'Gethin Rees' },
    });
    const forum = join(dir, 'forum.html');
    await writeFile(
      forum,
      `<html><head><title>Who Remembers the Co-op Dances? :: Mill Town Forum</title></head><body><h1 class="forum-name">Mill Town Forum</h1>
<h1 class="thread-title">Who Remembers the Co-op Dances?</h1><div class="post"><div class="post-meta">by <b>Hilda Barnes</b> » Sat Feb 3, 2024 9:02 pm</div>
<p>Every Saturday in the fifties the Co-op hall held a dance, and half the town went.</p></div></body></html>`,
    );
    const b = await readSourceText(forum);
    expect(guessMetadata(b.text, b.known, { fileLines: false })).toMatchObject({
      title: { value: 'Who Remembers the Co-op Dances?' },
      author: { value: 'Hilda Barnes' },
    });
  });

  it("og:title without the site's name the <title> gives it, when the page has no og:site_name", async () => {
    const path = join(dir, 'og-site.html');
    await writeFile(
      path,
      `<html><head><title>The Allotment Waiting List - Sheffield Growers</title><meta property="og:title" content="The Allotment Waiting List - Sheffield Growers"></head>
<body><div><a href="/">Sheffield Growers</a></div><div class="entry-title">The Allotment Waiting List</div><p>There are 1,200 people on the waiting list for an allotment in Sheffield.</p></body></html>`,
    );
    const read = await readSourceText(path);
    expect(guessMetadata(read.text, read.known, { fileLines: false }).title?.value).toBe('The Allotment Waiting List');
  });

  it('says why a source has no text', async () => {
    await writeFile(join(dir, 'empty.html'), '<html><body><script>app()</script></body></html>');
    expect((await readSourceText(join(dir, 'empty.html'))).emptyBecause).toMatch(/no text/);
    const blank = await PDFDocument.create();
    blank.addPage();
    await writeFile(join(dir, 'scan.pdf'), await blank.save());
    expect((await readSourceText(join(dir, 'scan.pdf'))).emptyBecause).toMatch(/no text layer/);
    await writeFile(join(dir, 'broken.pdf'), 'not a pdf');
    expect((await readSourceText(join(dir, 'broken.pdf'))).emptyBecause).toMatch(/cannot be read/);
  });
});

describe('readSourceText: a MultiMarkdown metadata block', () => {
  it('reads its title, its authors one to a line and a date in words, and takes it out of the text', async () => {
    const file = join(dir, 'mmd.md');
    await writeFile(
      file,
      "Title: Co-operative Shops in Wartime\nAuthor: Rhian Morgan\n        Tariq Aziz\nDate: 4 May 2021\nBase Header Level: 2\n\n# Rationing\n\nThe co-operative stores kept their members' books through the war.\n",
    );
    const r = await readSourceText(file);
    expect(guessMetadata(r.text, r.known)).toMatchObject({
      title: { value: 'Co-operative Shops in Wartime' },
      author: { value: 'Rhian Morgan and Tariq Aziz' },
      date: { value: '2021-05-04' },
    });
    expect(r.text).not.toContain('Base Header Level');
  });

  it('leaves a first paragraph that opens "Note: …" in the text', async () => {
    const file = join(dir, 'note.md');
    await writeFile(file, 'Note: this is a draft.\n\n# The Title\n\nBody.\n');
    const r = await readSourceText(file);
    expect(r.text).toContain('Note: this is a draft.');
  });
});

describe('readSourceText: HTML line breaks inside a block', () => {
  it('reads a signature over its web address, set apart by <br>, as a signature', async () => {
    const file = join(dir, 'br-signature.html');
    await writeFile(
      file,
      '<!doctype html><html><head><title>Keep the Pool Open &mdash; Friends of Leyton Baths</title><meta property="og:site_name" content="Friends of Leyton Baths"></head><body><article><h1>Keep the Pool Open</h1><p>The council wants to close the only public pool in the borough next spring, and to sell the site for flats.</p><p>We ask every swimmer to write to their councillor before the budget meeting.</p><p>Friends of Leyton Baths Campaign<br>leytonbaths.org.uk</p></article></body></html>',
    );
    const r = await readSourceText(file);
    expect(r.text.split('\n').slice(-2)).toEqual(['Friends of Leyton Baths Campaign', 'leytonbaths.org.uk']);
    expect(guessMetadata(r.text, r.known).author?.value).toBe('Friends of Leyton Baths Campaign');
  });
});

describe('readSourceText: dev-s8e shapes', () => {
  it("a journal PDF: authors with raised letter marks stay on their line, over the info's publisher", async () => {
    const pdf = await PDFDocument.create();
    pdf.setAuthor('Springer Nature');
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    const page = pdf.addPage([595, 842]);
    page.drawText('Noise at Work in Call Centres', { x: 130, y: 750, size: 18, font });
    page.drawText('Ines Duarte', { x: 190, y: 720, size: 11, font });
    page.drawText('a', { x: 246, y: 725, size: 6, font });
    page.drawText(', Callum Reid', { x: 250, y: 720, size: 11, font });
    page.drawText('b', { x: 314, y: 725, size: 6, font });
    let y = 680;
    for (const l of ['Call centre workers wear headsets for most of their shift, and many', 'report ringing in the ears after work. We measured the levels.']) {
      page.drawText(l, { x: 60, y, size: 10, font });
      y -= 13;
    }
    expect(values((await guess('call-centres.pdf', await pdf.save())) as never)).toMatchObject({
      title: 'Noise at Work in Call Centres',
      author: 'Ines Duarte and Callum Reid',
    });
  });

  it('a leaflet PDF: a title in capitals over two lines in two sizes, the second carried on by a small word', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.HelveticaBold);
    const page = pdf.addPage([420, 595]);
    page.drawText('SAVE THE LIDO', { x: 40, y: 480, size: 34, font });
    page.drawText('FOR EVERY SWIMMER', { x: 40, y: 444, size: 26, font });
    let y = 400;
    for (const l of ['The council plans to close the lido next summer.', 'Come to the meeting on Thursday at the library.', 'Bring a friend.']) {
      page.drawText(l, { x: 40, y, size: 11, font });
      y -= 16;
    }
    expect((await guess('lido.pdf', await pdf.save())).title?.value).toBe('Save the Lido for Every Swimmer');
  });

  it('web pages: an interview byline, a name over a date and a read time in one line, a hand-made page with its name in <h1>', async () => {
    expect(
      (
        await guess(
          'iv.html',
          '<html><head><title>Q&amp;A</title></head><body><article><h1>On the night shift</h1><p class="byline">Interview by Dara Quinn · 8 May 2023</p><p>Body text of the interview, long enough to be a paragraph of its own.</p></article></body></html>',
        )
      ).author?.value,
    ).toBe('Dara Quinn');
    expect(
      (
        await guess(
          'wix.html',
          '<html><body><main><div><span>Ruth Achieng</span></div><div><span>Oct 3, 2024</span><span>·</span><span>2 min read</span></div><h1>Our Garden Grows</h1><p>Five years ago we planted the first beds on the old car park, and this year we fed forty families.</p></main></body></html>',
        )
      ).author?.value,
    ).toBe('Ruth Achieng');
    const handmade = await guess(
      'plot.html',
      "<html><head><title>Mary's Pages</title></head><body><h1>Mary's Pages</h1><p><a href='index.html'>Home</a> | <a href='links.html'>Links</a></p><h2>A Year of Bees</h2><p><i>by Mary Olsen</i></p><p>The bees came through the winter, which is more than I can say for the shed roof.</p></body></html>",
    );
    expect(values(handmade as never)).toMatchObject({ title: 'A Year of Bees', author: 'Mary Olsen' });
  });
});

describe('readSourceText: dev-s8f shapes', () => {
  it("a card's 'Written by' field and a Notion page's properties table name the author", async () => {
    expect(
      (
        await guess(
          'card.html',
          '<html><head><title>Bins and Bargaining</title><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Aled Rhys"></head><body><article><h1>Bins and Bargaining</h1><p>The refuse workers voted to strike on Tuesday, and the council blinked first.</p></article></body></html>',
        )
      ).author?.value,
    ).toBe('Aled Rhys');
    expect(
      (
        await guess(
          'notion.html',
          '<html><head><title>Rota Handbook</title></head><body><article><header><h1 class="page-title">Rota Handbook</h1><table class="properties"><tbody><tr><th>Created by</th><td><span class="user">Noor Haddad</span></td></tr><tr><th>Tags</th><td>rota</td></tr></tbody></table></header><div class="page-body"><p>Everyone takes one Saturday a month, and swaps are written on the board.</p></div></article></body></html>',
        )
      ).author?.value,
    ).toBe('Noor Haddad');
  });

  it("a PDF cover with little on it: the title by its size against the next page's body type", async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('report final');
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const cover = pdf.addPage([595, 842]);
    cover.drawText('REPORT 2/2024', { x: 72, y: 780, size: 10, font });
    cover.drawText('Who Repairs the Estate?', { x: 72, y: 640, size: 24, font });
    cover.drawText('Authors: Joan Bell and Kofi Mensah', { x: 72, y: 600, size: 12, font });
    const body = pdf.addPage([595, 842]);
    let y = 760;
    for (const l of [
      'Repairs on the estate take on average forty days, and one in five is never done at all.',
      'This report asks why, and what tenants can do about it when the landlord does not answer.',
    ]) {
      body.drawText(l, { x: 72, y, size: 10.5, font });
      y -= 14;
    }
    expect((await guess('repairs.pdf', await pdf.save())).title?.value).toBe('Who Repairs the Estate?');
  });
});

describe('readSourceText: a Dutch page', () => {
  it("reads 'Door NAME' in a span.auteur beside 'Gepubliceerd op DATE'", async () => {
    const g = await guess(
      'nl.html',
      '<html lang="nl"><head><title>Buurthuis blijft open - Wijkkrant</title></head><body><main><article><h1>Buurthuis blijft open</h1><div class="artikel-meta"><span class="auteur">Door Bram de Jong</span> <span class="datum">Gepubliceerd op 3 juni 2024</span></div><p>Het buurthuis aan de Kanaalstraat blijft open, heeft de gemeente besloten na protest van bewoners.</p></article></main></body></html>',
    );
    expect(values(g as never)).toMatchObject({ author: 'Bram de Jong', date: '2024-06-03' });
  });
});

describe("readSourceText: a front matter's display name beside a user name", () => {
  it('takes author_name when author is a handle', async () => {
    expect(
      (await guess('handle.md', '---\ntitle: Notes from the Stacks\nauthor: jlee\nauthor_name: Jo Lee\n---\n\nThe library reopened on Monday.\n')).author
        ?.value,
    ).toBe('Jo Lee');
  });
});

describe('readSourceText: dev-s8j shapes', () => {
  it("a JSON-LD author that is the <title>'s site part gives way to the byline; 'Texto: NAME Fotos: NAME'; a TOML [author] table", async () => {
    expect(
      (
        await guess(
          'ld-org.html',
          '<html><head><title>Porters win back pay - Leeds Online</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Leeds Online"}}</script></head><body><main><article><h1>Porters win back pay</h1><p class="article-byline">Sam Hill, Health Reporter</p><p>Porters at the infirmary have won up to £5,000 each in back pay after a long campaign.</p></article></main></body></html>',
        )
      ).author?.value,
    ).toBe('Sam Hill');
    expect(
      (
        await guess(
          'texto.html',
          '<html lang="es"><head><title>La fresa amarga | Diario</title><meta property="og:site_name" content="Diario"></head><body><main><article><h1>La fresa amarga</h1><div class="autor-fecha"><span>Texto:</span> <a href="/a/x">Elena Ruiz</a> <span>Fotos:</span> <a href="/a/y">Luis Ramos</a></div><p>Cada año llegan a la provincia miles de temporeras contratadas en origen.</p></article></main></body></html>',
        )
      ).author?.value,
    ).toBe('Elena Ruiz');
    expect(
      (await guess('toml.md', '+++\ntitle = "Against the App"\n[author]\nname = "Nadia Farouk"\n+++\n\nEvery platform promises freedom.\n')).author?.value,
    ).toBe('Nadia Farouk');
  });
});

describe('readSourceText: dev-s9 shapes', () => {
  it("an author box: a rel=author link's words name nobody, the JSON-LD graph's person by @id, the bio's first sentence", async () => {
    const page = (ld: string, link: string) =>
      `<html><head><title>Open at night – Friends</title><script type="application/ld+json">${ld}</script></head><body><main><article><h1>Open at night</h1><p>The reading room should stay open until ten, staffed by one librarian and a volunteer.</p></article><div class="author-box"><h4>About the author</h4><p>Priya Nair chairs the Friends of the library and works in a school in Selly Oak.</p>${link}</div></main></body></html>`;
    const graph = (name: string) =>
      `{"@graph":[{"@type":"Article","author":{"@id":"#p1"},"headline":"Open at night"},{"@type":"Person","@id":"#p1","name":"${name}"}]}`;
    // The link's words are not a name; the graph's person is a user name: the bio names her.
    expect((await guess('box.html', page(graph('pnair'), '<a rel="author" href="/author/pnair/">See all posts →</a>'))).author).toEqual({
      value: 'Priya Nair',
      how: 'the author bio',
    });
    // The graph's person, pointed at by @id.
    expect((await guess('graph.html', page(graph('Priya Nair'), ''))).author).toEqual({ value: 'Priya Nair', how: 'the JSON-LD author' });
  });

  it("an author block's name and date in <div>s are read apart; an author <meta> naming the translator gives way to the byline", async () => {
    expect(
      (
        await guess(
          'div-author.html',
          '<html><head><title>Five things</title></head><body><div class="post-title">Five things I learned running a food co-op</div><div class="author"><img alt="" src="a.jpg"><div><div class="author-name">Jon Ekström</div><div class="author-date">Published 3 June 2024 · 6 min read</div></div></div><p>Four years ago eight of us started buying rice and oats in sacks and splitting them in my kitchen.</p></body></html>',
        )
      ).author?.value,
    ).toBe('Jon Ekström');
    const translated = await guess(
      'translated.html',
      '<html><head><title>The strike | Site</title><meta name="author" content="Helen Clarke"></head><body><main><article><h1>The strike</h1><div class="byline">By Rafael Montero. Translated from the Spanish by Helen Clarke</div><p>In February 1888 the miners and the peasants of the villages marched together into the square.</p></article></main></body></html>',
    );
    expect(translated.author?.value).toBe('Rafael Montero');
    expect(translated.translator?.value).toBe('Helen Clarke');
  });
});

describe('guessMetadata: dev-s9 e-mails', () => {
  it("a Subject's list tag and issue number are no part of the title; 'NAME via LIST' sends it; a From: line is no source", () => {
    const g = guessMetadata(
      [
        'From: "Marisol Vega via Eastside Tenants" <eastside-tenants@googlegroups.com>',
        'Date: Thu, 9 Jan 2025 at 21:15',
        "Subject: Re: [Eastside] Tenants' Bulletin #12: Why we are balloting",
        'To: Eastside Tenants <eastside-tenants@googlegroups.com>',
        '',
        'For three years the landlord has promised repairs in writing and delivered none, and the lifts have been out for months.',
      ].join('\n'),
    );
    expect(g.title?.value).toBe('Why we are balloting');
    expect(g.author?.value).toBe('Marisol Vega');
    expect(g.publication).toBeUndefined();
  });
});

describe('readSourceText: dev-s9b shapes', () => {
  it('a microdata author whose name is in a <meta>, its link showing a user name', async () => {
    expect(
      (
        await guess(
          'microdata.html',
          '<html><head><title>Ferry workers walk out</title></head><body><div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Ferry workers walk out</h1><span itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Nikos Papadakis"><a href="/u/np">npapadakis</a></span><p>Crews on the island ferry walked out on Monday after the operator posted new rotas.</p></div></body></html>',
        )
      ).author?.value,
    ).toBe('Nikos Papadakis');
  });
});

describe('readSourceText: dev-s9c shapes', () => {
  it("an 'About NAME' author box over a bio by the first name; a wire story's JSON-LD agency beside its reporter", async () => {
    expect(
      (
        await guess(
          'about-name.html',
          '<html><head><title>Why I stopped | Eat Local</title><meta name="author" content="admin"></head><body><div class="post"><h1>Why I stopped</h1><div class="post-meta">Posted by <a href="/author/admin/">admin</a></div><p>Two years ago I did almost all my shopping in one trip a week to the superstore.</p><section class="author-bio"><p class="name">About Fatima Zahra</p><p>Fatima is a primary school teacher and a volunteer at the community fridge.</p></section></div></body></html>',
        )
      ).author?.value,
    ).toBe('Fatima Zahra');
    expect(
      (
        await guess(
          'wire.html',
          '<html><head><title>Strike dates | Daily</title><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"PA Media"},{"@type":"Person","name":"Kieran Walsh"}]}</script></head><body><main><article><h1>Strike dates</h1><p>Rail workers will strike on 16 and 18 March, their union has announced.</p></article></main></body></html>',
        )
      ).author?.value,
    ).toBe('Kieran Walsh');
  });
});

describe('readSourceText: dev-s9d shapes', () => {
  it("a JSON-LD 'creator' names the author", async () => {
    expect(
      (
        await guess(
          'creator.html',
          '<html><head><title>How we kept the pool open - Southside Stories</title><script type="application/ld+json">{"@type":"BlogPosting","name":"How we kept the pool open","creator":{"@type":"Person","name":"Bola Adeyemi"}}</script></head><body><div><a class="home" href="/">Southside Stories</a></div><div class="entry-title">How we kept the pool open</div><p>When the council announced that the baths would close in the autumn, we had six weeks.</p></body></html>',
        )
      ).author?.value,
    ).toBe('Bola Adeyemi');
  });
});

describe('readSourceText: dev-s9e shapes', () => {
  it("an 'Author' label set apart from the name by the layout; an episode number before a Markdown heading", async () => {
    expect(
      (
        await guess(
          'label-h3.html',
          '<html><head><title>Notes from a kitchen - Food Commons</title></head><body><h1>Notes from a kitchen</h1><div class="author"><span class="label">Author</span><h3>Ella Murphy</h3></div><p>Every Thursday about sixty people eat together in the hall behind the church.</p></body></html>',
        )
      ).author?.value,
    ).toBe('Ella Murphy');
    expect((await guess('episode.md', '# Ep. 12: Who cleans the hospital?\n\nHosted by Dee Allen\n\nWelcome to the show.\n')).title?.value).toBe(
      'Who cleans the hospital?',
    );
  });
});

describe('readSourceText: dev-s9h shapes', () => {
  it("a Wix post's writer in its user-name element, under an author <meta> naming the site", async () => {
    expect(
      (
        await guess(
          'wix.html',
          '<html><head><title>Planting trees | Green Streets Cork</title><meta name="author" content="Green Streets Cork"></head><body><article><div><span class="tQ0Q1A user-name" data-hook="user-name">Aoife Brennan</span><span data-hook="time-ago">Apr 3</span></div><h1 data-hook="post-title">Planting trees</h1><p>On Saturday twenty-four volunteers planted thirty-one street trees along the Lower Road.</p></article></body></html>',
        )
      ).author?.value,
    ).toBe('Aoife Brennan');
  });
});

describe('readSourceText: dev-s9i shapes', () => {
  it("an author <meta> written surname first, or with its translator after 'trad.'", async () => {
    const page = (author: string) =>
      `<html><head><title>Uniforms</title><meta name="author" content="${author}"></head><body><h1>Uniforms</h1><p>A secondary school uniform costs parents an average of £337 a year, three times a supermarket's.</p></body></html>`;
    expect((await guess('inverted.html', page('Morgan, Kate'))).author?.value).toBe('Kate Morgan');
    expect((await guess('trad.html', page('Juan Pérez; trad. María López'))).author?.value).toBe('Juan Pérez');
  });
});

describe("readSourceText: dev-s10 shapes (a page's way around itself; Word saved as a web page)", () => {
  const read = async (name: string, html: string) => {
    const path = join(dir, name);
    await writeFile(path, html);
    const r = await readSourceText(path);
    return guessMetadata(r.text, r.known, { fileLines: false });
  };
  const body =
    '<p>Vor sechs Jahren standen wir zu zwölft in einem leeren Hinterhof und wussten nicht, ob aus der Idee jemals ein Haus werden würde.</p><p>Heute wohnen hier einundvierzig Menschen, und die Miete ist seit dem Einzug nicht gestiegen.</p>';

  it('a skip link in any of our languages, a breadcrumb trail and the masthead linking home are not the title', async () => {
    for (const skip of ['Zum Inhalt springen', 'Aller au contenu', 'Saltar al contenido', 'Skip to footer']) {
      const g = await read(
        'skip.html',
        `<html lang="de"><head><title>Wohnprojekt Lindenhof</title></head><body><div class="x"><a href="#content">${skip}</a></div><div class="top"><a href="/">Wohnprojekt Lindenhof</a></div><div id="content"><h2>Warum wir die Genossenschaft gegründet haben</h2><div class="meta">Von Katrin Albers</div>${body}</div></body></html>`,
      );
      expect(g.title?.value, skip).toBe('Warum wir die Genossenschaft gegründet haben');
    }
    const crumbs = await read(
      'crumbs.html',
      `<html><head><title>Friends of Eastbrook Library</title></head><body><div class="site-header"><a href="/">Friends of Eastbrook Library</a></div><div class="breadcrumbs"><a href="/">Home</a> › <a href="/blog/">Blog</a> › Why the library must stay open on Sundays</div><h3>Why the library must stay open on Sundays</h3><div>By Harriet Quinn | 3 May 2023</div>${body}</body></html>`,
    );
    expect(crumbs).toMatchObject({ title: { value: 'Why the library must stay open on Sundays' }, author: { value: 'Harriet Quinn' } });
  });

  it("Word: a <title> that is 'Document1' or a file name gives way to the MsoTitle paragraph or the first big bold one", async () => {
    const word = (title: string, first: string) =>
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><title>${title}</title></head><body><div class=WordSection1>${first}<p class=MsoNormal>Bridget Kane</p><h1>How the co-op started</h1><p class=MsoNormal>The food co-op began in a church hall in 2019 with eleven households and a van borrowed from the scouts.</p><p class=MsoNormal>Nobody was paid, and nobody wanted to be the treasurer.</p></div></body></html>`;
    const want = { title: { value: 'Fair Shares: Notes on the Food Co-op' }, author: { value: 'Bridget Kane' } };
    expect(await read('w1.htm', word('Document1', '<p class=MsoTitle>Fair Shares: Notes on the Food Co-op</p>'))).toMatchObject(want);
    const big = "<p class=MsoNormal align=center><b><span style='font-size:18.0pt'>Fair Shares: Notes on the Food Co-op</span></b></p>";
    expect(await read('w2.htm', word('Microsoft Word - fair_shares_final.docx', big))).toMatchObject(want);
    expect(await read('w3.htm', word('fair-shares-v3.docx', big))).toMatchObject(want);
    // (Under a small line naming who sends it; Word's size for right-to-left script, mso-bidi-font-size, is not its size.)
    const under =
      "<p class=MsoNormal><span style='font-size:10.0pt'>Kingsway Food Co-op</span></p><p class=MsoNormal><b><span style='mso-bidi-font-size:11.0pt;font-size:22.0pt'>Fair Shares: Notes on the Food Co-op</span></b></p>";
    expect((await read('w5.htm', word('Microsoft Word - Flugblatt_Mai.docx', under))).title).toEqual({
      value: 'Fair Shares: Notes on the Food Co-op',
      how: 'the title paragraph',
    });
    // (A paragraph in body type is no title: the heading is looked for as before.)
    const plain = await read('w4.htm', word('Dokument1', '<p class=MsoNormal>Fair Shares: Notes on the Food Co-op</p>'));
    expect(plain.title?.value).not.toBe('Dokument1');
  });
});
