/**
 * The editor's corrections to the index of names (`name_index` in reader.yaml), applied in the
 * order add, merge, rename, hide. Each setting reports what it changed, or that it matched
 * nothing, as a log line that points at the setting.
 */
import type { NameIndexSettings } from '../../manifest/schema.ts';
import { fold } from '../fold.ts';
import { surnameKey } from '../source-key.ts';
import type { TextAnalysis } from '../types.ts';
import { compareNames, sortName, type CandidateGroup, type NameEntry, type NameLog, type NameRef } from './index-names.ts';

/** A name folded for comparison: possessive dropped, initials' full stops and spacing evened (`V.I. Lenin` is `V. I. Lenin`). */
const formOf = (s: string): string =>
  fold(s.replace(/['’]s?$/u, ''))
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/**
 * The forms a setting may name an entry by: as the texts write it (`V. I. Lenin`) or as the index
 * prints it, surname first (`Lenin, V. I.`, `Lenin, Vladimir`), read back in the text's order.
 */
function settingForms(name: string): string[] {
  const inverted = /^([^,]+),\s*([^,]+)$/u.exec(name.trim());
  return inverted ? [name, `${inverted[2]} ${inverted[1]}`] : [name];
}
const same = (a: string, b: string): boolean => settingForms(b).some((f) => formOf(a) === formOf(f));
const lastKey = (name: string): string => surnameKey(name.trim().split(/\s+/).pop() ?? name);

function refCount(refs: NameRef[]): string {
  return `${refs.length} ${refs.length === 1 ? 'reference' : 'references'}`;
}

function mergeRefs(into: NameRef[], more: NameRef[]): NameRef[] {
  const key = (r: NameRef) => `${r.textId}#${r.paragraphId ?? `n${r.noteNumber}`}`;
  const seen = new Set(into.map(key));
  return [...into, ...more.filter((r) => !seen.has(key(r)))];
}

export function applySettings(
  found: { entries: NameEntry[]; groups: CandidateGroup[] },
  _texts: TextAnalysis[],
  settings: NameIndexSettings | undefined,
): { entries: NameEntry[]; logs: NameLog[] } {
  let entries = [...found.entries];
  const logs: NameLog[] = [];
  if (!settings) return { entries, logs };
  // By its heading, its printed (inverted) heading or any form the texts use; a surname alone, by the surname of any form.
  const findEntry = (name: string) =>
    entries.find((e) => same(e.name, name) || formOf(e.sortName) === formOf(name) || e.variants.some((v) => same(v, name))) ??
    (name.includes(' ') ? undefined : entries.find((e) => e.variants.some((v) => lastKey(v) === lastKey(name))));
  const findGroup = (name: string) =>
    found.groups.find((g) => g.forms.some((f) => same(f, name))) ?? found.groups.find((g) => g.surname === lastKey(name) && !g.person);
  const report = (path: Array<string | number>, reason: string, used: boolean) =>
    logs.push({ ruleId: used ? 'name-setting' : 'name-setting-unused', reason, setting: ['name_index', ...path] });

  settings.add.forEach((name, i) => {
    if (findEntry(name)) return report(['add', i], `\`name_index.add\` \`${name}\`: already in the index; nothing changed`, false);
    const g = findGroup(name);
    if (!g) return report(['add', i], `\`name_index.add\` \`${name}\`: the texts never name it as a capitalized name; nothing added`, false);
    const entry: NameEntry = { key: g.surname, name, sortName: sortName(name), variants: g.forms, refs: g.refs, basis: 'editor' };
    entries.push(entry);
    report(['add', i], `\`name_index.add\` \`${name}\`: added an entry with ${refCount(g.refs)}`, true);
  });

  for (const [target, variants] of Object.entries(settings.merge)) {
    let into = findEntry(target);
    if (!into) {
      const g = findGroup(target);
      if (g) {
        into = { key: g.surname, name: target, sortName: sortName(target), variants: g.forms, refs: g.refs, basis: 'editor' };
        entries.push(into);
      }
    }
    variants.forEach((variant, i) => {
      if (!into) return report(['merge', target, i], `\`name_index.merge\` \`${target}\`: no entry or name \`${target}\` in the texts; nothing merged`, false);
      const e = findEntry(variant);
      if (e && e !== into) {
        into.refs = mergeRefs(into.refs, e.refs);
        into.variants = [...new Set([...into.variants, ...e.variants])];
        entries = entries.filter((x) => x !== e);
        return report(['merge', target, i], `\`name_index.merge\` \`${variant}\` into \`${into.name}\`: ${refCount(e.refs)} moved`, true);
      }
      const g = e ? undefined : found.groups.find((x) => x.forms.some((f) => same(f, variant)));
      if (g) {
        into.refs = mergeRefs(into.refs, g.refs);
        into.variants = [...new Set([...into.variants, ...g.forms])];
        return report(['merge', target, i], `\`name_index.merge\` \`${variant}\` into \`${into.name}\`: ${refCount(g.refs)} added`, true);
      }
      report(['merge', target, i], `\`name_index.merge\` \`${variant}\`: ${e ? 'already that entry' : 'not named in the texts'}; nothing merged`, false);
    });
  }

  for (const [from, to] of Object.entries(settings.rename)) {
    const e = findEntry(from);
    if (!e) {
      report(['rename', from], `\`name_index.rename\` \`${from}\`: no such entry; nothing renamed`, false);
      continue;
    }
    const before = e.name;
    e.name = to;
    e.sortName = sortName(to);
    report(['rename', from], `\`name_index.rename\` \`${before}\` to \`${to}\` (${refCount(e.refs)})`, true);
  }

  settings.hide.forEach((name, i) => {
    const e = findEntry(name);
    if (!e) return report(['hide', i], `\`name_index.hide\` \`${name}\`: no such entry; nothing hidden`, false);
    entries = entries.filter((x) => x !== e);
    report(['hide', i], `\`name_index.hide\` \`${name}\`: left out the entry \`${e.name}\` (${refCount(e.refs)})`, true);
  });

  entries.sort((a, b) => compareNames(a.sortName, b.sortName));
  return { entries, logs };
}
