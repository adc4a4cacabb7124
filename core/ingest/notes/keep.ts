/**
 * A Google Keep note as Google Takeout exports it (Takeout/Keep/<title>.json: one JSON object per
 * note, an .html copy beside it) → the note it is, read as any note (note.ts `noteOf`): its title a
 * heading, its text its paragraphs, a checklist's items a list with the ticked ones "(done)". Times
 * are Keep's microseconds (`userEditedTimestampUsec`); a note in the trash is passed over; labels,
 * colours and links are not the note's words.
 */
import { readJsonFile } from "../kit/bytes.js";
import { noteOf } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The largest Keep note read (bytes): a longer file is refused (Keep's own limit is 20,000 characters). */
export const MAX_KEEP_BYTES = 4 * 1024 * 1024;

/** What Takeout writes of a note (the fields read here). */
interface KeepNote {
  title?: unknown;
  textContent?: unknown;
  listContent?: unknown;
  isTrashed?: unknown;
  userEditedTimestampUsec?: unknown;
}

/** Whether a JSON object's start is a Keep note: Keep's edit time and its text or checklist among its first keys. */
export function isKeepNote(start: string): boolean {
  const head = start.slice(0, 4096);
  return /"userEditedTimestampUsec"\s*:/.test(head) && /"(?:textContent|listContent|isTrashed)"\s*:/.test(head);
}

/**
 * Reads `file`, one Keep note (UTF-8 JSON), as a note conversation (format `note`, as note.ts makes
 * it: externalId the file's content key), last modified when Keep says it was edited; null for a note
 * in the trash.
 * @throws ImportError naming the file and the field: a file over {@link MAX_KEEP_BYTES}, JSON that does
 *   not parse, an edit time that is no number of microseconds, or a note with no text.
 */
export async function parseKeep(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation | null> {
  const note = (await readJsonFile(file, MAX_KEEP_BYTES, "a Keep note", opts.onProgress)) as KeepNote;
  if (note.isTrashed === true) return null;
  const edited = Number(note.userEditedTimestampUsec);
  if (!Number.isFinite(edited) || edited <= 0)
    throw new ImportError(file, "userEditedTimestampUsec", `expected microseconds since 1970, got ${JSON.stringify(note.userEditedTimestampUsec)}`);
  return noteOf(file, keepLines(note), Math.floor(edited / 1000));
}

/** The note as Markdown lines: "# title", its text, then its checklist ("- [ ] oat milk", "- [x] eggs"). */
function keepLines(note: KeepNote): string[] {
  const title = typeof note.title === "string" && note.title.trim() ? [`# ${note.title.trim()}`, ""] : [];
  const text = typeof note.textContent === "string" ? note.textContent.split(/\r?\n/) : [];
  const items = Array.isArray(note.listContent)
    ? note.listContent.flatMap((i: { text?: unknown; isChecked?: unknown }) =>
        typeof i?.text === "string" && i.text.trim() ? [`- [${i.isChecked === true ? "x" : " "}] ${i.text.trim()}`] : [],
      )
    : [];
  return [...title, ...text, ...(text.length && items.length ? [""] : []), ...items];
}
