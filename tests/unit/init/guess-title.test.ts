import { describe, expect, it } from 'vitest';
import { guessAuthor } from '../../../src/init/guess-author.ts';
import { guessTitle, TITLE_FEATURES, titleFromFileName } from '../../../src/init/guess-title.ts';
import { guessMetadata } from '../../../src/init/guess.ts';
import { toLines } from '../../../src/init/lines.ts';

const title = (text: string) => guessTitle(toLines(text));

describe('guessTitle', () => {
  it('takes a short first line as the title', () => {
    expect(title('Stalin: 50 years after the death of a tyrant\n\n"The revolution explodes the social lie." (Trotsky)')).toEqual({
      value: 'Stalin: 50 years after the death of a tyrant',
      line: 1,
      how: 'a short first line',
    });
  });

  it('skips date stamps and cuts off a section label', () => {
    const text = 'Sat Nov 16, 2024\nNovember 16, 2024\n\nSpecial | From the Republic of Soviets to the Stalinist Counter-revolution\n\nDecember 12, 2021\n';
    expect(title(text)).toMatchObject({ value: 'From the Republic of Soviets to the Stalinist Counter-revolution', line: 4 });
  });

  it('takes a "Title:" line under a licence paragraph (Project Gutenberg)', () => {
    const licence =
      'This ebook is for the use of anyone anywhere in the United States and\nmost other parts of the world at no cost and with almost no restrictions\nwhatsoever. You may copy it, give it away or re-use it under the terms\n';
    const text = `The Project Gutenberg eBook of Mutual Aid: A Factor of Evolution\n\n${licence}\nTitle: Mutual Aid: A Factor of Evolution\n\nAuthor: Peter Kropotkin\n`;
    expect(title(text)).toEqual({ value: 'Mutual Aid: A Factor of Evolution', line: 7, how: 'the title line' });
  });

  it('skips "NAME, role" as a byline: the line above it is the title', () => {
    expect(
      title(
        "Address to the Nurses' Congress, Cardiff, 9 May 2023\n\nCare Is Work\n\nBronwen Price, President of the Welsh Nurses' Union\n\nConference, thank you.",
      )?.value,
    ).toBe('Care Is Work');
  });

  it('skips a series line of bars and dates, and joins a lone "THE" to the line under it', () => {
    expect(title('POLICY BRIEFING | No. 7 | March 2022\n\n\nPublic Ownership of Buses:\nLessons from Manchester\n\nAisha Rahman and Colm Byrne')).toMatchObject(
      { value: 'Public Ownership of Buses: Lessons from Manchester', line: 4 },
    );
    expect(
      title("THE\n\nMINERS' NEXT STEP\n\nBEING A SUGGESTED SCHEME FOR THE\nREORGANIZATION OF THE FEDERATION.\n\nIssued by the Unofficial Reform Committee."),
    ).toMatchObject({ value: "The Miners' Next Step", line: 1 });
  });

  it("takes an e-mail's subject, and a quoted title before its author's name", () => {
    expect(title("Subject: Why we're balloting\nFrom: Unite Health Branch <b@example.org>\nDate: 7 October 2022\n\nDear members,")).toMatchObject({
      value: "Why we're balloting",
      line: 1,
    });
    expect(title('“Streets for People” – Aoife Keane\n\nEvery city has a few streets where cars are not allowed.')).toMatchObject({
      value: 'Streets for People',
      line: 1,
    });
  });

  it('allows a question mark at the end', () => {
    expect(title('Did Lenin lead to Stalin?\n\nFor the Leninist far left...')?.value).toBe('Did Lenin lead to Stalin?');
  });

  it('skips bylines, doubled captions and series links', () => {
    const text = [
      'Lenin and Stalin, 1922. Photo: Public Domain Lenin and Stalin, 1922. Photo: Public Domain',
      'by Jane Doe',
      'Part One: Lenin and revolutionary organising',
      'The Road Not Taken',
    ].join('\n');
    expect(title(text)?.value).toBe('The Road Not Taken');
  });

  it('does not take a sentence, a standfirst or a hard-wrapped line', () => {
    expect(title('This is a sentence that ends.\n')).toBeUndefined();
    expect(title('There was nothing inevitable about it, explains John Westmoreland\n')).toBeUndefined();
    const wrapped = 'Good short account of how the foundations of Stalinist terror were laid by the policies of Lenin\nand Trotsky in the early days\n';
    expect(title(wrapped)).toBeUndefined();
  });

  it('stops at the body: a short line after two paragraphs is a section heading', () => {
    const para = 'word '.repeat(45).trim() + '.';
    expect(title(`${para}\n\n${para}\n\nA Section Heading\n`)).toBeUndefined();
  });
});

describe('titleFromFileName', () => {
  it('drops the extension, an ordering prefix and separators', () => {
    expect(titleFromFileName('003-woods_stalin-50.txt')).toBe('Woods stalin 50');
    expect(titleFromFileName('2021.md')).toBe('2021');
  });
});

describe('guessTitle on user-shaped texts', () => {
  const body =
    'Cities across Europe are closing their centres to cars, and the results are in. Air quality has improved, shops report more trade, and children walk to school again.';

  it('puts a title in capitals under a masthead into title case, small words in lower case', () => {
    expect(title(`Green Transport Quarterly\nTHE CASE FOR CAR-FREE CITY CENTRES\n\n${body}`)).toMatchObject({
      value: 'The Case for Car-Free City Centres',
      line: 2,
    });
  });

  it('keeps the abbreviations the text itself writes in capitals', () => {
    expect(title(`WHY THE NHS NEEDS CLEAN AIR\n\nThe NHS spends more on asthma every year. ${body}`)?.value).toBe('Why the NHS Needs Clean Air');
  });

  it('takes the line a name follows, not the masthead above it', () => {
    expect(title(`The Urbanist\nStreets Are for People\nAna Lima\n\n${body}`)?.value).toBe('Streets Are for People');
  });

  it('takes the title, not the subtitle, above a byline', () => {
    expect(title(`Car-Free Cities\nWhy we should close the centre to traffic for good\nBy Ana Lima\n\n${body}`)?.value).toBe('Car-Free Cities');
  });

  it('tells a short title in capitals from the name under it', () => {
    expect(title(`URBAN MOBILITY\nAna Lima\n\n${body}`)?.value).toBe('Urban Mobility');
  });

  it('joins a title in capitals broken over two lines', () => {
    expect(title(`THE CASE FOR\nCAR-FREE CITIES\n\n${body}`)?.value).toBe('The Case for Car-Free Cities');
  });

  it('takes the line under a one-word rubric, in any language, not the rubric', () => {
    const standfirst = 'El mercado de abastos cierra en marzo. Los vecinos han reunido tres mil firmas para que siga abierto y piden una reunión.';
    expect(
      title(`Inicio > Vivienda > Barrios\n\nVIVIENDA\n\nPor qué el barrio necesita su mercado\n\n${standfirst}\n\nPor Carmen Ruiz\n\n${body}`)?.value,
    ).toBe('Por qué el barrio necesita su mercado');
  });

  it('takes the line under a kicker, not the letterhead over it', () => {
    expect(title(`CITY OF HALVERSTON\nOffice of the Mayor\n\nFOR IMMEDIATE RELEASE\n\nMAYOR OPENS NEW BATHS ON CANAL STREET\n\n${body}`)?.value).toBe(
      'Mayor Opens New Baths on Canal Street',
    );
  });

  it("skips a copied page's menus, and takes a two-sentence headline over its author's name", () => {
    const menus = 'Skip to main content\nSign in\nSubscribe\nSearch\nMenu\nThe Morning Post - Home\nNews\nOpinion\nSport\nCulture\nTravel\nOpinion\nHousing';
    expect(title(`${menus}\nRent caps work. Berlin shows how to make them stick\nMarta Nowak\n${body}`)?.value).toBe(
      'Rent caps work. Berlin shows how to make them stick',
    );
  });

  it('joins a title over three lines, and looks no further than the title page (pdftotext marks pages with form feeds)', () => {
    const cover = 'Institute for Fair Housing\n\n\nHomes Before Profit:\nA Plan for Council Housing in the\nWest Midlands\n\nResearch Report\nMay 2022\n';
    expect(title(`${cover}\f\nAbout the Institute\nThe Institute is a charity.\n\f\n${body}`)?.value).toBe(
      'Homes Before Profit: A Plan for Council Housing in the West Midlands',
    );
  });

  it("takes a plain-text mailing's marked heading, not its masthead over a dated banner line", () => {
    const mailing = `Read this online\n\nTHE TOOL SHED\nBulletin of the Eastfield Repair Café | Autumn 2023\n\n-----------------\n\n** Fixing Is a Skill We Can Share\n-----------------\n\n${body}`;
    expect(title(mailing)?.value).toBe('Fixing Is a Skill We Can Share');
  });

  it('skips a series line with its number and year, and the author in capitals over the title', () => {
    const cover = `INSTITUT FÜR ARBEIT\nARBEITSPAPIER 7/2021\n\nJONAS WEBER\n\nWER PFLEGT DIE PFLEGENDEN?\nPflegearbeit in Sachsen seit 2005\n\n\n1 Einleitung\n\nDie Pflege ist in Sachsen seit zwanzig Jahren ein Beruf, der Menschen verliert, weil die Arbeit sie krank macht und die Bezahlung nicht reicht.`;
    expect(guessTitle(toLines(cover), { language: 'de' })?.value).toMatch(/^Wer pflegt die Pflegenden\?$/i);
  });

  it("skips a website's furniture (skip links, cookie banners), and takes a headline that opens on a currency sign", () => {
    const page = `Skip to main content\nCookies on this site\nAccept all cookies\nReject all cookies\nSign in\nNews\nEnergy\nPress release\n€40 million for heat pumps in social housing\nHousing associations can bid from today.\n${body}`;
    expect(title(page)?.value).toBe('€40 million for heat pumps in social housing');
  });

  it('takes no "Proposed by …" line, nor a line ending on an article, as the title', () => {
    expect(title(`DRAFT for the June meeting\n\nWhose Park Is It?\n\nProposed by the Brook Park Working Group\n\n${body}`)?.value).toBe('Whose Park Is It?');
    expect(title(`A PLAN FOR THE\n\nNotes for the meeting\n\n${body}`)?.value).toBe('Notes for the meeting');
  });

  it("takes a question over its subtitle on two lines when the authors follow, under a journal's running head", () => {
    const text = `Cadernos de Trabalho, v. 8, n. 2, 2020 45\n\nWho feeds the city? Street markets and the\ninformal economy of Recife\n\nMarta Lins, Universidade Federal de Pernambuco\nJoão Prado, Universidade de Brasília\n\n${body}`;
    expect(title(text)?.value).toBe('Who feeds the city? Street markets and the informal economy of Recife');
  });

  it('joins a title in capitals carried on by a small word, and reads a title in letter-spaced capitals', () => {
    expect(title(`THE BREAD QUESTION\nIN WARTIME\n\nBY\n\nA. L. MORGAN\n\n${body}`)?.value).toBe('The Bread Question in Wartime');
    expect(title(`W H Y   W E   S T R I K E\n\nAn address to the branch\n\n${body}`)?.value).toBe('Why We Strike');
  });

  it('mends a word broken over the two lines of a title, and reads a "Title:" field that runs on to the next line', () => {
    expect(title(`WORKING PAPERS No. 2\n\nThe Economics of Neigh-\nbourhood Care\n\nIona Fraser\n\n${body}`)?.value).toBe(
      'The Economics of Neighbourhood Care',
    );
    expect(title(`Title: A History of the Co-operative Bakeries of Ayrshire\n       from 1880 to 1914\n\nAuthor: Jean Laird\n`)?.value).toBe(
      'A History of the Co-operative Bakeries of Ayrshire from 1880 to 1914',
    );
  });

  it('does not carry a title on into "From Wikipedia, …", nor take the publication named under a headline', () => {
    expect(title(`Tenant union\nFrom Wikipedia, the free encyclopedia\n\n${body}`)?.value).toBe('Tenant union');
    expect(title(`Why the night bus matters more than ever\nThe Sunday Herald\nby Ewan Ross\n12 May 2024\n\n${body}`)?.value).toBe(
      'Why the night bus matters more than ever',
    );
  });

  it("skips a journal's running head with its volume and year, and reads names with their marks set apart", () => {
    const text = `           Journal of Co-operative Studies 41 (2022) 5–22\n\n\n        Member Voice in Worker Co-operatives:\n            the Case of Mondragón\n\n        Itziar Goñi 1 , Pedro Alves 2 and Jana Novak 3\n\n${body}`;
    expect(title(text)?.value).toBe('Member Voice in Worker Co-operatives: the Case of Mondragón');
    expect(guessAuthor(toLines(text), { titleIndex: 1, titleEnd: 2 })?.value).toBe('Itziar Goñi, Pedro Alves and Jana Novak');
  });

  it("takes a title out of its decoration, and an e-mail's subject without 'Fwd:'", () => {
    expect(title(`~~~ SOUP & SOLIDARITY ~~~\n\na zine about community kitchens\n\n${body}`)?.value).toBe('Soup & Solidarity');
    expect(title(`From: Jo Park <jo@example.org>\nDate: 4 May 2024\nSubject: Fwd: Re: Minutes of the May meeting\n\nHi all,`)?.value).toBe(
      'Minutes of the May meeting',
    );
  });

  it('takes a title in « » with a space inside, and a headline that ends on who said it', () => {
    expect(title(`TRIBUNE\n\n« Nos écoles ont besoin de médecins »\n\nPar Lucie Marchal, infirmière scolaire\n\n${body}`)?.value).toBe(
      'Nos écoles ont besoin de médecins',
    );
    expect(title(`Bus drivers in Leeds to strike in April, union says\n\nLEEDS, March 4 - ${body}`)?.value).toBe(
      'Bus drivers in Leeds to strike in April, union says',
    );
  });

  it("takes a long title with its subtitle, 'NAME: Title', and not an interview's 'Interview with NAME' label", () => {
    const long = 'Neither Servants nor Partners: Domestic Workers, Recruitment Agencies and the Politics of Care Migration in the Gulf States, 2005–2022';
    expect(title(`${long}\n\nAmal Saeed and Rohan Pillai\n\n${body}`)?.value).toBe(long);
    expect(title(`Sarah Booth: What the Strike Taught Me\n\n${body}`)?.value).toBe('What the Strike Taught Me');
    expect(title(`“We Kept the Kitchen Open”\n\nInterview with Rosa Díaz, cook and shop steward\n\nBy Liam Hart\n\n${body}`)?.value).toBe(
      'We Kept the Kitchen Open',
    );
  });

  it("drops a note's number glued to the title when the note is in the text", () => {
    expect(title(`The Price of Bread2\n\nOwen Pugh\n\n${body}\n\n2 First given as a talk in Swansea.`)?.value).toBe('The Price of Bread');
  });

  it('reads a "Title:" line', () => {
    expect(title(`Title: On Walking\nAuthor: Ana Lima\n\n${body}`)?.value).toBe('On Walking');
  });
});

describe('guessTitle over a rubric in capitals', () => {
  it('takes two words in capitals over a longer title in ordinary case for its rubric, and a phrase in capitals for a title, not a name', () => {
    expect(
      title(
        'WRITTEN SUBMISSION\n\nShort-Term Lets and the Loss of Homes in the Old Town\n\nSubmitted by: Leith Residents Forum\n\n1. In the Old Town one flat in four is let.',
      )?.value,
    ).toBe('Short-Term Lets and the Loss of Homes in the Old Town');
    expect(title('HOUSING COOPERATIVE\n\nA housing cooperative is a legal entity which owns real estate, in which the members live.')?.value).toBe(
      'Housing Cooperative',
    );
  });
});

describe('guessTitle: tags, rubrics, subtitles and lines that go on', () => {
  it('leaves out a tag in brackets before the title', () => {
    expect(
      title(
        '[DRAFT] Community Wealth Building in Preston: Lessons for Other Towns\nBy Hannah Schofield and Idris Bello\n\nSummary\nSince 2013 Preston City Council has asked the large public institutions to spend more locally.',
      )?.value,
    ).toBe('Community Wealth Building in Preston: Lessons for Other Towns');
  });

  it("takes a letters page's or an interview's rubric for a kicker, in several languages", () => {
    const body = '\n\nSir, — Your report on the Eastgate cycle lane quoted several shopkeepers who say the lane has cost them trade this year.';
    expect(title(`Letters to the Editor\n\nCycle lanes are for everyone${body}`)?.value).toBe('Cycle lanes are for everyone');
    expect(title(`Leserbriefe\n\nDer Radweg ist für alle da${body}`)?.value).toBe('Der Radweg ist für alle da');
    expect(title(`IN CONVERSATION\n\n'The archive is a weapon': Rukmini Sen on strike histories\n\nInterview by Joel Adeyemi${body}`)?.value).toBe(
      "'The archive is a weapon': Rukmini Sen on strike histories",
    );
  });

  it('takes the first of a title and its longer subtitle over the names, by their capitals, in German too', () => {
    expect(
      title(
        'Arbeitspapier Nr. 17\n\nDie Vier-Tage-Woche in der Pflege\nChancen und Risiken für Beschäftigte in der stationären Altenpflege\n\nJana Oberländer & Mehmet Yıldız\n\nDer Personalmangel in der Altenpflege hat sich in den letzten Jahren weiter verschärft, sagen alle.',
      )?.value,
    ).toBe('Die Vier-Tage-Woche in der Pflege');
  });

  it('carries a line ending on a word no title ends on into the next: a verb, a conjunction, in any language', () => {
    expect(title('SOLIDARITY ZINE #7\n\nNOBODY IS ILLEGAL, NOBODY IS\nUNPAID\nby KEMI ADEYINKA-JONES\n\nWhen I started cleaning offices.')?.value).toBe(
      'Nobody Is Illegal, Nobody Is Unpaid',
    );
    expect(title('La lucha por la vivienda y\nel derecho a la ciudad\n\nPor Ana Lima\n\nEn el barrio de Villa Pagador.')?.value).toBe(
      'La lucha por la vivienda y el derecho a la ciudad',
    );
  });
});

describe("guessTitle on a thesis's title page", () => {
  it('takes the university and its faculty in capitals for the letterhead, in any language, and the thesis label for a kicker', () => {
    expect(
      title(
        'UNIVERSIDAD DE GUADALAJARA\nCENTRO UNIVERSITARIO DE CIENCIAS SOCIALES Y HUMANIDADES\n\n\nLas trabajadoras del hogar en Jalisco:\norganización y derechos, 2010–2022\n\n\nTESIS\nque para obtener el grado de\nMAESTRA EN SOCIOLOGÍA\n\npresenta\nAdriana Pérez Olvera\n',
      )?.value,
    ).toBe('Las trabajadoras del hogar en Jalisco: organización y derechos, 2010–2022');
  });
});

describe("guessTitle past labels and a platform's furniture", () => {
  it("takes a series' label with its year for a kicker, and a field label alone on its line for no title", () => {
    expect(
      title(
        'THE JOE HILL MEMORIAL LECTURE 2023\n\n“A Union Is Not a Building”\n\ndelivered by Siobhán McKenna at Liberty Hall, Dublin\n\nFriends, when people talk about the union they often mean this building.',
      )?.value,
    ).toBe('A Union Is Not a Building');
    expect(
      title(
        'Analysis\n\nThe Hidden Cost of Zero-Hours Contracts\n\nWritten by\nBethany Cole\nPublished\n12 March 2024\n\nNearly a million people in the UK now work on contracts that guarantee them no hours at all.',
      )?.value,
    ).toBe('The Hidden Cost of Zero-Hours Contracts');
  });

  it("reads a copied blog post's headline of two sentences in title case, and its author over the platform's buttons", () => {
    const text =
      'Open in app\nSign up\nSign in\nWrite\n\nJamal Reid\nFollow\n·\n5 min read\n·\nFeb 2, 2024\n\nI Organised My Warehouse. Here Is What I Learned.\n\nWhen I started at the distribution centre in 2021, nobody talked about a union. People talked about the rate.\n\nTwo years later, we had a recognised union and a contract.';
    const g = guessMetadata(text);
    expect([g.title?.value, g.author?.value]).toEqual(['I Organised My Warehouse. Here Is What I Learned.', 'Jamal Reid']);
  });
});

describe('guessTitle: what a title line carries besides the title', () => {
  it("takes an occasion's banner and a motion's number for kickers", () => {
    expect(
      title(
        'NATIONAL DELEGATE CONFERENCE 2024\n\nMotion 14\n\nSafe Staffing in Social Care\n\nProposed by: Unison North West\n\nConference notes that vacancies in adult social care stood at 152,000 last year.',
      )?.value,
    ).toBe('Safe Staffing in Social Care');
  });

  it('leaves out a byline after the title on its line, and a dateline before it, but keeps a dateline whole', () => {
    const body = '\n\nI have worked at the hospital for eleven years, first as a porter and now as a healthcare assistant.';
    expect(title(`Why We Strike — by Maria Lopez${body}`)?.value).toBe('Why We Strike');
    expect(title(`12.03.2024 – Streik bei Amazon: Was die Beschäftigten fordern\n\nAutor: Lukas Brenner${body}`)?.value).toBe(
      'Streik bei Amazon: Was die Beschäftigten fordern',
    );
    expect(title(`Opinión | Laura Méndez\n\nLa huelga no ha terminado\n\n14 de agosto de 2023 - 06:00 CEST${body}`)?.value).toBe('La huelga no ha terminado');
  });

  it('takes a credit line, a label and a name, for no title, in any language', () => {
    expect(
      title(
        'Tekst: Femke de Groot\nBeeld: Sam Peters\n\nDe buurt die haar bibliotheek redde\n\nToen de gemeente in 2022 aankondigde dat de bibliotheek zou sluiten, kwamen de bewoners in actie.',
      )?.value,
    ).toBe('De buurt die haar bibliotheek redde');
  });
});

describe('guessTitle on a memo and a guest post', () => {
  it("takes a memo's 'Re:' for its subject, and 'Guest post' for a kicker", () => {
    expect(
      title(
        'MEMORANDUM\n\nTo: Director of Nursing\nFrom: Joanne Adeyemi, Ward Manager\nDate: 4 April 2024\nRe: Staffing levels on Ward 7\n\nI am writing to put on record my concern.',
      )?.value,
    ).toBe('Staffing levels on Ward 7');
    expect(
      title(
        'Why Libraries Need Unions\n\nGuest post\n\nby Tamsin Hale (@tamsinhale)\n\nPublic libraries have lost a quarter of their paid staff in the last ten years.',
      )?.value,
    ).toBe('Why Libraries Need Unions');
  });
});

describe('guessTitle: a title over a subtitle no more capitalised than it', () => {
  it('takes the first line when the longer one under it has not clearly more capitals, as in German, but not a label in sentence case', () => {
    const body = '\n\nDer Hamburger Hafen hat in den letzten zwanzig Jahren einen großen Teil seiner Flächen an private Betreiber verpachtet.';
    expect(title(`Wem gehört der Hafen?\n\nWarum Hamburg seine Kaiflächen zurückkaufen sollte\n\nVon Jonas Meier${body}`)?.value).toBe('Wem gehört der Hafen?');
    expect(title(`Remarks as prepared for delivery\n\nA Fair Day's Pay for Care\n\nCouncillor Grace Mwangi${body}`)?.value).toBe("A Fair Day's Pay for Care");
  });
});

describe("guessTitle: a section's name before a title after a colon", () => {
  it('takes "Branch news: …" for a title, not for a masthead, under a newsletter\'s masthead', () => {
    expect(
      title(
        "UNITE DUBLIN BUS BRANCH — MEMBERS' NEWSLETTER\nMarch 2024\n\nBranch news: the depot ballot result\n\nThe ballot for industrial action at Broadstone depot closed on Friday, on a turnout of 81 per cent.",
      )?.value,
    ).toBe('Branch news: the depot ballot result');
  });
});

describe('guessTitle: a title in capitals over two lines, broken on any word, over its byline', () => {
  it('joins the two lines and keeps an abbreviation plural as written', () => {
    const text =
      'BRANCH BULLETIN                                  No. 9 · Spring 2025\n\nWHY GPs ARE LEAVING THE OLD\nMARKET TOWNS\n\nBy Nadia Iqbal, Branch Secretary\n\nThree of the five surgeries in the valley have lost a partner in the past year, and none of them has found one.';
    expect(title(text)?.value).toBe('Why GPs Are Leaving the Old Market Towns');
  });

  it('does not join a name in capitals over a series line', () => {
    const text = 'TENANTS INSTITUTE\nPAPERS 4/2023\n\nMARTA OLSEN\n\nWHO OWNS THE FLATS?\n\nThe survey counted every flat in the district, with its owner.';
    expect(title(text)?.value).toBe('Who Owns the Flats?');
  });
});

describe('guessTitle: a journal title in title case over two lines, over authors with lettered marks', () => {
  it('joins the lines and reads the authors under them', () => {
    const text =
      '                       Housing Studies Review 8 (2023) 12–30\n\n\nWho Pays for the Lift? Repairs, Rents and Service Charges\nin Glasgow Tower Blocks\n\nIona Fraser a,∗ , Kenji Mori b\na University of Glasgow, UK\nb Osaka Metropolitan University, Japan\n\nARTICLE INFO                       ABSTRACT\n';
    const g = guessMetadata(text);
    expect(g.title?.value).toBe('Who Pays for the Lift? Repairs, Rents and Service Charges in Glasgow Tower Blocks');
    expect(g.author?.value).toBe('Iona Fraser and Kenji Mori');
  });
});

describe('guessTitle: a title in title case over a date line', () => {
  it('does not join the date line under it ("Published on …")', () => {
    expect(
      title('Fewer Forms, More Nurses\nPublished on 3 March 2025\n\nDr Ruth Adeyemi\nWard sister\n\nEvery shift I fill in the same form twice.')?.value,
    ).toBe('Fewer Forms, More Nurses');
  });
});

describe('guessTitle: the scored features', () => {
  it('takes the line a later page repeats as its running head over a line above it', () => {
    const body =
      'The night shift at the sorting office starts at ten and ends at six, and for most of the people on it the hardest part is the hour before dawn.';
    const text = `Notes for Organisers\n\nThe Long Shift\n\n${body}\n\fThe Long Shift  |  2\n\n${body}\n`;
    expect(title(text)?.value).toBe('The Long Shift');
    // Without the running head, the first line.
    expect(title(`Notes for Organisers\n\nThe Long Shift\n\n${body}\n\f2\n\n${body}\n`)?.value).toBe('Notes for Organisers');
  });

  it('names every feature once, each with a weight', () => {
    const ids = TITLE_FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(TITLE_FEATURES.every((f) => f.weight !== 0)).toBe(true);
  });
});

describe('guessTitle: an episode number and a meeting record', () => {
  it("drops a podcast's episode number before its title", () => {
    expect(title('Episode 7: Bread and Roses Again\n\nTranscript\n\nHosts: Kim Ode and Raj Patel\n\nKIM: Welcome back.')?.value).toBe('Bread and Roses Again');
  });

  it('takes "Minutes of … , DATE" for the title under the body\'s name, not for a dated occasion line', () => {
    const text =
      "Northside Allotment Society\n\nMinutes of the Annual Meeting, 2 March 2025\n\nPresent: 31 members\nChair: Ola Berg\nMinutes: Tom Reyes\n\n1. The treasurer's report was accepted.";
    expect(guessMetadata(text)).toMatchObject({ title: { value: 'Minutes of the Annual Meeting, 2 March 2025' }, author: { value: 'Tom Reyes' } });
  });
});

describe('guessTitle: a news page copied as text, a book title page with an edition note', () => {
  it("skips a topic under its section's label and the page's age note", () => {
    const text =
      'Opinion\nCycling\n\nThis article is more than 2 years old\nPainted lines will not save lives. Protected lanes will\nAisha Bello\nCouncils keep choosing the cheap option\nMon 6 Mar 2023 09.00 GMT\nShare\n\nEvery week another cyclist is hurt on the ring road.';
    expect(title(text)?.value).toBe('Painted lines will not save lives. Protected lanes will');
  });

  it('reads "WITH PREFACE …" under a title in capitals as no title', () => {
    const text =
      'THE HISTORY OF TRADE UNIONISM\nIN THE NORTH\n\nWITH A NEW PREFACE\n\nBY MARY HOLT\n\n\nCHAPTER I\n\nThe first unions in the north were clubs of skilled men.';
    expect(title(text)?.value).toBe('The History of Trade Unionism in the North');
  });
});

describe("guessTitle: a blog's category and comment count over the title", () => {
  it('skips "Posted in TOPIC | N Comments"', () => {
    expect(
      title(
        'Posted in Transport | 12 Comments\n\nWhy the Night Bus Matters\n\nLeah Grant\n\nThe N29 carries more people after midnight than most day routes carry at noon.',
      )?.value,
    ).toBe('Why the Night Bus Matters');
  });
});

describe('guessTitle: dev-s8h shapes', () => {
  it("a report's cover in capitals: the body's name over the title is no title, and the title is no pair of names", () => {
    const text =
      '\n\n            RIVERSIDE ENERGY ACTION NETWORK\n\n\n            DAMP HOMES, HIGH BILLS\n\n        How the winter hit private renters\n\n\n               November 2024\n\fSummary\n\nPrivate renters spend a higher share of their income on energy than any other group.';
    expect(guessMetadata(text)).toMatchObject({ title: { value: 'Damp Homes, High Bills' }, author: { value: 'Riverside Energy Action Network' } });
  });

  it("a newsletter's issue number before its title, and its writer's name in its own name", () => {
    expect(
      guessMetadata("Issue #12: Why I Joined the Union\n\nOla Nowak's newsletter · May 2025\n\nHello friends,\n\nLast week I signed the form."),
    ).toMatchObject({
      title: { value: 'Why I Joined the Union' },
      author: { value: 'Ola Nowak' },
    });
  });
});

describe('guessTitle: dev-s8j shapes', () => {
  it("a French report's cover: a collective's name over a title in capitals over two lines carried on by 'DE'", () => {
    const text =
      '\n          Collectif Des écoles pour tous\n\n\n          POUR UNE CANTINE GRATUITE\n          DANS CHAQUE ÉCOLE\n\n          Propositions pour 2025\n\n\n                                     Mars 2025\n\fIntroduction\n\nAujourd’hui, un enfant sur dix arrive à l’école le ventre vide.';
    expect(guessMetadata(text)).toMatchObject({
      title: { value: 'Pour une cantine gratuite dans chaque école' },
      author: { value: 'Collectif Des écoles pour tous' },
    });
  });

  it("does not carry a title on into a byline whose 'by' is a small word ('di NAME')", () => {
    expect(title('Il lavoro nei cantieri navali\ndi Paola Ricci\n\nA Monfalcone il cantiere impiega migliaia di lavoratori in appalto.')?.value).toBe(
      'Il lavoro nei cantieri navali',
    );
  });
});

describe('guessTitle: dev-s9 shapes', () => {
  it('a title in capitals over several short lines, as a pamphlet sets it, is one title, not a menu', () => {
    expect(title("WHY WE\nMUST DEFEND\nTHE PUBLIC\nLIBRARY\n\nA pamphlet of the\nKingsford Library Users' Group\n\nPrice 20p\n")?.value).toBe(
      'Why We Must Defend the Public Library',
    );
    expect(
      guessMetadata("THE\nNATIONALISATION\nOF THE\nRAILWAYS\n\nBY\nARTHUR E. HOLLAND\n\n3 CLEMENT'S INN, STRAND, LONDON, W.C.\nJUNE 1912\n"),
    ).toMatchObject({
      title: { value: 'The Nationalisation of the Railways' },
      author: { value: 'Arthur E. Holland' },
    });
    // A menu in capitals breaks at no small word: it stays a menu.
    expect(
      title(
        'HOME\nNEWS\nABOUT US\nCONTACT\n\nBins will be collected on Saturday\n\nThe council has announced changes to the rounds this week, starting in the east of the city.',
      )?.value,
    ).toBe('Bins will be collected on Saturday');
  });

  it("a title page's imprint is no title; the title's running heads count for it", () => {
    const text =
      'THE HOUSING QUESTION\nIN LEEDS\n\nA REPORT TO THE LEEDS TRADES COUNCIL\n\nBY\n\nMARGARET ELLIS\n\nWITH A PREFACE BY\nCOUNCILLOR J. W. BRAITHWAITE\n\nLEEDS:\nTRADES COUNCIL OFFICES, 14 CALVERLEY STREET\n1926\n\f2    THE HOUSING QUESTION IN LEEDS\n\nPREFACE\n\nThe Trades Council asked Miss Ellis to collect what was known of the housing of working people.\n';
    expect(guessMetadata(text)).toMatchObject({ title: { value: 'The Housing Question in Leeds' }, author: { value: 'Margaret Ellis' } });
  });

  it("a journal title's second line is the title's, though shaped like a name ('London Hospitals'), when the authors follow", () => {
    const text =
      'Journal of Urban Labour Studies, Vol. 12, No. 3 (2021), pp. 45–67\n\nNight Shift: Care Work and Time in Two\nLondon Hospitals\n\nAmina Yusuf* and Peter Lindqvist†\n\nAbstract\nHospital cleaners, porters and healthcare assistants who work at night do much of the care.';
    expect(guessMetadata(text)).toMatchObject({
      title: { value: 'Night Shift: Care Work and Time in Two London Hospitals' },
      author: { value: 'Amina Yusuf and Peter Lindqvist' },
    });
  });

  it("a translation's 'INTRODUCTION' under its title page, and its translator's line, are no title", () => {
    const text =
      'ROSA FERRI\n\nLETTERS FROM THE MILL\n\nTranslated from the Italian by Oliver Grant\n\nWith an introduction by the translator\n\n\nINTRODUCTION\n\nRosa Ferri was born in Biella in 1894 and went to work in a wool mill at the age of eleven, and wrote these letters.';
    expect(guessMetadata(text)).toMatchObject({
      title: { value: 'Letters from the Mill' },
      author: { value: 'Rosa Ferri' },
      translator: { value: 'Oliver Grant' },
    });
  });

  it("a podcast's name over its episode number is no title; its host, credited among other notes, is the author", () => {
    const text =
      'SHOP FLOOR PODCAST — TRANSCRIPT\n\nEpisode 41\n\nOrganising Amazon: a conversation with Dana Whitfield\n\nRecorded 3 May 2024. Host: Marcus Bell. Guest: Dana Whitfield, organiser, Coventry.\n\nMARCUS BELL: Welcome back to Shop Floor, the podcast about work and the people who do it.';
    expect(guessMetadata(text)).toMatchObject({
      title: { value: 'Organising Amazon: a conversation with Dana Whitfield' },
      author: { value: 'Marcus Bell' },
    });
  });
});

describe('guessTitle: dev-s9b shapes', () => {
  it('a title in capitals over two lines with no small word at the break; a prefix keeps the word after its hyphen small', () => {
    expect(title('HANDS OFF\nOUR PARKS\n\nThe council wants to sell\nAshby Fields for housing.\n')?.value).toBe('Hands Off Our Parks');
    expect(title('THE CO-OPERATIVE MOVEMENT\nIN WALES\n\nBY\n\nD. J. PRYCE, M.A.\n')?.value).toBe('The Co-operative Movement in Wales');
  });

  it("a paper's DOI line is no title; an organisation named with 'Action' over a title in sentence case is no title", () => {
    expect(
      title(
        'Article    Capital & Class\n2021, Vol. 45(3) 381–402\nDOI: 10.1177/03098168211001234\n\n\nPrecarity and Solidarity in the\nPlatform Warehouse\n\nLucía Romero\nUniversity of Leeds, UK\n',
      )?.value,
    ).toBe('Precarity and Solidarity in the Platform Warehouse');
    expect(title('12/03/2024\n\nRural Energy Action Cymru\n\nFuel poverty in rural Wales\n\nAuthor: Gareth Lloyd\n')?.value).toBe(
      'Fuel poverty in rural Wales',
    );
  });

  it("a Subject's last part naming the mailing is cut; its part the text prints again is the title", () => {
    const mail = (subject: string) =>
      `From: Kingsford Food Bank <info@kfb.org.uk>\nSent: 04 March 2025 10:12\nSubject: ${subject}\n\nVolunteers needed for Easter\n\nHello everyone,\n\nEaster is one of our busiest times of the year.\n`;
    expect(title(mail('Volunteers needed for Easter | Kingsford Food Bank news'))?.value).toBe('Volunteers needed for Easter');
    expect(title(mail('Kingsford Food Bank – Volunteers needed for Easter'))?.value).toBe('Volunteers needed for Easter');
  });
});

describe('guessAuthor: dev-s9b shapes', () => {
  const author = (text: string) => guessMetadata(text).author?.value;
  it("a person signing under 'Thank you,' outweighs an organisation's From: line; a degree after a name is left out", () => {
    expect(
      author(
        'From: Kingsford Food Bank <info@kfb.org.uk>\nSent: 04 March 2025 10:12\nSubject: Volunteers needed\n\nHello everyone,\n\nWe need drivers for the Tuesday and Friday collections, and people to sort donations.\n\nThank you,\n\nJoy Mensah\nVolunteer Coordinator\n\nKingsford Food Bank is a registered charity (no. 1154321).\n',
      ),
    ).toBe('Joy Mensah');
    expect(author('THE CO-OPERATIVE MOVEMENT\nIN WALES\n\nBY\n\nD. J. PRYCE, M.A.\n\nThe first society in Wales was formed at Cwmbach in 1860.')).toBe(
      'D. J. Pryce',
    );
  });

  it("'From the French of NAME' names the author; 'talked to NAME' the interviewer; a body sentence over a signature is no bio", () => {
    expect(
      author('The Right to Be Lazy\n\nTranslated by Charles H. Kerr\n\nFrom the French of Paul Lafargue\n\nA strange delusion possesses the working classes.'),
    ).toBe('Paul Lafargue');
    expect(
      author(
        '“We are not disposable”: care workers speak out\n\nThree home care workers in Bradford talked to Ana Ruiz about fifteen-minute visits and unpaid travel time.\n\nHow long is a visit?\n\nFifteen minutes for a morning call.',
      ),
    ).toBe('Ana Ruiz');
    expect(
      author(
        'HANDS OFF\nOUR PARKS\n\nWe are against selling the only green space within walking distance of four thousand households, and we will say so.\n\nAshby Fields has been a public park since 1921.\n\nSave Ashby Parks Campaign\nsaveashbyparks.org.uk\n',
      ),
    ).toBe('Save Ashby Parks Campaign');
  });
});

describe('guessTitle and guessAuthor: dev-s9c shapes', () => {
  it("a title in capitals over two lines ends on a question; a signature 'NAME | role' over 'ORG · domain' and an unsubscribe line", () => {
    expect(
      title('WHO OWNS\nLEITH?\n\nA short history of land and housing in our neighbourhood\n\nWalk down Constitution Street and count the signs.')?.value,
    ).toBe('Who Owns Leith?');
    expect(
      guessMetadata(
        'From: The Tenants Union <hello@tu.org.uk>\nDate: Mon, 2 Sep 2024 18:05:11 +0100\nSubject: The rent freeze vote\n\nHi there,\n\nOn Thursday the council voted by seven to four to freeze rents for a year.\n\n— Priya, for the organising committee\n\nPriya Desai | Organiser\nThe Tenants Union · tenantsunion.org.uk\n\nUnsubscribe · Update your preferences\n',
      ).author?.value,
    ).toBe('Priya Desai');
  });

  it("a journal site's 'ORCID Icon' after a name is not part of it; an 'Interview: NAME' label names the interviewer", () => {
    expect(
      guessMetadata(
        'Labour History Review\nPublished online: 12 Jan 2022\n\nResearch Article\nDockers, containers and the end of casual labour in Liverpool, 1967–1989\nDara Quinn ORCID Icon & Mehmet Yilmaz\nPages 45-72\n\nAbstract\nThe container revolution transformed the work of dockers across the world.',
      ).author?.value,
    ).toBe('Dara Quinn and Mehmet Yilmaz');
    expect(
      guessMetadata(
        'Building a union at the call centre\nInterview: Joanne Pike · Photos: Sam Reid\nMaria Santos has worked at a call centre in Glasgow for six years. Last year she helped win union recognition there.\nQ: What was the turning point?',
      ).author?.value,
    ).toBe('Joanne Pike');
  });
});

describe('guessTitle and guessAuthor: dev-s9d shapes', () => {
  it("a Subject in MIME encoded words is decoded; a header under it is not its second line; 'NAME (Org)' sends it", () => {
    const g = guessMetadata(
      'Date: Tue, 7 Mar 2023 08:15:33 +0100\nFrom: Pablo Ruiz (Sindicato de Barrio) <pablo@sb.org>\nSubject: =?UTF-8?Q?Por_qu=C3=A9_hacemos_huelga?=\nMIME-Version: 1.0\n\nCompañeras:\n\nEl 8 de marzo hacemos huelga porque las trabajadoras del hogar seguimos sin derechos.',
    );
    expect(g.title?.value).toBe('Por qué hacemos huelga');
    expect(g.author?.value).toBe('Pablo Ruiz');
  });

  it("'BY THE REV. NAME' over a publisher's line names the writer; 'Briefing paper' is a label; a series' name before a name is a title", () => {
    expect(
      guessMetadata(
        'SOCIALISM AND THE\nHOUSING PROBLEM\n\nBY THE REV. THOMAS ASHCROFT\n\nPUBLISHED BY THE INDEPENDENT LABOUR PARTY,\n23 BRIDE LANE, LONDON, E.C.\n1907\n\fThe housing of the working classes in our great towns is a disgrace.',
      ).author?.value,
    ).toBe('Thomas Ashcroft');
    expect(
      title(
        'Draft – 03/02/2025 – not for circulation\n\nBriefing paper\n\nUniversal free school meals: the case for Scotland\n\nPrepared by Anna Kowalska and Sean Murphy\n\n1. Summary\n',
      )?.value,
    ).toBe('Universal free school meals: the case for Scotland');
    expect(
      title(
        'Jarrow Voices: Margaret Doyle\n\nOral history interview\nInterviewee: Margaret Doyle (b. 1921)\nInterviewer: Paul Bennett\nDate: 12 June 1987\n\nPB: Can you tell me where you were born?\n\nMD: In Ellison Street, in 1921.\n\nPB: And what do you remember of the march?\n',
      )?.value,
    ).toBe('Jarrow Voices: Margaret Doyle');
  });
});

describe('guessTitle and guessAuthor: dev-s9e shapes', () => {
  it('a title in capitals broken at its colon over three lines; a think tank named with Lab over a title is its masthead', () => {
    expect(
      title('A FOUR DAY WEEK\nFOR THE PUBLIC SECTOR:\nTHE CASE AND THE COSTS\n\nIn 2023 a council trialled a four-day week for its office staff.')?.value,
    ).toBe('A Four Day Week for the Public Sector: The Case and the Costs');
    expect(
      title('Policy Report · October 2021\n\nNew Economy Lab\n\nPublic Banks for a Green\nTransition\n\nAuthors: Mira Patel, Jonah Levy\n\nExecutive summary\n')
        ?.value,
    ).toBe('Public Banks for a Green Transition');
  });

  it("a byline's people past a role between them; 'wa' inside a name", () => {
    expect(guessAuthor(toLines('Ambulance delays reach record high\n\nBy Ruth Ellis, Health Correspondent, and Sam Taylor\n\nCrews waited.'))?.value).toBe(
      'Ruth Ellis and Sam Taylor',
    );
    expect(guessAuthor(toLines('The road to Nyeri\n\nBy Ngugi wa Kamau\n\nMy grandmother walked the road to Nyeri every market day.'))?.value).toBe(
      'Ngugi wa Kamau',
    );
  });
});

describe('guessTitle and guessAuthor: dev-s9f shapes', () => {
  it("a mailing's name before the Subject's colon is cut, the title taken as the text prints it; a closing credit after 'This month's newsletter was'", () => {
    const g = guessMetadata(
      "From: Cycle Leeds <news@cycleleeds.org>\nDate: Thu, 6 Jun 2024 12:00:00 +0100\nSubject: Cycle Leeds news: the Kirkstall Road lane is open\n\nThe Kirkstall Road lane is open\n\nAfter four years of campaigning the protected cycle lane on Kirkstall Road opened on Monday.\n\nThis month's newsletter was written by Aisha Khan.\n\nCycle Leeds · cycleleeds.org · Unsubscribe\n",
    );
    expect(g.title?.value).toBe('The Kirkstall Road lane is open');
    expect(g.author?.value).toBe('Aisha Khan');
  });

  it("'By Editorial Team' names nobody: the bio under 'About the author' does", () => {
    expect(
      guessMetadata(
        'Why our estate needs a repairs hub\nBy Editorial Team\nLast winter, residents of the estate reported 1,140 repairs, and the average wait was 73 days.\nAbout the author\nKemi Alade has lived on the estate for twenty years and chairs its residents’ association.',
      ).author?.value,
    ).toBe('Kemi Alade');
  });
});

describe('guessTitle and guessAuthor: dev-s9g shapes', () => {
  it("a journal's line with its ISSN is no title; authors with affiliations between semicolons; 'LABEL | NAME, role' is no title", () => {
    expect(
      guessMetadata(
        'Working Lives: A Journal of Labor and Society · ISSN 1089-7011\n\nUnion Density and Wage Inequality in American Warehousing\n\nMaria Gonzalez, Cornell University; Tom Baker, Rutgers University\n\nABSTRACT\nWarehousing employment in the United States doubled between 2010 and 2022.',
      ),
    ).toMatchObject({ title: { value: 'Union Density and Wage Inequality in American Warehousing' }, author: { value: 'Maria Gonzalez and Tom Baker' } });
    expect(
      title(
        'INTERVIEW | Nadia Rahman, bus driver\n\n“Every route is a lifeline”\n\nInterviewed by Chris Doyle for the Transport Workers’ Bulletin\n\nNadia Rahman has driven buses in east London for fifteen years.',
      )?.value,
    ).toBe('Every route is a lifeline');
  });
});

describe('guessTitle: dev-s9h shapes', () => {
  it('a title in sentence case whose last word is on the next line, its byline under them; not a publication in title case', () => {
    expect(title('ISSUE BRIEF\nJune 2023 | No. 12\n\n\nChildcare deserts in rural\nEngland\n\nBy Carla Ruiz and Ben Adler\n\nKey findings\n')?.value).toBe(
      'Childcare deserts in rural England',
    );
    expect(title('The quiet return of the milkman\nThe Observer\nby Priya Raman\n\nThe float is electric now.')?.value).toBe('The quiet return of the milkman');
  });
});

describe('guessTitle: dev-s9i shapes', () => {
  it("'An interview with NAME' that is the text's only heading, over its body, is its title", () => {
    expect(
      title(
        'An interview with Sofia Marquez\n\nSofia Marquez has organised domestic workers in Madrid since 2010. We spoke in the offices of her association.\n\nHow did you start?\n\nI was a domestic worker myself.',
      )?.value,
    ).toBe('An interview with Sofia Marquez');
  });
});

describe('guessTitle and guessAuthor: dev-s9j shapes', () => {
  it("a title in capitals broken at a compound's hyphen keeps it; a rule under a title in capitals ends it", () => {
    expect(title('THE STRUGGLE FOR THE EIGHT-\nHOUR DAY\n\nBY\n\nGEORGE BARNES\n')?.value).toBe('The Struggle for the Eight-Hour Day');
    expect(
      guessMetadata(
        '                         SAVE OUR\n                      SWIMMING POOL\n                   ─────────────────────\n\n       The council wants to close Moss Side Baths in April, and says people can swim in the city centre instead.\n\n                        Friends of Moss Side Baths\n                         mosssidebaths.org.uk\n',
      ),
    ).toMatchObject({ title: { value: 'Save Our Swimming Pool' }, author: { value: 'Friends of Moss Side Baths' } });
  });

  it("an interview's standfirst 'NAME tells NAME about …' names the interviewer", () => {
    expect(
      guessAuthor(
        toLines(
          '‘I was the only woman on the site’\nBricklayer Jo Hart tells Priya Kaur about twenty years in construction, and why she became a safety rep.\nWhen did you start?',
        ),
      )?.value,
    ).toBe('Priya Kaur');
  });
});

describe('guessTitle: dev-s10 and dev-s10b shapes', () => {
  it("a copied page's skip link and breadcrumb trail are no title, nor do they carry on into the line under them", () => {
    expect(
      title(
        "Accueil / Actualités / Pourquoi nous avons occupé la mairie\nPourquoi nous avons occupé la mairie\nSophie Renaud\nMardi soir, une quarantaine d'habitantes et d'habitants du quartier des Minimes se sont installés dans la salle du conseil municipal.",
      )?.value,
    ).toBe('Pourquoi nous avons occupé la mairie');
    expect(
      title(
        'Zum Inhalt springen\nHome › Blog › Community energy after the price cap\nCommunity energy after the price cap\nRhys Morgan\nWhen the price cap rose again in April, the phones did not stop ringing, and we had to explain again how the scheme works.',
      )?.value,
    ).toBe('Community energy after the price cap');
    expect(
      title(
        'Sie sind hier: Startseite / Aktuelles / Die Stadt gehört allen\nDie Stadt gehört allen\nLena Vogt\nAm Samstag sind mehr als zweitausend Menschen durch die Innenstadt gezogen, um gegen den Verkauf der Wohnungen zu protestieren.',
      )?.value,
    ).toBe('Die Stadt gehört allen');
  });
});
