/**
 * answer_recall@Nw: how much of a question's gold answer a reader finds in the first N words of
 * what a retrieval mode returns (DESIGN.md, "How we measure memory"). Items are laid end to end in
 * rank order, cut at N words, and scored by the share of the answer's content words (lower-cased,
 * punctuation removed, common English stop words removed) present in those words. Comparing modes at
 * an equal word budget rewards memories that carry more answer per word, not bigger items.
 */

/** Common English function words (after the SMART/NLTK lists, trimmed to words that never carry an answer). */
const STOP = new Set(
  (
    "a an the and or but if of at by for with about against between into through during before after above below to from up down in out on off over " +
    "under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than " +
    "too very s t can will just don should now i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her " +
    "hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have " +
    "has had having do does did doing would could ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd " +
    "we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't " +
    "shan't shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's where's why's how's also yes"
  ).split(" "),
);

/** Lower-cased word tokens of `text` (letters and digits; apostrophes inside words kept). */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

/** The content words of an answer: its words without stop words (deduplicated). */
export function contentWords(answer: string): string[] {
  return [...new Set(words(answer).filter((w) => !STOP.has(w)))];
}

/**
 * The share (0..1) of the answer's content words present in the first `budget` words of `items`
 * laid end to end; null when the answer has no content word (nothing to score).
 * @param items ranked item texts, best first
 * @param answer the gold answer
 * @param budget N, in words
 */
export function answerRecall(items: string[], answer: string, budget: number): number | null {
  const gold = contentWords(answer);
  if (gold.length === 0) return null;
  const seen = new Set<string>();
  let n = 0;
  for (const text of items) {
    for (const w of words(text)) {
      if (n++ >= budget) break;
      seen.add(w);
    }
    if (n >= budget) break;
  }
  return gold.filter((w) => seen.has(w)).length / gold.length;
}
