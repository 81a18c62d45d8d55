/**
 * Results kept on an object for as long as it lives. A watch session keeps each unchanged
 * text's prepared document (the same object) from build to build, so what is derived from it
 * alone (its accessible article, its report section) is made once per edit, not once per build.
 * A one-shot build never asks twice: the memo costs it a map.
 */
const memos = new WeakMap<object, Map<string, { key: string; value: unknown }>>();

/**
 * `make()`, or what it returned when last asked for this owner's `slot` with the same `key`
 * (everything `make` reads besides the owner). A slot keeps its latest value only.
 */
export function memoOn<T>(owner: object, slot: string, key: string, make: () => T): T {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new Map()));
  const kept = memo.get(slot);
  if (kept && kept.key === key) return kept.value as T;
  const value = make();
  memo.set(slot, { key, value });
  return value;
}
