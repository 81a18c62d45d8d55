import { placeAt } from '../block.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'web-bio';
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

export const webBio = defineRule({
  id,
  switchable: true,
  description: 'Web copy: an author bio at the end (a name line, then a paragraph about that person) is dropped',
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
      // A lone bio as the last block: "About the author: …", or "Jane Doe is a writer who …".
      for (let i = blocks.length - 1; i >= Math.max(2, blocks.length - 3); i--) {
        const b = blocks[i]!;
        if (b.text.length > 500 || !LONE_BIO.test(b.text)) continue;
        log.log(id, placeAt(b, 0), b.source, '', `Unexpected author bio \`${clip(b.text)}\` at the end, dropped`);
        return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
      }
      return blocks;
    },
  },
});

const LONE_BIO =
  /^(?:about the authors?\b|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:writer|journalist|author|professor|lecturer|researcher|editor|reporter|correspondent|columnist|historian|activist|member|fellow|student|organi[sz]er|contributor)\b)/u;
