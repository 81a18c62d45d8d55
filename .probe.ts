import { ingestBytes } from './src/ingest/index.ts';
import { normalize } from './src/normalize/index.ts';
import { textToHtml } from './src/compose/markdown-to-html.ts';
const enc = (s: string) => new TextEncoder().encode(s);
const cases: Record<string, [Uint8Array, string]> = {
  empty: [new Uint8Array(), 'a.txt'],
  nul: [new Uint8Array([0x61, 0, 0x62, 0, 0, 0, 0x63]), 'a.txt'],
  png: [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'a.txt'],
  u16le: [new Uint8Array([0xff, 0xfe, ...[...'Héllo wörld “x”'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])]), 'a.txt'],
  w1252: [new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]), 'a.txt'],
  mojibake: [enc('It isnâ€™t here, â€œquotedâ€\x9d and cafÃ© done.'), 'a.txt'],
  bidi: [enc('Hello \u202Eevil\u202C text \u2066iso\u2069 end.'), 'a.txt'],
  bidimd: [enc('Hello \u202Eevil\u202C text end.'), 'a.md'],
  missingnote: [enc('Text with a call [1] and [7].\n\nNotes\n\n[1] One note.\n'), 'a.txt'],
  dupnotes: [enc('Text [1] and again [1] here.\n\n[^1]: a\n\n[^1]: b\n'), 'a.md'],
  hb: [enc('Hello {{foo}} and {{> partial}} and {{{raw}}} <!-- x --> y -->'), 'a.md'],
  hostile: [enc('<script>window.__hostile=1</script>\n\n<img src=x onerror="window.__hostile=2">\n\n[x](javascript:alert(1)) ![i](https://example.com/a.png) [f](file:///etc/passwd)\n\n<iframe src="https://e.com"></iframe>\n'), 'a.md'],
};
for (const [name, [bytes, path]] of Object.entries(cases)) {
  try {
    const ing = ingestBytes(bytes, path, 'x');
    const doc = normalize(ing);
    const html = textToHtml(doc.tree, 'x', { hyphenate: false, language: 'en' });
    console.log(`== ${name}: ${ing.encoding} kind=${doc.kind}`);
    console.log(JSON.stringify(String(ing.file.value).slice(0, 80)));
    console.log(html.html.slice(0, 400));
    for (const m of doc.file.messages) console.log('  msg', m.ruleId, m.reason.slice(0, 100));
  } catch (e) { console.log(`== ${name}: THREW`, (e as Error).message); }
}
