/**
 * Dates at the head of a text: a date alone ("12 mars 2022") and a dateline, a date after the
 * words a site or a publisher puts before it ("Posted on March 3, 2025", "Publié le 3 mars 2025 à
 * 14h32", "Veröffentlicht am 3. März 2025"). Both are facts about the text, not part of it.
 */

// Month names in the languages our readers come in: a date stamp is its day, month and year alone.
const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|april|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus)\.?$/iu;
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?$/i;

/** Day, month and year alone: "12 mars 2022", "November 15, 2024", "Sat 3 May 2021". */
export function isDateAlone(text: string): boolean {
  const words = text
    .trim()
    .split(/[\s,./·|–—-]+/u)
    .filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  const month = words.some((w) => MONTH_WORD.test(w));
  const year = words.some((w) => /^(?:1[5-9]|20)\d\d$/.test(w));
  return (
    month &&
    year &&
    words.every((w) => MONTH_WORD.test(w) || WEEKDAY.test(w) || /^\d{1,4}(?:st|nd|rd|th|er|º|°)?$/i.test(w) || /^(?:de|del|le|den|the|of)$/i.test(w))
  );
}

// What a site or a publisher writes before a text's date, in the languages of MONTH_WORD.
const DATELINE_LEAD = new RegExp(
  '^(?:' +
    [
      '(?:first |originally )?(?:published|posted|updated|last updated|last modified|written|dated)(?: on| at)?',
      '(?:publié|publiée|posté|mis à jour|modifié|paru)(?: le)?',
      '(?:veröffentlicht|aktualisiert|erschienen|erstellt)(?: am)?',
      '(?:publicado|actualizado|atualizado)(?: el| em)?',
      '(?:pubblicato|aggiornato)(?: il)?',
      '(?:gepubliceerd|bijgewerkt)(?: op)?',
      'opublikowano|zaktualizowano',
    ].join('|') +
    ')\\s*:?\\s+',
  'iu',
);
// A time after the date: "at 10:14 am", "à 14h32", "um 9.30 Uhr", "- 18:05 CET".
const TIME = /(?:,?\s*(?:at|à|a las|alle|às|um|om|o)\s+|\s*[,|·–—-]\s*|\s+)\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?(?:\s+\p{Lu}{2,5})?$/iu;
const NUMERIC_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})$/;

/** A date after the words that announce it: "Posted on March 3, 2025", "Publié le 03/03/2025 à 14h32". */
export function isDateline(text: string): boolean {
  const t = text.trim();
  if (t.length > 80) return false;
  const m = DATELINE_LEAD.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).trim();
  for (const d of [rest, rest.replace(TIME, '').trim()]) if (d && (isDateAlone(d) || NUMERIC_DATE.test(d))) return true;
  return false;
}
