/**
 * Results kept on an object for as long as it lives, and (given a store) on disk beside it.
 * A watch session keeps each unchanged text's prepared document (the same object) from build
 * to build; the text cache gives each document a store (`<out>/.cache/texts/<key>.derived.v8`),
 * so a new process finds there what the last one derived from the unchanged texts: their HTML
 * for the book, their share of the accessible HTML and of the normalize report.
 */
/** A slot's latest value, and the key it was made for. */
interface Kept {
  key: string;
  value: unknown;
}

/** An owner's memo, slot by slot, as a store keeps it. */
export type MemoRecord = Record<string, Kept>;

/** Where an owner's memo lives between processes: read once, written whole after each new value. */
export interface MemoStore {
  load(): MemoRecord | undefined;
  save(record: MemoRecord): void;
}

const memos = new WeakMap<object, Map<string, Kept>>();
const stores = new WeakMap<object, MemoStore>();

/** Back an owner's memo with a store (before its first `memoOn`). */
export function storeMemo(owner: object, store: MemoStore): void {
  stores.set(owner, store);
}

/**
 * `make()`, or what it returned when last asked for this owner's `slot` with the same `key`
 * (everything `make` reads besides the owner). A slot keeps its latest value only. Values
 * must survive node:v8 serialization when the owner has a store (strings, plain data).
 */
export function memoOn<T>(owner: object, slot: string, key: string, make: () => T): T {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new Map(Object.entries(stores.get(owner)?.load() ?? {}))));
  const kept = memo.get(slot);
  if (kept && kept.key === key) return kept.value as T;
  const value = make();
  memo.set(slot, { key, value });
  stores.get(owner)?.save(Object.fromEntries(memo));
  return value;
}
