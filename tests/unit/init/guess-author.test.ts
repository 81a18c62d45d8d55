import { describe, expect, it } from 'vitest';
import { guessAuthor, guessTranslator } from '../../../src/init/guess-author.ts';
import { guessMetadata } from '../../../src/init/guess.ts';
import { toLines } from '../../../src/init/lines.ts';

const author = (text: string) => guessAuthor(toLines(text));
const translator = (text: string) => guessTranslator(toLines(text));

describe('guessAuthor', () => {
  it('reads a "by NAME" line, stopping at the translator', () => {
    expect(author('Title\n\nby Jorge Martínez, translated to English by Carlos Sapir\nText.')).toEqual({ value: 'Jorge Martínez', line: 3, how: 'the byline' });
  });

  it('reads "NAME, role" under the title', () => {
    const text =
      "Address to the Congress, Cardiff, 9 May 2023\n\nCare Is Work\n\nBronwen Price, President of the Welsh Nurses' Union\n\nConference, thank you.\n";
    expect(guessAuthor(toLines(text), { titleIndex: 1 })).toEqual({ value: 'Bronwen Price', line: 5, how: 'the name under the title' });
    // A name and a date is not a role: "Ana Lima, Lisbon" has no "of/at".
    expect(author('Title\n\nAna Lima, researcher at the University of Lisbon\n\nBody.')?.value).toBe('Ana Lima');
  });

  it('takes an organisation that signs at the end over a masthead above the title', () => {
    const text = [
      'EASTSIDE TENANTS',
      '',
      'Fair Rent Now',
      '',
      'Rents on the estate have gone up by 23% in three years, and wages have not.',
      '',
      'Written and published by the Eastside Tenants’ Association, 14 Mill Lane.',
    ].join('\n');
    expect(guessAuthor(toLines(text), { titleIndex: 1 })).toEqual({ value: 'Eastside Tenants’ Association', line: 7, how: 'the attribution at the end' });
    // With no attribution, the name above the title is still the guess.
    expect(guessAuthor(toLines('ANA LIMA\n\nFair Rent Now\n\nBody text, long enough to be a paragraph of its own here.'), { titleIndex: 1 })).toMatchObject({
      value: 'Ana Lima',
      how: 'the name above the title',
    });
    expect(author('Body.\n\nPublished by Hospitality Workers Branch\n')?.value).toBe('Hospitality Workers Branch');
  });

  it('reads every name of a names-only line under the title', () => {
    expect(guessAuthor(toLines('Who Cleans the City?\nOutsourcing and Pay\nLena Vogel · Ibrahim Diallo\nNovember 2023'), { titleIndex: 0 })).toMatchObject({
      value: 'Lena Vogel and Ibrahim Diallo',
      line: 3,
    });
    expect(
      guessAuthor(toLines('Public Ownership of Buses:\nLessons from Manchester\n\nAisha Rahman and Colm Byrne\n\nSummary'), { titleIndex: 0, titleEnd: 1 }),
    ).toMatchObject({ value: 'Aisha Rahman and Colm Byrne', line: 4 });
  });

  it("reads an organisation on a title page, a letter's signature, and a book's running head", () => {
    expect(author("THE\n\nMINERS' NEXT STEP\n\nIssued by the Unofficial Reform Committee.\n\nTONYPANDY:\n1912.")).toMatchObject({
      value: 'Unofficial Reform Committee',
      line: 5,
    });
    const letter = [
      'An Open Letter',
      '',
      'Dear Vice-Chancellor,',
      '',
      'We are writing to you as members of staff who have taught here for many years.',
      '',
      'Yours sincerely,',
      '',
      'Priya Natarajan',
      'Branch Secretary, on behalf of the branch committee',
    ].join('\n');
    expect(author(letter)).toEqual({ value: 'Priya Natarajan', line: 9, how: 'the signature at the end' });
    const chapter = [
      '3',
      '',
      'The Long Strike',
      '',
      'When the strike began in the spring of 1984, nobody in the village expected it to last a year.',
      '',
      "52                                KATE O'NEILL",
      '',
      'Money came from everywhere.',
    ].join('\n');
    expect(author(chapter)).toEqual({ value: "Kate O'Neill", line: 7, how: 'the running head' });
  });

  it('reads "by" after a few words near the top, but not an editor\'s or a picture\'s', () => {
    expect(author('Locked Out\n\nResearch by Beatriz Fonseca | Edited by Tom Ward\n')?.value).toBe('Beatriz Fonseca');
    expect(author("Education for Emancipation\n\nA talk given by Samuel Okoro to the Workers' Educational Association, Leeds, 1998\n")?.value).toBe(
      'Samuel Okoro',
    );
    expect(author('Home / Blog / History\n\nWhat 1926 Teaches Us\n\nPosted by Mei Lin on 3 March 2020 · 4 Comments\n')?.value).toBe('Mei Lin');
    expect(author('# Organising Renters\n\nBy the Leith Tenants Union\n')?.value).toBe('Leith Tenants Union');
    expect(author('A Title\n\nEdited by Tom Ward\n')).toBeUndefined();
    expect(author('A Title\n\nCover photograph by Tom Ward\n')).toBeUndefined();
  });

  it('joins two names with "and" whatever the byline\'s language, one name with a "y" in it left whole', () => {
    expect(author('Arbeitszeit und Gesundheit\n\nvon Anna Schmitt und Paul Krüger\n')?.value).toBe('Anna Schmitt and Paul Krüger');
    expect(author('La rebelión de las masas\n\npor José Ortega y Gasset\n')?.value).toBe('José Ortega y Gasset');
  });

  it('reads a name with a place and a year closing the text', () => {
    const text = [
      'The Long Walk to Work',
      '',
      'Every morning at five, the first taxis leave the township for the city, full of people.',
      '',
      'Ruth Mbeki',
      'Durban, 2019',
    ].join('\n');
    expect(author(text)).toEqual({ value: 'Ruth Mbeki', line: 5, how: 'the signature at the end' });
  });

  it('reads names with affiliation marks, a quoted title with its author, and a "NAME, for …" signature', () => {
    expect(guessAuthor(toLines('Platform Work\nMaria Okonkwo1 and Lars Eriksen2\n1 University of Leeds'), { titleIndex: 0 })?.value).toBe(
      'Maria Okonkwo and Lars Eriksen',
    );
    expect(author('“Streets for People” – Aoife Keane\n\nEvery city has a few streets where cars are not allowed.')).toMatchObject({
      value: 'Aoife Keane',
      line: 1,
    });
    const notes = [
      'Reading Capital Together',
      '',
      'We began with the first chapter, which everyone says is the hardest, and it was.',
      '',
      'By the third meeting the group had found its own way in.',
      '',
      'What surprised us most was how much of it was about time.',
      '',
      'Sam Osei, for the Bristol reading group',
    ].join('\n');
    expect(guessAuthor(toLines(notes), { titleIndex: 0 })).toEqual({ value: 'Sam Osei', line: 9, how: 'the signature at the end' });
    // A role is not a name: "Branch Secretary, on behalf of the committee".
    expect(
      author(
        'An Open Letter\n\nWe write to you as members of staff who have taught here for many years.\n\nBranch Secretary, on behalf of the branch committee',
      ),
    ).toBeUndefined();
  });

  it('reads an "Author:" label', () => {
    expect(author('Title\nAuthor: Rosa Luxemburg\n')?.value).toBe('Rosa Luxemburg');
  });

  it('reads a standfirst that names the author', () => {
    const text = 'Caption\n\nThe myth that Lenin led to Stalin is exposed by the Testament, writes John Westmoreland\n\nBody.';
    expect(author(text)).toMatchObject({ value: 'John Westmoreland', line: 3, how: 'the standfirst' });
    expect(author('There was nothing inevitable, explains John Westmoreland in the third of his series\n')?.value).toBe('John Westmoreland');
  });

  it('reads an author bio at the end', () => {
    const text = ['Body text here.', '', 'More body text.', '', 'John Westmoreland', '', 'John is a history teacher and UCU rep.', '', 'Tagged under:'].join(
      '\n',
    );
    expect(author(text)).toEqual({ value: 'John Westmoreland', line: 5, how: 'the author bio' });
  });

  it('does not take a name line that no bio follows', () => {
    expect(author('Body text.\n\nRosa Luxemburg\n\nThe revolution is magnificent.\n')).toBeUndefined();
  });

  it('keeps particles in names', () => {
    expect(author('by Rosa de la Cruz\n')?.value).toBe('Rosa de la Cruz');
  });

  it('finds nothing in plain text', () => {
    expect(author('Fifty years ago today the world heard the news.\n')).toBeUndefined();
  });
});

describe('guessTranslator', () => {
  it('reads "translated to English by NAME"', () => {
    expect(translator('by Jorge Martínez, translated to English by Carlos Sapir')).toEqual({ value: 'Carlos Sapir', line: 1, how: 'the translator line' });
  });

  it('reads "Translated by" and "Translation:" lines', () => {
    expect(translator('Title\nTranslated by Ana Pérez\n')?.value).toBe('Ana Pérez');
    expect(translator('Title\nTranslation: Ana Pérez\n')?.value).toBe('Ana Pérez');
  });

  it('finds nothing without a translator line', () => {
    expect(translator('by Jorge Martínez\n')).toBeUndefined();
  });
});

describe('guessAuthor on user-shaped texts', () => {
  const body = 'Cities across Europe are closing their centres to cars, and the results are in. Air quality has improved and children walk to school again.';
  const at = (text: string, titleIndex?: number) => guessAuthor(toLines(text), titleIndex === undefined ? {} : { titleIndex });

  it('reads a plain name on the line under the title', () => {
    expect(at(`The Case for Car-Free City Centres\nTomás Ferreira\n\n${body}`, 0)).toMatchObject({ value: 'Tomás Ferreira', line: 2 });
    expect(at(`The Case for Car-Free City Centres\nTomás Ferreira\n\n${body}`)?.value).toBe('Tomás Ferreira');
  });

  it('reads a name in capitals as a name', () => {
    expect(at(`URBAN MOBILITY\nTOMÁS FERREIRA\n\n${body}`, 0)?.value).toBe('Tomás Ferreira');
  });

  it('reads several authors and a name before a date or reading time', () => {
    expect(at(`Title\nBy Ana Lima and Tomás Ferreira\n\n${body}`)?.value).toBe('Ana Lima and Tomás Ferreira');
    expect(at(`Why Cities Need Fewer Cars\nAna Lima | 12 May 2023 | 6 min read\n\n${body}`, 0)?.value).toBe('Ana Lima');
  });

  it('reads bylines in other languages', () => {
    expect(at(`Pour une ville sans voitures\nPar Jean Dupont\n\n${body}`)?.value).toBe('Jean Dupont');
    expect(at(`Die Zukunft der Stadt\nvon Anna Schmidt\n\n${body}`)?.value).toBe('Anna Schmidt');
  });

  it('reads a bio sentence or a signature at the end', () => {
    expect(at(`Title\n\n${body}\n\nAna Lima is a transport researcher at the University of Porto.`)?.value).toBe('Ana Lima');
    expect(at(`Title\n\n${body}\n\n— Ana Lima, Porto`)?.value).toBe('Ana Lima');
  });

  it('reads "by NAME" inside a title in capitals, without the office before the name', () => {
    const text = `ADDRESS BY COUNCILLOR PRIYA RAMESH TO THE SPRING CONFERENCE OF TENANTS\n\nFriends, it is good to be back in this hall, where so many of our campaigns began.\n`;
    expect(at(text, 0)).toMatchObject({ value: 'Priya Ramesh', line: 1 });
  });

  it('reads names with TeX marks and an Oxford comma, a given name like Ji-woo, and a research centre on a cover', () => {
    const text = `Care Work and the Platform\nJi-woo Kim∗ , Amadou Diallo† , and Rosa Lind‡\n∗ Korea University\n\n${body}`;
    expect(at(text, 0)?.value).toBe('Ji-woo Kim, Amadou Diallo and Rosa Lind');
    const cover = `Institute for Fair Housing\n\nHomes Before Profit\n\nResearch Report\nMay 2022\n\n${body}`;
    expect(at(cover, 1)?.value).toBe('Institute for Fair Housing');
  });

  it("reads the signature over a mailing's footer", () => {
    const text = `Fixing Is a Skill We Can Share\n\n${body}\n\nOwen Beckett\nCoordinator, Eastfield Repair Café\n\n==========\nCopyright © 2023 Eastfield Repair Café, All rights reserved.\nYou are receiving this email because you signed up at a repair session.\nunsubscribe from this list    update subscription preferences`;
    expect(at(text, 0)?.value).toBe('Owen Beckett');
  });

  it('reads a name or an organisation on the line under a label that stands alone ("From:")', () => {
    expect(at(`Press release\nNew rules for private landlords\nFrom:\nMinistry of Housing\nPublished\n2 May 2023\n\n${body}`, 1)?.value).toBe(
      'Ministry of Housing',
    );
    expect(at(`New rules for private landlords\nAuthor\nDeniz Arslan\n\n${body}`, 0)?.value).toBe('Deniz Arslan');
  });

  it('reads authors one to a line with their universities, a columnist after the section, and "Interview by NAME." at the end', () => {
    const paper = `Who feeds the city? Street markets and the informal economy of Recife\nMarta Lins, Universidade Federal de Pernambuco\nJoão Prado, Universidade de Brasília\n\n${body}`;
    expect(at(paper, 0)?.value).toBe('Marta Lins and João Prado');
    expect(at(`Comment · Grace Achieng\nThe Buses We Lost\n\n${body}`, 1)?.value).toBe('Grace Achieng');
    expect(
      at(`‘We organised in the canteen’: a conversation with a cleaner\n\n${body}\n\nInterview by Luca Bianchi. It has been edited for length.`, 0)?.value,
    ).toBe('Luca Bianchi');
  });

  it('reads a closing credit "Written for … by NAME, date", and every signatory under "Signed,"', () => {
    expect(at(`Reading Together\n\n${body}\n\nWritten for the Bristol branch bulletin by Rhiannon Price, June 2023.`, 0)?.value).toBe('Rhiannon Price');
    const statement = `Statement on the bus cuts\n\n${body}\n\nSigned,\n\nEastgate Bus Users' Group\nRiverside Pensioners' Forum\nSt Mary's Youth Club`;
    expect(at(statement, 0)?.value).toBe("Eastgate Bus Users' Group, Riverside Pensioners' Forum and St Mary's Youth Club");
  });

  it('reads "Dr. NAME" under a title, and "Words and photos: NAME"', () => {
    expect(at(`Week 5\nThe Gig Economy\nDr. Tunde Bakare\nSchool of Law\n`, 1)?.value).toBe('Tunde Bakare');
    expect(at(`The Last Forge in Sheffield\n\nWords and photos: Ellie Marsh\n\n${body}`, 0)?.value).toBe('Ellie Marsh');
  });

  it("reads an article's authors stacked one to a block over their university and e-mail", () => {
    const text = `Care Robots and Care Work\n\nMei Chen\nNational Taiwan University\nmei@example.tw\n\nTomasz Nowak\nUniversity of Warsaw\ntnowak@example.pl\n\nAbstract\n${body}`;
    expect(at(text, 0)?.value).toBe('Mei Chen and Tomasz Nowak');
  });

  it('reads "Words: NAME / Pictures: NAME", "Von Dr. NAME und Prof. NAME" and a wire story\'s "(Reporting by NAME; Editing by NAME)"', () => {
    expect(at(`The Weavers of Bradford\n\nWords: Sunita Rao / Pictures: Ben Hall\n\n${body}`, 0)?.value).toBe('Sunita Rao');
    expect(at(`Kürzere Schichten\n\nVon Dr. Lena Brandt und Prof. Uwe Kohl\n\n${body}`, 0)?.value).toBe('Lena Brandt and Uwe Kohl');
    expect(at(`Dockers walk out in Felixstowe\n\n${body}\n\n(Reporting by Amir Khan; Editing by Sue Bell)`, 0)?.value).toBe('Amir Khan');
  });

  it("reads a name among a date and a reading time, a byline in capitals with particles, and 'NAME: Title'", () => {
    expect(at(`The Shop That Stayed Open\n\nMay 2024 · Hugo Lambert · 5 min read\n\n${body}`, 0)?.value).toBe('Hugo Lambert');
    expect(at(`EL BARRIO QUE RESISTE\n\nPOR JUAN DE LAS HERAS\n\n${body}`, 0)?.value).toBe('Juan de las Heras');
    expect(at(`Sarah Booth: What the Strike Taught Me\n\n${body}`, 0)?.value).toBe('Sarah Booth');
  });

  it("reads a letter's signature with the writer's town under it", () => {
    expect(at(`Save the ferry\n\nSir,\n\n${body}\n\nM. T. Hughes\nAberystwyth`, 0)?.value).toBe('M. T. Hughes');
  });

  it('takes no name from "By the end of…" or from a sentence', () => {
    expect(at(`By the end of 1921, the party had banned factions.\n\n${body}`)).toBeUndefined();
    expect(at(`Title\nThe Urban Policy Review\n\n${body}`, 0)).toBeUndefined();
  });
});

describe('guessAuthor: a name with an office in title case under the title', () => {
  it('reads "NAME, General Secretary" under a speech\'s title as its speaker', () => {
    const text =
      'Address to the Annual Conference, Cardiff, 3 May 2024\n\nThe Railway Belongs to Us\n\nOwen Pryce, General Secretary\n\nComrades, thank you for having me.';
    expect(guessAuthor(toLines(text), { titleIndex: 1 })?.value).toBe('Owen Pryce');
  });
});

describe('guessAuthor: a bio after its label at the end', () => {
  it('reads "About the author: NAME is …" under a share box, over a user-name byline', () => {
    const text =
      'Notes from the Night Bus\nPosted on 9 June 2024 by tomasz\nThe N38 leaves Victoria at ten past one, and by the time it reaches Clapton it is full of people who clean offices.\nShare this:\nTwitter\nFacebook\nAbout the author: Tomasz Nowak is a cleaner and a member of the branch committee.';
    expect(guessAuthor(toLines(text), { titleIndex: 0 })?.value).toBe('Tomasz Nowak');
  });
});

describe('guessAuthor: a forwarded e-mail and a cover sheet', () => {
  it("takes the forwarded message's sender, not the forwarder's", () => {
    const text =
      'From: Ann Lowe <ann@example.org>\nSubject: Fwd: Minutes\nTo: Committee\n\nSee below. Ann\n\n---------- Forwarded message ---------\nFrom: Kofi Boateng <kofi@example.net>\nDate: Mon, 3 Jun 2024\nSubject: Minutes\n\nPresent: six members.';
    expect(guessAuthor(toLines(text))?.value).toBe('Kofi Boateng');
  });

  it('keeps the first sender of a reply over its quoted original', () => {
    const text =
      'From: Ann Lowe <ann@example.org>\nSubject: Re: Minutes\nTo: Committee\n\nAgreed, thanks.\n\n-----Original Message-----\nFrom: Kofi Boateng <kofi@example.net>\nSubject: Minutes\n\nPresent: six members.';
    expect(guessAuthor(toLines(text))?.value).toBe('Ann Lowe');
  });

  it("reads a cover sheet's 'Name:' field as the author, and none of its fields as the title", () => {
    const text =
      'Name: Priya Nair\nStudent number: 1988210\nModule: HIS210 Labour History\nWord count: 1,950\n\nWho Were the Match Women?\n\nIn July 1888 the women at Bryant and May walked out.';
    const g = guessMetadata(text);
    expect(g.author?.value).toBe('Priya Nair');
    expect(g.title?.value).toBe('Who Were the Match Women?');
  });
});

describe('guessAuthor: hosts, and a name with its address', () => {
  it("reads a podcast transcript's 'Hosts:' as its authors", () => {
    expect(guessAuthor(toLines('Bread and Roses Again\n\nHosts: Kim Ode and Raj Patel\nGuest: Lin Wu\n\nKIM: Welcome back.'), { titleIndex: 0 })?.value).toBe(
      'Kim Ode and Raj Patel',
    );
  });

  it('drops the e-mail address after each name the metadata gives', () => {
    expect(
      guessMetadata('Body text of the guide, long enough to be a paragraph.', {
        author: { value: 'Ana Lima <ana@example.org> and Ben Cole <ben@example.org>', how: 'the front matter' },
      }).author?.value,
    ).toBe('Ana Lima and Ben Cole');
  });
});

describe("guessAuthor: a newsletter platform's sender", () => {
  it('reads "NAME from PUBLICATION <address>" as NAME', () => {
    const text =
      'From: Oisín Kelly from Shop Floor Notes <shopfloornotes@substack.com>\nSubject: A week on the line\nDate: 2 March 2025 at 07:00\nTo: reader@example.com\n\nA week on the line\n\nWhen we walked out, nobody expected us to last.';
    expect(guessAuthor(toLines(text))?.value).toBe('Oisín Kelly');
  });
});

describe('guessAuthor: a signature with a role in lower case at the end', () => {
  it('reads "NAME, role" closing a French text', () => {
    const text =
      'Ce que nous devons aux infirmières\n\nElles étaient là pendant toute la crise, et on les a oubliées.\n\nClaire Martin, infirmière et déléguée syndicale';
    expect(guessAuthor(toLines(text), { titleIndex: 0 })?.value).toBe('Claire Martin');
  });
});

describe('guessAuthor: a bio at the top, a signer over an organisation', () => {
  it('reads "About me: NAME is …" over the title', () => {
    const text =
      'About me: Tom Reyes is a porter in Hull who writes about work.\n\nNights on the Ward\n\nThe first thing you learn on nights is where the kettle is.';
    expect(guessAuthor(toLines(text), { titleIndex: 1 })?.value).toBe('Tom Reyes');
  });

  it('takes the name signed after a valediction over the organisation under it', () => {
    const text =
      'Carta a las compañeras\n\nOs escribo desde Sevilla, donde llevo nueve años limpiando oficinas.\n\nUn abrazo fuerte,\n\nLucía Campos\nAsociación de Limpiadoras de Sevilla';
    expect(guessAuthor(toLines(text), { titleIndex: 0 })?.value).toBe('Lucía Campos');
  });
});
