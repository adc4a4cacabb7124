// How specific and lasting a fact is, the importance its memory is stored with: a relation, names, a
// time and a life event raise it; feelings, second-hand words and a wish lower it. See README.md, "Facts".
import { tellsSharedImage } from "./fact-text.js";
import type { Fact } from "./facts.js";
import type { Sentence } from "./sentences.js";

/**
 * How specific and lasting a fact is (0..1): a structured relation, names, numbers and above all a
 * time it happened or will happen raise it, as do news ("just", "recently", "new") and a life event
 * (MILESTONE: started, joined, moved, won, lost…, a wedding, a diagnosis, an award: 0.261 → 0.264 below); feelings and
 * reactions ("excited", "happy") lower it, as do a fact that only tells a shared image or only what
 * someone "says"; facts about the user rank above others. Measured against LoCoMo's event summaries
 * (the life events its conversations were written from; scratch, never an input): of each
 * conversation's k most important facts (k = its events), the share of events one of them tells
 * (token F1 ≥ 0.3) went 0.231 → 0.272, 0.279 with life events (0.488 → 0.533 at F1 ≥ 0.25); k random facts give 0.18–0.19.
 * What did not happen (a wish, a condition: HYPOTHETICAL) counts less: 0.272 → 0.274.
 */
export function factImportance(f: Fact, sentences: Sentence[]): number {
  const names = new Set(sentences.flatMap((s) => s.entities.map((e) => e.name))).size;
  const numbers = /\d/.test(f.content.replace(/\([^)]*\d{4}\)/g, "")) ? 1 : 0;
  const feeling = /\b(feel|feels|felt|happy|glad|excited|proud|grateful|thankful|love|loves|loved|fun|great|amazing|awesome|cool|nice|blast)\b/i.test(f.content)
    ? 1
    : 0;
  const news = /\b(just|recently|finally|new)\b/i.test(f.content) ? 1 : 0;
  const milestone = MILESTONE.test(f.content) ? 1 : 0;
  const plain = f.content.replace(/\s*\([^)]*\)/g, "");
  const secondHand = plain.startsWith(`${f.subject} says `) || (tellsSharedImage(plain, f.subject) && !/[.!?]\s+\S/.test(plain)) ? 1 : 0;
  const words = f.content.split(/\s+/).length;
  const hypothetical = HYPOTHETICAL.test(f.content) ? 1 : 0;
  const v =
    0.45 +
    (f.predicate ? 0.1 : 0) +
    Math.min(2, names) * 0.05 +
    (f.dates.length ? 0.15 : 0) +
    news * 0.05 +
    milestone * 0.05 +
    numbers * 0.04 -
    feeling * 0.05 -
    secondHand * 0.1 -
    (words < 7 ? 0.1 : 0) -
    hypothetical * 0.1 +
    (f.aboutUser ? 0.1 : 0);
  return Math.round(Math.max(0.1, Math.min(1, v)) * 100) / 100;
}

/** What did not happen: a wish or a condition ("would get two turtles today if Joanna could", "wishes …"). */
const HYPOTHETICAL = /\bwould\b[^.!?]*\bif\b|\bif\b[^.!?]*\b(?:would|could)\b|\bwish(?:es|ed)?\b/i;

/** Verbs of a life event: starting, joining, finishing, winning or losing something, moving, marrying; and its nouns (a wedding, a diagnosis, an award). */
export const MILESTONE =
  /\b(started|starting|joined|joining|passed|adopted|adopting|moved|moving|married|engaged|graduated|graduating|bought|lost|won|received|hired|promoted|launched|opened|signed up|signed with|applied|injured|broke up|quit|retired|published|enrolled|born|wedding|engagement|proposed|pregnant|gave birth|passed away|died|funeral|diagnosed|diagnosis|surgery|accident|promotion|graduation|new job|internship|scholarship|endorsement|award|medal)\b/i;
