// One sentence parsed with compromise, once (the last 1,000 kept by text), and compromise set up for it
// (the fast tagging sweep, chunks left out); the noun phrases and the text of parsed terms. See README.md, "The heuristic engine".
import nlp from "compromise";
import { LruCache } from "../util/lru.js";
import { escapeRegExp } from "../util/quote.js";
import { installFastSweep } from "./compromise-sweep.js";
import { names, nameGuessedAsAdverb, namedByRelation, namesAWork, possessiveTitle, quoted } from "./sentence-names.js";
import type { Sentence, Term, View } from "./sentence-types.js";
import { saysPast } from "./tense.js";

installFastSweep();
// compromise's last parse step splits a sentence into chunks (noun, verb, adjective phrases), ~8 % of
// a parse; only `nouns()` reads them (its `<Noun>` match; `verbs()` does without), so nounPhrases
// computes them for the few sentences it is asked about, not every sentence parsed
const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
world.hooks = world.hooks.filter((hook) => hook !== "chunks");

/** A sentence that ends with a question mark (before closing quotes or brackets). */
export function isQuestion(text: string): boolean {
  return /\?\s*["')\]]*\s*$/.test(text);
}

const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself"]);
const FIRST_PERSON_RE = /\b(i|me|my|mine|myself|we|us|our|ours)\b/i;
const FIRST_PLURAL = new Set(["we", "us", "our", "ours"]);
const NAME_RE = /\s\p{Lu}/u;

/** Verbs after which an "-ing" word is the activity done ("doing kickboxing", "took up boxing"). */
const DOES_ACTIVITY =
  /^(?:do|does|doing|did|done|start|starts|started|starting|try|tries|tried|trying|took|take|taking|practice|practicing|learn|learning|learned|enjoy|enjoys|enjoyed|love|loves|loved|began|begun|quit)$/;
/** "-ing" words that judge, feel or hear rather than name an activity ("doing amazing", "I love hearing about it"). */
const NO_ACTIVITY =
  /^(?:hearing|seeing|knowing|talking|chatting|amazing|exciting|interesting|inspiring|relaxing|rewarding|challenging|fulfilling|satisfying|amusing|boring|annoying|refreshing|surprising|encouraging|thrilling|stunning|touching|charming|loving|caring|willing|outstanding|promising|welcoming|overwhelming|disappointing|frustrating|exhausting)$/;

/**
 * Tags, in place, an "-ing" word after a verb of doing, with no noun after it, as the activity done
 * (tag "Activity", and a gerund when compromise took it for an adjective): in "I'm doing kickboxing
 * and it's giving me so much energy" kickboxing is what the sentence is about, so it names a thing
 * (informative.ts `vague`); "doing amazing" and "started exciting projects" stay as tagged.
 */
function markActivities(terms: Term[]): void {
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    if (!/ing$/.test(t.normal) || NO_ACTIVITY.test(t.normal) || !DOES_ACTIVITY.test(terms[i - 1]?.normal ?? "")) return;
    if (!(t.tags.has("Gerund") || t.tags.has("Adjective")) || next?.tags.has("Noun") || next?.tags.has("Adjective")) return;
    t.tags = new Set(["Gerund", "Verb", "PresentTense", "Activity"]);
  });
}

/** Whether `words` are said inside double quotes in `text` ("…" or “…”). */
function withinQuotes(text: string, words: string): boolean {
  return /["“]/.test(text) && new RegExp(`["“][^"“”]*?(?<![\\p{L}'’])${escapeRegExp(words)}(?![\\p{L}])[^"“”]*["”]`, "u").test(text);
}

/**
 * Parses one sentence with compromise (see {@link Sentence}). Sentences with no first-person word
 * and no capitalised word after the first are not worth a full parse (nothing to extract): they get
 * no terms, which keeps processing fast.
 */
export function parseSentence(text: string): Sentence {
  if (!FIRST_PERSON_RE.test(text) && !NAME_RE.test(text)) {
    return { text, doc: null, terms: [], question: isQuestion(text), firstPerson: false, firstPlural: false, past: false, entities: [] };
  }
  return cachedParse(text);
}

/**
 * `s` with its terms and entities even when {@link parseSentence} skipped the parse (no first-person
 * word, no capitalised word after the first): for a short answer, whose one noun ("Pepperoni of
 * course!") is what it says.
 */
export function fullyParsed(s: Sentence): Sentence {
  return s.doc ? s : cachedParse(s.text);
}

/** `text` parsed with compromise, from {@link parsedSentences} when it was parsed lately. */
function cachedParse(text: string): Sentence {
  let s = parsedSentences.get(text);
  if (!s) {
    s = parseWithCompromise(text);
    parsedSentences.set(text, s);
  }
  return s;
}

/**
 * The last sentences parsed with compromise, by text (least recently used first). The same sentence
 * comes back often: greetings and thanks ("Thanks, Caroline!"), a statement whose "I" was dropped
 * (parsed again with it each time a batch that continues its session extracts its facts), a message
 * quoted or pasted twice. A parsed sentence is read-only
 * (its users copy its terms before changing them; compromise's match, nouns and json do not change
 * a document), so one object can serve every use.
 */
const parsedSentences = new LruCache<string, Sentence>(1_000);

function parseWithCompromise(text: string): Sentence {
  const doc = nlp(text);
  // people(), places() and organizations() match #Person, #Place|#Address and #Organization terms:
  // a sentence without such a tag has none of them (their splitting and matching is ~10% of a parse)
  const tagged = new Set<string>();
  // a contraction's terms carry their expansion (`implicit`); contractions() matches only those
  let contracted = false;
  for (const sentence of doc.docs as Array<Array<{ tags: Set<string>; implicit?: string }>>) {
    for (const t of sentence) {
      for (const tag of t.tags) tagged.add(tag);
      if (t.implicit) contracted = true;
    }
  }
  const asThing = (e: Sentence["entities"][number]): Sentence["entities"][number] =>
    namesAWork(text, e.name) || possessiveTitle(text, e.name) ? { ...e, kind: "thing" } : e;
  const entities = [
    ...(tagged.has("Person") ? names(doc.people(), "person").map(asThing) : []),
    ...(tagged.has("Place") || tagged.has("Address") ? names(doc.places(), "place").map(asThing) : []),
    // (an organisation's name before "game" is its league or maker, "an NBA game": only quotes make it a title)
    ...(tagged.has("Organization") ? names(doc.organizations(), "organisation").map((e) => (quoted(text, e.name) ? { ...e, kind: "thing" as const } : e)) : []),
  ];
  // only the contractions a third-person rewrite needs ("I'm" → "I am" → "Caroline is", "don't" → "do
  // not" → "does not"); an "'s" is left as written, as compromise cannot tell "is" from a possessive
  // ("Here's" → "Here has", "Ed Sheeran's song" → "Ed Sheeran is song")
  if (contracted)
    doc.contractions().forEach((m) => {
      // (not in quotes, kept as written: "Don't Stop Me Now")
      if (m.has(EXPANDED_CONTRACTION) && !withinQuotes(text, m.text().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))) (m as unknown as View).contractions().expand();
    });
  const json = doc.json() as Array<{ terms: Array<{ text: string; pre: string; post: string; normal: string; tags: string[] }> }>;
  const terms: Term[] = json
    .flatMap((s) => s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: new Set(t.tags) })))
    // "we've gotta" expands to "we have have got to": "have" is never said twice in a row
    .filter((t, i, all) => !(t.normal === "have" && all[i - 1]?.normal === "have"));
  markActivities(terms);
  for (const name of [nameGuessedAsAdverb(terms), ...namedByRelation(terms)])
    if (name && !entities.some((e) => e.name === name)) entities.push({ name, kind: "person" });
  const firstPerson = terms.some((t) => FIRST_PERSON.has(t.normal));
  return {
    text,
    doc,
    terms,
    question: isQuestion(text),
    firstPerson,
    firstPlural: !firstPerson && terms.some((t) => FIRST_PLURAL.has(t.normal)),
    past: saysPast(terms),
    entities,
  };
}

/** A compromise match pattern parsed once (`nlp.parseMatch`), for `match` and `has`. */
export type CompiledMatch = ReturnType<typeof nlp.parseMatch>;

/**
 * Parses a compromise match pattern once, for patterns used on every sentence (compromise parses a
 * string pattern on each call). Only for `match`, `has` and the like, which read a parsed pattern:
 * `growLeft`, `growRight` and `join` write to the one they are given.
 */
export function compileMatch(pattern: string): CompiledMatch {
  return nlp.parseMatch(pattern);
}

const EXPANDED_CONTRACTION = compileMatch("(i|we|#Negative)");

const nounCache = new WeakMap<View, string[]>();

/**
 * The noun phrases compromise finds in a parsed sentence (`doc.nouns()`, as written), computed once
 * per sentence: a session's title looks at the same turns every time a batch continues it. Empty
 * for a sentence that was not parsed. Read-only.
 */
export function nounPhrases(s: Sentence): string[] {
  if (!s.doc) return [];
  let out = nounCache.get(s.doc);
  if (!out) {
    s.doc.compute("chunks");
    out = s.doc.nouns().out("array") as string[];
    nounCache.set(s.doc, out);
  }
  return out;
}

/**
 * The entities of `s` still said in `terms` (its terms after {@link withoutFillers}): a name said to
 * the listener ("Hey John, I'm good", "Andrew, I got …"), dropped with the opener, is not among them.
 */
export function entitiesSaid(s: Sentence, terms: Term[]): Sentence["entities"] {
  const said = new Set(terms.map((t) => t.normal));
  return s.entities.filter((e) =>
    e.name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => said.has(w)),
  );
}

/** Joins terms back into text with their own spacing and punctuation. */
export function termsText(terms: Term[]): string {
  return terms
    .map((t, i) => `${i ? t.pre : t.pre.trimStart()}${t.text}${i < terms.length - 1 ? t.post : t.post.replace(/\s+$/, "")}`)
    .join("")
    .trim();
}

/**
 * The tags compromise gives each space-separated word of `text` (the first term's, for a word that holds
 * two: "it's"), for rules that read a text word by word. `text` is tagged whole, not cached.
 * @returns one set per word of `text.split(" ")`, in order
 */
export function wordTags(text: string): Array<Set<string>> {
  const words = text.split(" ");
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const tags = words.map(() => new Set<string>());
  const json = nlp(text).json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>;
  for (const term of json.flatMap((sentence) => sentence.terms)) {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > term.offset.start) k--;
    if (tags[k]!.size === 0) for (const tag of term.tags) tags[k]!.add(tag);
  }
  return tags;
}
