import { type Document, isMap, isScalar, stringify } from 'yaml';

/**
 * Set a top-level `key: value` in a YAML file by editing its text, not by printing the
 * document again: `String(doc)` re-wraps long lines at 80 columns, breaks a long one-line
 * list into one item per line, drops blank lines and refolds block scalars. The parsed
 * `doc` (from `source`) only says where things are.
 *
 * An existing scalar value is replaced where it stands (its comment stays); a missing key is
 * added on a line of its own after the last top-level setting that precedes the first list or
 * map (`texts:`), or at the end.
 */
export function setTopLevelScalar(source: string, doc: Document, key: string, value: string): string {
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  const map = doc.contents;
  if (!isMap(map) || map.flow) {
    // A flow-style document (`{title: x, …}`) has no lines to keep: print it, unwrapped.
    doc.set(key, value);
    return doc.toString({ lineWidth: 0 });
  }
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair) {
    const v = pair.value;
    const keyEnd = isScalar(pair.key) && pair.key.range ? pair.key.range[1] : undefined;
    // `key:` with no value: the value goes after the colon.
    if (keyEnd !== undefined && (v === null || (isScalar(v) && v.value === null && v.range && v.range[0] === v.range[1]))) {
      const colon = source.indexOf(':', keyEnd);
      return source.slice(0, colon + 1) + ` ${text}` + source.slice(colon + 1);
    }
    if (isScalar(v) && v.range) return source.slice(0, v.range[0]) + text + source.slice(v.range[1]);
    doc.set(key, value);
    return doc.toString({ lineWidth: 0 });
  }
  // After the last scalar setting before the first collection, so it sits with the settings.
  let at: number | undefined;
  for (const p of map.items) {
    if (!isScalar(p.value)) break;
    if (p.value.range) at = endOfLine(source, p.value.range[1]);
  }
  const line = `${stringify({ [key]: value }, { lineWidth: 0 }).trimEnd()}\n`;
  if (at === undefined) at = source.length;
  const before = source.slice(0, at);
  return (before === '' || before.endsWith('\n') ? before : `${before}\n`) + line + source.slice(at);
}

/** The offset just after the line break that ends the line where a value ends (a block scalar ends past its own). */
function endOfLine(source: string, valueEnd: number): number {
  if (valueEnd > 0 && source[valueEnd - 1] === '\n') return valueEnd;
  const nl = source.indexOf('\n', valueEnd);
  return nl < 0 ? source.length : nl + 1;
}
