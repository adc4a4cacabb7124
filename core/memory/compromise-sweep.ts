/**
 * A faster drop-in for compromise's `bulkMatch` (compromise 14, src/1-one/sweep/methods/sweep), the
 * step that picks which of its ~1,000 tagging patterns to try on each sentence. Compromise indexes the
 * patterns by "hook" (a word or `#Tag` a pattern needs) and, for every sentence, walks every hook key
 * of the whole pattern set asking whether the sentence has it (`getHooks`): thousands of lookups per
 * sentence, ~20% of a parse. This walks the sentence's own words and tags instead (tens), then sorts
 * the hooks it found into compromise's key order, so the patterns tried, and their order, are exactly
 * compromise's: same tags, same matches. The trimming (`needs`, `ifNo`, `wants`), the `always`
 * patterns, the sentence-length check and the matching itself are compromise's steps, unchanged.
 *
 * Installed once, process-wide, on compromise's shared world (`installFastSweep`, called by
 * sentences.ts); `compromiseSweep` is the original, kept for the test that compares the two.
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

/** What fastSweep precomputes per net: hook keys in compromise's order, and an id per distinct pattern string. */
interface NetIndex {
  /** position of each hook key in `Object.keys(net.hooks)` */
  order: Map<string, number>;
  /** per hook key, the id of each of its patterns' `match` string (equal strings, equal ids) */
  ids: Map<string, Int32Array>;
  /** per pattern id, the sentence it was last seen for (getHooks' "first hook only" rule) */
  seen: Int32Array;
  sentence: number;
}

const indexes = new WeakMap<Net, NetIndex>();

function indexOf(net: Net): NetIndex {
  let index = indexes.get(net);
  if (!index) {
    const idOf = new Map<string, number>();
    const ids = new Map<string, Int32Array>();
    const order = new Map<string, number>();
    Object.keys(net.hooks).forEach((k, i) => {
      order.set(k, i);
      ids.set(
        k,
        Int32Array.from(net.hooks[k]!, (m) => {
          let id = idOf.get(m.match);
          if (id === undefined) idOf.set(m.match, (id = idOf.size));
          return id;
        }),
      );
    });
    index = { order, ids, seen: new Int32Array(idOf.size).fill(-1), sentence: 0 };
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

/** The patterns to try on one sentence, in compromise's order (getHooks, localTrim, always, tooSmall). */
function candidates(net: Net, index: NetIndex, haves: Set<string>, termCount: number): NetMatch[] {
  const { order, ids, seen } = index;
  const keys: string[] = [];
  for (const k of haves) if (order.has(k)) keys.push(k);
  keys.sort((a, b) => order.get(a)! - order.get(b)!);
  const stamp = ++index.sentence;
  const out: NetMatch[] = [];
  for (const k of keys) {
    const list = net.hooks[k]!;
    const listIds = ids.get(k)!;
    for (let i = 0; i < list.length; i++) {
      // getHooks keeps a pattern string's first hook only, before trimming
      if (seen[listIds[i]!] === stamp) continue;
      seen[listIds[i]!] = stamp;
      const m = list[i]!;
      if (termCount >= m.minWords && fits(m, haves)) out.push(m);
    }
  }
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
