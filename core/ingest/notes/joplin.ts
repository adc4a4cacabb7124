/**
 * An item of a Joplin "RAW - Joplin Export Directory" (`<32-hex id>.md`): its title on the first
 * line, its body, then Joplin's metadata, `key: value` lines ending with `type_:`, the kind of item (1
 * a note, 2 a notebook, 4 a resource, 5 a tag, 6 a note's tag, …). A note is read as a Markdown note
 * titled by its first line, of the day it was created (`user_created_time`, else `created_time`); a
 * to-do (`is_todo: 1`) is a task, due when `todo_due` (epoch ms) says, done when `todo_completed`
 * does; its metadata (ids, place, sync state) is no words. Any other item is no note.
 * Format: https://joplinapp.org/help/api/references/rest_api (item properties and types).
 */
import { humanDate } from "../../time/format.js";

/** A Joplin item's file name: its id, 32 hex digits. */
export const JOPLIN_FILE = /(?:^|[\\/])[0-9a-f]{32}\.md$/;
/** A metadata line ("parent_id: 1a2b…", "latitude: 51.45230000"): group 1 its key, group 2 its value. */
const FIELD = /^([a-z_]+):\s?(.*)$/;

/** What Joplin's item types other than a note are ("a Joplin notebook"), by `type_`. */
export const JOPLIN_ITEMS: Readonly<Record<number, string>> = {
  2: "notebook",
  3: "setting",
  4: "resource",
  5: "tag",
  6: "note's tag",
  9: "master key",
  13: "revision",
};

/** A Joplin note as a Markdown note's lines and the time it was created (epoch ms), or `other` for an item that is no note (a notebook, a tag, a resource). */
export type JoplinItem = { lines: string[]; createdAt: number | null } | { other: number };

/**
 * `text` read as a Joplin item (see the module comment), or null when it does not end with Joplin's
 * metadata (an `id:` of 32 hex digits and a closing `type_:`): a Markdown file like any other.
 */
export function joplinItem(text: string): JoplinItem | null {
  const lines = text.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  let start = lines.length;
  while (start > 0 && FIELD.test(lines[start - 1]!)) start--;
  const fields = new Map(lines.slice(start).map((l) => FIELD.exec(l)!.slice(1, 3) as [string, string]));
  const type = Number(fields.get("type_"));
  if (!/^[0-9a-f]{32}$/.test(fields.get("id") ?? "") || !Number.isInteger(type)) return null;
  if (type !== 1) return { other: type };
  const created = Date.parse(fields.get("user_created_time") || fields.get("created_time") || "");
  const [title = "", ...body] = lines.slice(0, start);
  const words = body.join("\n").trim();
  // (a to-do is titled by its title, and is it as a task: "To do: Renew car tax, due 30 November 2026.", "Pay the invoice (done).")
  if (fields.get("is_todo") === "1") {
    const due = Number(fields.get("todo_due"));
    const task = Number(fields.get("todo_completed")) > 0 ? `${title.trim()} (done).` : `To do: ${title.trim()}${due > 0 ? `, due ${humanDate(due)}` : ""}.`;
    return { lines: [`# ${title.trim()}`, "", task, ...(words ? ["", ...words.split("\n")] : [])], createdAt: Number.isNaN(created) ? null : created };
  }
  return { lines: [`# ${title.trim()}`, "", ...(words ? words.split("\n") : [])], createdAt: Number.isNaN(created) ? null : created };
}
