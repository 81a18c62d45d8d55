/**
 * The texts the names detector is scored on beyond the sample (tests/fixtures/names/corpus.json),
 * built at test time from git mirrors of their public repositories and cached under
 * `.cache/names-corpus/` (never committed: the texts are not ours). A mirror is the directory
 * `<mirrors>/<owner>+<name>/repo` (default mirrors: /work/.mirror, or NAMES_CORPUS_MIRRORS).
 * A text whose mirror or tool is missing is left out and named in `missing`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const MIRRORS = process.env.NAMES_CORPUS_MIRRORS ?? '/work/.mirror';
const CACHE = resolve(root, process.env.NAMES_CORPUS_CACHE ?? '.cache/names-corpus');

interface Segment {
  from: string;
  /** The segment ends after this string (included). */
  through?: string;
  /** The segment ends before this string (left out). */
  before?: string;
}

export interface CorpusText {
  id: string;
  split: 'tune' | 'heldout' | 'heldout4' | 'heldout5';
  author: string;
  what: string;
  license: string;
  repo: string;
  commit: string;
  path: string;
  encoding?: 'utf8' | 'latin1';
  ext: 'txt' | 'md' | 'html';
  convert?: 'cnxml' | 'pdftotext';
  pages?: [number, number];
  segments?: Segment[];
  /**
   * Paragraphs cut from a second file of the same repository and commit, added at the end of the
   * text: for `cnxml`, the entries of a chapter's references section (another module) that the
   * module cites, set under a `References` heading.
   */
  append?: { path: string; segments: Segment[] };
  /** sha256 of the built text, as it was when its gold list was written. */
  sha256?: string;
}

export const corpus: CorpusText[] = (JSON.parse(readFileSync(resolve(root, 'tests/fixtures/names/corpus.json'), 'utf8')) as { texts: CorpusText[] }).texts;

function gitDir(repo: string): string | undefined {
  const base = join(MIRRORS, repo.replace('/', '+'), 'repo');
  for (const d of [join(base, '.git'), base]) if (existsSync(join(d, 'HEAD'))) return d;
  return undefined;
}

/** Cut the segments out of a text, each from its first occurrence after the previous one. */
export function cut(text: string, segments: Segment[]): string {
  let at = 0;
  let out = '';
  for (const s of segments) {
    const start = text.indexOf(s.from, at);
    if (start < 0) throw new Error(`segment start not found: ${JSON.stringify(s.from)}`);
    const mark = s.through ?? s.before!;
    const i = text.indexOf(mark, start + s.from.length);
    if (i < 0) throw new Error(`segment end not found: ${JSON.stringify(mark)}`);
    const end = s.through !== undefined ? i + mark.length : i;
    out += text.slice(start, end);
    at = end;
  }
  return out;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A CNXML module as the HTML its web page shows: title, section headings, paragraphs, lists,
 * italics, key terms in bold, figure captions, links. Exercises, glossary and metadata are left out.
 */
export function cnxmlToHtml(xml: string): string {
  let body = xml
    .replace(/<metadata[\s\S]*?<\/metadata>/g, '')
    .replace(/<glossary[\s\S]*?<\/glossary>/g, '')
    .replace(/<exercise[\s\S]*?<\/exercise>/g, '')
    .replace(/<media[\s\S]*?<\/media>/g, '')
    .replace(/<title\s*\/>/g, '');
  const docTitle = /<document[^>]*>\s*<title>([\s\S]*?)<\/title>/.exec(body)?.[1] ?? '';
  body = body.replace(/<document[^>]*>\s*<title>[\s\S]*?<\/title>/, '');
  body = body
    .replace(/<section[^>]*>\s*<title>([\s\S]*?)<\/title>/g, '<section><h2>$1</h2>')
    .replace(/<note[^>]*>\s*<title>([\s\S]*?)<\/title>/g, '<aside><h3>$1</h3>')
    .replace(/<\/note>/g, '</aside>')
    .replace(/<(\/?)content>/g, '')
    .replace(/<para[^>]*>/g, '<p>')
    .replace(/<\/para>/g, '</p>')
    .replace(/<list[^>]*>/g, '<ul>')
    .replace(/<\/list>/g, '</ul>')
    .replace(/<item[^>]*>/g, '<li>')
    .replace(/<\/item>/g, '</li>')
    .replace(/<figure[^>]*>/g, '<figure>')
    .replace(/<caption>/g, '<figcaption>')
    .replace(/<\/caption>/g, '</figcaption>')
    .replace(/<emphasis effect="italics"\s*\/>/g, '')
    .replace(/<emphasis effect="italics">/g, '<em>')
    .replace(/<emphasis effect="bold">/g, '<strong>')
    .replace(/<emphasis[^>]*>/g, '<em>')
    .replace(/<\/emphasis>/g, (m, offset: number, all: string) => (/<strong>[^<]*$/.test(all.slice(0, offset)) ? '</strong>' : '</em>'))
    .replace(/<term class="no-emphasis"[^>]*>([\s\S]*?)<\/term>/g, '$1')
    .replace(/<term[^>]*>([\s\S]*?)<\/term>/g, '<strong>$1</strong>')
    .replace(/<link[^>]*url="([^"]*)"[^>]*>([\s\S]*?)<\/link>/g, '<a href="$1">$2</a>')
    .replace(/<link[^>]*>([\s\S]*?)<\/link>/g, '$1')
    .replace(/<link[^>]*\/>/g, '')
    .replace(/<\/?document[^>]*>/g, '')
    .replace(/<\?xml[^>]*\?>/g, '');
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escape(docTitle)}</title></head>\n<body>\n<main>\n<article>\n<h1>${docTitle}</h1>\n${body.trim()}\n</article>\n</main>\n</body>\n</html>\n`;
}

const show = (git: string, commit: string, path: string): Buffer =>
  execFileSync('git', ['--git-dir', git, 'show', `${commit}:${path}`], { maxBuffer: 64 << 20 });

function build(t: CorpusText, git: string): string {
  const blob = show(git, t.commit, t.path);
  if (t.convert === 'cnxml') {
    let xml = blob.toString('utf8');
    if (t.append) {
      // Each segment is one paragraph's text through its `</para>`: opened again here.
      const entries = cut(show(git, t.commit, t.append.path).toString('utf8'), t.append.segments)
        .split('</para>')
        .filter((p) => p.trim())
        .map((p) => `<para>${p.trim()}</para>`)
        .join('\n');
      const end = xml.lastIndexOf('</content>');
      xml = `${xml.slice(0, end)}<section class="references"><title>References</title>\n${entries}\n</section>\n${xml.slice(end)}`;
    }
    return cnxmlToHtml(xml);
  }
  let text: string;
  if (t.convert === 'pdftotext') {
    const dir = mkdtempSync(join(tmpdir(), 'names-corpus-'));
    try {
      writeFileSync(join(dir, 'in.pdf'), blob);
      const [first, last] = t.pages ?? [1, 9999];
      text = execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { maxBuffer: 64 << 20 }).toString(
        'utf8',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    text = blob.toString(t.encoding === 'latin1' ? 'latin1' : 'utf8');
  }
  text = text.replace(/\r\n?/g, '\n');
  return t.segments ? cut(text, t.segments) : text;
}

export interface BuiltText extends CorpusText {
  file: string;
  /** The built text differs from the one its gold list was written on. */
  changed: boolean;
}

/** Build (or read from the cache) every text whose mirror and tools are here. */
export function buildCorpus(split?: CorpusText['split']): { texts: BuiltText[]; missing: string[] } {
  const texts: BuiltText[] = [];
  const missing: string[] = [];
  mkdirSync(CACHE, { recursive: true });
  for (const t of corpus) {
    if (split && t.split !== split) continue;
    const file = join(CACHE, `${t.id}.${t.ext}`);
    if (!existsSync(file)) {
      const git = gitDir(t.repo);
      if (!git) {
        missing.push(`${t.id}: no mirror of ${t.repo} (fetch it as a git mirror under ${MIRRORS}/${t.repo.replace('/', '+')}/repo)`);
        continue;
      }
      if (t.convert === 'pdftotext' && spawnSync('sh', ['-c', 'command -v pdftotext']).status !== 0) {
        missing.push(`${t.id}: pdftotext is not installed (apt-get install poppler-utils)`);
        continue;
      }
      writeFileSync(file, build(t, git));
    }
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    texts.push({ ...t, file, changed: !!t.sha256 && sha !== t.sha256 });
  }
  return { texts, missing };
}
