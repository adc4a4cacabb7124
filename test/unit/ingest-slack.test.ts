/**
 * A Slack workspace's export, unzipped (core/ingest/slack.ts): a channel's day is a conversation of
 * its people's messages, Slack's markup read as words, its notices and bots' posts passed over.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-slack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ts = (iso: string) => `${Date.parse(iso) / 1000}.000100`;

describe("a Slack export", () => {
  it("reads a channel's day as one conversation: real names, mentions and links as words, no notices or bots", async () => {
    const root = join(dir, "export");
    mkdirSync(join(root, "launch"), { recursive: true });
    writeFileSync(
      join(root, "users.json"),
      JSON.stringify([
        { id: "U01", name: "priya", real_name: "Priya Shah", profile: { real_name: "Priya Shah" } },
        { id: "U02", name: "jordan", profile: { real_name: "Jordan Lee" } },
      ]),
    );
    const day = join(root, "launch", "2026-11-16.json");
    writeFileSync(
      day,
      JSON.stringify([
        { type: "message", user: "U02", text: "Yep, I'll have the notes in <#C03|launch> by Monday :tada:", ts: ts("2026-11-16T09:34:00Z") },
        {
          type: "message",
          user: "U01",
          text: "Launch moved to 26 November. <@U02> can you own the <https://docs.example/notes|release notes>? Q&amp;A at 3",
          ts: ts("2026-11-16T09:30:00Z"),
          user_profile: { real_name: "Priya Shah" },
        },
        { type: "message", subtype: "channel_join", user: "U02", text: "<@U02> has joined the channel", ts: ts("2026-11-16T09:00:00Z") },
        { type: "message", subtype: "bot_message", username: "GitHub", text: "PR #482 merged", ts: ts("2026-11-16T11:00:00Z") },
      ]),
    );
    expect(await detectFormat(day)).toBe("slack");
    // (in a folder, a day is read as one; the export's users.json and channels.json are passed over)
    expect(await folderFileFormat(day)).toBe("slack");
    expect(await folderFileFormat(join(root, "users.json"))).toBeNull();
    const [c] = await parsedConversations(day);
    expect(c).toMatchObject({ format: "slack", externalId: "slack:launch:2026-11-16", title: "#launch", participants: ["Priya Shah", "Jordan Lee"] });
    expect(c!.turns.map((t) => [t.speaker, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      ["Priya Shah", "2026-11-16T09:30:00.000Z", "Launch moved to 26 November. @Jordan Lee can you own the release notes? Q&A at 3"],
      ["Jordan Lee", "2026-11-16T09:34:00.000Z", "Yep, I'll have the notes in #launch by Monday"],
    ]);
    // a message with no time is refused, naming it
    const bad = join(root, "launch", "2026-11-17.json");
    writeFileSync(
      bad,
      JSON.stringify([
        { type: "message", user: "U01", text: "hi", ts: "1794821400.000100" },
        { type: "message", user: "U01", text: "no time" },
      ]),
    );
    expect((await importErrorOf(parsedConversations(bad, "slack"))).message).toBe('2026-11-17.json: [1].ts: a message with no time ("ts" of seconds)');
  });
});
