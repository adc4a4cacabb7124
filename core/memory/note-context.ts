// A note's fact told under the note's title when it does not name what the note is about.
import nlp from "compromise";
import { stemmer } from "stemmer";
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { saysWord } from "../util/quote.js";

/**
 * A note file's name as a name: without its extension, any day it names ("2026-11-09", Logseq's
 * "2026_11_09") and the spaces, underscores and dashes left at its ends ("todo.md" → "todo",
 * "2026-10-06 plans.md" → "plans", "2026-10-06.md" → ""), a namespace's separator a slash
 * ("Kitchen___Worktops.md" → "Kitchen/Worktops"), an app's id left out ("Health 3d4e….md" →
 * "Health", Joplin's "8d5f….md" → "").
 */
export function fileStem(name: string): string {
  return (
    name
      .replace(/\.[^.]+$/, "")
      .replace(/\d{4}([-_])\d{2}\1\d{2}/g, "")
      // (an outliner's page in a namespace: Logseq's "Kitchen___Worktops.md", older "Kitchen%2FWorktops.md")
      .replace(/___|%2F/gi, "/")
      // (and an app's id, which names nothing: a Notion page's after its title, "Acme Studio
      // 4c5d6e7f8091a2b3c4d5e6f708192a3b.md", or a Joplin item's alone, "8d5f0c2a41b34f0e9c7a1b2c3d4e5f60.md")
      .replace(/(?:^|\s)[0-9a-f]{32}(?:_all)?$/, "")
      .replace(/^[\s_-]+|[\s_-]+$/g, "")
  );
}

/** Words of a title that say nothing of what a note is about; a month or a weekday says when ("Porto, September"), which a fact's resolved day repeats. */
const NO_TOPIC = new Set([
  "the",
  "and",
  "for",
  "with",
  "from",
  "about",
  "note",
  "notes",
  "my",
  "our",
  "your",
  "new",
  "misc",
  "todo",
  "untitled",
  ...`${MONTH_NAMES}|${DAY_NAMES}`.split("|"),
]);

/** The stems of `text`'s words of three letters or more, lower-cased, {@link NO_TOPIC} left out. */
function stems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !NO_TOPIC.has(w)).map((w) => stemmer(w)));
}

/** A label a fact opens with: one to three words and a colon ("Homework: …"). */
const LABEL = /^(\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}):\s/u;

/**
 * `content`, a fact of a note's paragraph, told under the note's `title` when it shares no word
 * (stem) with it: a paragraph under a title means what it means beside it, as a section's paragraphs
 * already do (note.ts), and is asked about by the title's words ("What is my booking reference for
 * Kochi?" of "Booking reference Q7XK2P with Emirates." under "Flights to Kochi" →
 * "Flights to Kochi: Booking reference Q7XK2P with Emirates."; "Homework: 3 sets of 15 slow squats"
 * under "First physio session" → "First physio session, homework: 3 sets …"). A fact that names the
 * title's topic, or a title of no words, leaves it as it is, but for "the X" of the title's someone's X
 * ({@link ofTheTitle}); sharing a word of a title that names someone or something is not naming it
 * ("Sofia can recruit 12 participants" under "Checkout study recruitment with Lumen Research" is told
 * under it: {@link namesTitlesName}). A meeting's title is read the same way (turn-facts.ts).
 */
export function underTitle(content: string, title: string): string {
  const topic = stems(title);
  if (topic.size === 0) return content;
  const told = stems(content);
  if ([...topic].some((s) => told.has(s))) {
    const owned = ofTheTitle(content, title);
    if (owned !== content || namesTitlesName(content, title)) return owned;
  }
  const label = LABEL.exec(content);
  // (its first letter in lower case, a name in it as written, "Croatia, ferry from Split: …"; but the
  // subject of a label that says who did what stays as written: "Hikers, Minho decided: …")
  if (label) return `${title}, ${saysWhoDid(label[1]!) ? content[0] : content[0]!.toLowerCase()}${content.slice(1)}`;
  return `${title}: ${content}`;
}

/**
 * Whether a fact's label is a subject and its verb ("Minho decided", "Jiwoo said") or someone's ("Mum's
 * blood type"), not a label of a thing ("Cheat day", "Booking reference", "Today's plan").
 */
function saysWhoDid(label: string): boolean {
  // (a name of several words too: "Priya Raman's car")
  if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}['’]s\s/u.test(label) && !/^(?:today|tomorrow|yesterday|tonight)\b/i.test(label)) return true;
  const terms = nlp(label).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
  return terms
    .slice(1)
    .some((t) => t.terms[0]!.tags.includes("PastTense") || (t.terms[0]!.tags.includes("PresentTense") && !t.terms[0]!.tags.includes("Gerund")));
}

/**
 * Whether `content` names what `title` is of, when the title names someone or something: a capitalised
 * word after its first ("Lumen" of "Checkout study recruitment with Lumen Research"), not a month or a
 * weekday, nor a sentence's first word in a title cut from a text ("Mum came down for the weekend. She
 * brought the blue…"). A title of no name is named by any of its words (true).
 */
function namesTitlesName(content: string, title: string): boolean {
  const words = title.split(/\s+/);
  const names = words
    .slice(1)
    // (not a word capitalised as the next sentence's first, "… for the weekend. She brought …", a title cut from a text)
    .filter((_, i) => !/\p{Ll}{2}[.!?]$/u.test(words[i]!))
    .map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ""))
    .filter((w) => /^\p{Lu}\p{L}/u.test(w) && !NO_TOPIC.has(w.toLowerCase()));
  return names.length === 0 || names.some((n) => saysWord(content, n));
}

/** Someone's thing a title names ("Speech for Anjali and Tom's wedding": group 1 "Anjali and Tom", group 2 "wedding"). */
const OWNED = /(\p{Lu}[\p{L}-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]+)?)['’]s\s+(\p{L}+)/gu;

/**
 * `content` with its opening "The X" told as whose it is when the note's `title` names someone's X:
 * "The wedding is on 12 June 2027" under "Speech for Anjali and Tom's wedding" → "Anjali and Tom's
 * wedding is on 12 June 2027" (a definite noun phrase refers to what the context gives, here the
 * title; so it is asked about by their names). Otherwise `content` as it is.
 */
function ofTheTitle(content: string, title: string): string {
  const the = /^The (\p{L}+)\b/u.exec(content);
  if (!the) return content;
  for (const [, owner, thing] of title.matchAll(OWNED))
    if (thing!.toLowerCase() === the[1]!.toLowerCase()) return `${owner}'s ${the[1]}${content.slice(the[0].length)}`;
  return content;
}
