/** Patterns for web clutter. Each is tested against one whole block (a line of web copy). */

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

/** "Sat Nov 16, 2024", "November 16, 2024", "16 November 2024", "2024-11-16", "16/11/2024". */
export const DATE_STAMP = new RegExp(
  `^(?:(?:published|posted|updated)\\s*:?\\s*)?${DAY}(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})$`,
  'i',
);

/** "by Jorge Martínez, translated to English by Carlos Sapir". */
export const BYLINE = /^(?:written\s+)?by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\|)\s*.*)?$/u;

/** "Part One: Lenin and revolutionary organising" - links to the other parts of a series. */
export const SERIES_NAV = /^(?:read\s+)?part\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|[ivx]+)\s*[:.–—-]\s*\S/i;

/** Picture credits and captions (no `u` flag: this runs on every short block). */
export const PHOTO_CREDIT =
  /\b(?:photo(?:graph)?|image|picture|credit|illustration)\s*:|\bsource\s*:\s*\S|\bwiki(?:media|commons)\b|\buploaded by\b|\bscan(?:ned)? from\b|\bpublic domain\b/i;

/** "... By Lev Yakovlevich Leonidov (1889 – 1952)": a photographer credit closing a caption. */
export const PHOTOGRAPHER = /\bBy(?: [A-Z\u00C0-\u00DE][^\s(]*){1,4} \(\d{4} ?[–-] ?\d{4}\)$/;

/** An editor's note added by the site that reprinted the text. */
export const EDITOR_NOTE = /^[•*·-]?\s*(?:\d+\.\s*)?(?:libcom|editor'?s?|editorial|web|site|admin)\s+note\s*:/i;

/** Markers that start the trailing block of site furniture: everything from here on is clutter. */
export const TAIL_MARKER =
  /^(?:tagged under|tags|topics|related topics|filed under|before you go|check out\b|most popular|most read|related (?:articles|posts|content|stories)|more on this (?:story|topic)|share this|share on|subscribe|support us|donate|follow us|you may also like|leave a (?:comment|reply)|\d+\s+comments?|read more|more from|sign up)\b.{0,60}$|^(?:support (?:our|independent|quality) journalism|(?:we|this site) (?:rely|relies|depend|depends) on (?:readers|you|donations)|become a (?:member|supporter|patron|subscriber)|make a (?:donation|contribution)|if you (?:value|like|liked|enjoyed|appreciate) (?:this|our|what)|can you (?:chip in|help us|support)|please (?:consider )?(?:support|donate|subscribe))\b.{0,300}$|^(?:à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|articles? similaires|partager(?: cet article| sur)?|abonnez-vous|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|artikel teilen|teilen|jetzt abonnieren|lee también|leer más|te puede interesar|noticias relacionadas|artículos relacionados|compartir(?: en)?|suscríbete|leggi anche|condividi|leia também|compartilhe)\b.{0,60}$/i;

/** One-word share buttons left as text. */
export const SHARE_BUTTON =
  /^(?:share|tweet|email|e-mail|print|facebook|twitter|whatsapp|telegram|reddit|linkedin|copy link|partager|imprimer|teilen|drucken|compartir|imprimir|condividi|stampa|compartilhar)$/i;

/** "Opinion · Transport", "News | Politics", "World › Europe": the section label above a headline. */
export const SECTION_LABEL = /^\p{Lu}[\p{L}&'’-]*(?:\s\p{L}[\p{L}&'’-]*)?(?:\s*[·•|/›»>]\s*\p{Lu}[\p{L}&'’-]*(?:\s\p{L}[\p{L}&'’-]*)?){1,3}$/u;
