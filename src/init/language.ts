/**
 * A text's language from its commonest short words: enough to choose title or sentence case
 * for a title in capitals, and the reader's `language:` in the manifest init writes. Not a
 * general language identifier: it knows the languages our users' readers come in.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'in', 'it', 'was', 'for', 'with', 'are', 'this', 'not', 'but', 'have', 'they', 'which', 'from', 'be'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'que', 'du', 'dans', 'pour', 'qui', 'pas', 'sur', 'au', 'ne', 'ce', 'il', 'sont', 'avec'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'des', 'auf', 'ein', 'eine', 'dem', 'auch', 'es', 'wird', 'für'],
  es: ['el', 'la', 'los', 'las', 'que', 'y', 'en', 'es', 'por', 'una', 'del', 'se', 'con', 'para', 'no', 'su', 'al', 'lo', 'como', 'más'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'un', 'una', 'sono', 'gli', 'del', 'della', 'le', 'si', 'è', 'con', 'nel', 'anche', 'come'],
  pt: ['o', 'a', 'os', 'que', 'e', 'de', 'não', 'uma', 'para', 'com', 'do', 'da', 'em', 'as', 'se', 'no', 'na', 'por', 'mais', 'é'],
  nl: ['de', 'het', 'en', 'een', 'van', 'is', 'dat', 'niet', 'op', 'zijn', 'te', 'met', 'voor', 'die', 'ook', 'er', 'aan', 'maar', 'wordt', 'worden'],
  pl: ['w', 'i', 'się', 'nie', 'na', 'z', 'że', 'do', 'to', 'jest', 'jak', 'ale', 'po', 'co', 'od', 'przez', 'dla', 'są', 'tym', 'oraz'],
};

const LOOKUP = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  // Earlier words are commoner: they weigh more.
  LOOKUP.set(lang, new Map(words.map((w, i) => [w, 2 - i / words.length])));
}

/** `en`, `fr`, `de`, `es`, `it`, `pt`, `nl` or `pl`, or undefined when the text is too short or too mixed to say. */
export function detectLanguage(text: string): string | undefined {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return undefined;
  const scores = [...LOOKUP]
    .map(([lang, table]) => [lang, words.reduce((sum, w) => sum + (table.get(w) ?? 0), 0) / words.length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  // Function words are a fifth or more of running text; a near tie (es/pt, say) needs a clear lead.
  if (!best || best[1] < 0.08 || (second && best[1] < second[1] * 1.25)) return undefined;
  return best[0];
}
