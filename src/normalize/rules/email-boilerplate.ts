import { dropBlocks } from '../clutter.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'email-boilerplate';

/**
 * The lines a mailing-list service puts around a newsletter (Mailchimp, Substack, Action
 * Network…), in English, French, German and Spanish: the browser link, the reason you got it,
 * forward and unsubscribe links, the list's postal address and copyright, a signature's `--`.
 * Each is tested against one short block, never against prose.
 */
const EMAIL_LINE = new RegExp(
  [
    String.raw`^(?:view|read|open) (?:this|the|it) (?:e-?mail|newsletter|message|issue)? ?(?:in|on) (?:your|a|the) (?:web )?browser\b`,
    String.raw`^(?:having trouble (?:viewing|reading) this|is this e-?mail not displaying)`,
    String.raw`^you(?:'re| are) receiving this (?:e-?mail|newsletter|message)\b`,
    String.raw`^you (?:received|got) this (?:e-?mail|newsletter|message) because\b`,
    String.raw`^this (?:e-?mail|newsletter|message) was sent to\b`,
    String.raw`^(?:was this|got this) (?:e-?mail |newsletter )?forwarded(?: to you)?\b`,
    String.raw`^forward (?:this (?:e-?mail|newsletter)|to a friend)\b`,
    String.raw`^(?:want to change how you receive these e-?mails|why did i get this)\b`,
    String.raw`^(?:update|manage) (?:your )?(?:e-?mail |subscription )?preferences\b`,
    String.raw`^(?:add us to your address book|our mailing address is)\b`,
    String.raw`^(?:copyright )?(?:©|\(c\)) ?\d{4}\b.{0,80}\ball rights reserved\.?$`,
    String.raw`^unsubscribe\b`,
    String.raw`\|\s*unsubscribe\b|\bunsubscribe\s*\|`,
    String.raw`^(?:voir (?:cet e-?mail|la version en ligne)|se désinscrire|se désabonner|vous recevez cet e-?mail)\b`,
    String.raw`^(?:im browser (?:ansehen|öffnen|anzeigen)|abmelden|newsletter abbestellen|sie erhalten diese e-?mail)\b`,
    String.raw`^(?:ver (?:este correo|en el navegador)|darse de baja|cancelar (?:la )?suscripción|recibes este correo)\b`,
    String.raw`^--\s*$`,
  ].join('|'),
  'i',
);

export const emailBoilerplate = defineRule({
  id,
  switchable: true,
  description:
    "A newsletter's mailing-list lines (view in browser, why you got it, forward, unsubscribe, preferences, the list's address and copyright, a signature's `--`) are dropped, each logged",
  run: {
    blocks(blocks, { log, kind }) {
      if (kind === 'markdown') return blocks;
      // The list's postal address goes with its label, on the lines after it.
      let address = false;
      return dropBlocks(blocks, log, id, (b) => {
        const short = b.kind !== 'heading' && b.text.length <= 300;
        const afterLabel = address && short && /\d/.test(b.text);
        address = short && /^our mailing address is:?$/i.test(b.text);
        if (afterLabel) return `Unexpected mailing-list address \`${clip(b.text)}\`, dropped: it is the list's, not the text's`;
        return short && EMAIL_LINE.test(b.text) ? `Unexpected mailing-list line \`${clip(b.text)}\`, dropped: it is the list's, not the text's` : undefined;
      });
    },
  },
});
