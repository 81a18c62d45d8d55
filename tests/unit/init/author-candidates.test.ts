// One test per class of author statement the candidate model reads; each is a shape many texts
// share, not one text's quirk.
import { describe, expect, it } from 'vitest';
import { authorCandidates, guessAuthor, organisationName } from '../../../src/init/guess-author.ts';
import { toLines } from '../../../src/init/lines.ts';

const author = (text: string, titleIndex?: number) => guessAuthor(toLines(text), titleIndex === undefined ? {} : { titleIndex })?.value;

describe('author candidates', () => {
  it('reads "by NAME" at the end of a short line after any words, but not a translator\'s or an editor\'s', () => {
    expect(author('LECTURE 4\n\nWhy Wages Fall Behind\n\nNotes for the Thursday class, by Ferdinand Osei-Mensah\n\nThis week we look at wages.', 1)).toBe(
      'Ferdinand Osei-Mensah',
    );
    expect(
      author('On the Eight-Hour Day\n\nTranslated from the Spanish by Clara Mendes\n\nThe workers of this city do not ask for charity.', 0),
    ).toBeUndefined();
    expect(author('Reader\n\nCollected and edited by Ana Lima\n\nThe workers of this city do not ask for charity.', 0)).toBeUndefined();
  });

  it("takes a byline under the title over a name read inside the title's own line, whatever the names list knows", () => {
    expect(author('Review: The Rent Trap by Rosa Kemp\n\nReviewed by Oluwadamilare Bankole-Smith\n\nThe book begins with a tenancy agreement.', 0)).toBe(
      'Oluwadamilare Bankole-Smith',
    );
    // With no other byline, the title's own "by" is still read.
    expect(author('Remarks by Mayor Angela Whitfield at the Opening of the Library\n\nThank you all for coming.', 0)).toBe('Angela Whitfield');
  });

  it("reads a letter's signature over a role and the writer's town, and a name before the title's colon that the names list does not know", () => {
    expect(
      author(
        "Cycle lanes are for everyone\n\nSir, — Your report on the cycle lane did not mention the council's own counts.\n\nDr Helen Fairweather\nChair, Eastgate Cycling Campaign\nYork",
        0,
      ),
    ).toBe('Helen Fairweather');
    expect(author('Kwabena Mensah: Why We Organise\n\nEvery workplace has its own story.', 0)).toBe('Kwabena Mensah');
    expect(author('Fighting Back: Tenants Against the Bailiffs\n\nEvery estate has its own story.', 0)).toBeUndefined();
  });

  it('reads every author of the bios that close a text, several to a paragraph or a paragraph each over broken lines', () => {
    const body = 'The Minimum Wage Is Not Enough\n\nABUJA – When the government agreed to raise the minimum wage, the unions called it a victory.\n\n';
    expect(author(`${body}Ngozi Eze is an economist at the University of Nigeria. Farouk Bello is a researcher in Kano.`, 0)).toBe(
      'Ngozi Eze and Farouk Bello',
    );
    expect(
      author(
        `${body}About the authors\nLucía Fernández is a researcher at the Institute for Urban Mobility, where she studies\nfares and access to public transport.\nTomasz Nowak is a transport planner in Kraków.`,
        0,
      ),
    ).toBe('Lucía Fernández and Tomasz Nowak');
  });

  it('reads the people among a date and furniture under the title, and author labels in more languages', () => {
    expect(author('The Minimum Wage Is Not Enough\n\nJul 3, 2024 | Ngozi Eze and Farouk Bello\n\nABUJA – When the government agreed.', 0)).toBe(
      'Ngozi Eze and Farouk Bello',
    );
    expect(author('Dlaczego pielęgniarki strajkują\n\nAutorka: Magdalena Wójcik-Zalewska\n\nOd poniedziałku pielęgniarki strajkują.', 0)).toBe(
      'Magdalena Wójcik-Zalewska',
    );
    expect(author('Varför hyrorna stiger\n\nAv Lars Eriksen\n\nHyrorna i Stockholm har stigit igen.', 0)).toBe('Lars Eriksen');
    expect(author('Varför hyrorna stiger\n\nFörfattare: Lars Eriksen\n\nHyrorna i Stockholm har stigit igen.', 0)).toBe('Lars Eriksen');
  });

  it("reads a thesis's author under 'presenta' alone on its line", () => {
    expect(author('TESIS\nque para obtener el grado de\nMAESTRA EN SOCIOLOGÍA\n\npresenta\nAdriana Pérez Olvera\n\nDirectora: Dra. Rocío Hernández Luna')).toBe(
      'Adriana Pérez Olvera',
    );
  });

  it('ends a list of people at its first part that is no person, whatever rule read it', () => {
    expect(
      author(
        'THE JOE HILL MEMORIAL LECTURE 2023\n\n“A Union Is Not a Building”\n\ndelivered by Siobhán McKenna, General Secretary, at Liberty Hall, Dublin, on 18 November 2023\n\nFriends, when people talk about the union they often mean this building.',
        1,
      ),
    ).toBe('Siobhán McKenna');
  });

  it('reads a South Slavic "Piše:" and names side by side in a layout\'s columns', () => {
    expect(author('Zašto mladi radnici odlaze iz Slavonije\n\nPiše: Ivana Horvat\n\nU posljednjih deset godina iz Slavonije se iselilo.', 0)).toBe(
      'Ivana Horvat',
    );
    expect(
      author(
        'Street Vendors and the Right to the City\n\nCarlos Mendoza                         Wanjiru Kamau\nUniversidad Nacional de Colombia       University of Nairobi\n\nABSTRACT\nStreet vendors are among the most visible workers.',
        0,
      ),
    ).toBe('Carlos Mendoza and Wanjiru Kamau');
  });

  it('reads a Welsh "Gan NAME", and people one to a line under a label, each with an affiliation in brackets', () => {
    expect(author('Pam mae angen tai cyngor arnom ni\n\nGan Rhys Evans\n\nMae mwy na chwe deg mil o aelwydydd ar restrau aros.', 0)).toBe('Rhys Evans');
    expect(
      author(
        'Informal Transport and Climate Policy\n\nAuthors:\nKofi Mensah (University of Ghana)\nLiu Yang (Fudan University)\n\nAbstract: Minibuses carry most passengers.',
        0,
      ),
    ).toBe('Kofi Mensah and Liu Yang');
  });

  it('reads the author of a talk whose transcript was edited, but not an editor\'s or a translator\'s "by"', () => {
    expect(
      author(
        'Organising the Unorganised\n\nEdited transcript of a talk by Ruth Ekwueme to the Hazards Conference, Keele\n\nThank you. I was asked to talk about organising.',
        0,
      ),
    ).toBe('Ruth Ekwueme');
    expect(author('Organising the Unorganised\n\nA talk, edited by Ruth Ekwueme\n\nThank you. I was asked to talk about organising.', 0)).toBeUndefined();
  });

  it("reads a memo's sender with her post after her name, and a Catalan 'Per NAME'", () => {
    expect(
      author(
        'MEMORANDUM\n\nTo: Director of Nursing\nFrom: Joanne Adeyemi, Ward Manager, Ward 7\nDate: 4 April 2024\nRe: Staffing levels on Ward 7\n\nI am writing to put on record my concern.',
      ),
    ).toBe('Joanne Adeyemi');
    expect(author("El dret a l'habitatge a Barcelona\n\nPer Jordi Puig\n\nBarcelona té més de trenta mil pisos buits.", 0)).toBe('Jordi Puig');
  });

  it("reads 'Texto de NAME' at the end or the top, never a picture credit, and 'NAME, role' in lower case under the title", () => {
    const body = 'As mulheres que sustentam a cidade\n\nTodos os dias, antes de o sol nascer, milhares de mulheres saem das periferias de Lisboa.\n\n';
    expect(author(`${body}Texto de Mariana Costa\nFotografias de João Pires`, 0)).toBe('Mariana Costa');
    expect(author(`${body}Fotografias de João Pires`, 0)).toBeUndefined();
    expect(author('As mulheres que sustentam a cidade\n\nTexto de Mariana Costa\n\nTodos os dias, antes de o sol nascer.', 0)).toBe('Mariana Costa');
    expect(author('WHY THE FOUR-DAY WEEK WORKS\n\nJennifer Osei, economist\n\nWhen sixty British companies tried a four-day week.', 0)).toBe('Jennifer Osei');
  });

  it('reads a body named in title case over its own web address at the end, not one over a phone number', () => {
    const body = 'NO TO THE INCINERATOR\n\nThe waste authority wants to build a new incinerator at Edmonton, the largest in the country.\n\n';
    expect(author(`${body}Edmonton Residents Against the Incinerator\nstoptheincinerator.org.uk`, 0)).toBe('Edmonton Residents Against the Incinerator');
    expect(author(`${body}Join Us at the Green\n020 7946 0000`, 0)).toBeUndefined();
  });

  it('keeps a person named with a group: "by NAME and the … members"', () => {
    expect(author('Cooperative Bakeries\n\n_A short guide by Irene Kowal and the Crumb Co-op members_\n\nA worker cooperative is a business.', 0)).toBe(
      'Irene Kowal',
    );
  });

  it('reads labels in several languages, without the honorific or the role after the name', () => {
    expect(author('Wer zahlt?\n\nAutorin: Dr. Miriam Köhler\n\nZusammenfassung', 0)).toBe('Miriam Köhler');
    expect(author('We Built This\n\nSpeaker: Siobhan Ní Bhriain, General Secretary\n\nThank you, chair.', 0)).toBe('Siobhan Ní Bhriain');
  });

  it('reads organisations named first, as Spanish and French do, and organisations "on behalf of" whom a text is issued', () => {
    expect(author('LA CALLE ES NUESTRA\n\nUn fanzine del Colectivo Barrio Sur\n\nHace dos años el ayuntamiento cerró el parque.', 0)).toBe(
      'Colectivo Barrio Sur',
    );
    expect(
      author("STATEMENT ON THE CLOSURE\n\nIssued on behalf of the Save St Anne's Campaign, 3 November 2022\n\nThe campaign is appalled by the decision.", 0),
    ).toBe("Save St Anne's Campaign");
    expect(organisationName("RIVERSIDE CLEANERS' NETWORK")).toBe("Riverside Cleaners' Network");
    expect(organisationName('Why Wages Fall Behind')).toBeUndefined();
  });

  it('reads a signature block: names over a role in lower case, an organisation over its web address', () => {
    const letter = [
      'Lettre ouverte aux élus',
      '',
      'Nous vous demandons de tenir vos engagements avant l’été, comme vous l’aviez promis en 2020.',
      '',
      'Fait à Lyon, le 4 mars 2023.',
      '',
      'Hélène Dubois et Marc Lefèvre',
      'porte-parole du collectif Rue Libre',
    ].join('\n');
    expect(guessAuthor(toLines(letter), { titleIndex: 0 })).toEqual({ value: 'Hélène Dubois and Marc Lefèvre', line: 7, how: 'the signature at the end' });
    const leaflet = [
      "RIVERSIDE CLEANERS' NETWORK",
      '',
      'KNOW YOUR RIGHTS ON THE NIGHT SHIFT',
      '',
      'Your employer must give you a break of at least 20 minutes if you work more than six hours.',
      '',
      "Riverside Cleaners' Network",
      'riversidecleaners.org.uk · 07700 900123',
    ].join('\n');
    // The masthead and the signature agree: one candidate, raised.
    const candidates = authorCandidates(toLines(leaflet), { titleIndex: 1 });
    expect(candidates[0]).toMatchObject({ value: "Riverside Cleaners' Network", how: 'the signature at the end' });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.score).toBeGreaterThan(63);
  });

  it("reads a poem's attribution under its verse, and not a quotation's in the running text", () => {
    const poem = [
      'Bread and Roses',
      '',
      'As we come marching, marching, in the beauty of the day,',
      'A million darkened kitchens, a thousand mill lofts gray,',
      'Are touched with all the radiance that a sudden sun discloses,',
      'For the people hear us singing: "Bread and roses! Bread and roses!"',
      '',
      'James Oppenheim (1911)',
      '',
      'The poem was first printed in The American Magazine in December 1911 and was later set to music.',
    ].join('\n');
    expect(guessAuthor(toLines(poem), { titleIndex: 0 })).toEqual({ value: 'James Oppenheim', line: 8, how: 'the attribution under the verse' });
    const prose = [
      'The Long Strike',
      '',
      'When the strike began in the spring of 1984, nobody in the village expected it to last a whole year, and nobody was ready for it.',
      'James Oppenheim (1911)',
      'Money came from everywhere, from unions abroad and from people who had never met a miner in their lives.',
    ].join('\n');
    expect(author(prose, 0)).toBeUndefined();
  });

  it("reads Project Gutenberg's first line, and names with affiliation marks and a list of marks", () => {
    expect(author('The Project Gutenberg eBook of Songs from the Ghetto, by Morris Rosenfeld\n\nThis ebook is for the use of anyone.')).toBe(
      'Morris Rosenfeld',
    );
    expect(
      author(
        'Who Gets the Overtime?\nGender and Shift Allocation\n\nHana Kobayashi1,*, Dmitri Sokolov2 and Olúwaseun Adébáyọ̀1\n\n1 School of Social Sciences',
        0,
      ),
    ).toBe('Hana Kobayashi, Dmitri Sokolov and Olúwaseun Adébáyọ̀');
  });

  it("reads an e-mail's sender from its headers, and not a list's or a branch's address", () => {
    const mail =
      'From: Amal Haddad <amal.haddad@example.org>\nTo: Volunteers <volunteers@example.org>\nSubject: Plan for Saturday\n\nHi all,\n\nHere is the plan.\n\nAmal';
    expect(guessAuthor(toLines(mail))).toEqual({ value: 'Amal Haddad', line: 1, how: 'the From: line' });
    expect(author('Subject: Why we ballot\nFrom: Unite Health Branch <branch@example.org>\nTo: members@example.org\n\nDear members,')).toBeUndefined();
  });

  it('leaves out full-word titles and affiliations in brackets, and joins a list of people with "and"', () => {
    expect(author("A Fair Day's Pay for Care\n\nCouncillor Grace Mwangi\nLeader, Hackney Council\n\nThank you all for being here.", 0)).toBe('Grace Mwangi');
    expect(author("Platform Couriers\n\nAuthors: Sarah O'Neill-Byrne (University College Cork), Tomasz Wójcik (University of Warsaw)\n\nAbstract", 0)).toBe(
      "Sarah O'Neill-Byrne and Tomasz Wójcik",
    );
    // A given name that is also a title stays.
    expect(author('Title\n\nDean Lee\n\nBody.', 0)).toBe('Dean Lee');
  });

  it('reads names in capitals with marks after them, and an organisation after "Prepared by:" without the body it belongs to', () => {
    expect(author('THE BREAD RIOTS OF 1917\n\nJOHN ABERNETHY*, MARÍA LÓPEZ-SERRANO† AND WEI ZHANG‡\n\n* University of Glasgow', 0)).toBe(
      'John Abernethy, María López-Serrano and Wei Zhang',
    );
    expect(author('Council Housing: A Plan for Leeds\n\nPrepared by: Housing Working Group, Leeds Trades Council\n\n1. Summary', 0)).toBe(
      'Housing Working Group',
    );
  });
});
