import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { metaText } from "../../core/ingest/chats/messenger.js";
import { detectFormat, parseExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-messenger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text as Meta's classic export writes it: its UTF-8 bytes as Latin-1 characters, each escaped \u00XX. */
const escaped = (json: unknown) => JSON.stringify(json, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const meta = (s: string) => Buffer.from(s, "utf8").toString("latin1");

/** A classic thread file (message_1.json): `messages` newest first, as Meta writes them. */
function classic(messages: Array<Record<string, unknown>>, title = "Lena Fischer"): string {
  return escaped({
    participants: [{ name: meta("Lena Fischer") }, { name: "Jamie Smith" }],
    messages,
    title: meta(title),
    is_still_participant: true,
    thread_path: "inbox/lenafischer_10158",
    magic_words: [],
  });
}

describe("a Facebook Messenger or Instagram thread (Meta's JSON download)", () => {
  it("is detected, and read as one conversation in time order, its text decoded, what nobody wrote passed over", async () => {
    const file = join(dir, "message_1.json");
    const t = Date.parse("2026-06-20T20:30:00Z");
    writeFileSync(
      file,
      classic([
        { sender_name: "Jamie Smith", timestamp_ms: t + 300_000, content: "You called Lena.", call_duration: 754 },
        { sender_name: "Jamie Smith", timestamp_ms: t + 240_000, content: "Jamie Smith unsent a message", is_unsent: true },
        { sender_name: meta("Lena Fischer"), timestamp_ms: t + 180_000, content: "Lena sent an attachment.", share: { link: "https://www.padella.co/" } },
        { sender_name: meta("Lena Fischer"), timestamp_ms: t + 120_000, photos: [{ uri: "photos/4471.jpg" }] },
        { sender_name: "Jamie Smith", timestamp_ms: t + 90_000, content: "Liked a message" },
        // (two messages in the same millisecond are two turns, in the order sent: the file's newest first)
        { sender_name: "Jamie Smith", timestamp_ms: t + 60_000, content: "See you Saturday." },
        {
          sender_name: "Jamie Smith",
          timestamp_ms: t + 60_000,
          content: meta("Congratulations!! 🎉"),
          reactions: [{ reaction: meta("❤"), actor: meta("Lena Fischer") }],
        },
        { sender_name: meta("Lena Fischer"), timestamp_ms: t, content: meta("I got the job at BMW! I'm moving to München in August.") },
      ]),
    );
    expect(await detectFormat(file)).toBe("messenger");
    expect(await folderFileFormat(file)).toBe("messenger");
    const [thread, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect([thread!.format, thread!.externalId, thread!.title, thread!.participants]).toEqual([
      "messenger",
      "messenger:inbox/lenafischer_10158",
      "Lena Fischer",
      ["Lena Fischer", "Jamie Smith"],
    ]);
    expect(thread!.turns.map((x) => [x.externalId, x.speaker, x.role, x.occurredAt - t, x.text])).toEqual([
      ["2026-06-20T20:30:00Z", "Lena Fischer", "other", 0, "I got the job at BMW! I'm moving to München in August."],
      ["2026-06-20T20:31:00Z", "Jamie Smith", "other", 60_000, "Congratulations!! 🎉"],
      ["2026-06-20T20:31:00Z#2", "Jamie Smith", "other", 60_000, "See you Saturday."],
    ]);
  });

  it("reads the shape of Messenger's end-to-end encrypted chats", async () => {
    const file = join(dir, "e2ee.json");
    writeFileSync(
      file,
      JSON.stringify({
        participants: ["Marco Rossi", "Jamie Smith"],
        threadName: "Marco Rossi",
        messages: [
          { isUnsent: false, media: [], reactions: [], senderName: "Marco Rossi", text: "Bring an apron to Café Zoë.", timestamp: 1782907320000, type: "text" },
          {
            isUnsent: false,
            media: [],
            reactions: [],
            senderName: "Marco Rossi",
            text: "The pasta class is on 14 July.",
            timestamp: 1782907200000,
            type: "text",
          },
        ],
      }),
    );
    expect(await detectFormat(file)).toBe("messenger");
    const [thread] = await parsedConversations(file);
    expect([thread!.externalId, thread!.title]).toEqual(["messenger:Marco Rossi", "Marco Rossi"]);
    expect(thread!.turns.map((x) => x.text)).toEqual(["The pasta class is on 14 July.", "Bring an apron to Café Zoë."]);
  });

  it("decodes Meta's escaped text only where it is escaped", () => {
    expect(metaText("M\u00c3\u00bcnchen")).toBe("München");
    expect(metaText("München")).toBe("München");
    expect(metaText("Zoë’s café")).toBe("Zoë’s café");
    expect(metaText("plain")).toBe("plain");
  });

  it("names the field of a message it cannot read, and refuses a thread with nothing said in it", async () => {
    const noTime = join(dir, "no-time.json");
    writeFileSync(
      noTime,
      classic([
        { sender_name: "Jamie Smith", timestamp_ms: 1782907200000, content: "Hi" },
        { sender_name: "Jamie Smith", content: "Hello" },
      ]),
    );
    // (a message is named by its place in the file, where the newest comes first)
    expect((await importErrorOf(parseExport(noTime).next())).message).toBe(
      "no-time.json: messages[1].timestamp_ms: expected milliseconds since 1970, got null",
    );
    const silent = join(dir, "silent.json");
    writeFileSync(silent, classic([{ sender_name: "Jamie Smith", timestamp_ms: 1782907200000, photos: [{ uri: "p.jpg" }] }]));
    expect((await importErrorOf(parseExport(silent).next())).message).toBe("silent.json: messages: the thread has no message with text in it");
  });
});
