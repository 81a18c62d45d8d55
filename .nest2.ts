import { unified } from 'unified'; import remarkParse from 'remark-parse'; import remarkGfm from 'remark-gfm';
const n = Number(process.argv[2]); const kind = process.argv[3];
const text = kind === 'q' ? '>'.repeat(n) + ' deep\n' : Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n');
const s = performance.now();
try { const t = unified().use(remarkParse).use(remarkGfm).parse(text); console.log(kind, n, Math.round(performance.now() - s), 'ms'); } catch (e) { console.log(kind, n, 'threw', (e as Error).message.slice(0, 100)); }
