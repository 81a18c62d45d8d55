// The `texts:` list of a user-shaped reader.yaml (texts in content/), shared by the end-to-end
// tests that build their own readers: one way to write it, so the readers differ only where
// their tests need them to.

export interface ManifestText {
  id: string;
  file: string;
  title: string;
  author: string;
  language?: string;
  translator?: string;
}

/** The manifest lines from `texts:` on: each text with a position, and an answer unless `answers` is false. */
export function textsYaml(texts: readonly ManifestText[], { answers = true } = {}): string[] {
  return [
    'texts:',
    ...texts.flatMap((t, i) => [
      `  - id: ${t.id}`,
      `    source: content/${t.file}`,
      `    title: "${t.title}"`,
      `    author: "${t.author}"`,
      ...(t.language ? [`    language: ${t.language}`] : []),
      ...(t.translator ? [`    translator: ${t.translator}`] : []),
      `    position: It argues point ${i + 1}.`,
      ...(answers ? [`    answer: "${i % 2 ? 'Yes' : 'In part'}"`] : []),
    ]),
  ];
}
