/**
 * The normalizer's rules that `rules.disable` in reader.yaml can switch off, per text.
 * (Unwrapping and headings are the normalizer itself, not a repair to opt out of.)
 */
export const SWITCHABLE_RULES = [
  'hidden-break',
  'split-word',
  'page-furniture',
  'title-repeat',
  'web-caption',
  'web-byline',
  'web-date',
  'web-series-nav',
  'web-share',
  'web-bio',
  'web-editor-note',
  'web-appeal',
  'web-tags',
  'web-nav',
  'drop-pattern',
  'note-call',
  'note-definition',
  'note-missing',
  'ocr-digit',
  'ocr-suspicious',
  'chars-control',
  'chars-mojibake',
  'chars-nfc',
] as const;
