/**
 * Every operational error, defined once (after Astro's `errors-data.ts`). A `ReaderError` is
 * thrown by one of these names: the name is permanent (scripts match on it), `title` says what
 * went wrong in general, `hint` what to do. The place and the particulars go in the message at
 * the throw; a throw may give a more precise hint, else the catalog's is printed. The README's
 * error table is made from this list (tests/unit/errors/catalog.test.ts).
 *
 * A new error is one entry here, then `new ReaderError('ItsName', message, hint?, place?)`.
 */
export interface ErrorData {
  /** What went wrong, in general: one line for the README table. */
  title: string;
  /** What to do about it, when the throw gives no more precise hint. */
  hint: string;
  /** Exit code of the CLI. Default 2 (bad input or environment). */
  exit?: number;
  /** An internal signal between stages, never shown to a user. */
  internal?: true;
}

export const ERRORS = {
  // The command line
  CliArgs: { title: 'An option or argument of the command is wrong', hint: 'See `reader <command> --help`.' },
  Interrupted: {
    title: 'The command was stopped (Ctrl-C, SIGTERM or SIGHUP)',
    hint: 'Nothing half-written was kept: the earlier output is as it was. Run the command again to finish.',
    exit: 130,
  },

  // The manifest
  ManifestNotFound: {
    title: 'No `reader.yaml` where the command looked',
    hint: 'Run the command in a reader project (`reader init` makes one), or pass `--config path/to/reader.yaml`.',
  },
  ManifestYaml: { title: '`reader.yaml` is not well-formed YAML', hint: 'Check indentation and quoting on that line (quote values that contain `: ` or `#`).' },
  ManifestUnknownField: { title: 'A field that the manifest does not know (often a typo)', hint: 'Use one of the fields listed in README.md, "The manifest".' },
  ManifestInvalid: { title: 'A field of the manifest has a value it cannot take', hint: 'See the manifest fields in README.md.' },
  ManifestDuplicateId: { title: 'Two texts share an id', hint: 'Give every text its own id.' },
  ManifestUnknownRule: {
    title: '`rules.disable` names a repair rule that does not exist or cannot be switched off',
    hint: 'Use a rule id from the table of rules in README.md.',
  },
  TopicPatternInvalid: {
    title: 'A topic pattern is not a regular expression reader runs (invalid, or lookaround or backreferences, which its linear-time engine lacks)',
    hint: 'Fix or remove the pattern in `topics` in reader.yaml; plain terms need no regex.',
  },
  DropPatternInvalid: {
    title: 'A `rules.drop` pattern is not a regular expression reader runs (invalid, or lookaround or backreferences, which its linear-time engine lacks)',
    hint: 'Fix or remove the pattern in `rules.drop`; a plain phrase works as a pattern too.',
  },

  // Sources
  SourceMissing: {
    title: 'A source file named in the manifest does not exist',
    hint: 'Check the path (it is relative to reader.yaml), or add the file to `content/`.',
  },
  SourceOutsideProject: { title: 'A source lies, or links, outside the project folder', hint: 'Copy the file into `content/` and point `source` at it.' },
  SourceUnreadable: { title: 'A source file cannot be read', hint: 'Check that the file exists and that you may read it.' },
  SourceEmpty: { title: 'A source holds no text', hint: 'Add the text to the file, or remove the text from reader.yaml.' },
  SourceBinary: {
    title: 'A source is binary data (an image, an archive, a word-processor file), not text',
    hint: 'Save the text as .txt, .md, .html or a PDF with a text layer, and point `source` at that.',
  },
  SourcePdfNoText: {
    title: 'A PDF source yields no text (encrypted, cut short or damaged, or pages without a text layer)',
    hint: 'Save the text as .txt, or a PDF with a text layer and no password, and point `source` at that.',
  },
  SourcePdfTooLarge: {
    title: 'A PDF source holds more than reader reads from one PDF (32 MB of page content, 256 MB of streams unpacked, 10,000 pages)',
    hint: 'Split the PDF into smaller files (`qpdf --split-pages=100 in.pdf part-%d.pdf`), one text each, or copy its text into a .txt file.',
  },
  SourceParagraphTooLong: {
    title: 'A paragraph of a source is longer than reader lays out (100,000 characters)',
    hint: 'Break the text into paragraphs, a blank line between them.',
  },
  SourceMarkdownTooLarge: {
    title:
      'A Markdown source holds more than its parser takes in bounded time (30,000 blocks, 10,000 footnote definitions, 1,000 emphasis marks in one paragraph)',
    hint: 'Split the text into several texts in reader.yaml (one file each), or save it as .txt.',
  },
  SourceTooDeep: { title: 'Quotes, lists or HTML elements in a source nest deeper than reader takes', hint: 'Flatten the nesting on that line.' },

  // Templates and styles
  LayoutOutsideProject: {
    title: 'A templates or styles folder, or a template or stylesheet in it, lies or links outside the project folder',
    hint: 'Copy the files into the project instead of linking to them.',
  },
  TemplateMissing: {
    title: 'The templates folder lacks the main template',
    hint: 'Keep `reader.hbs` (and `pack.hbs`) in your templates folder, or remove the folder to use the defaults.',
  },
  TemplateSyntax: { title: 'A template is not valid Handlebars', hint: 'Fix the Handlebars syntax on that line (every `{{#block}}` needs its `{{/block}}`).' },
  TemplatePartialMissing: {
    title: 'A template calls a partial that does not exist',
    hint: 'Use one of the partials in `templates/partials/` (`reader eject templates` copies them).',
  },
  TemplateHelperMissing: { title: 'A template calls a helper that does not exist', hint: 'Use one of the helpers listed in README.md.' },
  TemplateRender: { title: 'A template failed while it was filled in', hint: 'Check the template named in the message.' },
  PackTemplate: {
    title: 'The pack template does not write a whole HTML document',
    hint: 'Your pack.hbs must write a whole HTML document, <body> included: see `reader eject templates`.',
  },

  // The output folder
  OutNotAFolder: { title: 'The output path is a file', hint: 'Build into a folder with `--out`, e.g. `--out out`.' },
  OutNotOurs: { title: 'The output folder is not empty and was not made by reader', hint: 'Build into a new or empty folder with `--out`.' },
  OutHoldsInputs: {
    title: 'The output folder is, holds, or lies inside the project, a source, reader.yaml, templates/ or styles/',
    hint: 'Build into a folder of its own, e.g. `--out out`.',
  },
  OutFileNotOurs: {
    title: 'A file in the output folder that reader would replace was not written by reader',
    hint: 'Move the file out of the folder, or build into another folder with `--out`. Nothing was replaced.',
  },
  OutLocked: { title: 'Another build is writing to the same output folder', hint: 'Wait for it to finish, or build into another folder with `--out`.' },
  OutNotWritable: {
    title: 'The output folder cannot be written (permissions, a full disk)',
    hint: 'Choose another folder with `--out`, or fix its permissions or free some space. The earlier output was left as it was.',
  },

  // Chromium and layout
  ChromiumMissing: {
    title: 'No Chromium to print with',
    hint: 'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set READER_CHROMIUM to its path. `npm start` and `npm test` install it when run as root.',
  },
  ChromiumLaunch: { title: 'Chromium did not start', hint: 'Check that it runs: `chromium --headless --no-sandbox --dump-dom about:blank`.' },
  LayoutFailed: { title: 'Paged.js could not lay out the book', hint: 'Check the styles you added; build a smaller reader to find the text that triggers it.' },
  LayoutTimeout: {
    title: 'The layout made no new page for 2 minutes, or ran past its budget (scaled to the book; the retry shares it)',
    hint: 'Build a smaller reader to find the text that triggers it, or set READER_LAYOUT_STALL_MS / READER_LAYOUT_TIMEOUT_MS to wait longer.',
  },
  RenderCrashed: {
    title: 'Chromium crashed or exited during layout (after one retry)',
    hint: 'Run the build again; if it repeats, try a smaller reader to find the text that triggers it.',
  },
  RenderClosed: { title: 'The page closed before layout finished', hint: 'Chromium may have crashed; run the build again.' },
  PartLost: { title: 'A part of the book landed on no page', hint: 'Run the build again; if it repeats, check the styles you added for that part.' },
  NoEdition: { title: 'No output module lays out the edition asked for', hint: 'Register a paged edition in src/outputs/index.ts.' },
  NoWork: { title: 'A layout lane had nothing to lay out', hint: 'None: the lane is skipped.', internal: true },

  // Packs
  PackNoTopics: {
    title: 'The manifest has no topics, so there is nothing to pack',
    hint: 'Add topics (id, title, terms) to reader.yaml; see README.md, "The manifest".',
  },
  PackNoTopic: { title: 'No topic was named', hint: 'Name one or more topic ids from reader.yaml, or pass `--all`.' },
  PackUnknownTopic: { title: 'A topic named on the command line is not in the manifest', hint: 'Use a topic id (or title) from reader.yaml.' },
  PackLayout: { title: 'A pack in a combined layout reached no page', hint: 'Run the pack again; if it repeats, pack its topic on its own.' },

  // Imposition
  ImposeBadInput: {
    title: 'The PDF to impose cannot be used (unreadable, empty, rotated pages)',
    hint: 'Rebuild the reader PDF with `reader build`, and impose that.',
  },
  ImposeBadOption: { title: 'An imposition option is not usable', hint: 'Use `--impose booklet` or `--impose 2up`, and `--sheet A4` or `--sheet letter`.' },
  ImposeBadSignature: {
    title: 'The signature is not a positive multiple of 4',
    hint: 'Use e.g. `--signature 16` (four sheets folded together), or leave it out for one gathering.',
  },
  CropMarksBadOption: { title: 'The bleed or mark length is not usable', hint: 'Use a bleed of 0 mm or more and a mark length above 0.' },

  // init, eject, preview, check
  InitExists: { title: 'The folder already has a reader.yaml', hint: 'Use `--force` to replace it, or init another folder.' },
  InitNoFolder: { title: 'The folder of texts does not exist', hint: 'Pass the folder that holds your texts: `reader init --from path/to/texts`.' },
  InitNoTexts: {
    title: 'The folder holds no .txt, .md, .html, .pdf, .vtt or .srt file',
    hint: 'Put the texts in a folder and run `reader init --from that/folder`.',
  },
  InitEmptyText: { title: 'A text to init from is empty', hint: 'Put the text in it, or move it out of the folder, then run the command again.' },
  InitContentExists: { title: 'A different file of the same name is already in content/', hint: 'Rename one of them, or use `--force` to overwrite.' },
  InitNoFile: { title: 'A text named to `reader init` does not exist or is not a file', hint: 'Check the path, or pass a folder of texts with `--from`.' },
  InitUnknownKind: {
    title: 'A file named to `reader init` is not a .txt, .md, .html, .pdf, .vtt or .srt',
    hint: 'Save it as one of those first, or leave it out.',
  },
  InitSameName: {
    title: 'Two texts named to `reader init` have the same file name',
    hint: 'Rename one of them first: both would be the same file in content/.',
  },

  // Quick mode (`reader build FILE…`)
  QuickNoFile: {
    title: 'A file given to `reader build` does not exist',
    hint: 'Check the path: `reader build` takes the texts to put in the reader, e.g. `reader build essay.md notes.txt`.',
  },
  QuickUnknownKind: {
    title: 'A file given to `reader build` is not a kind reader reads',
    hint: 'Give .txt, .md, .html (or .xhtml), .pdf, or captions (.vtt, .srt): save a .docx or .odt as .txt or .html first.',
  },
  QuickNoTexts: {
    title: 'A folder given to `reader build` holds no .txt, .md, .html, .pdf, .vtt or .srt file',
    hint: 'Name the texts themselves, e.g. `reader build essay.md notes.txt`.',
  },
  QuickInProject: {
    title: 'Quick mode in a folder that has a reader.yaml, whose out/reader.pdf it would replace',
    hint: 'Build the project with `reader build`, or the files into another folder with `--out`.',
  },
  EjectExists: { title: 'Ejecting would overwrite files you have edited', hint: 'Move your edited files aside, or use `--force`.' },
  PortInUse: { title: 'The preview port is in use', hint: 'Pick another with `--port N`, or `--port 0` for any free port.' },
  CheckRead: { title: 'The file to check cannot be read', hint: 'Build first with `reader build`, or check the path.' },
  CheckTooLarge: {
    title:
      'The PDF to check holds more than `reader check` reads (32 MB of page content, 256 MB of streams unpacked, 10,000 pages): a compression bomb, or not a reader',
    hint: 'Check a PDF written by `reader build`; a larger PDF needs a checker made for it (veraPDF).',
  },
  CheckParse: { title: 'The file to check is not a PDF that can be read', hint: 'Check a PDF written by `reader build`.' },
} as const satisfies Record<string, ErrorData>;

export type ErrorCode = keyof typeof ERRORS;
