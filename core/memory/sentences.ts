import nlp from "compromise";

/** A compromise document or match. */
export type View = ReturnType<typeof nlp>;

/** One term of a parsed sentence (compromise's JSON view, contractions expanded). */
export interface Term {
  text: string;
  pre: string;
  post: string;
  /** lower-cased, punctuation-free form */
  normal: string;
  tags: Set<string>;
}

/** A sentence of a source, parsed once and shared by the extractors. */
export interface Sentence {
  /** The sentence as written (trimmed). */
  text: string;
  /** The compromise document (contractions expanded), for pattern matching; null when not parsed. */
  doc: View | null;
  /** compromise terms with contractions expanded ("I'm" → "I", "am"); empty when not parsed. */
  terms: Term[];
  /** Ends with a question mark. */
  question: boolean;
  /** Contains I / me / my / mine / myself. */
  firstPerson: boolean;
  /** Contains we / us / our / ours (and no singular first person). */
  firstPlural: boolean;
  /** Contains a past-tense verb (used to resolve bare weekdays backwards). */
  past: boolean;
  /** People, places and organisations compromise found, capitalised ones only (names as written, trailing punctuation removed). */
  entities: Array<{ name: string; kind: "person" | "place" | "organisation" }>;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself"]);

/**
 * Splits `text` into sentences with the ICU sentence segmenter (Intl.Segmenter), then parses each
 * with compromise (tags, contractions expanded). Bracketed image captions that importers append
 * ("[shared an image: …]") become their own sentence without brackets.
 */
export function parseSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const caption = /\[shared an image: ([^\]]*)\]/g;
  const plain = text.replace(caption, " ").trim();
  for (const seg of segmenter.segment(plain)) {
    const s = seg.segment.trim();
    if (s) out.push(parseSentence(s));
  }
  for (const m of text.matchAll(caption)) if (m[1]!.trim()) out.push(parseSentence(`shared an image: ${m[1]!.trim()}`));
  return out;
}

const FIRST_PERSON_RE = /\b(i|me|my|mine|myself|we|us|our|ours)\b/i;
const FIRST_PLURAL = new Set(["we", "us", "our", "ours"]);
const NAME_RE = /\s\p{Lu}/u;

function names(list: { out(format: "array"): string[] }, kind: Sentence["entities"][number]["kind"]): Sentence["entities"] {
  return list
    .out("array")
    .map((n) => n.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/i, ""))
    .filter((n) => n.length > 1 && /^\p{Lu}/u.test(n))
    .map((name) => ({ name, kind }));
}

/**
 * Parses one sentence with compromise (see {@link Sentence}). Sentences with no first-person word
 * and no capitalised word after the first are not worth a full parse (nothing to extract): they get
 * no terms, which keeps processing fast.
 */
export function parseSentence(text: string): Sentence {
  if (!FIRST_PERSON_RE.test(text) && !NAME_RE.test(text)) {
    return { text, doc: null, terms: [], question: /\?\s*["')\]]*\s*$/.test(text), firstPerson: false, firstPlural: false, past: false, entities: [] };
  }
  const doc = nlp(text);
  const entities = [...names(doc.people(), "person"), ...names(doc.places(), "place"), ...names(doc.organizations(), "organisation")];
  doc.contractions().expand();
  const json = doc.json() as Array<{ terms: Array<{ text: string; pre: string; post: string; normal: string; tags: string[] }> }>;
  const terms: Term[] = json.flatMap((s) => s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: new Set(t.tags) })));
  const firstPerson = terms.some((t) => FIRST_PERSON.has(t.normal));
  return {
    text,
    doc,
    terms,
    question: /\?\s*["')\]]*\s*$/.test(text),
    firstPerson,
    firstPlural: !firstPerson && terms.some((t) => FIRST_PLURAL.has(t.normal)),
    past: terms.some((t) => t.tags.has("PastTense")),
    entities,
  };
}

/** Joins terms back into text with their own spacing and punctuation. */
export function termsText(terms: Term[]): string {
  return terms.map((t, i) => `${i ? t.pre : ""}${t.text}${i < terms.length - 1 ? t.post : t.post.replace(/\s+$/, "")}`).join("").trim();
}

const conjugated = new Map<string, string>();
/** Third-person singular present of a verb ("love" → "loves"), via compromise; cached. */
function thirdPersonVerb(verb: string): string {
  const key = verb.toLowerCase();
  let out = conjugated.get(key);
  if (out === undefined) {
    if (key === "am") out = "is";
    else {
      const forms = nlp(`they ${key}`).verbs().conjugate()[0] as { PresentTense?: string } | undefined;
      out = forms?.PresentTense ?? key;
    }
    conjugated.set(key, out);
  }
  return verb[0] === verb[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
}

const SKIP_BEFORE_VERB = new Set(["also", "really", "just", "still", "now", "totally", "actually", "recently", "finally", "always", "never", "usually", "often", "already"]);

/**
 * Rewrites a first-person sentence in the third person about `name`: "I love my dog" said by
 * Melanie → "Melanie loves Melanie's dog". Handles I / me / my / mine / myself and the verb right
 * after "I" (am → is, have → has, present tense → third person via compromise); past tenses and
 * modals stay as they are. "we" / "our" are left alone (their referent is not known).
 */
export function toThirdPerson(s: Sentence, name: string): string {
  if (!s.firstPerson) return s.text;
  const terms = s.terms.map((t) => ({ ...t }));
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.normal === "i") {
      t.text = name;
      let j = i + 1;
      while (j < terms.length && SKIP_BEFORE_VERB.has(terms[j]!.normal)) j++;
      const v = terms[j];
      if (v && !v.tags.has("PastTense") && !v.tags.has("Modal") && !v.tags.has("Gerund") && (v.tags.has("PresentTense") || v.tags.has("Infinitive") || v.tags.has("Copula") || v.tags.has("Auxiliary"))) {
        if (["am", "have", "do"].includes(v.normal) || v.tags.has("PresentTense") || v.tags.has("Infinitive")) v.text = thirdPersonVerb(v.text);
      }
    } else if (t.normal === "me") t.text = name;
    else if (t.normal === "myself") t.text = "themself";
    else if (t.normal === "my" || t.normal === "mine") t.text = `${name}'s`;
  }
  const out = termsText(terms);
  return out[0] ? out[0].toUpperCase() + out.slice(1) : out;
}
