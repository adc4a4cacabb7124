import { stemmer } from "stemmer";
import type { EngramDb } from "../db/connection.js";
import { indexTotals } from "../db/repos/term-bitmaps.js";
import { allDocumentFrequencies, documentFrequencyLookup } from "../db/repos/term-stats.js";
import type { FtsTable } from "../db/repos/search-index.js";

/**
 * Document frequencies of terms in a full-text index, kept per connection. Counting a term's
 * documents in fts5vocab walks its whole posting list, so each count is kept until the cache's
 * stamp changes: BM25 term pruning (term-pruning.ts) stamps with every change of the database, the
 * memory engine's neighbour search (../memory/nearest.ts) only with growth, as it ranks words by
 * rarity, which changes slowly. Terms are looked up by their Porter stem (the FTS5 tokenizer is
 * `porter`); at most `capacity` counts are kept (the cache starts again past that). An index of at
 * most `wholeUpTo` documents has its whole vocabulary read in one scan when the counts are (re)taken,
 * kept whatever `capacity`: the memory engine looks up thousands of words between two stamps, and
 * on a LoCoMo conversation (≤ 700 memories) one scan costs ~1–2 ms where each lookup costs ~0.08 ms.
 */
export class TermFrequencies {
  private readonly byDb = new WeakMap<EngramDb, { stamp: string; df: Map<string, number>; whole: Map<FtsTable, boolean> }>();

  /**
   * @param stamp the cache's stamp now, given the one its counts were taken at (undefined when
   *   there are none): a different stamp drops them
   * @param capacity the most counts kept per connection
   * @param counted counts known without fts5vocab (term → documents; e.g. term-bitmaps.ts
   *   bitmapCounts, counted at the bitmaps' build), used first when given
   * @param wholeUpTo the most documents an index may have for its whole vocabulary to be read at once (0: never)
   */
  constructor(
    private readonly stamp: (db: EngramDb, taken: string | undefined) => string,
    private readonly capacity = 10_000,
    private readonly counted?: (db: EngramDb, fts: FtsTable) => ReadonlyMap<string, number> | null,
    private readonly wholeUpTo = 0,
  ) {}

  /** How many documents of `fts` hold each of `terms` (lower-case words; 0 when none), in order. */
  of(db: EngramDb, fts: FtsTable, terms: string[]): number[] {
    let cache = this.byDb.get(db);
    const stamp = this.stamp(db, cache?.stamp);
    if (!cache || cache.stamp !== stamp || (cache.df.size > this.capacity && ![...cache.whole.values()].some(Boolean))) {
      cache = { stamp, df: new Map(), whole: new Map() };
      this.byDb.set(db, cache);
    }
    let whole = cache.whole.get(fts);
    if (whole === undefined) {
      whole = this.wholeUpTo > 0 && indexTotals(db, fts).rows <= this.wholeUpTo;
      if (whole) for (const [stem, df] of allDocumentFrequencies(db, fts)) cache.df.set(`${fts}\0${stem}`, df);
      cache.whole.set(fts, whole);
    }
    const lookup = documentFrequencyLookup(db, fts);
    const known = this.counted?.(db, fts);
    return terms.map((t) => {
      const stem = stemmer(t);
      const key = `${fts}\0${stem}`;
      let df = cache.df.get(key);
      if (df === undefined) {
        df = known?.get(stem) ?? (whole ? 0 : lookup(stem));
        cache.df.set(key, df);
      }
      return df;
    });
  }
}
