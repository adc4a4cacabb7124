// The shapes of a parsed sentence that the extractors share: a compromise document (View), its terms
// (Term), and the Sentence that carries them with what its parse found (first person, past, names).
import type nlp from "compromise";

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
  /** compromise terms, first-person and negative contractions expanded ("I'm" → "I", "am"; "don't" → "do", "not"); empty when not parsed. */
  terms: Term[];
  /** Ends with a question mark. */
  question: boolean;
  /** Contains I / me / my / mine / myself. */
  firstPerson: boolean;
  /** Contains we / us / our / ours (and no singular first person). */
  firstPlural: boolean;
  /** Contains a past-tense verb (used to resolve bare weekdays backwards). */
  past: boolean;
  /**
   * People, places and organisations compromise found, capitalised ones only (names as written,
   * trailing punctuation removed); a name said as the title of a work or as a breed is a thing (namesAWork).
   */
  entities: Array<{ name: string; kind: "person" | "place" | "organisation" | "thing" }>;
}
