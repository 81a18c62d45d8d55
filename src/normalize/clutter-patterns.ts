/** Patterns for web clutter. Each is tested against one whole block (a line of web copy). */

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

/** "Sat Nov 16, 2024", "November 16, 2024", "16 November 2024", "2024-11-16", "16/11/2024". */
export const DATE_STAMP = new RegExp(
  `^(?:(?:published|posted|updated)\\s*:?\\s*)?${DAY}(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})$`,
  'i',
);

/** The words a publishing time stamp is made of: months, days, times, zones, and what it says of them. */
const STAMP_WORDS = new RegExp(
  `\\b(?:${MONTH}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|published|posted|updated|modified|original|last|first|on|at|am|pm|[ecmp][sd]?t|gmt|utc|bst|cet|cest|hst|ist)\\b|\\b[ap]\\.m\\.`,
  'gi',
);

/**
 * A block that is only a publishing time stamp, however it is laid out: "PUBLISHED: 10:48, Tue,
 * Nov 19, 2019", "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "November 19, 2019 | 4:20am |
 * Updated November 19, 2019 | 9:32pm", "Updated at 1:23 p.m.". It holds a time of day, and
 * nothing is left once its dates, times and their words are taken away.
 */
export function isTimeStamp(text: string): boolean {
  if (text.length > 120 || !/\b\d{1,2}[:.]\d{2}(?!\d)/.test(text)) return false;
  return !/\p{L}/u.test(text.replace(STAMP_WORDS, '').replace(/\d+(?:st|nd|rd|th|am|pm)?/gi, ''));
}

/** "by Jorge Martínez, translated to English by Carlos Sapir". */
export const BYLINE = /^(?:written\s+)?by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\|)\s*.*)?$/u;

/** "Part One: Lenin and revolutionary organising" - links to the other parts of a series. */
export const SERIES_NAV = /^(?:read\s+)?part\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|[ivx]+)\s*[:.–—-]\s*\S/i;

/** Picture credits and captions (no `u` flag: this runs on every short block). */
export const PHOTO_CREDIT =
  /\b(?:photo(?:graph)?|image|picture|credit|illustration)\s*:|\bsource\s*:\s*\S|\bwiki(?:media|commons)\b|\buploaded by\b|\bscan(?:ned)? from\b|\bpublic domain\b/i;

/**
 * A news agency's or a photographer's credit closing a caption: "(AP Photo/Alan Diaz, File)",
 * "(AP)", "(Photo by NAME/Getty Images for …)", "Photograph by NAME/AFP/Getty Images",
 * "J. Scott Applewhite / AP file".
 */
export const AGENCY_CREDIT =
  /(?:\((?:AP|AFP|Reuters|EPA|Getty Images)(?: Photo)?(?:\/[^()]{1,80})?\)|\((?:Photo|Photograph|Image|Picture)s? (?:by|courtesy of|credit:?) [^()]{2,100}\)|\b(?:Photo|Photograph|Image|Picture)s? (?:by|courtesy of) [^.()]{2,80}|[\w.]\s?\/\s?(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock)(?: (?:file|photo))?)\.?$/;

/**
 * What opens a caption: a gallery picture's counter ("1of4 A shopper looks at …", "2 of 7 …"),
 * or the photographer's name after a copyright sign ("© John Brecher Needle poking skin …").
 */
export const CAPTION_OPENER = /^(?:\d{1,2} ?of ?\d{1,2} \S|©\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}(?:\s|$))/u;

/** "... By Lev Yakovlevich Leonidov (1889 – 1952)": a photographer credit closing a caption. */
export const PHOTOGRAPHER = /\bBy(?: [A-Z\u00C0-\u00DE][^\s(]*){1,4} \(\d{4} ?[–-] ?\d{4}\)$/;

/** An editor's note added by the site that reprinted the text. */
export const EDITOR_NOTE = /^[•*·-]?\s*(?:\d+\.\s*)?(?:libcom|editor'?s?|editorial|web|site|admin)\s+note\s*:/i;

/**
 * What opens a set of links to other articles ("Read more", "Lire aussi", "Czytaj też"), in the
 * languages our readers come in. Such a set stands after the text or inside it: `TAIL_MARKER`
 * (the trailing furniture) and `INSET_MARKER` (tail.ts: a set the article goes on after) are
 * both built from this one list, so a language added here is read in both places.
 */
export const LINK_SET_OPENERS: readonly string[] = [
  // English
  'read more',
  'read also',
  'also read',
  'read next',
  'related (?:articles|posts|content|stories|reading|coverage)',
  'more on this (?:story|topic)',
  'you (?:may|might) also (?:like|enjoy)',
  'more from',
  'check out',
  'see also',
  'further reading',
  'recommended (?:reading|for you|articles|stories)',
  // French
  '(?:à |a )?lire (?:aussi|également|egalement)',
  '(?:à )?voir aussi',
  'sur le même sujet',
  'dans la même rubrique',
  'articles? (?:similaires|liés|connexes|recommandés)',
  'pour aller plus loin',
  'vous aimerez aussi',
  // German
  'lesen sie (?:auch|mehr)',
  'mehr zum thema',
  'zum thema',
  'das könnte sie auch interessieren',
  'auch interessant',
  'weitere artikel',
  'verwandte artikel',
  'weiterlesen',
  // Spanish, Catalan
  'le[ae] también',
  'leer más',
  '(?:también )?(?:te|le) puede interesar',
  'noticias relacionadas',
  'artículos relacionados',
  'contenido relacionado',
  'ver también',
  'llegeix també',
  // Italian
  'leggi (?:anche|pure)',
  '(?:ti )?potrebbe interessar(?:ti|e)',
  'articoli correlati',
  'vedi anche',
  // Portuguese
  'leia (?:também|mais)',
  'veja também',
  'saiba mais',
  'notícias relacionadas',
  'artigos relacionados',
  // Dutch
  'lees (?:ook|meer|verder)',
  'meer over dit onderwerp',
  'gerelateerde artikelen',
  // Scandinavian
  'läs (?:också|även|mer)',
  'les (?:også|mer)',
  'læs (?:også|mere)',
  // Polish, Czech
  '(?:czytaj|przeczytaj|zobacz) (?:też|także|również|więcej)',
  'čtěte (?:také|též)',
  'související články',
  // Russian, Ukrainian
  'читайте (?:также|тоже)',
  'смотрите также',
  'читайте також',
  '(?:ещё|еще) по теме',
  'похожие статьи',
  // Turkish, Greek
  '(?:bunlar da )?ilginizi çekebilir',
  'ilgili haberler',
  'διαβάστε (?:επίσης|ακόμη)',
];

/** Site furniture that only ever follows the text: tags, comments, sharing, most-read lists. */
const TAIL_OPENERS: readonly string[] = [
  'tagged under',
  'tags',
  'topics',
  'related topics',
  'filed under',
  'before you go',
  'most popular',
  'most read',
  'share this',
  'share on',
  'subscribe',
  'support us',
  'donate',
  'follow us',
  'leave a (?:comment|reply)',
  '\\d+\\s+comments?',
  'sign up',
  'partager(?: cet article| sur)?',
  'abonnez-vous',
  'les plus lus',
  'artikel teilen',
  'teilen',
  'jetzt abonnieren',
  'meistgelesen',
  'compartir(?: en)?',
  'suscríbete',
  'lo más leído',
  'condividi',
  'i più letti',
  'compartilhe',
  'mais lidas',
];

/** An appeal for money or subscribers: it may run long ("We rely on readers like you …"). */
const APPEAL_OPENERS: readonly string[] = [
  'support (?:our|independent|quality) journalism',
  '(?:we|this site) (?:rely|relies|depend|depends) on (?:readers|you|donations)',
  'become a (?:member|supporter|patron|subscriber)',
  'make a (?:donation|contribution)',
  'if you (?:value|like|liked|enjoyed|appreciate) (?:this|our|what)',
  'can you (?:chip in|help us|support)',
  'please (?:consider )?(?:support|donate|subscribe)',
];

// The marker is a whole word: `\b` does not see the end of "также" or "też".
const WORD_END = '(?![\\p{L}\\p{N}])';

/** Markers that start the trailing block of site furniture: everything from here on is clutter. */
export const TAIL_MARKER = new RegExp(
  `^(?:${[...TAIL_OPENERS, ...LINK_SET_OPENERS].join('|')})${WORD_END}.{0,60}$|^(?:${APPEAL_OPENERS.join('|')})${WORD_END}.{0,300}$`,
  'iu',
);

/** Markers of a link set that can stand inside the text as well as after it (see tail.ts). */
export const INSET_MARKER = new RegExp(`^(?:${LINK_SET_OPENERS.join('|')})${WORD_END}`, 'iu');

/** One-word share buttons left as text. */
export const SHARE_BUTTON =
  /^(?:share|tweet|email|e-mail|print|facebook|twitter|whatsapp|telegram|reddit|linkedin|copy link|partager|imprimer|teilen|drucken|compartir|imprimir|condividi|stampa|compartilhar)$/i;

/** "Opinion · Transport", "News | Politics", "World › Europe": the section label above a headline. */
export const SECTION_LABEL = /^\p{Lu}[\p{L}&'’-]*(?:\s\p{L}[\p{L}&'’-]*)?(?:\s*[·•|/›»>]\s*\p{Lu}[\p{L}&'’-]*(?:\s\p{L}[\p{L}&'’-]*)?){1,3}$/u;

/**
 * A cookie banner's notice, however it is worded after its opening ("This website uses cookies
 * to …", "We use cookies …", "By continuing to use this site you agree …"), with its buttons.
 */
export const COOKIE_BANNER =
  /^(?:(?:this|our) (?:web)?site uses cookies|we use cookies|(?:by )?(?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:web)?site,? you (?:agree|accept|consent))\b.{0,400}$/i;
