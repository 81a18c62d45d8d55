/**
 * A mailing list's digest (Mailman's, as a member saves it): "Send Leith-tenants mailing list submissions to …",
 * "Today's Topics:", each message with its own headers, "End of Leith-tenants Digest, Vol 12, Issue 4". Its title is the
 * digest's name and number, not its first message's subject; its author is the list, not the first message's sender.
 */
import type { Guess, Line } from './lines.ts';

// The digest's name and number as Mailman writes them in its subject and its last line, in its languages' wording.
const DIGEST_NAME =
  /([\p{L}\p{N}][\p{L}\p{N} ._-]{0,60}?\s+(?:Digest|Sammelnachricht|Résumé|Resumen|Riassunto|Resumo|Samenvatting|Zestawienie)\s*,\s+(?:Vol(?:ume)?\.?|Band|Numéro|Número|Numero|Tom)\s+\d+\s*,\s+(?:Issue|Eintrag|Parution|Envío|Envio|Numero|Uitgave|Wydanie)\s+\d+)/iu;
const SUBMISSIONS = /^(?:Send\s+(.{1,60}?)\s+mailing\s+list\s+submissions\s+to\b|Senden\s+Sie\s+Beiträge\s+für\s+die\s+Mailingliste\s+(.{1,60}?)\s+an\b)/iu;
const TOPICS = /^(?:today['’]s\s+topics|themen\s+des\s+tages|sujets\s+du\s+jour|temas\s+del\s+día|argomenti\s+del\s+giorno)\s*(?:\(\d+\s+messages?\))?\s*:?$/iu;

export interface Digest {
  title?: Guess;
  list?: Guess;
}

/** The digest's title and list, when the text is a mailing list's digest. */
export function mailingDigest(lines: readonly Line[]): Digest | undefined {
  const head = lines.slice(0, 40);
  const send = head.find((l) => SUBMISSIONS.test(l.text));
  if (!send && !head.some((l) => TOPICS.test(l.text))) return undefined;
  const named = [...head, ...lines.slice(-15)].map((l) => ({ l, m: DIGEST_NAME.exec(l.text) })).find((x) => x.m);
  const title = named ? named.m![1]!.replace(/^(?:end\s+of|ende\s+von|fin\s+de|fine\s+di)\s+/iu, '').trim() : undefined;
  const s = send && SUBMISSIONS.exec(send.text);
  const list = s ? (s[1] ?? s[2])!.trim() : title?.replace(/\s+\S+\s*,.*$/u, '');
  const out: Digest = {};
  if (title) out.title = { value: title, line: named!.l.n, how: "the digest's name and number" };
  else if (list) out.title = { value: `${list} Digest`, line: send!.n, how: "the digest's list" };
  if (list) out.list = { value: `${list} mailing list`, line: (send ?? named!.l).n, how: "the digest's list: its messages are by several people" };
  return out.title ? out : undefined;
}
