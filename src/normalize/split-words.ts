import { englishWords } from './vocabulary.ts';

// Prefixes that form hyphenated compounds in edited English (co-existence, anti-Semite).
const COMPOUND_PREFIX = new Set([
  'co',
  'anti',
  'non',
  'self',
  'semi',
  'multi',
  'counter',
  'neo',
  'pseudo',
  'quasi',
  'ultra',
  'mid',
  'well',
  'half',
  'cross',
  'ill',
  'all',
]);
// Short first halves that make closed compounds (with-out, some-thing, be-come).
const CLOSED_FIRST = new Set([
  'a',
  'an',
  'be',
  'to',
  'in',
  'on',
  'for',
  'with',
  'how',
  'some',
  'any',
  'every',
  'no',
  'him',
  'her',
  'it',
  'them',
  'my',
  'your',
  'our',
  'can',
  'there',
  'where',
  'what',
  'who',
  'when',
  'here',
  'under',
  'over',
  'out',
  'up',
  'down',
  'after',
  'fore',
  'through',
  'never',
  'may',
  'by',
  'not',
  'which',
  'else',
  'mean',
  'other',
  'none',
  'along',
  'back',
  'so',
  'mis',
  'dis',
  'con',
  'com',
  'inter',
  'trans',
  'sub',
  'super',
  'per',
  'pre',
  'pro',
  'sur',
  'de',
  're',
  'un',
  'im',
  'ex',
]);

export interface HyphenDecision {
  keep: boolean;
  why: string;
}

/**
 * Decide whether `left-` + `right` split across a line end is a real compound (keep the hyphen)
 * or an ordinary word broken by the typesetter (join). Evidence, strongest first: how the
 * document itself spells the word elsewhere, then the English word list.
 */
export function decideHyphen(left: string, right: string, vocab: Map<string, number>): HyphenDecision {
  const l = left.toLowerCase();
  const rgt = right.toLowerCase();
  const joined = l + rgt;
  const hyphened = `${l}-${rgt}`;
  const seenJoined = vocab.get(joined) ?? 0;
  const seenHyphened = vocab.get(hyphened) ?? 0;
  if (seenHyphened > 0 && seenHyphened >= seenJoined) return { keep: true, why: `"${hyphened}" is spelled with a hyphen elsewhere in this text` };
  if (seenJoined > 0) return { keep: false, why: `"${joined}" is spelled closed elsewhere in this text` };
  if (/^\p{Lu}/u.test(right) && /^\p{Ll}/u.test(left)) return { keep: true, why: 'the second part is capitalised' };
  if (/\p{N}/u.test(left) || /\p{N}/u.test(right)) return { keep: true, why: 'a number is part of the compound' };
  const words = englishWords();
  const joinedIsWord = words.has(joined);
  const leftIsWord = words.has(l);
  const rightIsWord = words.has(rgt) || words.has(rgt.replace(/['’]?s$/, ''));
  if (COMPOUND_PREFIX.has(l) && rightIsWord && rgt.length >= 5) return { keep: true, why: `"${l}-" is a compounding prefix and "${rgt}" is a word` };
  if (!joinedIsWord && leftIsWord && rightIsWord) return { keep: true, why: `"${joined}" is not a word but both parts are` };
  // Both halves are words and so is the whole: only long halves suggest a compound (air-brushed),
  // short ones are usually syllables that happen to be words (par-ties, pat-tern).
  if (joinedIsWord && leftIsWord && rightIsWord && !CLOSED_FIRST.has(l) && l.length >= 3 && rgt.length >= 6) {
    return { keep: true, why: 'both parts are words of their own' };
  }
  return { keep: false, why: joinedIsWord ? `"${joined}" is a word` : 'a word broken across a line end' };
}
