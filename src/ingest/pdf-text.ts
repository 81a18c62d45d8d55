import type { VFile } from 'vfile';
import { ReaderError } from '../errors.ts';

/**
 * A PDF source that yields no text is an error, as an empty .txt is: a reader with a chapter
 * of 0 words and one warning is a quiet failure. Called once normalize has read the PDF
 * (`file.data.pdfText`); says why when pdf.js said (a password, a broken file).
 */
export function checkPdfYieldsText(file: VFile, shown: string): void {
  const text = file.data.pdfText;
  if (typeof text !== 'string' || /[\p{L}\p{N}]/u.test(text)) return;
  const over = file.data.pdfOverLimit;
  if (typeof over === 'string') throw new ReaderError('SourcePdfTooLarge', `PDF is too large to read: ${over}`, undefined, { file: shown, line: 1, column: 1 });
  const why = file.messages.find((m) => m.ruleId === 'pdf-unreadable')?.reason ?? '';
  const place = { file: shown, line: 1, column: 1 };
  if (/Password/i.test(why)) {
    throw new ReaderError(
      'SourcePdfNoText',
      'PDF is encrypted: it cannot be read without its password',
      'Save a copy without the password (`qpdf --decrypt --password=… in.pdf out.pdf`), or copy its text into a .txt file.',
      place,
    );
  }
  if (why) {
    const detail = (/`([^`]*)`/.exec(why)?.[1] ?? why).replace(/\.$/, '');
    throw new ReaderError(
      'SourcePdfNoText',
      `PDF cannot be read (${detail.replace(/^\w*Exception: /, '')}): it may be cut short or damaged`,
      'Download or export the PDF again, or copy its text into a .txt file.',
      place,
    );
  }
  throw new ReaderError(
    'SourcePdfNoText',
    'PDF has no text to read: its pages hold no text layer (scanned images?) or are blank',
    'Run OCR on it (for example `ocrmypdf in.pdf out.pdf`), or copy its text into a .txt file.',
    place,
  );
}
