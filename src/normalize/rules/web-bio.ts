import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-bio';
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

export const webBio = defineRule({
  id,
  switchable: true,
  description:
    'Web copy: an author bio at the end (a name line, then a paragraph about that person; "NAME (e-mail) is the Senior Editor of …") and the author\'s contact line ("Email NAME at …", "Follow her on Twitter @…") among the last three blocks are dropped',
  run: {
    blocks(blocks, { log, web }) {
      if (!web) return blocks;
      for (let i = Math.max(0, blocks.length - 4); i < blocks.length - 1; i++) {
        const name = blocks[i]!.text;
        const bio = blocks[i + 1]!.text;
        // Length first: the last blocks are mostly long, and the name regex is costly to compile.
        if (name.length > 50 || !NAME_LINE.test(name)) continue;
        const first = name.split(/\s+/)[0]!;
        const aboutThem = new RegExp(`^(?:${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|He|She|They)\\b.{0,80}\\b(?:is|was|teaches|writes|lives)\\b`, 'u');
        if (!aboutThem.test(bio) || bio.length > 600) continue;
        for (const b of blocks.slice(i, i + 2)) log.log(id, placeAt(b, 0), b.source, '', `Unexpected author bio \`${clip(b.text)}\` at the end, dropped`);
        return [...blocks.slice(0, i), ...blocks.slice(i + 2)];
      }
      // Among the last three blocks, a lone bio ("About the author: …", "Jane Doe is a writer
      // who …", "Jeff Foust (jeff@…) is the editor of …") and the author's contact line ("Email
      // Tariq Malik at …", "Have a tip? … may be reached at …", "Follow her on Twitter @…").
      const drop = new Set<number>();
      for (let i = blocks.length - 1; i >= Math.max(2, blocks.length - 3); i--) {
        const b = blocks[i]!;
        if (b.kind !== 'paragraph' || b.text.length > 500) continue;
        const bio = LONE_BIO.test(b.text);
        if (!bio && !(b.text.length <= 300 && CONTACT.test(b.text))) continue;
        log.log(id, placeAt(b, 0), b.source, '', `Unexpected author ${bio ? 'bio' : 'contact line'} \`${clip(b.text)}\` at the end, dropped`);
        drop.add(i);
      }
      return drop.size ? blocks.filter((_, i) => !drop.has(i)) : blocks;
    },
  },
});

/** What a bio says its subject is, lower case or capitalised ("a writer", "the Senior Editor"). */
const ROLES = [
  'writer',
  'journalist',
  'author',
  'professor',
  'lecturer',
  'researcher',
  'editor',
  'reporter',
  'correspondent',
  'columnist',
  'historian',
  'activist',
  'member',
  'fellow',
  'student',
  'organi[sz]er',
  'contributor',
]
  .map((r) => `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}`)
  .join('|');

const LONE_BIO = new RegExp(
  `^(?:about the authors?\\b|\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}(?:\\s+\\([^()]{1,80}\\))?\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:${ROLES})\\b)`,
  'u',
);

/**
 * The author's contact line under a web article: "Email NAME at …", "Have a tip? NAME may be
 * reached at …", "Reach the reporters on Twitter at …", "… Follow him on Twitter @handle".
 */
const CONTACT =
  /^(?:have a (?:news )?tip\?|(?:e-?mail|contact) (?:the author|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2} at)\b|reach (?:the )?(?:reporters?|writers?|authors?|correspondents?)\b)|\b(?:may|can) be reached at\b|\bfollow (?:him|her|them) (?:on (?:twitter|x|instagram|facebook|bluesky|threads|mastodon) )?(?:at )?@\w/iu;
