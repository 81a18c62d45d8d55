import { ReaderError, type ErrorPlace } from '../errors.ts';
import type { Topic } from '../types.ts';
import { closest } from '../util/closest.ts';

/** `Socialism in One Country` -> `socialism-in-one-country`: lets a topic be named by its title. */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The topics a `reader pack` run asks for, in the order asked (or manifest order with `all`).
 * A name may be the topic's id or its title; an unknown name is a ReaderError that lists the
 * known ids and suggests the closest.
 */
export function resolveTopics(requested: readonly string[], topics: readonly Topic[], all: boolean, place?: ErrorPlace): Topic[] {
  const known = topics.map((t) => t.id);
  if (topics.length === 0)
    throw new ReaderError(
      'PackNoTopics',
      'The manifest has no `topics`, so there is nothing to pack',
      'Add topics (id, title, terms) to reader.yaml; see README.md, "The manifest".',
      place,
    );
  if (all) return [...topics];
  if (requested.length === 0) throw new ReaderError('PackNoTopic', 'Name a topic to pack, or pass `--all`', `Known topics: ${known.join(', ')}.`);
  const out: Topic[] = [];
  for (const name of requested) {
    const slug = slugify(name);
    const topic = topics.find((t) => t.id === name || t.id === slug || slugify(t.title) === slug);
    if (!topic) {
      const guess = closest(slug || name, known);
      throw new ReaderError(
        'PackUnknownTopic',
        `Unknown topic \`${name}\``,
        `${guess ? `Did you mean \`${guess}\`? ` : ''}Known topics: ${known.join(', ')}.`,
        place,
      );
    }
    if (!out.includes(topic)) out.push(topic);
  }
  return out;
}
