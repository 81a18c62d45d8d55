import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlMetadata } from '../../../src/init/html-metadata.ts';
import { cleanPeople, personName, uninvertName } from '../../../src/init/names.ts';

describe('uninvertName', () => {
  it('puts a catalogue\'s "Surname, Given" in printed order, particles and initials too', () => {
    expect(uninvertName('Hart, Eleanor')).toBe('Eleanor Hart');
    expect(uninvertName('de Souza, Beatriz')).toBe('Beatriz de Souza');
    expect(uninvertName('Lindqvist, Karl-Erik')).toBe('Karl-Erik Lindqvist');
    expect(uninvertName('Muste, A. J.')).toBe('A. J. Muste');
    expect(uninvertName('Ruiz Ortega, Carmen')).toBe('Carmen Ruiz Ortega');
  });

  it('leaves two people and a name in order as they are', () => {
    expect(uninvertName('Ana Lima, Tomás Ferreira')).toBe('Ana Lima, Tomás Ferreira');
    expect(uninvertName('Eleanor Hart')).toBe('Eleanor Hart');
  });
});

describe('personName with particles', () => {
  it('reads a capitalised particle inside a name as part of it, not as an article', () => {
    expect(personName('Youssef El Amrani')).toBe('Youssef El Amrani');
    expect(personName('Siobhan Ní Bhriain')).toBe('Siobhan Ní Bhriain');
    expect(personName('El Pueblo Unido')).toBeUndefined();
    // Accented letters are letters: the last "a" of María is not the article "a".
    expect(personName('María José Fernández-Vidal')).toBe('María José Fernández-Vidal');
    expect(personName('Councillor Grace Mwangi')).toBe('Grace Mwangi');
    expect(cleanPeople('Sanne de Boer en Youssef El Amrani')).toBe('Sanne de Boer and Youssef El Amrani');
  });
});

describe('htmlMetadata bylines', () => {
  it('leaves out a date set beside the name with no mark between, as two spans of a byline print it', () => {
    const { document } = parseHTML(
      '<html><head><title>T</title></head><body><article><h1>T</h1><div class="byline"><span class="byline__name">Orla Kavanagh</span> <span class="byline__date">11 April 2024</span></div><p>Text.</p></article></body></html>',
    );
    expect(htmlMetadata(document).author?.value).toBe('Orla Kavanagh');
  });
});

describe('htmlMetadata author boxes', () => {
  it("reads the writer from an author box's bio beside the article", () => {
    const { document } = parseHTML(
      '<html><head><title>T</title></head><body><main><article><h1>T</h1><p>Text of the article.</p></article><section class="about-author"><h2>About the author</h2><p>Ama Owusu is a community organiser and writer based in Nottingham.</p></section></main></body></html>',
    );
    expect(htmlMetadata(document).author).toEqual({ value: 'Ama Owusu', how: 'the author bio' });
  });
});

describe('htmlMetadata authors from catalogue tags', () => {
  it('joins every citation_author, each put in printed order', () => {
    const { document } = parseHTML(
      '<html><head><title>T</title><meta name="citation_author" content="Yusuf, Amina"><meta name="citation_author" content="Lindqvist, Karl-Erik"><meta name="citation_author" content="de Souza, Beatriz"></head><body><h1>T</h1></body></html>',
    );
    expect(htmlMetadata(document).author).toEqual({ value: 'Amina Yusuf, Karl-Erik Lindqvist and Beatriz de Souza', how: 'the citation_author <meta>' });
  });

  it("prefers the page's author <meta> when it has one", () => {
    const { document } = parseHTML(
      '<html><head><meta name="author" content="Eleanor Hart"><meta name="citation_author" content="Hart, E."></head><body></body></html>',
    );
    expect(htmlMetadata(document).author?.value).toBe('Eleanor Hart');
  });
});

describe('personName reads the words as well as the shape', () => {
  it("takes a phrase of English words that are nobody's name for no name, in capitals or not, and keeps names the word list does not know", () => {
    expect(personName('Solidarity Forever')).toBeUndefined();
    expect(personName('Mutual Aid')).toBeUndefined();
    expect(personName('HOUSING COOPERATIVE')).toBeUndefined();
    expect(personName('Kwabena Mensah')).toBe('Kwabena Mensah');
    expect(personName('Lars Eriksen')).toBe('Lars Eriksen');
    expect(personName('Lotte de Vries')).toBe('Lotte de Vries');
    expect(personName('NGUYỄN THỊ HOA')).toBe('Nguyễn Thị Hoa');
  });

  it('reads a particle inside a name in capitals as part of it, not as an article', () => {
    expect(personName('HAMZA EL IDRISSI')).toBe('Hamza El Idrissi');
    expect(personName('EL PUEBLO UNIDO')).toBeUndefined();
  });
});
