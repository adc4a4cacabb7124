/**
 * A faster drop-in for compromise's `bulkMatch` (compromise 14, src/1-one/sweep/methods/sweep), the
 * step that picks which of its ~1,000 tagging patterns to try on each sentence. Compromise indexes the
 * patterns by "hook" (a word or `#Tag` a pattern needs) and, for every sentence, walks every hook key
 * of the whole pattern set asking whether the sentence has it (`getHooks`): thousands of lookups per
 * sentence, ~20% of a parse, then trims the patterns found, many of which lack a need. This walks
 * the sentence's own words and tags instead (tens), through an index that files a pattern under its
 * rarest need only, then puts the patterns kept in compromise's order (key order, then position), so
 * the patterns tried, and their order, are exactly compromise's: same tags, same matches. Measured on
 * 2,457 LoCoMo sentences: nlp() 1,010-1,120 ms with compromise's sweep, 680-725 ms with this. The trimming (`needs`, `ifNo`, `wants`), the `always`
 * patterns, the sentence-length check and the matching itself are compromise's steps, unchanged.
 *
 * Installed once, process-wide, on compromise's shared world (`installFastSweep`, called by
 * sentence-parse.ts); `compromiseSweep` is the original, kept for the test that compares the two.
 *
 * Tried and not kept: remembering parsed match strings (compromise parses `doc.match("…")`'s string
 * on every call, ~5% of a parse): some of its methods change a parsed pattern while using it, so a
 * pattern used again gave other noun phrases ("our different" + "paths" for "our different paths").
 */
import nlp from "compromise";

/** A compiled tagging or match pattern, as compromise's buildNet makes it (the fields used here). */
interface NetMatch {
  match: string;
  needs: string[];
  ifNo?: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  unTag?: unknown;
}

/** compromise's pattern index: patterns by hook key, and patterns tried on every sentence. */
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

/** A sentence: compromise's term objects (only their count is read here). */
type Sentence = unknown[];

interface Methods {
  one: {
    cacheDoc(document: Sentence[]): Array<Set<string>>;
    match(docs: Sentence[], m: NetMatch): { ptrs: number[][] };
    bulkMatch: SweepFn;
  };
}

type SweepFn = (document: Sentence[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Array<NetMatch & { pointer: number[] }>;

const world = (nlp as unknown as { world(): { methods: Methods } }).world();

/** compromise's own bulkMatch, as it was before `installFastSweep`. */
export const compromiseSweep: SweepFn = world.methods.one.bulkMatch;

/** One place of a pattern in the hook index: under `key`, `pos`-th, the key `rank`-th in compromise's order. */
interface Entry {
  key: string;
  rank: number;
  pos: number;
  m: NetMatch;
}

/**
 * What fastSweep precomputes per net. `entries`: per distinct pattern string (an id), every place it
 * has in the hook index. `primary`: per hook key, the ids to look at when a sentence has that key: a
 * pattern with needs under one of them only (the need with the fewest patterns: a pattern whose needs
 * are not all present is trimmed anyway), a pattern with only wants under each of them.
 */
interface NetIndex {
  entries: Entry[][];
  primary: Map<string, number[]>;
  /** per id, the sentence it was last looked at for */
  seen: Int32Array;
  sentence: number;
}

const indexes = new WeakMap<Net, NetIndex>();

function indexOf(net: Net): NetIndex {
  let index = indexes.get(net);
  if (!index) {
    const idOf = new Map<string, number>();
    const entries: Entry[][] = [];
    const primary = new Map<string, number[]>();
    const keys = Object.keys(net.hooks);
    keys.forEach((key, rank) => {
      net.hooks[key]!.forEach((m, pos) => {
        let id = idOf.get(m.match);
        if (id === undefined) {
          id = entries.length;
          idOf.set(m.match, id);
          entries.push([]);
        }
        entries[id]!.push({ key, rank, pos, m });
      });
    });
    const add = (key: string, id: number) => {
      const list = primary.get(key) ?? [];
      if (list.at(-1) !== id) list.push(id);
      primary.set(key, list);
    };
    entries.forEach((list, id) => {
      for (const { m } of new Set(list)) {
        if (m.needs.length > 0)
          add(
            m.needs.reduce((a, b) => ((net.hooks[b]?.length ?? Infinity) < (net.hooks[a]?.length ?? Infinity) ? b : a)),
            id,
          );
        else for (const e of list) add(e.key, id);
      }
    });
    index = { entries, primary, seen: new Int32Array(entries.length).fill(-1), sentence: 0 };
    indexes.set(net, index);
  }
  return index;
}

/** compromise's localTrim for one pattern: every need present, no ifNo present, at least minWant wants. */
function fits(m: NetMatch, haves: Set<string>): boolean {
  const { needs, ifNo, wants } = m;
  for (let i = 0; i < needs.length; i++) if (!haves.has(needs[i]!)) return false;
  if (ifNo) for (let i = 0; i < ifNo.length; i++) if (haves.has(ifNo[i]!)) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (haves.has(wants[i]!)) found++;
  return found >= m.minWant;
}

/**
 * The patterns to try on one sentence, in compromise's order: getHooks walks the present hook keys
 * in key order and keeps each pattern string's first place, then localTrim, the `always` patterns and
 * tooSmall; here each string found through `primary` is placed at its first present place (lowest
 * key rank, then position), trimmed there, and the kept ones sorted by that place.
 */
function candidates(net: Net, index: NetIndex, haves: Set<string>, termCount: number): NetMatch[] {
  const { entries, primary, seen } = index;
  const stamp = ++index.sentence;
  const kept: Entry[] = [];
  for (const key of haves) {
    const ids = primary.get(key);
    if (!ids) continue;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      let first: Entry | null = null;
      for (const e of entries[id]!) if ((first === null || e.rank < first.rank) && haves.has(e.key)) first = e;
      if (first && termCount >= first.m.minWords && fits(first.m, haves)) kept.push(first);
    }
  }
  kept.sort((a, b) => a.rank - b.rank || a.pos - b.pos);
  const out = kept.map((e) => e.m);
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** Same contract and result as compromise's bulkMatch (sweep/index.js with its runMatch). */
const fastSweep: SweepFn = (document, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const results: Array<NetMatch & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(net, index, docCache[n]!, document[n]!.length)) {
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          const todo = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) todo.unTag = m.unTag;
          results.push(todo);
        }
        if (opts.matchOne === true) return [results[0]!];
      }
    }
  }
  return results;
};

/** Replaces compromise's bulkMatch with fastSweep (idempotent). */
export function installFastSweep(): void {
  world.methods.one.bulkMatch = fastSweep;
}
