// A text file that no other format claims: a chat's transcript ("Speaker: text" lines, "## Speaker" headings),
// a note, or a Kindle's clippings, told by its first meaningful lines.
import { frontMatterEnd } from "./notes/front-matter.js";
import { isCommonWord } from "../memory/sentences.js";
import { KINDLE_META } from "./reading/kindle.js";
import { classifyLine } from "./chats/text.js";
import { ImportError } from "./kit/types.js";
import type { FileHead } from "./file-head.js";

/** Headings that name a side of a chat with an assistant ("## User", "## Assistant"). */
const ROLE_HEADING = /^(?:user|assistant|human|ai|me|you|bot|system|model|chatgpt|claude|gemini|copilot|gpt[\w.-]*)$/i;

/**
 * Whether the `## Heading` lines of `lines` are the speakers of a chat: a name comes back (turns go
 * back and forth) or one is a role ("## User", "## Assistant"). A note's sections ("## Shopping",
 * "## Todo") each come once.
 */
function headingsTalk(lines: string[]): boolean {
  const seen = new Set<string>();
  for (const raw of lines) {
    const line = classifyLine(raw);
    if (line.kind !== "heading") continue;
    const name = line.speaker.toLowerCase();
    if (seen.has(name) || ROLE_HEADING.test(name)) return true;
    seen.add(name);
  }
  return false;
}

/**
 * A word in lower case after the first word of a speaker, other than a name's particle ("Leo da Silva",
 * "Maria van Dijk"): a note's label over the lines under it ("Ferry from Split:", "Cheat day:"), no one's name.
 */
const LABEL_WORD = /\s(?!(?:de|da|del|della|di|do|dos|du|van|von|der|den|la|le|bin|ibn|al|y)\b)\p{Ll}/u;

/** Characters of a line cut by the head's end that hold any stamp and speaker ({@link detectText}). */
const CUT_LINE_JUDGED = 100;

/** How many meaningful lines at a file's start {@link speakersTalk} weighs. */
const TALK_LINES = 40;

/**
 * Whether the `Speaker: text` lines at the start of a file (its first {@link TALK_LINES} meaningful
 * lines) are a chat's messages: one is stamped ("[14:02] Alice: hi") or said by a role ("User:",
 * "Assistant:"), two people say them (a speaker that is not one common word, core/memory/lexicon.ts
 * `isCommonWord`: "Sam" and "Alex"), or a speaker comes back and messages are at least half of the
 * lines. A note's labelled lines ("Attendees: Sam Patel, Lena Fischer"; "Where: Schloss Elmau",
 * "Budget: €8,000") are each said once, by at most one name; an unstamped label with a word in lower
 * case ({@link LABEL_WORD}: "Ferry from Split:") is no speaker at all.
 */
function speakersTalk(lines: string[]): boolean {
  const seen = new Set<string>();
  const people = new Set<string>();
  let said = 0;
  let other = 0;
  let back = false;
  for (const raw of lines) {
    const line = classifyLine(raw);
    if (line.kind === "blank" || line.kind === "rule" || line.kind === "event" || line.kind === "date") continue;
    if (line.kind === "speaker" && !line.stamp && LABEL_WORD.test(line.speaker)) other++;
    else if (line.kind === "speaker") {
      if (line.stamp || ROLE_HEADING.test(line.speaker)) return true;
      const name = line.speaker.toLowerCase();
      back ||= seen.has(name);
      seen.add(name);
      if (!isCommonWord(name)) people.add(name);
      said++;
    } else other++;
    if (said + other >= TALK_LINES) break;
  }
  return people.size >= 2 || (back && said >= other);
}

/** Detects a text transcript from the first lines of `head`: `text` when the first meaningful line
 * is a chat's `Speaker: text` ({@link speakersTalk}) or `## Speaker` heading ({@link headingsTalk}), `note` when it is
 * plain text or a section of a Markdown note (a note, not a chat); a front matter block opening the
 * file (front-matter.ts) is passed over. */
export function detectText(file: string, head: FileHead): "text" | "note" | "kindle" {
  const all = head.text.split(/\r?\n|\r/);
  // a line the head cuts is judged by its start when that holds a stamp and a speaker whole (a first
  // line longer than the head, a long message of a chat's second speaker); a shorter cut is dropped
  if (!head.complete && all.length > 1 && all.at(-1)!.length < CUT_LINE_JUDGED) all.pop();
  // (a note's front matter, "---" "tags: [health]" "---", is no chat's "Speaker: text")
  const lines = all.slice(frontMatterEnd(all) ?? 0);
  // (a Kindle's clippings: a book line, then "- Your Highlight on page 27 | … | Added on …")
  if (lines.slice(0, 3).some((l) => KINDLE_META.test(l))) return "kindle";
  for (const raw of lines) {
    const line = classifyLine(raw);
    if (line.kind === "speaker") return speakersTalk(lines) ? "text" : "note";
    if (line.kind === "event") continue; // (a chat export's notice before its first message)
    if (line.kind === "heading") return headingsTalk(lines) ? "text" : "note";
    if (line.kind === "text") return "note";
  }
  throw new ImportError(file, `line ${lines.length}`, 'unrecognised format: no "Speaker: text" line at the start of the file');
}
