import { ingestBytes } from './src/ingest/index.ts';
import { normalize } from './src/normalize/index.ts';
import { textToHtml } from './src/compose/markdown-to-html.ts';
import { analyzeText, compileTopics } from './src/analyze/index.ts';
const n = Number(process.argv[2]); const kind = process.argv[3];
const gens: Record<string, (n: number) => string> = { q: (n) => '>'.repeat(n) + ' deep\n', l: (n) => Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n'), dash: (n) => '- '.repeat(n) + 'x\n', ql: (n) => '> - '.repeat(n) + 'x\n', em: (n) => '*a '.repeat(n) + 'x' + ' b*'.repeat(n), br: (n) => '['.repeat(n) + 'x' + ']'.repeat(n) + '(u)' }; const text = gens[kind]!(n);
const t = (label: string, f: () => any) => { const s = performance.now(); const r = f(); console.log(kind, n, label, Math.round(performance.now() - s), 'ms'); return r; };
try {
const ing = t('ingest', () => ingestBytes(new TextEncoder().encode(text), 'a.md', 'x'));
const doc = t('normalize', () => normalize(ing));
console.log(doc.file.messages.slice(0,2).map(m => m.reason.slice(0, 150)));
t('analyze', () => analyzeText(doc, compileTopics([])));
t('html', () => textToHtml(doc.tree, 'x', { hyphenate: true, language: 'en' }));
} catch (e) { console.log('THREW', (e as Error).message.slice(0, 200)); }
