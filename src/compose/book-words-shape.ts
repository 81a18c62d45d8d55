/**
 * What the book's own words are: one key a word or a phrase the book prints (or says to a screen reader), the same keys
 * in every language (book-words.ts, book-words-more.ts).
 */
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
  /** The months as a date with its day names them: Polish "14 marca 2024" (but "marzec 2024"); else the same as `months`. */
  monthsWithDay: readonly string[];
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
  /** `{0}`: a note's number; what a note call says to a screen reader ("Note 4"). */
  noteCall: string;
  /** The EPUB's landmarks list, its heading. */
  landmarks: string;
  /** `{0}`: the printed reader's file; the heading of the EPUB's list of its pages. */
  pageList: string;
  /** The word a link into the book says before its page's number: "page 12". */
  pageWord: string;
}
