import { HIDDEN_MARK } from "./secrets.js";
import type { EngramDb } from "../db/connection.js";
import { coreBlockByLabel, type UserFact, userFacts } from "../db/repos/core-blocks.js";
import { insertMemory, linkSources, updateMemory } from "../db/repos/memories.js";
import { sourceIdsOfMemories } from "../db/repos/provenance.js";
import type { MemoryRow } from "../db/types.js";
import { getVector, putVector } from "../db/vectors.js";
import { MULTI_VALUED_PREDICATES } from "./relations.js";
import { meanVector } from "./pool.js";
import { ANSWER_LABEL, OPENS_ON_REFERENCE, tellsSharedImage, withoutSaidDate } from "./fact-text.js";
import { firstSentences } from "./reading.js";
import { RESOLVED_DATES } from "./titles.js";
import type { Sentence } from "./sentences.js";
import type { EngineName } from "./types.js";
import { escapeRegExp } from "../util/quote.js";
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { MILESTONE } from "./fact-importance.js";

/**
 * Core memory blocks (after MemGPT/Letta and MIRIX): two short texts always put in the assistant's
 * context. `human`: what the user is like and prefers, rebuilt from the current facts about the
 * user. `persona`: how the assistant should behave, from the user's own instructions. Both are
 * kept short by replacing lines, never by appending without bound.
 */
export type CoreLabel = "human" | "persona";

/** Most lines a core block keeps. */
export const CORE_MAX_LINES = { human: 8, persona: 5 } as const;

/** The active core block `label`, if any. */
export function coreBlock(db: EngramDb, label: CoreLabel): MemoryRow | undefined {
  return coreBlockByLabel(db, label);
}

const INSTRUCTION = [
  /^(please\s+)?(always|never|do not|don't|stop|call me|address me|answer|reply|respond|write|use|speak|talk to me|keep (your|it|answers))\b/i,
  /\b(from now on|going forward|in (the )?future)\b.*\b(you|your|answer|reply|respond|call me)\b/i,
  /\bi (want|would like|'d like|prefer) (you|your|answers|replies|responses)\b/i,
  /\byou should (always|never|answer|reply|respond|be|use|keep|call)\b/i,
];

/**
 * An instruction about how the assistant should behave ("Please keep your answers short",
 * "Call me Sam", "From now on, answer in French"), or null. Only ever applied to what the user
 * typed (trust `user`): instructions found in imported or captured text are data, never obeyed.
 */
export function personaInstruction(s: Sentence): string | null {
  if (s.question) return null;
  const text = s.text.trim();
  return INSTRUCTION.some((re) => re.test(text)) ? text : null;
}

function words(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !["please", "always", "never", "from", "now", "you", "your", "the", "and"].includes(w)),
  );
}

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.min(x.size, y.size);
}

/** A line merged into a block: a line on the same matter (≥ half the words shared) is replaced, else the new line goes first; capped. */
export function mergeLines(lines: string[], line: string, max: number): string[] {
  const rest = lines.filter((l) => overlap(l, line) < 0.5);
  return [line, ...rest].slice(0, max);
}

/**
 * Writes a core block's lines (creating the block, or replacing its text with an UPDATE version).
 * Its vector is the normalised mean of `vectors` (the memories or instructions it was built from),
 * so it is written in the caller's transaction without a model call.
 */
function writeBlock(
  db: EngramDb,
  label: CoreLabel,
  lines: string[],
  sourceIds: number[],
  vectors: Float32Array[],
  opts: { engine: EngineName; reason: string; now: number },
): "ADD" | "UPDATE" | "NOOP" {
  const title = label === "human" ? "About the user" : "How the assistant should behave";
  const content = `${title}:\n${lines.map((l) => `- ${l}`).join("\n")}`;
  const block = coreBlock(db, label);
  if (block && (block.user_edited || block.pinned || block.content === content)) return "NOOP";
  let id: number;
  if (block) {
    id = block.id;
    updateMemory(db, id, { content, details: { label, lines } }, { op: "UPDATE", actor: opts.engine, reason: opts.reason, now: opts.now });
    linkSources(db, id, sourceIds);
  } else {
    id = insertMemory(
      db,
      { type: "core", title, content, details: { label, lines }, importance: 1, engine: opts.engine },
      { sourceIds, actor: opts.engine, reason: opts.reason, now: opts.now },
    );
  }
  const old = block ? getVector(db, "memories", id) : null;
  const vector = meanVector(old ? [old, ...vectors] : vectors);
  if (vector) putVector(db, "memories", id, vector);
  return block ? "UPDATE" : "ADD";
}

/** How many of the user's facts, best first, the `human` block chooses its lines from. */
const HUMAN_CANDIDATES = 80;

/** A line that says when something happened ("yesterday", "last week", "(2 July 2023)"): an event, not a trait. */
const DATED =
  /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|recently|lately|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\(\d|\b(?:19|20)\d\d\b/i;
/** An event that did not happen ("The user did not go to the gym today", "… didn't call Mum this week"): no event of theirs. */
const DID_NOT = /\b(?:did not|didn't|could not|couldn't|never got to)\b/i;
/** A plan or a request for the day it was said ("Priya will sort the Airbnb tonight", "… is going to call the landlord this afternoon", "Priya asked Dev to do pickup today"): a to-do, not who they are. */
const SAME_DAY_PLAN =
  /\b(?:will|['’]ll|(?:is|am|are)\s+going\s+to|gonna|asked\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}to)\b[^.!?]*\b(?:tonight|today|this\s+(?:morning|afternoon|evening)|later\s+today)\b/iu;
/** A liking whose object is something shown or said just before ("Melanie loves the colors", "… that bowl"): a reaction, not a trait. */
const LIKES_WHAT_WAS_SHOWN = /\b(?:loves?|likes?|enjoys?|adores?)\s+(?:all\s+)?(?:the|that|this|these|those|it|them)\b/i;
/** A line that points at what was shown with it: "Caroline has been busy painting - here's something Caroline just finished". */
const POINTS_AT_SHOWN = /\bhere(?:['’]s| is| are)\b/i;
/**
 * A list under its label ("The user's shopping list: oat milk, eggs", "… todo list: …", "… gift ideas for
 * Sam: …"), or a task ("To do: Renew passport", "Inbox: The user's to do: Buy Mum's birthday present"):
 * what is to do or buy, not who they are. A field under its label is who they are, and stays: "The
 * user's GP: Dr Amara Obi …", "The user's blood type: O negative".
 */
const LABELLED_LIST =
  /^[^:]{1,40}['’]s (?:[\p{L} '’-]{0,30}\s)?(?:list|lists|ideas|shopping|wishlist|groceries|errands|packing|to[- ]?dos?)\b[\p{L} '’-]{0,30}: |\bto[- ]?do(?:\s+list)?:/iu;

/** A line that adds to what was said before it ("Melanie's partner Dev is coming too"): to what, it does not say. */
const ADDS_TO_BEFORE = /\b(?:too|as well)\s*[.!]?\s*$/i;
/** "he", "she", "him", "her", "his", "hers": someone the line must name for them to stand for. */
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;
/** A day's or a month's name. */
const CALENDAR_WORD = new RegExp(`^(?:${DAY_NAMES}|${MONTH_NAMES})$`, "i");
/** A line that ends on a thing pointed at, "that" or "this" and its noun: what it is was said before ("Tim loves escaping to that world"). */
const POINTED_AT_LAST = /\b(?:that|this|these|those)\s+\p{L}+\s*[.!?…]*\s*$/iu;
/** "it" or "them" after a word, not as a subject ("will bring it Saturday"): a thing said before. */
const THING_PRONOUN = /(?<=\p{L}\s)(?:it|them)\b(?!['’]s|\s+(?:is|was|are|were)\b)/iu;

/**
 * Whether a line leans on what was said before it, so that read alone in the `human` block it says
 * less than it seems: it adds "too" or "as well" to something unsaid, does something to "it" or
 * "them" ("Tom will bring it Saturday"), ends on "that" or "this" and a noun ("Tim loves escaping to
 * that world"), or it says "he" or "her" (…) and names no one but `subject`
 * ("Melanie thinks they will get her the camera backpack").
 */
function leansOnBefore(line: string, subject: string): boolean {
  const own = withoutSaidDate(line).replace(/\([^()]*\)/g, " ");
  if (ADDS_TO_BEFORE.test(own) || THING_PRONOUN.test(own) || POINTED_AT_LAST.test(own)) return true;
  if (!PERSON_PRONOUN.test(own)) return false;
  // (a day or a month is no one: "The user is seeing her again on Friday")
  const names = [...own.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu)].map((m) => m[0].replace(/['’]s$/, "")).filter((n) => !CALENDAR_WORD.test(n));
  return names.every((n) => n.toLowerCase() === subject.toLowerCase());
}

/** People around the user whose news is theirs, not the user's ("A buddy of Melanie's adopted …", "Melanie's friend got married"). */
const FRIENDS = "(?:buddy|buddies|friend|friends|pal|pals|neighbou?r|neighbou?rs|coworker|coworkers|colleague|colleagues|classmate|classmates)";

/**
 * How lines refer to the user called `name`: `named` finds the name as a word; `friend` a line that
 * opens on a friend of theirs ("A buddy of Melanie's …", "Melanie's friend …"), news about them;
 * `reported` a line that only reports what the user says of something else ("Melanie says the boiler
 * service is due …"), was told of someone else's ("Chris told Melanie that he is getting married") or
 * asked someone else to do ("Joanna asked Nate to share the recipe").
 */
function userPatterns(name: string): { named: RegExp; friend: RegExp; reported: RegExp } {
  const who = escapeRegExp(name);
  return {
    named: new RegExp(`\\b${who}\\b`, "i"),
    friend: new RegExp(`^(?:(?:a|an|one|the)\\s+)?(?:\\w+\\s+)?${FRIENDS}\\s+of\\s+${who}['’]s\\b|^${who}['’]s\\s+(?:\\w+\\s+)?${FRIENDS}\\b`, "i"),
    // (and what the user asked someone else to do, a request of the moment: "Joanna asked Nate to share the recipe")
    reported: new RegExp(`^(?:${who}\\s+says\\b|\\p{Lu}[\\p{L}'’-]*\\s+(?:told|tells)\\s+${who}\\b|${who}\\s+asked\\s+\\p{Lu}[\\p{L}'’-]*\\s+to\\b)`, "iu"),
  };
}

/**
 * The lines of the `human` block (after MemGPT's persona/human blocks: who the user is, not a log):
 * single-valued relations first (where they live, their job), then, taking turns, what happened to
 * them (a dated line) and what they are like (an undated one, a relation first: "The user is allergic
 * to peanuts", "Pottery is a huge part of Melanie's life"), each what they come back to first (a matter
 * other lines share two longer words of: {@link recurrence}), else the most important first, but a milestone that
 * is the most important event leads the events (fact-importance.ts MILESTONE); a dated line of what
 * did not happen ("… did not go to the gym today") is no event. A line that does not name
 * the user, opens with a pronoun or a demonstrative or on a friend of theirs ("A buddy of Melanie's
 * adopted …"), only reports what they say or were told ("Melanie says the boiler service is due …"), likes or points at something shown ("here's …"), is a list under its label ("The user's shopping list: …") or a plan for the day it was said ("… will sort the Airbnb tonight"), tells an image shared,
 * leans on what was said before it ("… is coming too", a "her" it names no one for), or says what a line already chosen says (half its words) is left out. At most `max` lines.
 */
export function humanLines(facts: Array<Pick<UserFact, "single" | "structured" | "subject"> & { line: string }>, max: number): string[] {
  // (compared without their dates and the user's name, which every line shares: "The user is allergic to
  // peanuts (1 June 2023)" says nothing of "The user had a picnic … (Sunday 4 June 2023)")
  const subject = facts.find((f) => f.subject)?.subject;
  const name = subject ? new RegExp(`\\b${escapeRegExp(subject)}\\b`, "gi") : null;
  const gist = (line: string) => {
    const undated = line.replace(/\([^)]*\)/g, " ");
    return name ? undated.replace(name, " ") : undated;
  };
  const chosen: string[] = [];
  const gists: string[] = [];
  /** Chooses `line` unless the block is full or a chosen line says what it says; whether it did. */
  const take = (line: string): boolean => {
    const g = gist(line);
    if (chosen.length >= max || gists.some((c) => overlap(c, g) >= 0.5)) return false;
    chosen.push(line);
    gists.push(g);
    return true;
  };
  // (the patterns of each name once: the facts are nearly all of one user)
  const patterns = new Map<string, ReturnType<typeof userPatterns>>();
  const of = (who: string) => patterns.get(who) ?? patterns.set(who, userPatterns(who)).get(who)!;
  const standalone = facts.filter(
    (f) =>
      // (read alone, a line opening with a pronoun or a demonstrative refers to nothing: "These figurines …", "That roadtrip …")
      !OPENS_ON_REFERENCE.test(f.line) &&
      !LIKES_WHAT_WAS_SHOWN.test(f.line) &&
      !POINTS_AT_SHOWN.test(f.line) &&
      !LABELLED_LIST.test(f.line) &&
      !SAME_DAY_PLAN.test(f.line) &&
      // (a line that hides a credential, secrets.ts: a password is not who they are)
      !HIDDEN_MARK.test(f.line) &&
      !tellsSharedImage(f.line, f.subject ?? "") &&
      !leansOnBefore(f.line, f.subject ?? "") &&
      (!f.subject || (of(f.subject).named.test(f.line) && !of(f.subject).friend.test(f.line) && !of(f.subject).reported.test(f.line))),
  );
  for (const f of standalone) if (f.single) take(f.line);
  // events and traits, each the most important first; the day a fact was said, which closes most of
  // them, dates no event; among traits a relation first ("The user is allergic to peanuts")
  const events: string[] = [];
  const traits: typeof standalone = [];
  for (const f of standalone) {
    if (f.single) continue;
    if (DATED.test(withoutSaidDate(f.line))) {
      if (!DID_NOT.test(f.line)) events.push(f.line);
    } else traits.push(f);
  }
  // (events and the rest, what the user comes back to first: "Caroline is still looking into counseling and
  // mental health jobs", said again in three sessions, before a trait said once; Joanna's writing before a
  // recipe asked for)
  const again = recurrence(
    standalone.map((f) => f.line),
    subject,
  );
  const returnedTo = (line: string) => again.get(line) ?? 0;
  const unstructured = traits.filter((f) => !f.structured).sort((a, b) => returnedTo(b.line) - returnedTo(a.line));
  // (but the most important event leads when it is a milestone, said once or not: "Andrew started a new job as a
  // Financial Analyst", before the weekends he comes back to)
  const milestone = events.length > 0 && MILESTONE.test(withoutSaidDate(events[0]!)) ? events.splice(0, 1) : [];
  events.sort((a, b) => returnedTo(b) - returnedTo(a));
  const queues = [[...milestone, ...events], [...traits.filter((f) => f.structured), ...unstructured].map((f) => f.line)];
  /** Takes the next line of `queue` that fits, passing over those that do not. */
  const takeNext = (queue: string[]) => {
    for (let line = queue.shift(); line !== undefined; line = queue.shift()) if (take(line)) return;
  };
  // by turns, an event and a trait
  while (chosen.length < max && queues.some((q) => q.length > 0)) for (const q of queues) takeNext(q);
  return chosen;
}

/**
 * Longer words any line may say, which tell no matter: when ("weekend", "yesterday", "recently"), a
 * judgement ("great", "awesome", "amazing") and function words ("their", "about", "other").
 */
const COMMON_LONG = new RegExp(
  `^(?:${DAY_NAMES}|${MONTH_NAMES}|weekend|weekends|weeks|month|months|years|today|tonight|yesterday|tomorrow|recently|lately|later|` +
    "great|awesome|amazing|really|always|super|totally|definitely|their|there|about|other|others|which|would|could|should|being|going|thing|things|" +
    "again|before|after|every|since|while|still|first|through|together|little|pretty|something|everything|someone)$",
);

/**
 * For each line, how many other lines share two or more of its longer words (5 letters or more, not
 * `subject`'s name): a matter the user comes back to ("looking into counseling and mental health as a
 * career", "… counseling or mental health work more", "… counseling and mental health jobs"). Lines
 * with no such word count 0. The sort is stable, so ties keep their order (most important first).
 */
function recurrence(lines: string[], subject: string | null | undefined): Map<string, number> {
  const own = subject?.toLowerCase();
  const long = lines.map(
    (line) =>
      new Set(
        (
          withoutSaidDate(line)
            .toLowerCase()
            .match(/\p{L}{5,}/gu) ?? []
        ).filter((w) => w !== own && !w.startsWith(`${own}'`) && !COMMON_LONG.test(w)),
      ),
  );
  return new Map(lines.map((line, i) => [line, long.filter((other, j) => j !== i && [...long[i]!].filter((w) => other.has(w)).length >= 2).length]));
}

/**
 * The sentence of a fact's `content` its `title` was made from (titles.ts: the most specific one,
 * without its dates, maybe cut short with "…"): "Recently Melanie had a setback. Last month (September
 * 2023) Melanie got hurt and had to take a break from pottery …" titled "Last month Melanie got hurt
 * and had to take…" gives the second. The first sentence when none matches (a title led by the
 * question's topic).
 */
function titleSentence(content: string, title: string): string {
  const head = title.replace(/…$/, "").toLowerCase();
  let rest = content;
  for (let sentence = firstSentences(rest, 1); sentence; rest = rest.slice(sentence.length), sentence = firstSentences(rest, 1)) {
    if (sentence.replace(RESOLVED_DATES, "").trim().toLowerCase().startsWith(head)) return sentence.trim();
  }
  return firstSentences(content, 1).trim();
}

/**
 * The current facts about the user the `human` block tells, each with its line, in the block's order:
 * {@link humanLines} chooses among the HUMAN_CANDIDATES most important, at most CORE_MAX_LINES.human.
 * A line per fact, its canonical statement or its first sentence: the block is read whole and given to
 * every answer, so it stays short (conv-26's block of eight whole facts ran to 300 words).
 */
export function humanBlockFacts(db: EngramDb): Array<UserFact & { line: string }> {
  const candidates = userFacts(db, HUMAN_CANDIDATES, MULTI_VALUED_PREDICATES).map((r) => ({
    ...r,
    // (without the question it answered: "Asked about fav tunes: Melanie is a fan of …")
    line: r.single ? r.title : titleSentence(r.content.replace(ANSWER_LABEL, ""), r.title),
  }));
  const lines = humanLines(candidates, CORE_MAX_LINES.human);
  return lines.map((line) => candidates.find((c) => c.line === line)!);
}

/**
 * Rebuilds the `human` block from the current facts about the user ({@link humanLines} chooses among
 * the HUMAN_CANDIDATES most important), at most CORE_MAX_LINES.human lines. Runs in the caller's
 * transaction.
 */
export function rebuildHumanBlock(db: EngramDb, opts: { engine: EngineName; now: number }): "ADD" | "UPDATE" | "NOOP" {
  const rows = humanBlockFacts(db);
  if (rows.length === 0) return "NOOP";
  const lines = rows.map((r) => r.line);
  const sources = sourceIdsOfMemories(
    db,
    rows.map((r) => r.id),
  );
  const vectors = rows.map((r) => getVector(db, "memories", r.id)).filter((v): v is Float32Array => v != null);
  return writeBlock(db, "human", lines, sources, vectors, { ...opts, reason: "rebuilt from the current facts about the user" });
}

/**
 * Adds an instruction of the user to the `persona` block: it replaces a line on the same matter,
 * else goes first; the block keeps CORE_MAX_LINES.persona lines. Runs in the caller's transaction.
 * @param vector the instruction's embedding
 */
export function addPersonaLine(
  db: EngramDb,
  line: string,
  sourceId: number,
  vector: Float32Array,
  opts: { engine: EngineName; now: number },
): "ADD" | "UPDATE" | "NOOP" {
  const block = coreBlock(db, "persona");
  const lines = block ? ((JSON.parse(block.details) as { lines?: string[] }).lines ?? []) : [];
  return writeBlock(db, "persona", mergeLines(lines, line, CORE_MAX_LINES.persona), [sourceId], [vector], { ...opts, reason: `the user asked: "${line}"` });
}
