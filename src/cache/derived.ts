/**
 * What later stages derive from one prepared text (its HTML for the book, its share of the
 * accessible HTML and of the normalize report), carried with the text as `PreparedText.derived`.
 * A watch session keeps each unchanged text, this record included, from build to build; the
 * text cache backs it with a store (`<out>/.cache/texts/<key>.derived.v8`), so a new process
 * finds there what the last one derived from the unchanged texts.
 */
/** A slot's latest value, and the key it was made for. */
interface Kept {
  key: string;
  value: unknown;
}

/** A text's derived values, slot by slot, as a store keeps them. */
export type DerivedRecord = Record<string, Kept>;

/** Where a text's derived values live between processes: read once, written whole after each new value. */
export interface DerivedStore {
  load(): DerivedRecord | undefined;
  save(record: DerivedRecord): void;
}

export class Derived {
  private slots: Map<string, Kept> | undefined;

  constructor(private store?: DerivedStore) {}

  /** Back the record with a store (the text cache's entry of this build), before or after its first value. */
  keepIn(store: DerivedStore): void {
    this.store = store;
  }

  /**
   * `make()`, or what it returned when last asked for this `slot` with the same `key`
   * (everything `make` reads besides the text). A slot keeps its latest value only. Values
   * must survive node:v8 serialization when there is a store (strings, plain data).
   */
  get<T>(slot: string, key: string, make: () => T): T {
    this.slots ??= new Map(Object.entries(this.store?.load() ?? {}));
    const kept = this.slots.get(slot);
    if (kept && kept.key === key) return kept.value as T;
    const value = make();
    this.slots.set(slot, { key, value });
    this.store?.save(Object.fromEntries(this.slots));
    return value;
  }
}
