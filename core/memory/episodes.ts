import type { SourceRow } from "../db/types.js";
import { humanDate } from "../time/format.js";
import { annotateDates, dateDetail, type DateMention, withoutRepeatedDates } from "../time/mentions.js";
import { fullyParsed, type Sentence } from "./sentences.js";
import { listWords, pickSummary, sessionTitle, topicPhrase, type TurnFact } from "./summary.js";
import { saidDate, withoutPhotoNotes, withoutSaidDate } from "./fact-text.js";

/** A source with what the extractors need: its parsed sentences and (when stored) its vector, for pooling. */
export interface Turn {
  source: SourceRow;
  sentences: Sentence[];
  vector: Float32Array | null;
}

/** Window limits: a window is a session of a conversation (see README.md). */
export const WINDOW = {
  /** A window never holds more turns than this (bounds the work of re-describing a long chat session). */
  maxTurns: 200,
  /** A pause longer than this (ms) between two turns starts a new window. */
  maxGapMs: 30 * 60_000,
};

/** An episode being built: its turns in order; `memoryId` when it continues a stored episodic memory. */
export interface Window {
  memoryId: number | null;
  turns: Turn[];
}

/**
 * Cuts a conversation's turns into episodes, online (turn by turn, so processing in one batch or
 * one turn at a time gives the same windows): a turn starts a new window after a pause longer than
 * `maxGapMs` (a new session) or when the window is full (`maxTurns`). Cutting at topic shifts
 * (TextTiling-style, on the turns' vectors) was measured and changed nothing at this size.
 * @param open the conversation's last stored window, which the first turns may continue
 * @param gapMs the pause that starts a new window (an email thread is one session however long its
 *   replies take: Infinity)
 * @returns windows in order; the first one has `memoryId` set when it continues `open`.
 */
export function segment(turns: Turn[], open: Window | null, gapMs: number = WINDOW.maxGapMs): Window[] {
  const out: Window[] = [];
  let current: Window | null = open ? { memoryId: open.memoryId, turns: [...open.turns] } : null;
  let fresh = 0;
  const flush = () => {
    if (current && fresh > 0) out.push(current);
  };
  for (const t of turns) {
    if (current && !continues(current, t, gapMs)) {
      flush();
      current = null;
      fresh = 0;
    }
    current ??= { memoryId: null, turns: [] };
    current.turns.push(t);
    fresh++;
  }
  flush();
  return out;
}

/**
 * The turns an episode tells: `turns` but a file's paragraph said again (its `external_id`, changed by a
 * later import: a day's total a reader said anew) told once, in its last words, where it was last said. The
 * window keeps every turn (each is processed, and kept in the episode's provenance).
 */
export function toldTurns(turns: Turn[]): Turn[] {
  const last = new Map<string, Turn>();
  for (const t of turns) if (t.source.kind === "file" && t.source.external_id != null) last.set(t.source.external_id, t);
  return last.size === 0 ? turns : turns.filter((t) => t.source.kind !== "file" || t.source.external_id == null || last.get(t.source.external_id) === t);
}

function continues(w: Window, t: Turn, gapMs: number): boolean {
  const last = w.turns[w.turns.length - 1]!;
  return w.turns.length < WINDOW.maxTurns && t.source.occurred_at - last.source.occurred_at <= gapMs;
}

/** What a source says, for an episode: who (speaker, or app — window) and the text with relative dates made absolute; a screen's text shortened. */
/** Most characters of a screen's text an episode keeps (the capture's own resource memory keeps it whole). */
const SCREEN_TEXT_CHARS = 200;

function turnLine(t: Turn): { line: string; dates: DateMention[] } {
  const s = t.source;
  const past = t.sentences.some((x) => x.past);
  let said = s.text.replace(/\s+/g, " ").trim();
  if (s.kind === "screenshot" && said.length > SCREEN_TEXT_CHARS) said = `${said.slice(0, SCREEN_TEXT_CHARS - 1)}…`;
  const { text, dates } = annotateDates(said, s.occurred_at, { past });
  const who = s.speaker ?? [s.app, s.window_title].filter(Boolean).join(" — ");
  return { line: who ? `${who}: ${text}` : text, dates };
}

const TOPIC_SKIP = new Set([
  "here",
  "there",
  "lot",
  "way",
  "thing",
  "things",
  "time",
  "day",
  "bit",
  "stuff",
  "kind",
  "sort",
  "one",
  "fun",
  "idea",
  "guy",
  "guys",
  "hey",
  "wow",
  "thanks",
  "yeah",
]);

/** Tags (compromise) of nouns that make poor topics: pronouns and possessives ("our"), adverbs
 * ("here"), people, and time words ("week", "today"). */
const NOT_TOPIC_TAGS = ["Pronoun", "Possessive", "Adverb", "Person", "Date", "Duration", "Value"];

/** The most mentioned content nouns of the window's parsed sentences (not people), most frequent first. */
function topics(w: Window, n: number): string[] {
  const counts = new Map<string, number>();
  const names = new Set(w.turns.flatMap((t) => (t.source.speaker ?? "").toLowerCase().split(/\s+/)));
  for (const t of w.turns) {
    for (const s of t.sentences) {
      for (const term of s.terms) {
        if (!term.tags.has("Noun") || NOT_TOPIC_TAGS.some((tag) => term.tags.has(tag))) continue;
        if (term.normal.length < 3 || !/^[a-z][a-z-]*$/.test(term.normal) || TOPIC_SKIP.has(term.normal) || names.has(term.normal)) continue;
        counts.set(term.normal, (counts.get(term.normal) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([w]) => w);
}

/** An episodic memory's text and details for a window. */
export interface Episode {
  title: string;
  content: string;
  occurredAt: number;
  details: Record<string, unknown>;
}

/**
 * Writes a chat session (a window with speakers) as one episode: titled in words ("Tim tells John
 * about the Cliffs of Moher and the German lessons"), with a header naming the participants and the
 * date, then an extractive summary of its most informative facts (summary.ts; dates resolved).
 * Screens (no speaker) keep one line per capture: app — window and the start of its text. Details:
 * actor (who spoke most, an assistant only when no one else spoke), participants, conversation, the span (earliest and latest turn's time; the episode is dated by the earliest), the
 * dates mentioned, the summary's sources (`summary_sources`) and the window's first and last source ids.
 * @param facts the facts of the window's turns, in order (from the fact extractor)
 * @param nameOf who said a source, as the episode names them (default its speaker label; the engine
 *   names the user "User" of Engram's chat by the name an import gave them)
 */
export function describeWindow(w: Window, conversation: string | null, facts: TurnFact[], nameOf: (s: SourceRow) => string | null = (s) => s.speaker): Episode {
  const first = w.turns[0]!.source;
  const last = w.turns[w.turns.length - 1]!.source;
  // (a note's paragraphs may be stored out of time order, a month's closing balance before its first day's payments: the episode spans their times)
  const times = w.turns.map((t) => t.source.occurred_at);
  const start = Math.min(...times);
  const end = Math.max(...times);
  const words = new Map<string, number>();
  // (the actor is a person: in a chat with an assistant, the user, however long its answers)
  const people = new Map<string, number>();
  for (const t of w.turns) {
    const name = nameOf(t.source);
    if (!name) continue;
    words.set(name, (words.get(name) ?? 0) + t.source.text.length);
    if (t.source.role !== "assistant") people.set(name, (people.get(name) ?? 0) + t.source.text.length);
  }
  const participants = [...words.keys()];
  const actor = [...(people.size ? people : words).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const when = humanDate(start);
  const common = {
    occurredAt: start,
    details: {
      actor,
      participants,
      conversation,
      span: { start, end },
      window: { first_source: first.id, last_source: last.id, turns: w.turns.length },
    } as Record<string, unknown>,
  };
  if (participants.length === 0) {
    const lines = w.turns.map(turnLine);
    const who = first.app ?? first.kind;
    const topic = topics(w, 3);
    common.details.dates = lines.flatMap((l) => l.dates.map(dateDetail));
    return {
      ...common,
      title: `${who}, ${when}${topic.length ? `: ${topic.join(", ")}` : ""}`,
      content: `${who}, ${when}:\n${lines.map((l) => l.line).join("\n")}`,
    };
  }
  // (a summary tells what happened, not what its pictures show: "Photo: a bathroom with a blue floor" is left out)
  const summary = pickSummary(facts.map((f) => ({ ...f, content: withoutPhotoNotes(f.content) })));
  common.details.summary_sources = summary.map((f) => f.sourceId);
  // (a fact's closing day is the header's for a one-day session: said once, in the header)
  const told = (f: TurnFact) => (saidDate(f.content) === when ? withoutSaidDate(f.content) : f.content);
  const body = summary.length ? withoutRepeatedDates(summary.map(told).join(" ")) : (quoted(w, nameOf) ?? `${listWords(participants)} talked${topicsLine(w)}.`);
  // (a short session that states nothing is titled by what its words were about: "User asks about the bathroom extractor fan")
  const talkedOf = summary.length
    ? null
    : topicPhrase(
        w.turns.flatMap((t) => t.sentences.map(fullyParsed)),
        [...participants, ...w.turns.flatMap((t) => t.sentences.flatMap((x) => fullyParsed(x).entities.map((e) => e.name)))],
      );
  const asked = w.turns.every((t) => t.sentences.length > 0 && t.sentences.at(-1)!.question);
  const title =
    talkedOf && participants.length === 1 ? `${participants[0]} ${asked ? "asks" : "talks"} about ${talkedOf}` : sessionTitle(participants, summary);
  return { ...common, title, content: `${listWords(participants)}, ${when}: ${body}` };
}

/** The most words a session that states nothing may have to be told as it was said. */
const QUOTED_WORDS = 30;

/**
 * A short session that states nothing, as it was said ('Priya: "got it, thanks!"'), which says more
 * than "Priya talked."; a note that states nothing (a how-to, whose steps are a procedure of their
 * own) by its first QUOTED_WORDS words ('"How to descale your machine: Descale every 3 months, …"'),
 * as no one talked in it; null for a chat of more than 4 turns or QUOTED_WORDS words.
 */
function quoted(w: Window, nameOf: (s: SourceRow) => string | null): string | null {
  const said = w.turns.map((t) => ({ who: nameOf(t.source), text: t.source.text.replace(/\s+/g, " ").trim() }));
  const words = said.flatMap((s) => s.text.split(" "));
  if (w.turns.every((t) => t.source.kind === "file" || t.source.kind === "manual") && words.length > QUOTED_WORDS)
    return `"${words
      .slice(0, QUOTED_WORDS)
      .join(" ")
      .replace(/[,;:.]+$/, "")}…"`;
  if (said.length > 4 || words.length > QUOTED_WORDS) return null;
  return said.map((s) => `${s.who ? `${s.who}: ` : ""}"${s.text}"`).join(" ");
}

function topicsLine(w: Window): string {
  const t = topics(w, 3);
  return t.length ? ` about ${listWords(t)}` : "";
}
