/**
 * The book's own words: its headings (Contents, Introduction, Index of names…), its labels
 * ("Text 3", "Edited by", the table heads), its legends and its dates, in one table per language.
 * A reader of German texts says "Inhalt" and "Personenregister", not "Contents" and "Index of
 * names". The templates read them as `@root.words.<key>`; `{0}` and `{1}` in a value are filled
 * by the `fill` helper.
 */
import type { Manifest } from '../manifest/schema.ts';

export interface BookWords {
  /** The language these words are in (a two-letter code). */
  lang: string;
  cover: string;
  editedBy: string;
  contents: string;
  introduction: string;
  concordance: string;
  sourcesCited: string;
  sharedQuotations: string;
  topicIndex: string;
  indexOfNames: string;
  glossary: string;
  /** "Text 3": the word before a text's number. */
  text: string;
  /** "Texts 1–6": a topic table's caption. */
  texts: string;
  theTexts: string;
  published: string;
  publishedLengthNotes: string;
  words: string;
  wordsLower: string;
  minutes: string;
  minutesLower: string;
  /** The notes column's head. */
  notes: string;
  note: string;
  notesLower: string;
  notStated: string;
  translatorShort: string;
  translatedBy: string;
  translatedByStart: string;
  /** `{0}`: the number of texts. */
  questionLead: string;
  questionRest: string;
  whereTextsStand: string;
  /** `{0}`: the sources, joined. */
  leansOn: string;
  whereTextsMeet: string;
  topic: string;
  legendByParagraph: string;
  legendByPage: string;
  legendSilent: string;
  paragraph: string;
  paragraphs: string;
  /** `{0}`: a text's number, `{1}`: a topic. */
  firstTakesUp: string;
  notDiscussed: string;
  forDiscussion: string;
  /** The heading of a lined page to write on. */
  notesPage: string;
  orphanNotes: string;
  orphanLegendOne: string;
  orphanLegendMany: string;
  editorsNote: string;
  editorsNoteLabel: string;
  /** `{0}`: the note calls ("[3] and [7]"). */
  missingNotesOne: string;
  missingNotesMany: string;
  concordanceLegend: string;
  withPageInReader: string;
  sharedMarked: string;
  citedBySeveral: string;
  /** A page reference's abbreviation: "p. 12". */
  page: string;
  noSources: string;
  noSharedQuotations: string;
  notTakenUp: string;
  namesLegend: string;
  withPage: string;
  noNames: string;
  /** Joins the last two of a list: "[1], [3] and [5]". */
  and: string;
  months: readonly string[];
  /** Groups a whole number's thousands: "12,345", "12.345". */
  thousands: string;
  /** A pack's words: its kicker, its source line, its summary table, its notes page. */
  discussionPack: string;
  /** `{0}`: the pack's topic, `{1}`: the reader's title (the pack's <title>). */
  packOf: string;
  fromReader: string;
  whereTakenUp: string;
  passages: string;
  passage: string;
  passagesLower: string;
  pageHead: string;
  /** `{0}`: a text's title. */
  pageOf: string;
  textLower: string;
  textsLower: string;
  notTakenUpIn: string;
  /** `{0}`: the topic's terms, `{1}`: how many paragraphs of context; then the word set as a marked term, and the rest. */
  packHow: string;
  packHowTerms: string;
  packHowRest: string;
  /** The summary table's head over the paragraphs column. */
  paragraphsHead: string;
  /** `{0}`: a page label: "reader 12". */
  readerPage: string;
  /** `{0}` paragraphs in `{1}` passages. */
  hitsIn: string;
  /** `{0}`: how many paragraphs were left out. */
  leftOut: string;
  namesInPassages: string;
  packNamesLegend: string;
  /** The accessible edition's link past its contents. */
  skipToBook: string;
  /** `{0}`: a note's number; the accessible edition's link from a note back to its call. */
  noteBack: string;
}

const EN: BookWords = {
  lang: 'en',
  cover: 'Cover',
  editedBy: 'Edited by',
  contents: 'Contents',
  introduction: 'Introduction',
  concordance: 'Concordance',
  sourcesCited: 'Sources cited',
  sharedQuotations: 'Shared quotations',
  topicIndex: 'Topic index',
  indexOfNames: 'Index of names',
  glossary: 'Glossary',
  text: 'Text',
  texts: 'Texts',
  theTexts: 'The texts',
  published: 'Published',
  publishedLengthNotes: 'Published, length and notes',
  words: 'Words',
  wordsLower: 'words',
  minutes: 'Min.',
  minutesLower: 'min.',
  notes: 'Notes',
  note: 'note',
  notesLower: 'notes',
  notStated: 'not stated',
  translatorShort: 'tr.',
  translatedBy: 'translated by',
  translatedByStart: 'Translated by',
  questionLead: 'This reader puts one question to {0} texts:',
  questionRest:
    'Below, the texts side by side: who wrote each one, when and where; what each argues; which questions each takes up; which sources it leans on.',
  whereTextsStand: 'Where the texts stand',
  leansOn: 'Leans on {0}.',
  whereTextsMeet: 'Where the texts meet',
  topic: 'Topic',
  legendByParagraph: 'Each cell links to the first paragraph where a text takes up a topic and says how many paragraphs do',
  legendByPage: 'Each cell gives the page where a text first takes up a topic, and how many paragraphs do',
  legendSilent: '; a dash means the text is silent on it.',
  paragraph: 'paragraph',
  paragraphs: 'paragraphs',
  firstTakesUp: 'The page where text {0} first takes up {1}',
  notDiscussed: 'not discussed',
  forDiscussion: 'For discussion',
  notesPage: 'Notes',
  orphanNotes: 'Notes not called in the text',
  orphanLegendOne: 'The source’s notes list has a note that no call in the text points to.',
  orphanLegendMany: 'The source’s notes list has notes that no call in the text points to.',
  editorsNote: "Editor's note",
  editorsNoteLabel: 'Editor’s note.',
  missingNotesOne:
    'The source calls note {0}, but the copy this reader was made from gives no text for it. The calls are kept so that readers can see where the author gave a reference.',
  missingNotesMany:
    'The source calls notes {0}, but the copy this reader was made from gives no text for them. The calls are kept so that readers can see where the author gave a reference.',
  concordanceLegend: 'References are to text number and paragraph (¶)',
  withPageInReader: ', with the page in this reader',
  sharedMarked: '. Sources cited by more than one text are marked with an asterisk (*).',
  citedBySeveral: 'cited by several texts',
  page: 'p.',
  noSources: 'The texts cite no sources that could be identified.',
  noSharedQuotations: 'No passage of eight words or more is quoted in two of these texts.',
  notTakenUp: 'not taken up by these texts',
  namesLegend: 'Persons named in the texts, by surname. References are to text number and paragraph (¶) or note',
  withPage: ', with the page',
  noNames: 'The texts name no persons that could be identified.',
  and: 'and',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  thousands: ',',
  discussionPack: 'Discussion pack',
  packOf: '{0}: a discussion pack from {1}',
  fromReader: 'From the reader',
  whereTakenUp: 'Where the texts take it up',
  passages: 'Passages',
  passage: 'passage',
  passagesLower: 'passages',
  pageHead: 'Page',
  pageOf: 'Page of {0} in this pack',
  textLower: 'text',
  textsLower: 'texts',
  notTakenUpIn: 'Not taken up in',
  packHow: 'Paragraphs that name the topic ({0}) are printed with {1} of context either side;',
  packHowTerms: 'terms',
  packHowRest:
    'are set in bold and underlined on a tint. Each passage starts with its text, section, paragraph (¶) and the page of the full reader where it begins; an ellipsis marks paragraphs left out.',
  paragraphsHead: 'Paragraphs',
  readerPage: 'reader {0}',
  hitsIn: '{0} in {1}',
  leftOut: '{0} left out',
  namesInPassages: 'Names in these passages',
  packNamesLegend: 'Text number, paragraph (¶) and page in the full reader.',
  skipToBook: 'Skip to the book',
  noteBack: 'Note {0}, back to the text',
};

const DE: BookWords = {
  lang: 'de',
  cover: 'Umschlag',
  editedBy: 'Herausgegeben von',
  contents: 'Inhalt',
  introduction: 'Einleitung',
  concordance: 'Konkordanz',
  sourcesCited: 'Zitierte Quellen',
  sharedQuotations: 'Gemeinsame Zitate',
  topicIndex: 'Themenregister',
  indexOfNames: 'Personenregister',
  glossary: 'Glossar',
  text: 'Text',
  texts: 'Texte',
  theTexts: 'Die Texte',
  published: 'Erschienen',
  publishedLengthNotes: 'Erschienen, Umfang und Anmerkungen',
  words: 'Wörter',
  wordsLower: 'Wörter',
  minutes: 'Min.',
  minutesLower: 'Min.',
  notes: 'Anm.',
  note: 'Anmerkung',
  notesLower: 'Anmerkungen',
  notStated: 'nicht angegeben',
  translatorShort: 'übers.',
  translatedBy: 'übersetzt von',
  translatedByStart: 'Übersetzt von',
  questionLead: 'Dieser Reader stellt {0} Texten eine Frage:',
  questionRest:
    'Im Folgenden die Texte nebeneinander: wer sie wann und wo geschrieben hat, was jeder vertritt, welche Fragen er aufgreift und auf welche Quellen er sich stützt.',
  whereTextsStand: 'Wo die Texte stehen',
  leansOn: 'Stützt sich auf {0}.',
  whereTextsMeet: 'Wo sich die Texte berühren',
  topic: 'Thema',
  legendByParagraph: 'Jede Zelle verweist auf den ersten Absatz, in dem ein Text ein Thema aufgreift, und nennt die Zahl der Absätze dazu',
  legendByPage: 'Jede Zelle nennt die Seite, auf der ein Text ein Thema zuerst aufgreift, und die Zahl der Absätze dazu',
  legendSilent: '; ein Strich heißt, dass der Text es nicht behandelt.',
  paragraph: 'Absatz',
  paragraphs: 'Absätze',
  firstTakesUp: 'Die Seite, auf der Text {0} zuerst {1} aufgreift',
  notDiscussed: 'nicht behandelt',
  forDiscussion: 'Zur Diskussion',
  notesPage: 'Notizen',
  orphanNotes: 'Anmerkungen ohne Verweis im Text',
  orphanLegendOne: 'Die Anmerkungsliste der Vorlage enthält eine Anmerkung, auf die kein Verweis im Text zeigt.',
  orphanLegendMany: 'Die Anmerkungsliste der Vorlage enthält Anmerkungen, auf die kein Verweis im Text zeigt.',
  editorsNote: 'Anmerkung der Herausgabe',
  editorsNoteLabel: 'Anmerkung der Herausgabe.',
  missingNotesOne:
    'Die Vorlage verweist auf Anmerkung {0}, doch die Kopie, aus der dieser Reader entstand, enthält keinen Text dazu. Der Verweis bleibt stehen, damit sichtbar ist, wo eine Quelle angegeben war.',
  missingNotesMany:
    'Die Vorlage verweist auf die Anmerkungen {0}, doch die Kopie, aus der dieser Reader entstand, enthält keinen Text dazu. Die Verweise bleiben stehen, damit sichtbar ist, wo Quellen angegeben waren.',
  concordanceLegend: 'Verweise nennen Textnummer und Absatz (¶)',
  withPageInReader: ', dazu die Seite in diesem Reader',
  sharedMarked: '. Quellen, die mehr als ein Text zitiert, sind mit einem Sternchen (*) markiert.',
  citedBySeveral: 'von mehreren Texten zitiert',
  page: 'S.',
  noSources: 'Die Texte zitieren keine Quellen, die sich erkennen ließen.',
  noSharedQuotations: 'Keine Stelle von acht oder mehr Wörtern wird in zwei dieser Texte zitiert.',
  notTakenUp: 'in diesen Texten nicht aufgegriffen',
  namesLegend: 'In den Texten genannte Personen, nach Nachnamen. Verweise nennen Textnummer und Absatz (¶) oder Anmerkung',
  withPage: ', dazu die Seite',
  noNames: 'Die Texte nennen keine Personen, die sich erkennen ließen.',
  and: 'und',
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  thousands: '.',
  discussionPack: 'Diskussionsmappe',
  packOf: '{0}: eine Diskussionsmappe aus {1}',
  fromReader: 'Aus dem Reader',
  whereTakenUp: 'Wo die Texte es aufgreifen',
  passages: 'Stellen',
  passage: 'Stelle',
  passagesLower: 'Stellen',
  pageHead: 'Seite',
  pageOf: 'Seite von {0} in dieser Mappe',
  textLower: 'Text',
  textsLower: 'Texte',
  notTakenUpIn: 'Nicht aufgegriffen in',
  packHow: 'Absätze, die das Thema nennen ({0}), stehen mit {1} Kontext davor und danach;',
  packHowTerms: 'Begriffe',
  packHowRest:
    'sind fett und unterstrichen auf einem Farbton gesetzt. Jede Stelle beginnt mit ihrem Text, Abschnitt, Absatz (¶) und der Seite des ganzen Readers, auf der sie steht; Auslassungspunkte zeigen ausgelassene Absätze.',
  paragraphsHead: 'Absätze',
  readerPage: 'Reader {0}',
  hitsIn: '{0} in {1}',
  leftOut: '{0} ausgelassen',
  namesInPassages: 'Namen in diesen Stellen',
  packNamesLegend: 'Textnummer, Absatz (¶) und Seite im ganzen Reader.',
  skipToBook: 'Zum Buch springen',
  noteBack: 'Anmerkung {0}, zurück zum Text',
};

const FR: BookWords = {
  lang: 'fr',
  cover: 'Couverture',
  editedBy: 'Sous la direction de',
  contents: 'Sommaire',
  introduction: 'Introduction',
  concordance: 'Concordance',
  sourcesCited: 'Sources citées',
  sharedQuotations: 'Citations communes',
  topicIndex: 'Index des thèmes',
  indexOfNames: 'Index des noms',
  glossary: 'Glossaire',
  text: 'Texte',
  texts: 'Textes',
  theTexts: 'Les textes',
  published: 'Publication',
  publishedLengthNotes: 'Publication, longueur et notes',
  words: 'Mots',
  wordsLower: 'mots',
  minutes: 'Min.',
  minutesLower: 'min',
  notes: 'Notes',
  note: 'note',
  notesLower: 'notes',
  notStated: 'non indiqué',
  translatorShort: 'trad.',
  translatedBy: 'traduit par',
  translatedByStart: 'Traduit par',
  questionLead: 'Ce recueil pose une question à {0} textes :',
  questionRest:
    'Ci-dessous, les textes côte à côte : qui a écrit chacun, quand et où ; ce que chacun soutient ; quelles questions il aborde ; sur quelles sources il s’appuie.',
  whereTextsStand: 'Où se situent les textes',
  leansOn: 'S’appuie sur {0}.',
  whereTextsMeet: 'Où les textes se rejoignent',
  topic: 'Thème',
  legendByParagraph: 'Chaque case renvoie au premier paragraphe où un texte aborde un thème et indique combien de paragraphes le font',
  legendByPage: 'Chaque case donne la page où un texte aborde un thème pour la première fois, et combien de paragraphes le font',
  legendSilent: ' ; un tiret signifie que le texte n’en parle pas.',
  paragraph: 'paragraphe',
  paragraphs: 'paragraphes',
  firstTakesUp: 'La page où le texte {0} aborde {1} pour la première fois',
  notDiscussed: 'non abordé',
  forDiscussion: 'Pour la discussion',
  notesPage: 'Notes',
  orphanNotes: 'Notes non appelées dans le texte',
  orphanLegendOne: 'La liste de notes de la source contient une note qu’aucun appel du texte ne désigne.',
  orphanLegendMany: 'La liste de notes de la source contient des notes qu’aucun appel du texte ne désigne.',
  editorsNote: 'Note de l’éditeur',
  editorsNoteLabel: 'Note de l’éditeur.',
  missingNotesOne:
    'La source appelle la note {0}, mais la copie dont ce recueil est tiré n’en donne pas le texte. L’appel est conservé pour que l’on voie où l’auteur donnait une référence.',
  missingNotesMany:
    'La source appelle les notes {0}, mais la copie dont ce recueil est tiré n’en donne pas le texte. Les appels sont conservés pour que l’on voie où l’auteur donnait une référence.',
  concordanceLegend: 'Les renvois donnent le numéro du texte et le paragraphe (¶)',
  withPageInReader: ', avec la page dans ce recueil',
  sharedMarked: '. Les sources citées par plus d’un texte sont marquées d’un astérisque (*).',
  citedBySeveral: 'citée par plusieurs textes',
  page: 'p.',
  noSources: 'Les textes ne citent aucune source identifiable.',
  noSharedQuotations: 'Aucun passage de huit mots ou plus n’est cité dans deux de ces textes.',
  notTakenUp: 'non abordé par ces textes',
  namesLegend: 'Personnes nommées dans les textes, par nom de famille. Les renvois donnent le numéro du texte et le paragraphe (¶) ou la note',
  withPage: ', avec la page',
  noNames: 'Les textes ne nomment aucune personne identifiable.',
  and: 'et',
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  thousands: '\u202f',
  discussionPack: 'Dossier de discussion',
  packOf: '{0} : un dossier de discussion tiré de {1}',
  fromReader: 'Tiré du recueil',
  whereTakenUp: 'Où les textes l’abordent',
  passages: 'Passages',
  passage: 'passage',
  passagesLower: 'passages',
  pageHead: 'Page',
  pageOf: 'Page de {0} dans ce dossier',
  textLower: 'texte',
  textsLower: 'textes',
  notTakenUpIn: 'Non abordé dans',
  packHow: 'Les paragraphes qui nomment le thème ({0}) sont imprimés avec {1} de contexte de part et d’autre ; les',
  packHowTerms: 'termes',
  packHowRest:
    'sont en gras, soulignés sur un fond teinté. Chaque passage commence par son texte, sa section, son paragraphe (¶) et la page du recueil complet où il commence ; des points de suspension marquent les paragraphes omis.',
  paragraphsHead: 'Paragraphes',
  readerPage: 'recueil {0}',
  hitsIn: '{0} en {1}',
  leftOut: '{0} omis',
  namesInPassages: 'Noms dans ces passages',
  packNamesLegend: 'Numéro du texte, paragraphe (¶) et page dans le recueil complet.',
  skipToBook: 'Aller au livre',
  noteBack: 'Note {0}, retour au texte',
};

const ES: BookWords = {
  lang: 'es',
  cover: 'Cubierta',
  editedBy: 'Edición de',
  contents: 'Índice',
  introduction: 'Introducción',
  concordance: 'Concordancia',
  sourcesCited: 'Fuentes citadas',
  sharedQuotations: 'Citas compartidas',
  topicIndex: 'Índice de temas',
  indexOfNames: 'Índice onomástico',
  glossary: 'Glosario',
  text: 'Texto',
  texts: 'Textos',
  theTexts: 'Los textos',
  published: 'Publicación',
  publishedLengthNotes: 'Publicación, extensión y notas',
  words: 'Palabras',
  wordsLower: 'palabras',
  minutes: 'Min.',
  minutesLower: 'min',
  notes: 'Notas',
  note: 'nota',
  notesLower: 'notas',
  notStated: 'no consta',
  translatorShort: 'trad.',
  translatedBy: 'traducción de',
  translatedByStart: 'Traducción de',
  questionLead: 'Esta antología plantea una pregunta a {0} textos:',
  questionRest:
    'A continuación, los textos uno junto a otro: quién escribió cada uno, cuándo y dónde; qué sostiene cada uno; qué preguntas aborda; en qué fuentes se apoya.',
  whereTextsStand: 'Dónde se sitúan los textos',
  leansOn: 'Se apoya en {0}.',
  whereTextsMeet: 'Dónde se encuentran los textos',
  topic: 'Tema',
  legendByParagraph: 'Cada celda enlaza con el primer párrafo en que un texto aborda un tema e indica cuántos párrafos lo hacen',
  legendByPage: 'Cada celda da la página en que un texto aborda un tema por primera vez, y cuántos párrafos lo hacen',
  legendSilent: '; un guion indica que el texto no lo trata.',
  paragraph: 'párrafo',
  paragraphs: 'párrafos',
  firstTakesUp: 'La página en que el texto {0} aborda {1} por primera vez',
  notDiscussed: 'no tratado',
  forDiscussion: 'Para el debate',
  notesPage: 'Notas',
  orphanNotes: 'Notas sin llamada en el texto',
  orphanLegendOne: 'La lista de notas de la fuente tiene una nota a la que no remite ninguna llamada del texto.',
  orphanLegendMany: 'La lista de notas de la fuente tiene notas a las que no remite ninguna llamada del texto.',
  editorsNote: 'Nota del editor',
  editorsNoteLabel: 'Nota del editor.',
  missingNotesOne:
    'La fuente remite a la nota {0}, pero la copia de la que se hizo esta antología no da su texto. La llamada se conserva para que se vea dónde el autor daba una referencia.',
  missingNotesMany:
    'La fuente remite a las notas {0}, pero la copia de la que se hizo esta antología no da su texto. Las llamadas se conservan para que se vea dónde el autor daba una referencia.',
  concordanceLegend: 'Las referencias dan el número de texto y el párrafo (¶)',
  withPageInReader: ', con la página en esta antología',
  sharedMarked: '. Las fuentes citadas por más de un texto llevan un asterisco (*).',
  citedBySeveral: 'citada por varios textos',
  page: 'p.',
  noSources: 'Los textos no citan ninguna fuente identificable.',
  noSharedQuotations: 'Ningún pasaje de ocho palabras o más aparece citado en dos de estos textos.',
  notTakenUp: 'no lo abordan estos textos',
  namesLegend: 'Personas mencionadas en los textos, por apellido. Las referencias dan el número de texto y el párrafo (¶) o la nota',
  withPage: ', con la página',
  noNames: 'Los textos no mencionan a ninguna persona identificable.',
  and: 'y',
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  thousands: '.',
  discussionPack: 'Dosier de debate',
  packOf: '{0}: un dosier de debate de {1}',
  fromReader: 'De la antología',
  whereTakenUp: 'Dónde lo abordan los textos',
  passages: 'Pasajes',
  passage: 'pasaje',
  passagesLower: 'pasajes',
  pageHead: 'Página',
  pageOf: 'Página de {0} en este dosier',
  textLower: 'texto',
  textsLower: 'textos',
  notTakenUpIn: 'No se aborda en',
  packHow: 'Los párrafos que nombran el tema ({0}) se imprimen con {1} de contexto a cada lado; los',
  packHowTerms: 'términos',
  packHowRest:
    'van en negrita y subrayados sobre un fondo de color. Cada pasaje empieza con su texto, sección, párrafo (¶) y la página de la antología completa donde comienza; unos puntos suspensivos marcan los párrafos omitidos.',
  paragraphsHead: 'Párrafos',
  readerPage: 'antología {0}',
  hitsIn: '{0} en {1}',
  leftOut: '{0} omitidos',
  namesInPassages: 'Nombres en estos pasajes',
  packNamesLegend: 'Número de texto, párrafo (¶) y página en la antología completa.',
  skipToBook: 'Saltar al libro',
  noteBack: 'Nota {0}, volver al texto',
};

/** Every language the book's words come in. */
export const BOOK_WORDS: Readonly<Record<string, BookWords>> = { en: EN, de: DE, fr: FR, es: ES };

/** The languages `book_language` may name. */
export const BOOK_LANGUAGES = Object.keys(BOOK_WORDS);

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The language of the book's own words: the manifest's `book_language` when it names one; else the
 * language of the texts when they all share one this table has; else English (a reader of German and
 * English texts says "Contents").
 */
export function bookLanguage(manifest: Pick<Manifest, 'language' | 'book_language' | 'texts'>): string {
  if (manifest.book_language) return primary(manifest.book_language);
  // (A view made by hand, as a test's, may name no texts and no language.)
  const langs = new Set((manifest.texts ?? []).map((t) => primary(t.language ?? manifest.language ?? 'en')));
  const [only] = langs;
  return langs.size === 1 && only && BOOK_WORDS[only] ? only : 'en';
}

/** The words of the book in `language` (English for one the table lacks). */
export function bookWords(language: string): BookWords {
  return BOOK_WORDS[primary(language)] ?? EN;
}
