/**
 * A Day One journal as the app exports it in JSON (File → Export → JSON: a zip whose `Journal.json`
 * is `{ "metadata": { "version" }, "entries": [ … ] }`) → one note per entry, read as any Markdown
 * note (note.ts `noteOf`: a title heading, paragraphs, lists), written when the entry was created
 * (`creationDate`, UTC). Day One escapes the Markdown's punctuation ("Edinburgh\!", "4\.30"), which
 * is undone; its photos, written as `![](dayone-moment://…)` links, are no words and are dropped, as
 * is an entry with nothing else. The entries are streamed (json-stream.ts `arrayAt`), so memory holds
 * one entry at a time. Tags, the place and the weather Day One records are not the entry's words and
 * are not read.
 */
import { noteOf } from "./note.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The start of a Day One export: its metadata (with a version) before its entries. */
const JOURNAL_START = /^\{\s*"metadata"\s*:\s*\{[^{}]*"version"[^{}]*\}\s*,\s*"entries"\s*:\s*\[/;

/** Whether `head` (a file's start) is a Day One journal export: its metadata, then entries with a creation date. */
export function isDayOneJournal(head: string): boolean {
  return JOURNAL_START.test(head) && /"creationDate"\s*:/.test(head.slice(0, 16_384));
}

/** A photo, audio or video Day One embeds in an entry's text ("![](dayone-moment://9F2C…)", "dayone-moment:/audio/…"). */
const MOMENT = /!?\[[^\]]*\]\(dayone-moment:[^)]*\)/g;
/** Markdown's backslash escapes (CommonMark: any ASCII punctuation). */
const ESCAPED = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;

/** An entry's text as plain Markdown lines: escapes undone, embedded photos dropped. */
export function entryLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(MOMENT, "").replace(ESCAPED, "$1"));
}

/**
 * Reads `file`, a Day One `Journal.json`, as one note per entry with words in it (format `note`,
 * externalId `dayone:<uuid>`, so importing the journal again adds only new entries; title the
 * entry's heading, else its first line as Day One lists it, at most 60 characters), each written at its creation date.
 * @throws ImportError naming the entry (`entries[i].creationDate`): a creation date that is no time;
 *   a journal with no entry with words in it; the stream's own errors (invalid JSON, truncation).
 */
export async function* parseDayOne(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  let entries = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "entries", onProgress: opts.onProgress })) {
    const e = item.value as { uuid?: unknown; text?: unknown; creationDate?: unknown };
    if (!e || typeof e !== "object" || typeof e.text !== "string") continue;
    const lines = entryLines(e.text);
    if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l))) continue;
    const at = typeof e.creationDate === "string" ? Date.parse(e.creationDate) : Number.NaN;
    if (Number.isNaN(at)) throw new ImportError(file, `entries[${item.index}].creationDate`, `expected a time, got ${JSON.stringify(e.creationDate ?? null)}`);
    const note = await noteOf(file, lines, at, `dayone:${typeof e.uuid === "string" ? e.uuid : `${item.index}`}`);
    const heading = lines.some((l) => /^#{1,6}\s+\S/.test(l.trim()));
    entries++;
    yield heading ? note : { ...note, title: entryTitle(lines) ?? `Journal entry, ${DAY.format(at)}` };
  }
  if (entries === 0) throw new ImportError(file, "entries", "the journal has no entry with words in it");
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Most characters of an untitled entry's first line its title keeps (cut at a word, with "…"). */
const TITLE_CHARS = 60;

/**
 * An untitled entry's title, as Day One lists it (and Journey, journey.ts): its first line with words,
 * cut at a word past {@link TITLE_CHARS} (with "…"); null when none.
 */
export function entryTitle(lines: string[]): string | null {
  const line = lines.map((l) => l.trim()).find((l) => /[\p{L}\p{N}]/u.test(l));
  if (!line) return null;
  if (line.length <= TITLE_CHARS) return line;
  const cut = line.lastIndexOf(" ", TITLE_CHARS);
  return `${line.slice(0, cut > 0 ? cut : TITLE_CHARS).replace(/[\s,;:–—-]+$/, "")}…`;
}
