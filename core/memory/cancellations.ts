// A plan called off, told in free text ("Bad news, dinner on Friday is cancelled, Jo has covid", "My yoga
// class on Wednesday evenings is off for good", "The trip to Porto got called off"), and the earlier memory
// of the plan it closes: no longer true from the cancellation on (bi-temporal INVALIDATE, after
// Zep/Graphiti), its history kept. A plan moved to another day is a change (changes.ts).

import { nameWords, valuesOf, wordsOfMatter } from "./changes.js";

/**
 * Words that call something off: "is cancelled", "has been canceled", "called off", "scrapped", and "is
 * off" closing its clause ("dinner on Friday is off", "… is off for good"; not "Jo is off work").
 */
const CANCELLED = /\b(?:cancell?ed|called\s+off|scrapped)\b|\b(?:is|are|['’]s)\s+(?:now\s+|sadly\s+)?off\b(?=\s*(?:[,.!;]|$|for\s+good\b|now\b|then\b))/i;
/** A cancellation denied ("isn't cancelled", "not called off", "never cancelled"). */
const DENIED = /(?:\bnot|n['’]t|\bnever)\s+(?:(?:been|be|getting|get)\s+)?(?:cancell?ed|called\s+off|scrapped|off)\b/i;
/** Words that say a memory was a plan when it was said: what will be, was booked, suggested or invited to, is next. */
const PLANNED = /\b(?:will|['’]ll|going\s+to|gonna|plans?|planning|planned|booked|suggested|next|tomorrow|tonight|invited|coming\s+up)\b/i;
/** Where the words of what is called off begin: after a clause's punctuation or a conjunction ("Rebooked after the 07:20 was cancelled": the 07:20). */
const CLAUSE_START = /(?:[,;:"“”]|\b(?:after|because|since|when|but|so|and|as)\b)(?![\s\S]*(?:[,;:"“”]|\b(?:after|because|since|when|but|so|and|as)\b))/i;

/**
 * What `text` (a memory's content) says is called off, as the words before the words that call it off
 * in their clause ("Sam says dinner on Friday (6 November 2026) is cancelled, Jo has covid" → "Sam says
 * dinner on Friday"), in a sentence that is no question and does not deny it; null when it calls nothing off.
 */
function cancelledClause(text: string): string | null {
  for (const sentence of text.replace(/\([^()]*\)/g, " ").split(/(?<=[.!?])\s+/)) {
    const m = CANCELLED.exec(sentence);
    if (!m || DENIED.test(sentence) || /\?\s*$/.test(sentence)) continue;
    const before = sentence.slice(0, m.index);
    const start = CLAUSE_START.exec(before);
    return start ? before.slice(start.index + start[0].length) : before;
  }
  return null;
}

/** What a memory calls off: the words before the words that call it off in their clause ({@link cancelledClause}), and the days it names (ISO dates). */
export interface Cancellation {
  clause: string;
  days: string[];
}

/** What `text` (a memory's content; `details`, its resolved dates) calls off, read once for every earlier memory it is weighed against; null when it calls nothing off. */
export function cancellationOf(text: string, details: Record<string, unknown>): Cancellation | null {
  const clause = cancelledClause(text);
  return clause == null
    ? null
    : {
        clause,
        days: valuesOf(text, details)
          .filter((v) => v.kind === "date")
          .map((v) => v.norm),
      };
}

/**
 * The words of the matter a cancellation calls off ("dinner" of "Sam says bad news, dinner on Friday
 * is cancelled, Jo has covid"), to search for the plan with: the rarest words of the whole text are
 * often the cancellation's own ("cancelled", "covid"), which the plan does not say.
 */
export function cancelledMatter(c: Cancellation, people: readonly string[]): string {
  return [...wordsOfMatter(c.clause, nameWords(people))].join(" ");
}

/**
 * Whether a cancellation (`c`, {@link cancellationOf}) closes an earlier memory (`old`, `oldDetails`):
 * the old one tells a plan ({@link PLANNED}) of what is called off (words of the matter of its clause):
 * - when the cancellation names a day, the old memory names that day and shares a word of the matter
 *   ("dinner on Friday (6 November) is cancelled" closes "suggested dinner at Dishoom on Friday (6 November)");
 * - else it shares two words of the matter ("yoga class").
 * Words of the matter leave out the names of `people` (who said them, whom they are about; changes.ts).
 */
export function cancels(c: Cancellation, old: string, oldDetails: Record<string, unknown>, people: readonly string[] = []): boolean {
  if (!PLANNED.test(old)) return false;
  const names = nameWords(people);
  const topic = wordsOfMatter(c.clause, names);
  const shared = [...wordsOfMatter(old, names)].filter((w) => topic.has(w)).length;
  if (c.days.length === 0) return shared >= 2;
  const oldDays = new Set(
    valuesOf(old, oldDetails)
      .filter((v) => v.kind === "date")
      .map((v) => v.norm),
  );
  return shared >= 1 && c.days.some((d) => oldDays.has(d));
}
