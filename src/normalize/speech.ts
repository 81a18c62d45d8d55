/**
 * A transcript's stage direction on a line of its own: "(Applause.)", "[Laughter and cheers.]",
 * "(Stormy, prolonged applause. All rise.)", "(Rires.)", "(Beifall.)". It is a paragraph of its
 * own: a speech printed from a PDF or hard-wrapped must not run it into the sentence before.
 */
const WORDS =
  /\b(?:applause|applauding|laughter|laughing|laughs|cheers|cheering|cries|shouts?|voices?|a voice|interruptions?|uproar|commotion|noise|hear,? hear|sensation|murmurs?|hiss(?:es|ing)?|boos|booing|ovation|prolonged|stormy|rires|applaudissements|bravos?|mouvements?|beifall|heiterkeit|zurufe?|unruhe|lachen|aplausos|risas|applausi|risate|risos|oklaski|śmiech|аплодисменты|смех|оживление)\b/iu;

export function isStageDirection(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || !/^[([][^()[\]]+[)\]]\.?$/u.test(t)) return false;
  // Opens in capitals, and short: a stage direction, not a parenthesis that fills a line.
  if (!/^[([]\s*\p{Lu}/u.test(t) || t.split(/\s+/).length > 12) return false;
  return WORDS.test(t);
}

/**
 * An editor's insert set in brackets on lines of its own, as Project Gutenberg sets them:
 * "[Sidenote: The score.]", "[Illustration: The mill at night]", "[Transcriber's Note: …]".
 * It opens a block of its own, which its closing bracket ends.
 */
export const EDITORIAL_OPEN = /^\[(?:sidenote|side-note|illustration|transcriber'?s? notes?|editor'?s? notes?|footnote|caption|picture|plate)\b/i;
