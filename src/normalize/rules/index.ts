/**
 * Every normalizer rule, in the order they run. This list is the one place the order is written:
 * the engine (normalize/index.ts) runs the phases in turn (see rule.ts) and, within a phase, the
 * rules in this order. `rules.disable` in reader.yaml is checked against it.
 */
import type { NormalizeRule } from '../rule.ts';
import { blankLineBreak } from './blank-line-break.ts';
import { bulletRun } from './bullet-run.ts';
import { catchword } from './catchword.ts';
import { captions } from './captions.ts';
import { charsControl } from './chars-control.ts';
import { charsLigature } from './chars-ligature.ts';
import { chunkBreak } from './chunk-break.ts';
import { columnOrder } from './column-order.ts';
import { charsMojibake } from './chars-mojibake.ts';
import { charsNfc } from './chars-nfc.ts';
import { dropPattern } from './drop-pattern.ts';
import { emailBoilerplate } from './email-boilerplate.ts';
import { emailDigest } from './email-digest.ts';
import { emailMessage } from './email-message.ts';
import { frontMatter } from './front-matter.ts';
import { gutenbergBoilerplate } from './gutenberg-boilerplate.ts';
import { heading } from './heading.ts';
import { headingLevels } from './heading-levels.ts';
import { hiddenBreak } from './hidden-break.ts';
import { htmlContent } from './html-content.ts';
import { listItems } from './list-items.ts';
import { markdownVerse } from './markdown-verse.ts';
import { noteCall } from './note-call.ts';
import { noteDefinition } from './note-definition.ts';
import { noteDuplicate } from './note-duplicate.ts';
import { noteListNumbered } from './note-list-numbered.ts';
import { noteFootnoteBlocks } from './note-footnote-blocks.ts';
import { noteNumbers } from './note-numbers.ts';
import { noteMissing } from './note-missing.ts';
import { noteUnused } from './note-unused.ts';
import { normalizeFailed } from './normalize-failed.ts';
import { ocrDigit } from './ocr-digit.ts';
import { ocrSuspicious } from './ocr-suspicious.ts';
import { pageFootNote } from './page-foot-note.ts';
import { pageFurniture } from './page-furniture.ts';
import { pdfNotExtracted } from './pdf-not-extracted.ts';
import { pdfUnreadable } from './pdf-unreadable.ts';
import { referenceList } from './reference-list.ts';
import { speakerTurn } from './speaker-turn.ts';
import { slideLabel } from './slide-label.ts';
import { splitWord } from './split-word.ts';
import { timeStamp } from './time-stamp.ts';
import { titleBlock } from './title-block.ts';
import { titlePage } from './title-page.ts';
import { titleRepeat } from './title-repeat.ts';
import { underscoreEmphasis } from './underscore-emphasis.ts';
import { transcriptLabel } from './transcript-label.ts';
import { typography } from './typography.ts';
import { unwrap } from './unwrap.ts';
import { verseStanza } from './verse-stanza.ts';
import { webAppeal } from './web-appeal.ts';
import { webBio } from './web-bio.ts';
import { webByline } from './web-byline.ts';
import { webCaption } from './web-caption.ts';
import { webDate } from './web-date.ts';
import { webForum } from './web-forum.ts';
import { webEditorNote } from './web-editor-note.ts';
import { webLines } from './web-lines.ts';
import { webLinkSet } from './web-link-set.ts';
import { webNav } from './web-nav.ts';
import { webPage } from './web-page.ts';
import { webPostBar } from './web-post-bar.ts';
import { webPullQuote } from './web-pull-quote.ts';
import { webReaderView } from './web-reader-view.ts';
import { webReferences } from './web-references.ts';
import { webSectionLabel } from './web-section-label.ts';
import { webSeriesNav } from './web-series-nav.ts';
import { webShare } from './web-share.ts';
import { webTags } from './web-tags.ts';
import { webWidget } from './web-widget.ts';
import { webWiki } from './web-wiki.ts';

export const RULES: readonly NormalizeRule[] = [
  // Characters of each line
  charsMojibake,
  charsControl,
  charsNfc,
  charsLigature,
  // Lines
  gutenbergBoilerplate,
  emailDigest,
  emailMessage,
  dropPattern,
  columnOrder,
  titlePage,
  slideLabel,
  transcriptLabel,
  timeStamp,
  catchword,
  pageFootNote,
  pageFurniture,
  // Lines into blocks
  htmlContent,
  captions,
  unwrap,
  webLines,
  // Blocks: mend the joins, then drop clutter, then find structure
  chunkBreak,
  verseStanza,
  speakerTurn,
  blankLineBreak,
  splitWord,
  hiddenBreak,
  titleRepeat,
  webSectionLabel,
  webReaderView,
  webDate,
  webByline,
  webCaption,
  webSeriesNav,
  webShare,
  webForum,
  webPostBar,
  webEditorNote,
  webBio,
  webAppeal,
  webTags,
  webWiki,
  webNav,
  webPage,
  webReferences,
  webWidget,
  webPullQuote,
  webLinkSet,
  // After web-page: a newsletter's list lines are not a page's menu, and tell it so.
  emailBoilerplate,
  titleBlock,
  frontMatter,
  noteFootnoteBlocks,
  noteListNumbered,
  noteDefinition,
  referenceList,
  bulletRun,
  listItems,
  heading,
  headingLevels,
  underscoreEmphasis,
  markdownVerse,
  ocrDigit,
  ocrSuspicious,
  // After every repair of the text, before note calls are placed (it moves characters)
  typography,
  noteCall,
  noteMissing,
  noteUnused,
  noteDuplicate,
  noteNumbers,
  // Reported by the normalizer itself
  pdfUnreadable,
  pdfNotExtracted,
  normalizeFailed,
];

/** Every registered rule id. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/** The ids `rules.disable` accepts, in registry order. */
export const SWITCHABLE_RULES: readonly string[] = RULES.filter((r) => r.switchable).map((r) => r.id);
