import type { MemoryHit } from "../retrieval/search.js";
import { normName } from "../memory/entities.js";
import { saysWord } from "../util/quote.js";

// Whom and what a memory found for a question names, and who said it (recall.ts, named-beside.ts).

/**
 * Whether `text` says each word of `name` as a word (any case): the name itself, or, of a name of several
 * words, each apart, as a run of capitalised words may name two things, an employer and a role ("the Wise
 * Product Lead role" of "hiring for Wise Business" and "a Product Lead").
 */
export function namesIn(text: string, name: string): boolean {
  return name.split(/\s+/).every((w) => saysWord(text, w, true));
}

/** Whether a memory's text (title and content) names `name` as a word (any case). */
export function mentions(h: MemoryHit, name: string): boolean {
  return namesIn(`${h.title}\n${h.content}`, name);
}

/** Whether one of a memory's sources was said by `name` (compared as names are: normName). */
export function saidBy(h: MemoryHit, name: string): boolean {
  const who = normName(name);
  return h.sources.some((s) => s.speaker != null && normName(s.speaker) === who);
}

/**
 * Whether `name` said one of a memory's sources as the one it is about: {@link saidBy}, but of a fact
 * whose subject is someone else (`details.subject`, a JSON string or undefined), the turn `name` said only
 * asked for it or led to it ("John's one-year-old is cute, his name is Kyle", told after Maria asked, is
 * not Maria's for "What are Maria's dogs' names?"). A memory without a subject (an episode, a procedure,
 * an assistant's answer) is said by whoever said a source.
 */
export function saidAsSubject(h: MemoryHit, name: string, details: string | undefined): boolean {
  if (!saidBy(h, name)) return false;
  const subject = subjectOf(details);
  return subject === undefined || normName(subject) === normName(name);
}

/** Whom a memory is about, from its details JSON (`details.subject`, set on facts); undefined when it names no one as a string. */
export function subjectOf(details: string | undefined): string | undefined {
  const subject = details ? (JSON.parse(details) as { subject?: unknown }).subject : undefined;
  return typeof subject === "string" ? subject : undefined;
}
