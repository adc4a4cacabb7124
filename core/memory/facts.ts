import { annotateDates, type DateMention } from "./dates.js";
import { toThirdPerson, type Sentence, type Term, type View } from "./sentences.js";

/** Who said a sentence: the name facts are about, and whether that is the app's user. */
export interface Speaker {
  /** Display name used as the subject ("Caroline", or "the user" for the user of a chat app). */
  name: string;
  /** The speaker is the person using Engram (role `user`): their facts feed the `human` core block. */
  aboutUser: boolean;
}

/** A semantic fact found in one sentence: subject/predicate/object where a pattern matched, else free-form. */
export interface Fact {
  subject: string;
  /** e.g. lives_in, works_at, likes; null for a free-form statement. */
  predicate: string | null;
  object: string | null;
  /** The predicate holds one value at a time (a new value contradicts the old one). */
  single: boolean;
  /** Short statement: "Caroline lives in Berlin." for structured facts, else the start of the sentence. */
  title: string;
  /** The sentence in the third person with relative dates made absolute. */
  content: string;
  dates: DateMention[];
  aboutUser: boolean;
}

interface Pattern {
  predicate: string;
  single: boolean;
  /** A word the sentence must contain (lower case, as written) before the pattern is tried: matching is the costly part. */
  cue: RegExp;
  /** compromise match syntax over the contraction-expanded sentence; group `o` is the object. */
  match: string;
  /** Canonical statement; {s} subject, {o} object, {k} group `k`. */
  say: string;
}

/**
 * Structured predicates (compromise match syntax). Single-valued ones (lives_in, works_at, …) are
 * what the contradiction rule of decide.ts acts on: a new value invalidates the old one.
 */
const PATTERNS: Pattern[] = [
  { predicate: "lives_in", single: true, cue: /\bliv(e|ing|ed)\b/, match: "(i|we) (still|now|currently)? (live|am living|are living|have lived|have been living) in [<o>.+]", say: "{s} lives in {o}." },
  { predicate: "lives_in", single: true, cue: /\b(moved|relocated)\b/, match: "(i|we) (just|recently|finally|have|had)? (moved|relocated) (to|into) [<o>.+]", say: "{s} lives in {o}." },
  { predicate: "lives_in", single: true, cue: /\b(based|settled)\b/, match: "(i|we) (am|are) (now)? (based|settled) in [<o>.+]", say: "{s} lives in {o}." },
  { predicate: "from", single: true, cue: /\bfrom\b/, match: "(i|we) (am|are) (originally)? from [<o>.+]", say: "{s} is from {o}." },
  { predicate: "works_at", single: true, cue: /\bwork(ing)?\b/, match: "i (still|now|currently)? (work|am working) (at|for) [<o>.+]", say: "{s} works at {o}." },
  { predicate: "works_at", single: true, cue: /\b(job|position|role)\b/, match: "i (just|recently)? (started|got|landed|accepted|took) (a|an|the)? (new)? (job|position|role) (at|with) [<o>.+]", say: "{s} works at {o}." },
  { predicate: "works_as", single: true, cue: /\bas\b/, match: "i (work|am working) as (a|an)? [<o>.+]", say: "{s} works as {o}." },
  { predicate: "works_as", single: true, cue: /\bi(?:'m| am) an?\b/, match: "i am (a|an) [<o>#Actor+]", say: "{s} works as {o}." },
  { predicate: "is_married_to", single: true, cue: /\bmarried\b/, match: "i (am|got) married to [<o>.+]", say: "{s} is married to {o}." },
  { predicate: "is_married_to", single: true, cue: /\b(husband|wife)\b/, match: "my (husband|wife) is? [<o>#Person+]", say: "{s} is married to {o}." },
  { predicate: "name", single: true, cue: /\bmy name\b/, match: "my name is [<o>.+]", say: "{s}'s name is {o}." },
  { predicate: "name", single: true, cue: /^call me\b/, match: "^call me [<o>.+]", say: "{s}'s name is {o}." },
  { predicate: "age", single: true, cue: /\byears old\b/, match: "i am [<o>#Value] years old", say: "{s} is {o} years old." },
  { predicate: "favorite", single: true, cue: /\bfavou?rite\b/, match: "my (favorite|favourite) [<k>#Noun+] is [<o>.+]", say: "{s}'s favourite {k} is {o}." },
  { predicate: "allergic_to", single: false, cue: /\ballergic\b/, match: "i am (very|severely|really)? allergic to [<o>.+]", say: "{s} is allergic to {o}." },
  { predicate: "likes", single: false, cue: /\b(love|like|enjoy|adore)\b/, match: "i (really|also|absolutely|just)? (love|like|enjoy|adore) [<o>.+]", say: "{s} likes {o}." },
  { predicate: "dislikes", single: false, cue: /\b(hate|dislike|like|stand|enjoy)\b/, match: "i (really)? (hate|dislike|do not like|can not stand|do not enjoy) [<o>.+]", say: "{s} dislikes {o}." },
  { predicate: "has", single: false, cue: /\b(have|own|i've)\b/, match: "i (have|own) (got)? [<o>(a|an|#Value) .+]", say: "{s} has {o}." },
];

const STOP_OBJECT = new Set(["Preposition", "Conjunction", "Date", "Duration", "Adverb", "QuestionWord"]);
const STOP_WORDS = new Set(["with", "as", "because", "since", "and", "but", "last", "next", "this", "yesterday", "today", "tomorrow", "tonight", "ago", "now"]);

/**
 * Cuts a captured object at the first clause boundary (comma, preposition other than "of",
 * conjunction, date word, adverb); null when what is left is not a thing (no noun, a pronoun, or a
 * clause such as "how you use it").
 */
function objectText(group: View): string | null {
  const terms = (group.json() as Array<{ terms: Array<{ text: string; post: string; normal: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const kept: string[] = [];
  for (const t of terms) {
    if (kept.length && ((t.tags.some((x) => STOP_OBJECT.has(x)) && t.normal !== "of") || STOP_WORDS.has(t.normal))) break;
    kept.push(t.text);
    if (/[,;:!?.]/.test(t.post)) break;
  }
  const first = terms[0];
  if (!first || kept.length === 0 || first.tags.includes("QuestionWord") || /^(how|what|why|when|where|which|who|that|it|this)$/.test(first.normal)) return null;
  if (!terms.slice(0, kept.length).some((t) => t.tags.includes("Noun") && !t.tags.includes("Pronoun"))) return null;
  const out = kept.join(" ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, "");
  if (!out || /^(it|that|this|them|those|you|him|her|so|too)$/i.test(out)) return null;
  return out;
}

function structured(sentence: Sentence, speaker: Speaker): Array<Pick<Fact, "predicate" | "object" | "single" | "title">> {
  const doc = sentence.doc;
  if (!doc) return [];
  const out: Array<Pick<Fact, "predicate" | "object" | "single" | "title">> = [];
  const seen = new Set<string>();
  const lower = sentence.text.toLowerCase();
  for (const p of PATTERNS) {
    if (!p.cue.test(lower)) continue;
    const m = doc.match(p.match);
    if (!m.found) continue;
    const groups = m.groups() as Record<string, View>;
    const object = groups.o ? objectText(groups.o) : null;
    if (!object) continue;
    const k = groups.k?.text().toLowerCase().trim();
    const predicate = p.predicate === "favorite" && k ? `favorite_${k.replace(/\s+/g, "_")}` : p.predicate;
    if (seen.has(predicate)) continue;
    seen.add(predicate);
    const subject = speaker.name;
    const title = p.say.replace("{s}", subject).replace("{o}", object).replace("{k}", k ?? "");
    out.push({ predicate, object, single: p.single, title: title[0]!.toUpperCase() + title.slice(1) });
  }
  return out;
}

const SMALL_TALK = [
  "i (am|was) (so|really|very|super|just)? (glad|happy|sorry|proud|thrilled|excited|thankful|grateful) (for|to|that|about) (you|hear|see|your)",
  "i (totally|completely|really|definitely)? agree",
  "i (know|see|understand|bet|guess|think|hope) (so|right|what you mean|that feeling)?$",
  "i can not wait",
  "i (really)? (appreciate|love|like) (it|that|this|you|your)",
  "(thank|thanks) you",
  "let me know",
];

const SMALL_TALK_CUE = /\b(glad|happy|sorry|proud|thrilled|excited|thankful|grateful|agree|know|see|understand|bet|guess|think|hope|wait|appreciate|love|like|thank|thanks|let me know)\b/i;

function isContentNoun(t: Term): boolean {
  return t.tags.has("Noun") && !t.tags.has("Pronoun") && !["way", "thing", "things", "lot", "bit", "time", "day", "one", "stuff", "kind", "sort"].includes(t.normal);
}

/**
 * Whether a sentence says something about its speaker worth remembering as a fact: a first-person
 * statement (not a question), at least four words, a content noun or a name, and not small talk
 * ("I'm so happy for you", "I agree").
 */
export function isInformative(s: Sentence): boolean {
  if (s.question || !(s.firstPerson || s.firstPlural) || !s.doc) return false;
  const words = s.terms.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (words.length < 4) return false;
  if (!words.some(isContentNoun) && s.entities.length === 0) return false;
  return !(SMALL_TALK_CUE.test(s.text) && SMALL_TALK.some((p) => s.doc!.has(p)));
}

/**
 * Facts of one turn's sentences said by `speaker` at `ref` (epoch ms): one fact per informative
 * sentence (structured when a pattern of PATTERNS matches, several if several match), with the
 * sentence rewritten in the third person and relative dates made absolute ("yesterday (7 May 2023)").
 */
export function extractFacts(sentences: Sentence[], speaker: Speaker, ref: number): Fact[] {
  const out: Fact[] = [];
  for (const s of sentences) {
    if (!isInformative(s)) continue;
    const rewritten = s.firstPerson ? toThirdPerson(s, speaker.name) : `${capitalise(speaker.name)}: ${s.text}`;
    const { text: content, dates } = annotateDates(rewritten, ref, { past: s.past });
    const base = { subject: speaker.name, content, dates, aboutUser: speaker.aboutUser };
    const found = structured(s, speaker);
    if (found.length === 0) out.push({ ...base, predicate: null, object: null, single: false, title: shortTitle(content) });
    for (const f of found) out.push({ ...base, ...f });
  }
  return out;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** The first ~10 words of a statement, as a title. */
export function shortTitle(text: string, words = 10): string {
  const parts = text.replace(/\s+/g, " ").trim().split(" ");
  return parts.length <= words ? parts.join(" ").replace(/[.!]+$/, "") : `${parts.slice(0, words).join(" ").replace(/[,;:.!]+$/, "")}…`;
}
