import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessMetadata } from '../../../src/init/guess.ts';
import { junkAuthor, junkTitle } from '../../../src/init/pdf-lines.ts';
import { readSourceText } from '../../../src/init/source-text.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reader-shapes-s11-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const guess = (text: string) => {
  const g = guessMetadata(text);
  return { title: g.title?.value, author: g.author?.value };
};

describe('init guessers: dev-s11 shapes (issue #23)', () => {
  it("a PDF's Title that is a file id or a DOI, and an Author that is a login, are not taken", () => {
    for (const id of ['jalh-2024-0117', 'ssrn-4412345', 'EID-22-0413R2', '10.1177/0143831X241234567', 'doi:10.1080/02673037.2024.2298871'])
      expect(junkTitle(id), id).toBe(true);
    for (const title of ['Mutual Aid', 'Beethoven', 'The Eight-Hour Day', 'Rent Control in Berlin, 2015–2022']) expect(junkTitle(title), title).toBe(false);
    expect(junkAuthor('RDunmore')).toBe(true);
    expect(junkAuthor('kvogel2')).toBe(true);
    expect(junkAuthor('Rachel Dunmore')).toBe(false);
    expect(junkAuthor('UNISON')).toBe(false);
  });

  it('an OCR\'d title page: the title over "BY" and the name under it, not the scan\'s note or the alternative title', () => {
    expect(
      guess(
        'Digitized by the Internet Archive\n\nin 2009 with funding from\n\nMicrosoft Corporation\n\n\n\n\n\n\nMUTUAL AID\n\nA FACTOR OF EVOLUTION\n\n\nBY\n\nP. KROPOTKIN\n\n\nLONDON\n\nWILLIAM HEINEMANN\n\n1902\n',
      ),
    ).toEqual({ title: 'Mutual Aid', author: 'P. Kropotkin' });
    expect(
      guess(
        'THE RAGGED TROUSERED\n\nPHILANTHROPISTS:\n\nOR,\n\nTHE STORY OF A YEAR,\n\n\nBY\n\nROBERT TRESSELL,\n\nHOUSE-PAINTER.\n\n\nLONDON:\n\nGRANT RICHARDS.\n\n1914.\n',
      ),
    ).toEqual({ title: 'The Ragged Trousered Philanthropists', author: 'Robert Tressell' });
  });

  it("slides exported to text: the slide's number is no title", () => {
    expect(guess('Slide 1 of 12\n\nWho Owns the Buses?\n\nMarta Ruiz | Better Buses Campaign\n\n\nSlide 2 of 12\n\nThe story so far\n')).toEqual({
      title: 'Who Owns the Buses?',
      author: 'Marta Ruiz',
    });
    expect(guess('Folie 1/14\nDie Vier-Tage-Woche in der Pflege\nJana Krüger\n\nFolie 2/14\nWorum es geht\n').title).toBe('Die Vier-Tage-Woche in der Pflege');
  });

  it('a Mailman digest is titled by its name and number and written by its list, not by its first message', () => {
    const digest =
      "Send Allotment-news mailing list submissions to\n\tallotment-news@lists.example.org\n\nToday's Topics:\n\n   1. Water troughs (Ben Ross)\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: Mon, 3 Jun 2024 08:12:00 +0100\nFrom: Ben Ross <ben@example.org>\nSubject: [Allotment-news] Water troughs\n\nThe troughs on the east side are dry again.\n\n------------------------------\n\nEnd of Allotment-news Digest, Vol 3, Issue 17\n*********************************************\n";
    expect(guess(digest)).toEqual({ title: 'Allotment-news Digest, Vol 3, Issue 17', author: 'Allotment-news mailing list' });
  });

  it("Project Gutenberg's Title: field run onto indented lines: the subtitle after a colon, a wrapped line after a space", () => {
    const licence =
      'This ebook is for the use of anyone anywhere in the United States and\nmost other parts of the world at no cost and with almost no restrictions\nwhatsoever.\n\n';
    expect(
      guess(
        `The Project Gutenberg eBook of The Town Labourer\n\n${licence}Title: The Town Labourer\n       The New Civilisation, 1760-1832, with a Preface on the Conditions of the\n       Workers in the Northern Mills\n\nAuthor: Mary Hartley\n\nRelease date: May 1, 2020 [eBook #62001]\n`,
      ).title,
    ).toBe('The Town Labourer: The New Civilisation, 1760-1832, with a Preface on the Conditions of the Workers in the Northern Mills');
  });

  it('a letterhead (a branch, its address, its e-mail) is no title; with no other author, the branch is', () => {
    expect(
      guess(
        'Hackney Trades Union Council\n12 Mare Street, London E8 4RP\nsecretary@hackneytuc.example.org\n\nMinutes of the Delegate Meeting, 5 June 2024\n\nPresent: 31 delegates from 14 affiliates.\n\n1. Apologies\nApologies were received from the RMT and the NEU.\n',
      ),
    ).toEqual({ title: 'Minutes of the Delegate Meeting, 5 June 2024', author: 'Hackney Trades Union Council' });
  });

  it('an organisation that writes its name in lower case', () => {
    expect(
      guess(
        'attac Deutschland\nMünchener Straße 48, 60329 Frankfurt am Main\n\nSteuergerechtigkeit jetzt!\n\nFrankfurt, 2. Mai 2024\n\nDie Bundesregierung will im Haushalt 2025 erneut bei den Sozialausgaben sparen, während große Vermögen kaum besteuert werden.\n',
      ),
    ).toEqual({ title: 'Steuergerechtigkeit jetzt!', author: 'attac Deutschland' });
  });

  it("dev-s11b: a French book's title page capitalises the noun after its article; a title may ask what someone says", () => {
    expect(
      guess(
        "L'ÉDUCATION\n\nSENTIMENTALE\n\nHISTOIRE D'UN JEUNE HOMME\n\nPAR\n\nGUSTAVE FLAUBERT\n\n\nPARIS\n\nMICHEL LÉVY FRÈRES, ÉDITEURS\n\n1870\n\n\nI\n\nLe 15 septembre 1840, vers six heures du matin, la Ville-de-Montereau, près de partir, fumait à gros tourbillons devant le quai Saint-Bernard. Des gens arrivaient hors d'haleine; des barriques, des câbles, des corbeilles de linge gênaient la circulation; les matelots ne répondaient à personne; on se heurtait; les colis montaient entre les deux tambours, et le tapage s'absorbait dans le bruissement de la vapeur.\n",
      ),
    ).toEqual({
      title: "L'Éducation sentimentale",
      author: 'Gustave Flaubert',
    });
    expect(
      guess(
        '--- Slide 1 ---\nRent Arrears: What the Tribunal Said\nA briefing for advice workers\nPresented by Owen Price, Housing Officer\n\n--- Slide 2 ---\nThe cases\n',
      ).title,
    ).toBe('Rent Arrears: What the Tribunal Said');
  });

  it("dev-s11b: a page's footer that names its organisation over its address signs the page", async () => {
    const file = join(dir, 'footer.html');
    await writeFile(
      file,
      '<html lang="de"><body><main><h1>Mehr Geld für die Pflege</h1><p>Die Beschäftigten der Pflegeheime in der Region warten seit zwei Jahren auf einen Tarifvertrag, und die Träger verweigern weiter jedes Gespräch.</p></main><footer><p>ver.di Bezirk Köln-Bonn-Leverkusen · Hans-Böckler-Platz 9 · 50672 Köln</p></footer></body></html>',
    );
    const read = await readSourceText(file);
    expect(guessMetadata(read.text, read.known).author?.value).toBe('ver.di Bezirk Köln-Bonn-Leverkusen');
  });

  it('dev-s11c: an edition\'s note under a title page\'s title, two authors on indented lines, minutes "taken by"', () => {
    expect(
      guess('THE HISTORY\n\nOF\n\nTRADE UNIONISM\n\nWITH A BIBLIOGRAPHY\n\n\nBY\n\nSIDNEY WEBB\n\n\nLONDON\n\nLONGMANS, GREEN, AND CO.\n\n1894\n').title,
    ).toBe('The History of Trade Unionism');
    const licence = 'This ebook is for the use of anyone anywhere in the United States and\nmost other parts of the world at no cost.\n\n';
    expect(
      guess(
        `The Project Gutenberg eBook of Fabian Essays\n\n${licence}Title: Fabian Essays\n\nAuthor: Annie Besant\n        Hubert Bland\n        Sydney Olivier\n\nRelease date: May 1, 2021 [eBook #65001]\n`,
      ).author,
    ).toBe('Annie Besant, Hubert Bland and Sydney Olivier');
    expect(
      guess(
        'Northfield Tenants Association\n14 Hill Street, Leeds LS6 2QT\n\nMinutes of the General Meeting, 2 May 2024\n\nPresent: 18 members.\nMinutes taken by Amina Yusuf (Secretary).\n\n1. Repairs\nThe repairs log has 41 open cases.\n',
      ).author,
    ).toBe('Amina Yusuf');
  });

  it("dev-s11c: a PDF whose Title field is the journal's name, printed small over the title in large type", async () => {
    const pdf = await PDFDocument.create();
    pdf.setTitle('Urban Studies Review');
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const page = pdf.addPage([595, 842]);
    page.drawText('Urban Studies Review', { x: 60, y: 800, size: 8, font: regular });
    page.drawText('Bus Franchising and the Return of the', { x: 60, y: 740, size: 18, font: bold });
    page.drawText('Public Timetable', { x: 60, y: 717, size: 18, font: bold });
    page.drawText('Owen Price', { x: 60, y: 690, size: 11, font: regular });
    let y = 660;
    for (const l of [
      'Greater Manchester took its buses back into public control in 2023. This paper asks what',
      'the change meant for the people who plan the timetables and the people who use them.',
    ])
      page.drawText(l, { x: 60, y: (y -= 14), size: 10, font: regular });
    const file = join(dir, 'journal.pdf');
    await writeFile(file, await pdf.save());
    const read = await readSourceText(file);
    expect(guessMetadata(read.text, read.known).title?.value).toBe('Bus Franchising and the Return of the Public Timetable');
  });

  it("dev-s11d: a running head with volume and pages, a paper's dated history, a title's words before a comma, German minutes", () => {
    expect(
      guess(
        'Industrial Relations Journal (2023) 54:201–219\nhttps://doi.org/10.1111/irj.12345\n\nRESEARCH ARTICLE\n\nNight Work, Pay and Union Presence in Irish Warehouses\n\nCiara Walsh1 · Dónal Byrne2\n\nReceived: 3 March 2023 / Accepted: 9 June 2023\n\nAbstract\nWarehouses around Dublin run night shifts all year round, and we ask whether union presence changes the premium paid for them.\n',
      ),
    ).toEqual({ title: 'Night Work, Pay and Union Presence in Irish Warehouses', author: 'Ciara Walsh and Dónal Byrne' });
    expect(
      guess(
        'Betriebsgruppe Klinikum Süd\nStationsleitungen\n\nProtokoll der Mitgliederversammlung vom 4. April 2024\n\nOrt: Raum 2.14\nAnwesend: 23 Mitglieder\nProtokoll: Jonas Weber\n\nTOP 1: Bericht\nDer Vorstand berichtete über die Gespräche mit der Klinikleitung.\n',
      ),
    ).toEqual({ title: 'Protokoll der Mitgliederversammlung vom 4. April 2024', author: 'Jonas Weber' });
  });

  it("a Polish text is read as Polish, so that its reader's own words are", () => {
    const text =
      'Dlaczego strajkujemy\n\nAnna Nowak\n\nPielęgniarki ze szpitala wojewódzkiego w Lublinie od trzech tygodni prowadzą akcję protestacyjną. Domagają się podwyżek, które pozwolą im utrzymać rodziny, oraz większej liczby etatów na oddziałach. Dyrekcja twierdzi, że nie ma pieniędzy, ale w ubiegłym roku szpital kupił nowy sprzęt. Nie chodzi nam tylko o pieniądze, ale o bezpieczeństwo pacjentów.\n';
    expect(guessMetadata(text).language?.value).toBe('pl');
  });
});
