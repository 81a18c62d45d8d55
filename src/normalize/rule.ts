import type { Root } from 'mdast';
import type { FrontMatter, NormalizeOptions } from '../types.ts';
import type { Block, SrcLine } from './block.ts';
import type { FixChars } from './chars.ts';
import type { Repairs } from './repairs.ts';
import type { WrapShape } from './unwrap.ts';

/** A place in the source, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/** How the text being normalized was read: decides which rules apply. */
export type InputKind = 'pdf-text' | 'web-text' | 'clean' | 'html' | 'markdown';

/** What every rule is handed besides its input. */
export interface RuleContext {
  /** Logs repairs (`file.info`) and findings (`file.message`). */
  readonly log: Repairs;
  readonly options: NormalizeOptions;
  readonly kind: InputKind;
  /** Web copy or HTML: clutter rules (captions, bylines, site furniture) apply. */
  readonly web: boolean;
  /** The wrap measure and paragraph marks of a hard-wrapped text (set by `unwrap`). */
  shape?: WrapShape;
  /** PDF input: lines that fill the measure and run on into the next line. */
  readonly runOn?: ReadonlySet<number>;
  /** How this text spells the words split across line ends (set by `unwrap`). */
  vocab?: Map<string, number>;
  /** Facts taken out of the text's head (rule `front-matter`), returned with the text. */
  readonly front: FrontMatter;
  /** The text-phase rules, in registry order, as one function. */
  readonly fixChars: FixChars;
}

/**
 * What a rule does, per phase; a rule implements the phases it works in. The engine
 * (normalize/index.ts) runs the phases in this order, and within a phase the rules in the
 * order of rules/index.ts:
 * 1. `text`: the characters of one source line (or one Markdown text node);
 * 2. `lines`: the source lines, before they are joined into blocks;
 * 3. `shape`: lines into blocks (the first rule that returns blocks wins), or `html`: an
 *    HTML source into blocks, or `captions`: a caption file's cues into blocks;
 * 4. `blocks`: the document's blocks (paragraphs, headings, notes, list items);
 * 5. `markdown`: a Markdown source's own tree (instead of 2-4).
 */
export interface RulePhases {
  text(value: string, at: Place, ctx: RuleContext): string;
  lines(lines: SrcLine[], ctx: RuleContext): SrcLine[];
  shape(lines: SrcLine[], ctx: RuleContext): Block[] | undefined;
  html(source: string, ctx: RuleContext): Block[];
  captions(source: string, ctx: RuleContext): Block[];
  blocks(blocks: Block[], ctx: RuleContext): Block[];
  markdown(tree: Root, ctx: RuleContext): void;
}

/** One normalizer rule (after remark-lint's one rule per module). */
export interface NormalizeRule {
  /** Permanent id: in messages, the change log and `rules.disable`. */
  readonly id: string;
  /** Whether `rules.disable` may switch it off (structural steps cannot be). */
  readonly switchable: boolean;
  /** One line for the README table: what it finds and what it does. */
  readonly description: string;
  readonly run: Partial<RulePhases>;
}

/** Define a rule; the identity function, there for the type. */
export function defineRule(rule: NormalizeRule): NormalizeRule {
  return rule;
}
