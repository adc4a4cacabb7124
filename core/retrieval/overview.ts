import type { EngramDb } from "../db/connection.js";
import type { SqlFilter } from "../db/filters.js";
import { periodSummaries } from "../db/repos/passages.js";
import { questionTime } from "../time/question.js";
import type { Overview } from "./answer-type.js";
import type { RankedId } from "./rank.js";

/** Summaries put first for a question about a whole period: enough for a week of days and sessions. */
const MAX_SUMMARIES = 10;

/**
 * A question about a whole period ("What did I do on Monday morning?", "What did we talk about last
 * week?", "How much time did I spend in Firefox?"; answer-type.ts asksOverview) is answered by the
 * memories that summarise the period, not by the one activity or fact that shares most of its words:
 * those summaries (a day of screen time, a chat session's episode, with every person the question
 * names as talking among its participants; a total of time spent: days only) go first, in time
 * order, then the rest of `ranked`. The period is the caller's event-time filter
 * when it sets one, else the one the question names (core/time/question.ts, against `now`, not
 * widened), else none: the most recent summary (for "How much time did I spend in Firefox?", the
 * latest day). A summary placed first takes the best score of the ranking (scores stay in order) and
 * keeps its own score parts when the ranking had it.
 * @param asked what the question asks an overview of (answer-type.ts asksOverview, which the caller read)
 * @param filter the search's filter (conditions over alias `m`), which the summaries pass too
 * @returns the ranking, cut to `k`
 */
export function overviewFirst(
  db: EngramDb,
  query: string,
  asked: Overview,
  ranked: RankedId[],
  opts: { k: number; from?: number; to?: number; now?: number | null; filter: SqlFilter },
): RankedId[] {
  const named = opts.now === null ? null : questionTime(query, opts.now ?? Date.now());
  const period =
    opts.from != null || opts.to != null ? { from: opts.from ?? 0, to: opts.to ?? Number.MAX_SAFE_INTEGER } : named ? { from: named.from, to: named.to } : null;
  const first = periodSummaries(db, { period, daysOnly: asked.kind === "time", people: asked.people, limit: period ? MAX_SUMMARIES : 1 }, opts.filter);
  if (first.length === 0) return ranked;
  const byId = new Map(ranked.map((r) => [r.id, r]));
  const top = ranked[0]?.score ?? 0;
  const lead = first.map((id) => ({ id, score: top, parts: byId.get(id)?.parts ?? {} }));
  const placed = new Set(first);
  return [...lead, ...ranked.filter((r) => !placed.has(r.id))].slice(0, opts.k);
}
