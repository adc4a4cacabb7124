import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { streamJsonArray } from "../../core/ingest/json-stream.js";
import { detectFormat, parseExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-telegram-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Telegram Desktop chat export (result.json), as it writes one: indented, the chat's members first. */
function chatExport(messages: unknown[]): string {
  return JSON.stringify({ name: "Anna Kowalska", type: "personal_chat", id: 4_420_017, messages }, null, 1);
}

const at = (iso: string) => ({ date: iso.slice(0, 19), date_unixtime: String(Date.parse(iso) / 1000) });

describe("a Telegram chat export", () => {
  it("is detected and read as one conversation: text joined from its pieces, service messages and stickers passed over", async () => {
    const file = join(dir, "result.json");
    writeFileSync(
      file,
      chatExport([
        { id: 1, type: "message", ...at("2026-05-01T19:02:11Z"), from: "Anna Kowalska", from_id: "user1", text: "Hi! Are we still on for Saturday?" },
        { id: 2, type: "service", ...at("2026-05-01T19:03:00Z"), actor: "Tom", action: "pin_message", text: "" },
        {
          id: 3,
          type: "message",
          ...at("2026-05-01T19:04:30Z"),
          from: "Tom",
          text: ["Yes! The trail is ", { type: "link", text: "https://example.org/trail" }, ", meet at 8."],
          reply_to_message_id: 1,
        },
        { id: 4, type: "message", ...at("2026-05-01T19:05:00Z"), from: "Anna Kowalska", text: "", sticker_emoji: "👍", media_type: "sticker" },
      ]),
    );
    expect(await detectFormat(file)).toBe("telegram");
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ format: "telegram", externalId: "telegram:4420017", title: "Anna Kowalska", participants: ["Anna Kowalska", "Tom"] });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString(), t.metadata])).toEqual([
      ["1", "Anna Kowalska", "other", "Hi! Are we still on for Saturday?", "2026-05-01T19:02:11.000Z", {}],
      ["3", "Tom", "other", "Yes! The trail is https://example.org/trail, meet at 8.", "2026-05-01T19:04:30.000Z", { reply_to: 1 }],
    ]);
  });

  it("streams the object's array member only: a key of that name inside a message or a string is no member", async () => {
    const file = join(dir, "nested.json");
    writeFileSync(file, '{"about":"messages","x":{"messages":[9]},"messages":[{"a":"messages: ["},2],"after":{"b":[1]}}');
    const items: unknown[] = [];
    for await (const item of streamJsonArray(file, { arrayAt: "messages" })) items.push(item.value);
    expect(items).toEqual([{ a: "messages: [" }, 2]);
  });

  it("names what is wrong: a message with no time, a cut file, a whole account's export", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, chatExport([{ id: 1, type: "message", date: "someday", from: "Tom", text: "hi" }]));
    expect((await importErrorOf(parseExport(bad).next())).message).toBe('bad.json: messages[0].date: expected a time, got "someday"');
    const cut = join(dir, "cut.json");
    writeFileSync(cut, chatExport([{ id: 1, type: "message", ...at("2026-05-01T19:02:11Z"), from: "Tom", text: "hi" }]).slice(0, -4));
    expect((await importErrorOf(parseExport(cut).next())).message).toMatch(
      /^cut\.json: byte \d+ \(line 14, column 1\): truncated JSON: the file ends before the '\]' closing the "messages" array$/,
    );
    const account = join(dir, "account.json");
    writeFileSync(account, JSON.stringify({ about: "Here is the data you requested. …", chats: { about: "…", list: [] } }));
    expect((await importErrorOf(parseExport(account).next())).message).toMatch(
      /^account\.json: byte 0: this is a whole Telegram account's export; export one chat instead/,
    );
  });
});
