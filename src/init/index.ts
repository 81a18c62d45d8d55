/** `reader init` and `reader eject`: start a project from a folder of texts, take over the defaults. */
export { initProject, type InitOptions, type InitResult } from './init-project.ts';
export { ejectDefaults, EJECT_KINDS, type EjectKind, type EjectOptions, type EjectResult } from './eject.ts';
export { guessMetadata, type TextGuesses } from './guess.ts';
export { guessTitle, titleFromFileName } from './guess-title.ts';
export { guessAuthor, guessTranslator } from './guess-author.ts';
export { guessDate, parseDateLine } from './guess-date.ts';
export { toLines, type Guess, type Line } from './lines.ts';
export { slugify, uniqueIds } from './text-ids.ts';
export { POSITION_PLACEHOLDER, AUTHOR_PLACEHOLDER } from './manifest-doc.ts';
