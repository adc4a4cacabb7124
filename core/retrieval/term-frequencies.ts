import { stemmer } from "stemmer";
import type { EngramDb } from "../db/connection.js";
import { documentFrequencyLookup } from "../db/repos/term-stats.js";
import type { FtsTable } from "../db/repos/search-index.js";

/**
 * Document frequencies of terms in a full-text index, kept per connection. Counting a term's
 * documents in fts5vocab walks its whole posting list, so each count is kept until the cache's
 * stamp changes: BM25 term pruning (term-pruning.ts) stamps with every change of the database, the
 * memory engine's neighbour search (../memory/nearest.ts) only with growth, as it ranks words by
 * rarity, which changes slowly. Terms are looked up by their Porter stem (the FTS5 tokenizer is
 * `porter`); at most `capacity` counts are kept (the cache starts again past that).
 */
export class TermFrequencies {
  private readonly byDb = new WeakMap<EngramDb, { stamp: string; df: Map<string, number> }>();

  /**
   * @param stamp the cache's stamp now, given the one its counts were taken at (undefined when
   *   there are none): a different stamp drops them
   * @param capacity the most counts kept per connection
   * @param counted counts known without fts5vocab (term → documents; e.g. term-bitmaps.ts
   *   bitmapCounts, counted at the bitmaps' build), used first when given
   */
  constructor(
    private readonly stamp: (db: EngramDb, taken: string | undefined) => string,
    private readonly capacity = 10_000,
    private readonly counted?: (db: EngramDb, fts: FtsTable) => ReadonlyMap<string, number> | null,
  ) {}

  /** How many documents of `fts` hold each of `terms` (lower-case words; 0 when none), in order. */
  of(db: EngramDb, fts: FtsTable, terms: string[]): number[] {
    let cache = this.byDb.get(db);
    const stamp = this.stamp(db, cache?.stamp);
    if (!cache || cache.stamp !== stamp || cache.df.size > this.capacity) {
      cache = { stamp, df: new Map() };
      this.byDb.set(db, cache);
    }
    const lookup = documentFrequencyLookup(db, fts);
    const known = this.counted?.(db, fts);
    return terms.map((t) => {
      const stem = stemmer(t);
      const key = `${fts}\0${stem}`;
      let df = cache.df.get(key);
      if (df === undefined) {
        df = known?.get(stem) ?? lookup(stem);
        cache.df.set(key, df);
      }
      return df;
    });
  }
}
