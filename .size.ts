import { ingestBytes } from './src/ingest/index.ts';
import { normalize } from './src/normalize/index.ts';
import { textToHtml } from './src/compose/markdown-to-html.ts';
import { analyzeText, compileTopics } from './src/analyze/index.ts';
const which = process.argv[2]!;
const para = 'The committee met again on the question of the land, and after a long debate it resolved to send a delegation to the capital. ';
let text = ''; let path = 'a.txt';
if (which === '20mb') { const p = (para.repeat(6) + '\n\n'); text = p.repeat(Math.ceil(20e6 / p.length)); }
if (which === '1mbline') text = para.repeat(Math.ceil(1e6 / para.length));
if (which === 'notes') { text = Array.from({ length: 100000 }, (_, i) => `Claim ${i}[^${i}]`).join(' ') + '\n\n' + Array.from({ length: 100000 }, (_, i) => `[^${i}]: Note ${i}.`).join('\n\n'); path = 'a.md'; }
if (which === 'notestxt') { text = Array.from({ length: 100000 }, (_, i) => `Claim number ${i} [${(i % 900) + 1}].`).join(' ') + '\n\nNotes\n\n' + Array.from({ length: 900 }, (_, i) => `[${i + 1}] Note ${i + 1}.`).join('\n'); }
if (which === 'nest') { text = '>'.repeat(10000) + ' deep\n\n' + Array.from({ length: 10000 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n'); path = 'a.md'; }
const t = (label: string, f: () => any) => { const s = performance.now(); const r = f(); console.log(label, Math.round(performance.now() - s), 'ms'); return r; };
const ing = t('ingest', () => ingestBytes(new TextEncoder().encode(text), path, 'x'));
const doc = t('normalize', () => normalize(ing));
console.log('kind', doc.kind, 'blocks', doc.tree.children.length, 'msgs', doc.file.messages.length, doc.file.messages.slice(0,3).map(m => m.ruleId + ' ' + m.reason.slice(0,120)));
t('analyze', () => analyzeText(doc, compileTopics([])));
const h = t('html', () => textToHtml(doc.tree, 'x', { hyphenate: true, language: 'en' }));
console.log('html bytes', h.html.length);
