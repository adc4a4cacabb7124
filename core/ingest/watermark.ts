/**
 * A count that only grows (how many items one stage of an import has finished), and promises that
 * resolve once it reaches a value: how the stages of importFile's pipeline wait for each other.
 */
export interface Watermark {
  /** Raises the count to `n` (a lower `n` changes nothing) and resolves the waits it reaches. */
  set(n: number): void;
  /** Resolves once the count is at least `n` (at once if it already is). */
  reached(n: number): Promise<void>;
}

/** A {@link Watermark} starting at 0. */
export function watermark(): Watermark {
  let value = 0;
  let waiting: Array<{ n: number; resolve: () => void }> = [];
  return {
    set(n) {
      if (n <= value) return;
      value = n;
      const due = waiting.filter((w) => w.n <= value);
      waiting = waiting.filter((w) => w.n > value);
      for (const w of due) w.resolve();
    },
    reached(n) {
      return n <= value ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }));
    },
  };
}
