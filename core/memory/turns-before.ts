// What the turns before a turn said, for its pronouns: the other person's turn just before, the messages
// before it in its session, the things the turn before named, whom the user's "we" are.
import { type Referent, referents } from "./anaphora.js";
import { type Turn, WINDOW } from "./episodes.js";
import { letterRecipient } from "./letters.js";
import { parseSentence, type Sentence } from "./sentences.js";
import { companyIn } from "./third-person.js";

/**
 * The sentences of the turn before `turns[i]` when another person said it to them within the session
 * (not an assistant, whose reply names again whom the user named), else none: whom a reply's "he" or
 * "she" may stand for.
 */
export function otherTurnBefore(turns: Turn[], i: number): Sentence[] {
  const prev = otherBefore(turns, i);
  return prev && prev.source.role !== "assistant" ? prev.sentences : [];
}

/** How many messages before a turn {@link sessionBefore} reads at most. */
const PLACE_LOOKBACK = 6;

/** The sentences of the messages before `turns[i]` in its session (no pause over WINDOW.maxGapMs), at most `lookback` of them. */
export function sessionBefore(turns: Turn[], i: number, lookback = PLACE_LOOKBACK): Sentence[] {
  const out: Sentence[] = [];
  for (let j = i - 1; j >= Math.max(0, i - lookback); j--) {
    if (turns[j + 1]!.source.occurred_at - turns[j]!.source.occurred_at > WINDOW.maxGapMs) break;
    out.unshift(...turns[j]!.sentences);
  }
  return out;
}

/** How many messages each side of a turn {@link talkAround} reads at most. */
const TALK_SPAN = 12;

/**
 * The text of the messages around `turns[i]` in its session, the turn's own among them: up to TALK_SPAN
 * each side, stopping at a pause over WINDOW.maxGapMs, one message a line. A word they write with a
 * capital inside a sentence is a name wherever it opens one ("My son Kofi is 7" … "Kofi also hates raisins").
 */
export function talkAround(turns: Turn[], i: number): string {
  let [from, to] = [i, i];
  const gap = (j: number) => turns[j + 1]!.source.occurred_at - turns[j]!.source.occurred_at;
  while (from > 0 && i - from < TALK_SPAN && gap(from - 1) <= WINDOW.maxGapMs) from--;
  while (to < turns.length - 1 && to - i < TALK_SPAN && gap(to) <= WINDOW.maxGapMs) to++;
  return turns
    .slice(from, to + 1)
    .map((t) => t.source.text)
    .join("\n");
}

/** How many of the user's earlier messages {@link companyBefore} reads at most. */
const COMPANY_LOOKBACK = 10;

/**
 * Who "we" are in `turns[i]`, a user's message after an assistant's reply, when it names no group of
 * its own: the one group the latest of the user's earlier messages of the same session (no pause over
 * WINDOW.maxGapMs, at most COMPANY_LOOKBACK back) that named one named with them ("Ana and I are
 * going to Japan" … "We decided to skip Osaka" → "the user and Ana"; third-person.ts companyIn);
 * undefined when none did, or one named two.
 */
export function companyBefore(turns: Turn[], i: number): string | undefined {
  let after = turns[i];
  for (let j = i - 2; j >= Math.max(0, i - 2 * COMPANY_LOOKBACK) && after; j -= 2) {
    const [said, reply] = [turns[j]!, turns[j + 1]];
    if (said.source.role !== "user" || reply?.source.role !== "assistant" || after.source.role !== "user") return undefined;
    if (after.source.occurred_at - said.source.occurred_at > WINDOW.maxGapMs) return undefined;
    const people = said.sentences.flatMap((s) => s.entities.filter((e) => e.kind === "person").map((e) => e.name));
    const groups = companyIn(said.source.text, people);
    if (groups.length > 0) return groups.length === 1 ? groups[0] : undefined;
    after = said;
  }
  return undefined;
}

/** The turn just before `turns[i]` when another person said it in the same session (no pause over WINDOW.maxGapMs). */
export function otherBefore(turns: Turn[], i: number): Turn | undefined {
  const prev = turns[i - 1];
  const gap = (turns[i]?.source.occurred_at ?? 0) - (prev?.source.occurred_at ?? 0);
  return prev && (prev.source.speaker ?? "") !== (turns[i]?.source.speaker ?? "") && gap <= WINDOW.maxGapMs ? prev : undefined;
}

/**
 * The people the last sentence of `turns[j]` named, when its speaker is the one of `turns[i]` and no pause
 * over WINDOW.maxGapMs came between: whom a "he" or "she" of theirs may stand for (referents of one
 * kind, each its source's `from`); none else.
 */
function peopleOwnBefore(turns: Turn[], i: number, j: number): Referent[] {
  const [own, turn] = [turns[j], turns[i]];
  const last = own?.sentences.at(-1);
  if (!own || !turn || !last || last.question || (own.source.speaker ?? "") !== (turn.source.speaker ?? "")) return [];
  for (let k = j; k < i; k++) if (turns[k + 1]!.source.occurred_at - turns[k]!.source.occurred_at > WINDOW.maxGapMs) return [];
  return referents(last, false, [turn.source.speaker ?? ""])
    .filter((r) => r.person)
    .map((r) => ({ ...r, from: own.source.id }));
}

/** A question that points back with a pronoun ("What did you take away from it?"). */
const ASKS_OF_IT = /\b(?:it|them|they)\b/i;

/**
 * What the turn before `turns[i]` named, as its speaker would say it (anaphora.ts): the other person's
 * last sentence ("How are your dogs?" → "my dogs"); when that is a question pointing back at what this
 * speaker said before it ("I loved "Becoming Nicole" …" "What did you take away from it?"), the things
 * of their statement that named one. None when the turn before is their own or of an earlier session.
 */
export function thingsBefore(turns: Turn[], i: number): Referent[] {
  const prev = otherBefore(turns, i);
  const speaker = turns[i]?.source.speaker ?? "";
  const last = prev?.sentences.at(-1);
  // (right after the speaker's own message, whom it named last: "My wife Anna is coming too." "She's a paediatric nurse …")
  if (!prev) return peopleOwnBefore(turns, i, i - 1);
  if (!last) return [];
  const talking = [speaker, prev.source.speaker ?? ""];
  // (an assistant's reply names again whom the user named: the user's "She" is whom they were telling of, named-again.ts)
  const toAssistant = prev.source.role === "assistant" && turns[i]?.source.role === "user";
  // (a text or mail the speaker received was read as said of them, "the user's old Subbuteo set": their "your" again)
  const to = letterRecipient(prev.source);
  const heard = (s: Sentence) => (to && s.text.includes(`${to}'s`) ? parseSentence(s.text.replaceAll(`${to}'s`, "your")) : s);
  const theirs = referents(heard(last), true, talking)
    .filter((r) => !(toAssistant && r.person))
    .map((r) => ({ ...r, from: prev.source.id, ...(last.question ? { requested: true as const } : {}) }));
  // (after a reply that names no one, whom the speaker's own message before it named: "My wife Anna is coming
  // too." "Can't wait to meet her!" "She's a paediatric nurse …"; had been "Tom says she's a paediatric nurse …")
  if (theirs.length === 0 && !last.question) return peopleOwnBefore(turns, i, i - 2);
  if (theirs.length > 0 || !last.question || !ASKS_OF_IT.test(last.text)) return theirs;
  // (a question that points back at what its own message named offers or asks of that: "Found your old
  // Subbuteo set in the loft. Shall I keep it?" "Yes! I'll pick it up at Christmas")
  for (const s of prev.sentences.slice(0, -1).reverse()) {
    const named = s.question ? [] : referents(heard(s), true, talking).filter((r) => !r.person);
    if (named.some((r) => r.eligible)) return named.map((r) => ({ ...r, from: prev.source.id, requested: true as const }));
  }
  const earlier = turns[i - 2];
  if (!earlier || (earlier.source.speaker ?? "") !== speaker) return theirs;
  const asked = /\bthem\b/i.test(last.text) ? ("them" as const) : undefined;
  let named: Referent[] = [];
  for (const s of earlier.sentences) {
    const said = s.question ? [] : referents(s, false, talking);
    // (the question's pronoun made the thing what is talked about, as "a" or "this" would have: "I
    // finished my first screenplay." "What's it about?" "It's a mix of drama and romance")
    if (said.some((r) => r.eligible)) return said.map((r) => ({ ...r, introduced: true, asked, from: earlier.source.id }));
    if (said.length) named = said;
  }
  // (failing that, what their last statement named, only for an answer that says the question's "them"
  // again: "I like having my turtles around" "How long have you had them?" "I've had them for 3 years")
  return asked ? named.map((r) => ({ ...r, eligible: false, asked, from: earlier.source.id })) : [];
}
