/**
 * Per-topic excerpt packs: for each topic, a short PDF with the passages of every text that
 * take it up, in context, with their notes, page references into the full reader, the topic's
 * questions and a page for notes. The run (`reader pack`) is src/pipeline/pack.ts; the output
 * module is src/outputs/packs.ts.
 */
export { collectPack, type PackContent, type PackExcerpt, type PackText } from './collect.ts';
export { excerptRanges, withGaps, type ParagraphRange, type ExcerptItem } from './excerpts.ts';
export { resolveTopics, slugify } from './resolve-topics.ts';
export { layOutPacks, type BuiltPack, type PackProgress } from './lay-out.ts';
export { loadPackTemplate, packAssets } from './compose-pack.ts';
