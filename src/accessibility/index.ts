/** Post-processing of Chromium's tagged PDF for PDF/UA-1. Being built; today it passes the PDF through. */
export interface PdfInfo {
  title: string;
  subtitle?: string;
  language: string;
  /** The editor and the texts' authors, for dc:creator. */
  creators: string[];
}

export async function finishPdf(pdf: Uint8Array, _info: PdfInfo): Promise<Uint8Array> {
  return pdf;
}
