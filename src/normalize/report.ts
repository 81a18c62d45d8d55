import type { Change } from '../types.ts';
import { escapeHtml } from '../util/escape-html.ts';

export interface ReportItem {
  id: string;
  source: string;
  result: string;
  changes: Change[];
}

function countsByRule(changes: Change[]): [string, number][] {
  const m = new Map<string, number>();
  for (const c of changes) m.set(c.rule, (m.get(c.rule) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Source lines with a change are highlighted and carry the change as a tooltip. */
function sourceLines(source: string, changes: Change[]): string {
  const byLine = new Map<number, Change[]>();
  for (const c of changes) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
  return source
    .split('\n')
    .map((text, i) => {
      const hits = byLine.get(i + 1);
      const cls = hits ? ` class="hit ${escapeHtml(hits[0]!.rule)}"` : '';
      const title = hits ? ` title="${escapeHtml(hits.map((h) => `${h.rule}: ${h.before} → ${h.after}`).join('\n'))}"` : '';
      return `<li${cls}${title}><code>${escapeHtml(text) || '&#8203;'}</code></li>`;
    })
    .join('\n');
}

function changeRows(changes: Change[]): string {
  return changes
    .map(
      (c) =>
        `<tr><td>${c.line}:${c.column}</td><td>${escapeHtml(c.rule)}</td><td><del>${escapeHtml(c.before)}</del></td><td><ins>${escapeHtml(c.after)}</ins></td></tr>`,
    )
    .join('\n');
}

/** One text's part of the report. */
export function reportSection(item: ReportItem): string {
  return `<section id="${escapeHtml(item.id)}">
<h2>${escapeHtml(item.id)} <small>${item.changes.length} changes</small></h2>
<p class="counts">${countsByRule(item.changes)
    .map(([r, n]) => `<span>${escapeHtml(r)}: ${n}</span>`)
    .join(' ')}</p>
<div class="pair">
<div><h3>Source</h3><ol class="src" tabindex="0" aria-label="Source of ${escapeHtml(item.id)}">${sourceLines(item.source, item.changes)}</ol></div>
<div><h3>Result</h3><pre class="out" tabindex="0" role="region" aria-label="Result of ${escapeHtml(item.id)}">${escapeHtml(item.result)}</pre></div>
</div>
<details><summary>All changes</summary><table><thead><tr><th>place</th><th>rule</th><th>before</th><th>after</th></tr></thead><tbody>
${changeRows(item.changes)}
</tbody></table></details>
</section>`;
}

/**
 * A self-contained HTML page: per text, the source (changed lines highlighted) beside the
 * result, the counts per rule and the full change list. Everything from the texts is escaped.
 * All of it in one main landmark; the scrolling panes take the keyboard focus (axe-core).
 */
export function renderNormalizeReport<T extends ReportItem>(items: T[], section: (item: T) => string = reportSection): string {
  const all = items.flatMap((i) => i.changes);
  const sections = items.map(section).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Normalize report</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1rem 2rem;color:#222}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.src,.out{max-height:40rem;overflow:auto;border:1px solid #ccc;padding:.5rem;white-space:pre-wrap;font:12px/1.35 ui-monospace,monospace}
.src{padding-left:3.5rem}.src li.hit{background:#fff3b0}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ddd;padding:2px 6px;vertical-align:top;white-space:pre-wrap}
.counts span{display:inline-block;margin-right:.8rem;background:#eef;padding:0 .3rem}
</style></head><body><main>
<h1>Normalize report</h1>
<p>${items.length} texts, ${all.length} changes. <span class="counts">${countsByRule(all)
    .map(([r, n]) => `<span>${escapeHtml(r)}: ${n}</span>`)
    .join(' ')}</span></p>
${sections}
</main></body></html>
`;
}
