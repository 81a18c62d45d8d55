import { type Guess, type Line, NAME } from './lines.ts';

const BY_LINE = new RegExp(String.raw`^(?:written\s+)?by\s+(${NAME})(?=\s*(?:,|\||&|\band\b|\(|$))`, 'iu');
const AUTHOR_LABEL = new RegExp(String.raw`^(?:author|words)\s*:\s*(${NAME})\s*$`, 'iu');
// A standfirst names its author after a verb: "..., writes John Westmoreland".
const STANDFIRST = new RegExp(String.raw`\b(?:writes|explains|argues|says|reports|asks|recalls|examines|looks at)\s+(${NAME})(?=\s+(?:in|on|about|for|as)\b|\s*[,.;:]|\s*$)`, 'u');
const NAME_LINE = new RegExp(String.raw`^(${NAME})$`, 'u');
const TRANSLATOR = new RegExp(String.raw`\btranslat(?:ed|ion)(?:\s+(?:from\s+\p{L}+\s+)?(?:in)?to\s+\p{L}+)?\s+by\s+(${NAME})`, 'iu');
const TRANSLATOR_LABEL = new RegExp(String.raw`^translat(?:ion|or|ed by)\s*:\s*(${NAME})\s*$`, 'iu');
const ARTICLE_OF = new RegExp(String.raw`\b(${NAME})['’]s?\s+(?:article|essay)\b`, 'u');

/**
 * The author, when the text names one: a "by NAME" line or an "Author:" label near the top,
 * a standfirst ("..., writes NAME"), an author bio at the end ("NAME" alone on a line, then
 * "FIRST is a ..."), or, weakest, "NAME's article" in an editor's preface.
 */
export function guessAuthor(lines: readonly Line[]): Guess | undefined {
  const head = lines.slice(0, 30);
  for (const l of head) {
    const m = BY_LINE.exec(l.text) ?? AUTHOR_LABEL.exec(l.text);
    if (m && l.text.length <= 200) return { value: cleanName(m[1]!), line: l.n, how: 'the byline' };
  }
  for (const l of lines.slice(0, 5)) {
    const m = STANDFIRST.exec(l.text);
    if (m) return { value: cleanName(m[1]!), line: l.n, how: 'the standfirst' };
  }
  const bio = guessBio(lines);
  if (bio) return bio;
  for (const l of lines.slice(0, 300)) {
    const m = ARTICLE_OF.exec(l.text);
    if (m) return { value: cleanName(m[1]!), line: l.n, how: `"${m[0]}"` };
  }
  return undefined;
}

/** An author bio among the last lines: a name alone on a line, then a sentence about that person. */
function guessBio(lines: readonly Line[]): Guess | undefined {
  const from = Math.max(0, lines.length - 10);
  for (let i = lines.length - 2; i >= from; i--) {
    const name = NAME_LINE.exec(lines[i]!.text)?.[1];
    if (!name || name.length > 50) continue;
    const first = name.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const about = new RegExp(String.raw`^(?:${first}|He|She|They)\b.{0,80}\b(?:is|was|teaches|writes|lives|works)\b`, 'u');
    if (about.test(lines[i + 1]!.text)) return { value: name, line: lines[i]!.n, how: 'the author bio' };
  }
  return undefined;
}

/** The translator: "translated to English by NAME", "Translation: NAME", near the top or the end. */
export function guessTranslator(lines: readonly Line[]): Guess | undefined {
  for (const l of [...lines.slice(0, 30), ...lines.slice(Math.max(30, lines.length - 15))]) {
    const m = TRANSLATOR.exec(l.text) ?? TRANSLATOR_LABEL.exec(l.text);
    if (m) return { value: cleanName(m[1]!), line: l.n, how: 'the translator line' };
  }
  return undefined;
}

function cleanName(s: string): string {
  return s.replace(/[.,'’]+$/, '').trim();
}
