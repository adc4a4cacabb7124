/**
 * A Discord channel exported by DiscordChatExporter as JSON (core/ingest/discord.ts): one
 * conversation per file, its people by the names they show, mentions and emoji codes read as words,
 * Discord's notices, bots' posts and messages with no text passed over.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { discordWords } from "../../core/ingest/chats/discord.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-discord-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An author as DiscordChatExporter writes one: `name` the username, `nickname` the name shown. */
const author = (id: string, name: string, nickname: string, isBot = false) => ({
  id,
  name,
  discriminator: "0000",
  nickname,
  color: null,
  isBot,
  roles: [],
  avatarUrl: "",
});
const LEO = author("1", "leo.m", "Leo");
const SAM = author("2", "sam_k", "Sam");
const PRIYA = author("3", "priya.dev", "Priya");
const BOT = author("4", "MEE6", "MEE6", true);

/** A message as DiscordChatExporter writes one. */
function message(id: string, timestamp: string, from: object, content: string, extra: object = {}) {
  return {
    id,
    type: "Default",
    timestamp,
    timestampEdited: null,
    callEndedTimestamp: null,
    isPinned: false,
    content,
    author: from,
    attachments: [],
    embeds: [],
    stickers: [],
    reactions: [],
    mentions: [],
    ...extra,
  };
}

/** Writes a channel's export (indented, as DiscordChatExporter writes it) to `name` in the test's folder. */
function exported(name: string, guild: object, channel: object, messages: unknown): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    JSON.stringify(
      { guild, channel, dateRange: { after: null, before: null }, exportedAt: "2026-11-20T18:05:41.2231337+00:00", messages, messageCount: 0 },
      null,
      2,
    ),
  );
  return file;
}

const DMS = { id: "0", name: "Direct Messages", iconUrl: "" };
const CREW = { id: "99", name: "Weekend Crew", iconUrl: "" };

describe("a DiscordChatExporter export", () => {
  it("reads a DM as one conversation titled by the other person's shown name, in time order, notices, bots and attachments passed over", async () => {
    const file = exported(
      "Direct Messages - Private - sam_k [1043].json",
      DMS,
      { id: "1043", type: "DirectTextChat", categoryId: "0", category: "Private", name: "sam_k", topic: null },
      [
        message("11", "2026-11-03T18:42:10.512+00:00", SAM, "yo are we still on for the LAN party?"),
        message("12", "2026-11-03T19:44:57.03+01:00", LEO, "yep, Saturday 14th at mine", {
          type: "Reply",
          reference: { messageId: "11", channelId: "1043", guildId: null },
        }),
        // (written after the reply, said before it: its time is 18:44:57 UTC)
        message("18", "2026-11-03T18:44:30+00:00", SAM, "bring your headset"),
        message("13", "2026-11-03T18:45:00+00:00", LEO, "", {
          attachments: [{ id: "9", url: "https://cdn.example/IMG.jpg", fileName: "IMG.jpg", fileSizeBytes: 10 }],
        }),
        message("14", "2026-11-03T18:46:00+00:00", SAM, "", { type: "Call", callEndedTimestamp: "2026-11-03T18:50:00+00:00" }),
        message("15", "2026-11-03T18:47:00+00:00", SAM, "Pinned a message.", { type: "ChannelPinnedMessage" }),
        message("16", "2026-11-03T18:48:00+00:00", SAM, "Added Tom to the group.", { type: "RecipientAdd" }),
        message("17", "2026-11-03T18:49:00+00:00", BOT, "GG @Leo, you just advanced to level 12!"),
      ],
    );
    expect(await detectFormat(file)).toBe("discord");
    expect(await folderFileFormat(file)).toBe("discord");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "discord",
      externalId: "discord:1043",
      title: "Sam",
      participants: ["Sam", "Leo"],
      startedAt: Date.parse("2026-11-03T18:42:10.512Z"),
    });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata])).toEqual([
      ["11", "Sam", "other", "2026-11-03T18:42:10.512Z", "yo are we still on for the LAN party?", {}],
      ["18", "Sam", "other", "2026-11-03T18:44:30.000Z", "bring your headset", {}],
      ["12", "Leo", "other", "2026-11-03T18:44:57.030Z", "yep, Saturday 14th at mine", { reply_to: "11" }],
    ]);
  });

  it("titles a server channel '#name (server)' and a group DM by its name, and reads mentions and emoji codes as words", async () => {
    // (a topic that writes `"messages": [` is no member: the channel is read before the real array)
    const channel = { id: "1100", type: "GuildTextChat", categoryId: "5", category: "Text Channels", name: "general", topic: 'say "messages": [ here' };
    const file = exported("Weekend Crew - Text Channels - general [1100].json", CREW, channel, [
      message("21", "2026-11-04T17:00:05.12+00:00", PRIYA, "@everyone Minecraft server IP changed: play.weekendcrew.net, port 25570"),
      message("22", "2026-11-04T17:00:06+00:00", PRIYA, "Joined the server.", { type: "GuildMemberJoin" }),
      message("23", "2026-11-06T19:43:15.1+00:00", LEO, "I'll do pizza :PepeLaugh: @Priya said she'd bring drinks, ok @here?", { mentions: [PRIYA] }),
      message("24", "2026-11-06T19:45:00.4+00:00", PRIYA, "organic chem 😭 https://www.bbc.co.uk/food/recipes/vegan_pizza mail priya@example.com at 10:30:00"),
    ]);
    expect(await detectFormat(file)).toBe("discord");
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ externalId: "discord:1100", title: "#general (Weekend Crew)", participants: ["Priya", "Leo"] });
    expect(c!.turns.map((t) => [t.speaker, t.text])).toEqual([
      ["Priya", "Minecraft server IP changed: play.weekendcrew.net, port 25570"],
      ["Leo", "I'll do pizza Priya said she'd bring drinks, ok?"],
      ["Priya", "organic chem 😭 https://www.bbc.co.uk/food/recipes/vegan_pizza mail priya@example.com at 10:30:00"],
    ]);
    const group = exported("group.json", DMS, { id: "1200", type: "DirectGroupTextChat", name: "LAN squad", topic: null }, [
      message("31", "2026-11-05T10:00:00+00:00", SAM, "who has the spare monitor?"),
    ]);
    expect((await parsedConversations(group))[0]).toMatchObject({ title: "LAN squad", externalId: "discord:1200" });
    // (a channel of notices only is no conversation)
    const quiet = exported("quiet.json", CREW, { ...channel, id: "1300" }, [message("41", "2026-11-05T10:00:00+00:00", SAM, "", { type: "Call" })]);
    expect(await parsedConversations(quiet)).toEqual([]);
  });

  it("reads a message's content as words", () => {
    expect(discordWords("hey @everyone, the server moved :PepeLaugh::tada: ask @Priya")).toBe("hey the server moved ask Priya");
    expect(discordWords(":KEKW:")).toBe("");
    expect(discordWords("done by 9:45:30, mail leo@example.com")).toBe("done by 9:45:30, mail leo@example.com");
  });

  it("refuses a malformed export, naming the file and where", async () => {
    const notArray = exported("Weekend Crew - broken [1].json", CREW, { id: "1", type: "GuildTextChat", name: "general" }, { "0": "hi" });
    expect(await detectFormat(notArray)).toBe("discord");
    const err = await importErrorOf(parsedConversations(notArray));
    expect(err.name).toBe("ImportError");
    expect(err.message).toMatch(/^Weekend Crew - broken \[1\]\.json: byte \d+ \(line \d+, column \d+\): the JSON object has no "messages" array$/);
    const badTime = exported("bad-time.json", CREW, { id: "2", type: "GuildTextChat", name: "general" }, [
      message("51", "2026-11-05T10:00:00+00:00", SAM, "fine"),
      message("52", "yesterday", SAM, "no time"),
    ]);
    expect((await importErrorOf(parsedConversations(badTime))).message).toBe(
      'bad-time.json: messages[1].timestamp: expected an ISO 8601 time, got "yesterday"',
    );
    // (with --format discord, a JSON object with no channel before its messages)
    const noChannel = join(dir, "no-channel.json");
    writeFileSync(noChannel, JSON.stringify({ messages: [message("61", "2026-11-05T10:00:00+00:00", SAM, "hi")] }));
    expect((await importErrorOf(parsedConversations(noChannel, "discord"))).message).toMatch(
      /^no-channel\.json: channel: expected a DiscordChatExporter export/,
    );
  });
});
