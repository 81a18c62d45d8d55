/** Share items out between `lanes` groups of about equal weight (largest first, to the lightest): packs per document, parts of a book per renderer. */
export function shareOut<T>(items: readonly T[], lanes: number, weight: (item: T) => number): T[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, () => ({ items: [] as T[], load: 0 }));
  for (const item of [...items].sort((a, b) => weight(b) - weight(a))) {
    const lightest = groups.reduce((a, b) => (b.load < a.load ? b : a));
    lightest.items.push(item);
    lightest.load += weight(item);
  }
  return groups.map((g) => g.items).filter((g) => g.length > 0);
}
