import type { EngramDb } from "../db/connection.js";
import { turnSpans } from "../db/repos/passages.js";
import { textsAtSeqs } from "../db/repos/sources.js";
import type { RankedId } from "./rank.js";

/** Where a continuation is looked for: among the ranking's first `among`, a memory made from at most `turns` chat turns. */
export const CONTINUATION = { among: 10, turns: 3 };

/**
 * A ranking with the memory that answers a question asked of its best hit second. In a conversation
 * the answer a question wants often follows the turn that shares its words, after the other person
 * asked for it: "I'm organizing a gaming party two weekends from now" "Who are you inviting?" "Some
 * old friends and teammates from other tournaments" (an answer the engine keeps as a fact of its own,
 * "Nate says some old friends and teammates …"). The best hit matches the question's words ("Which
 * guests will be at Nate's gaming party?"); the fact of the answer, which says less of them, ranks lower. Of the ranking's first CONTINUATION.among, the
 * best-ranked memory below second made from at most CONTINUATION.turns chat turns, one of them the turn
 * after a question that follows the best hit's last turn (or the turn after that turn, when it ends on
 * a question itself), in the same conversation, moves to second place with the score of the one it
 * displaces (scores stay in order). A turn that merely follows (a meeting's next speaker) is no answer.
 * As neighbour expansion of retrieved passages, but one memory, and only across a question.
 * LoCoMo dev split, memory answer_recall@100/200/500w 0.635 / 0.702 / 0.770 → 0.641 / 0.704 / 0.770
 * (single-hop @100w 0.745 → 0.756), nDCG@10 0.678 → 0.680. In a scratch replay, either of the two
 * turns after the best hit, question or not, gave the same, but moved a meeting's next speaker up
 * ("When is Aisha off?" answered first with Dan's illustrations); looking among the first 25: 0.636 /
 * 0.705; the turns before the best hit too: 0.636 / 0.704.
 */
export function continuationSecond(db: EngramDb, ranked: RankedId[]): RankedId[] {
  if (ranked.length < 3) return ranked;
  const pool = ranked.slice(0, CONTINUATION.among);
  const spans = turnSpans(
    db,
    pool.map((r) => r.id),
  );
  const best = spans.get(ranked[0]!.id);
  if (!best) return ranked;
  // (the answer's turn: after the other person's question, or right after the best hit's own)
  const texts = textsAtSeqs(db, best.conversation, [best.last, best.last + 1]);
  const asks = (seq: number) => /\?/.test(texts.get(seq) ?? "");
  const answer = asks(best.last + 1) ? best.last + 2 : asks(best.last) ? best.last + 1 : null;
  if (answer == null) return ranked;
  const at = pool.findIndex((r, i) => {
    const span = spans.get(r.id);
    return i >= 2 && span != null && span.conversation === best.conversation && span.turns <= CONTINUATION.turns && span.seqs.includes(answer);
  });
  if (at < 0) return ranked;
  const moved = { ...ranked[at]!, score: ranked[1]!.score };
  return [ranked[0]!, moved, ...ranked.slice(1, at), ...ranked.slice(at + 1)];
}
