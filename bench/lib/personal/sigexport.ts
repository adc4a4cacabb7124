/**
 * A Signal chat as signal-export (carderne/signal-export, `sigexport`) writes it, for the people of
 * bench:personal and the tests that write such folders: each message's line of the chat's `chat.md`
 * (`Message.to_md`) and of its `data.json` (`Message.dict_str`: one JSON object a line, Python's
 * `json.dumps(…, ensure_ascii=False)`, its ", " and ": " separators), as sigexport/models.py and
 * create.py write them (checked at its newest commit, 4093921, "show your own reactions as Me").
 */

/** A message as sigexport holds it before writing it (models.Message): its local time, no zone ("2026-10-03 18:21:05.482"), its sender as the folder names them ("SamOkafor", "Me"), its words. */
export interface SignalMessage {
  at: string;
  sender: string;
  body: string;
  /** The words of the message it answers (a reply's quote), as Signal kept them. */
  quote?: string;
  /** Who reacted with what: [name, emoji] ("Me" for the user). */
  reactions?: Array<[string, string]>;
  /** Attachments' file names as copied into the chat's media/ ("2026-10-03T18-21-05.482_00_IMG_4821.jpg"). */
  attachments?: string[];
  /** A sticker: its pack, its id, its emoji. */
  sticker?: { packId: string; id: string; emoji: string };
  deleted?: boolean;
  /** A call's line ("Missed voice call"), sigexport's `call` (and `missed` when it was). */
  call?: { missed: boolean };
}

/** `value` as Python's json.dumps writes it with ensure_ascii=False: ", " between items, ": " after a key. */
function pyJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyJson).join(", ")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v)}`)
      .join(", ")}}`;
  return JSON.stringify(value);
}

/** A message's time as Python's `datetime.isoformat()` writes it: "2026-10-03T18:21:05.482000" (no fraction at a whole second). */
function isoformat(at: string): string {
  const [day, time] = at.split(" ");
  const [clock, ms] = time!.split(".");
  return ms && Number(ms) !== 0 ? `${day}T${clock}.${ms.padEnd(6, "0")}` : `${day}T${clock}`;
}

/** The quote as create_message writes it: "\n\n> line\n> line\n\n", or "". */
function quoteOf(m: SignalMessage): string {
  return m.quote ? `\n\n> ${m.quote.replace(/\n/g, "\n> ")}\n\n` : "";
}

/** Whether sigexport shows an attachment as an image (models.is_image). */
function isImage(name: string): boolean {
  return /\.(?:png|jpg|jpeg|gif|tif|tiff|webp|apng|svg)$/.test(name);
}

/** The message's line(s) of chat.md, as `print(msg.to_md(), file=md_f)` writes them (a blank line after). */
export function mdMessage(m: SignalMessage): string {
  const date = m.at.slice(0, 19);
  if (m.deleted) return `[${date}] ${m.sender}: (This message was deleted)\n\n`;
  let body = `${m.body.replace(/`/g, "")}  `;
  if (m.reactions?.length) body += `\n(- ${m.reactions.map(([n, e]) => `${n}: ${e}`).join(", ")} -)`;
  if (m.sticker) body += `[${m.sticker.emoji}](../exported_stickers/${m.sticker.packId}/${m.sticker.id}.webp)  `;
  for (const a of m.attachments ?? []) body += `${isImage(a) ? "!" : ""}[${a}](./media/${a})  `;
  return `[${date}] ${m.sender}: ${quoteOf(m)}${body}\n\n`;
}

/** The message's line of data.json, as `print(msg.dict_str(), file=js_f)` writes it. */
export function jsonMessage(m: SignalMessage): string {
  return `${pyJson({
    date: isoformat(m.at),
    sender: m.sender,
    body: `${m.body.replace(/`/g, "")}  `,
    quote: quoteOf(m),
    sticker: m.sticker
      ? { id: m.sticker.id, packId: m.sticker.packId, packKey: "b7f5d2c1e0a94f3b8c6d2e1f0a9b8c7d", emoji: m.sticker.emoji, extension: "webp" }
      : null,
    reactions: m.reactions ?? [],
    attachments: (m.attachments ?? []).map((a) => ({ name: a, path: `media/${a}`, missing_kind: null })),
    deleted: m.deleted ?? false,
    call: m.call !== undefined,
    missed: m.call?.missed ?? false,
  })}\n`;
}

/** A chat's chat.md: each message's lines. */
export function chatMd(messages: readonly SignalMessage[]): string {
  return messages.map(mdMessage).join("");
}

/** A chat's data.json: each message a line of JSON. */
export function dataJson(messages: readonly SignalMessage[]): string {
  return messages.map(jsonMessage).join("");
}
