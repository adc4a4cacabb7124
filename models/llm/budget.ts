/**
 * Context budgeting: choose which items (memories, source excerpts) go into a prompt
 * when they do not all fit in the model's context.
 *
 * Greedy by relevance: items are considered from the highest score down and kept
 * while their tokens (plus a separator) fit the budget; an item too large for what
 * is left is skipped and smaller, less relevant ones may still fit. Kept items are
 * returned in their input order (e.g. chronological), so the caller's ordering of
 * the prompt is preserved.
 */
import type { BudgetItem, FitResult } from "./types.js";

/**
 * Packs `items` into `budget` tokens.
 * @param count tokens of a text (the model's tokenizer; any monotone counter in tests).
 * @param separatorTokens tokens added per kept item for the text joining items (default 1).
 * @throws Error when `budget` is not a finite number.
 */
export function packByBudget<T>(items: BudgetItem<T>[], budget: number, count: (text: string) => number, separatorTokens = 1): FitResult<T> {
  if (!Number.isFinite(budget)) throw new Error(`token budget must be a finite number, got ${budget}`);
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.score - a.item.score || a.index - b.index);
  const keptIdx = new Set<number>();
  const dropped: BudgetItem<T>[] = [];
  let used = 0;
  for (const { item, index } of order) {
    const cost = count(item.text) + separatorTokens;
    if (used + cost <= budget) {
      used += cost;
      keptIdx.add(index);
    } else dropped.push(item);
  }
  return { kept: items.filter((_, i) => keptIdx.has(i)), dropped, tokens: used, budget: Math.max(0, budget) };
}
