/**
 * Discord's own data package, unzipped (core/ingest/discord-package.ts, format `discord`): each
 * channel's messages.json (an older package's messages.csv) one conversation of the user's own words,
 * keyed by the channel, titled by the DM's other person or "#channel (Server)" from channel.json,
 * index.json and user.json; mentions, channels, custom emoji and times made readable; a photo alone
 * passed over; the package's other files (its analytics, account, servers, README) passed over in a
 * folder, said why; a bad file refused naming it and the message.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { turnHash } from "../../core/ingest/store.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations, PNG_BYTES } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-discord-package-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ME = "458213907746316288";
const SAM = "623401987765432101";
const PRIYA = "701122334455667788";
const TOM = "1011223344556677889";

/** Writes `text` to `path` under the test's folder; returns its path. */
function put(path: string, text: string | Buffer): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A messages.json as Discord writes it: newest first, one message a line, each ID a bare number (past what a double holds exactly). */
function messagesJson(rows: Array<[id: string, at: string, contents: string, attachments?: string]>): string {
  const lines = rows.map(
    ([id, at, contents, attachments = ""]) =>
      `{"ID": ${id}, "Timestamp": ${JSON.stringify(at)}, "Contents": ${JSON.stringify(contents)}, "Attachments": ${JSON.stringify(attachments)}}`,
  );
  return `[\n${lines.join(",\n")}\n]`;
}

/** The package's account/user.json: the account and its friends (Sam by a nickname, Priya by the name she shows). */
function account(root = "package"): string {
  return put(
    `${root}/account/user.json`,
    JSON.stringify({
      id: ME,
      username: "jamieosei",
      discriminator: "0",
      global_name: "Jamie",
      settings: { locale: "en-GB", theme: "dark" },
      relationships: [
        {
          id: SAM,
          type: 1,
          nickname: "Sammy",
          user: { id: SAM, username: "sam_k", global_name: "Sam", discriminator: "0" },
          since: "2023-09-30T19:12:44+00:00",
        },
        { id: PRIYA, type: 1, nickname: null, user: { id: PRIYA, username: "priya.codes", global_name: "Priya", discriminator: "0" } },
      ],
      payments: [],
    }),
  );
}

/** An unzipped package: a DM with Sam, a server's channel, a thread, a group DM, a DM with Tom (no friend), and the files that hold no messages. */
function pkg(): Record<string, string> {
  account();
  put(
    "package/messages/index.json",
    JSON.stringify({
      "1080443399281737748": "Direct Message with sam_k#0",
      "1164781209960771594": "game-night in Meeple Meetup MCR",
      "1436120033445566778": "hackathon-team in UoM Code Club",
      "1410098877665544332": null,
      "1386557210022334455": "Direct Message with tom.h#0",
    }),
  );
  put("package/messages/c1080443399281737748/channel.json", `{"id": "1080443399281737748", "type": 1, "recipients": ["${ME}", "${SAM}"]}`);
  const dm = put(
    "package/messages/c1080443399281737748/messages.json",
    messagesJson([
      ["1571308760465412130", "2026-11-14 23:40:02", "Terraforming Mars is back on your shelf"],
      ["1561718475980804096", "2026-10-19 12:31:40", "I've still got your Terraforming Mars, I'll bring it back on the 14th"],
    ]),
  );
  put(
    "package/messages/c1164781209960771594/channel.json",
    '{"id": "1164781209960771594", "type": 0, "name": "game-night", "guild": {"id": "1150032457891020800", "name": "Meeple Meetup MCR"}}',
  );
  const channel = put(
    "package/messages/c1164781209960771594/messages.json",
    messagesJson([
      [
        "1571468638945284181",
        "2026-11-15 10:15:20",
        "Whoever left a beanie, it's on my shoe rack",
        "https://cdn.discordapp.com/attachments/1/2/beanie.jpg?ex=1",
      ],
      [
        "1563615316410372130",
        "2026-10-24 18:09:02",
        "",
        "https://cdn.discordapp.com/attachments/1164781209960771594/1431011223344556677/shelf.jpg?ex=6740a1b2",
      ],
      [
        "1563614972477444113",
        "2026-10-24 18:07:40",
        `@everyone I'm bringing Wingspan <:meeple:1150040012345678901>, <@!${PRIYA}> brings Root, ask <@&1150032457891020999>`,
      ],
      ["1563614351720452096", "2026-10-24 18:05:12", "Game night is Saturday 14 November at mine :tada:"],
    ]),
  );
  put(
    "package/messages/c1436120033445566778/channel.json",
    '{"id": "1436120033445566778", "type": 11, "name": "hackathon-team", "guild": {"id": "1206611895544012800", "name": "UoM Code Club"}}',
  );
  const thread = put(
    "package/messages/c1436120033445566778/messages.json",
    messagesJson([
      [
        "1570515147816964130",
        "2026-11-12 19:06:30",
        "Hacking starts <t:1795251600:F> (<t:1795251600:R>), details in <#1164781209960771594>, try </roll:1234567890>",
      ],
      ["1570514090852356096", "2026-11-12 19:02:18", `Team: me, <@${ME}>, <@${SAM}>, <@${TOM}> and <@999000111222333444>`],
    ]),
  );
  put(
    "package/messages/c1410098877665544332/channel.json",
    `{"id": "1410098877665544332", "type": 3, "name": null, "recipients": ["${ME}", "${SAM}", "${PRIYA}"], "icon_hash": null}`,
  );
  const group = put(
    "package/messages/c1410098877665544332/messages.json",
    messagesJson([["1572708055777284096", "2026-11-18 20:20:20", "Christmas dinner is Saturday 12 December, I'm doing a nut roast"]]),
  );
  put("package/messages/c1386557210022334455/channel.json", `{"id": "1386557210022334455", "type": 1, "recipients": ["${ME}", "${TOM}"]}`);
  const tom = put("package/messages/c1386557210022334455/messages.json", messagesJson([["1567162124730372096", "2026-11-03 13:02:47", "Booked room 2.15"]]));
  put("package/account/avatar.png", PNG_BYTES);
  // (Discord's analytics: gigabytes in a real package, one JSON event a line, never opened; here bytes no reader could take)
  put("package/activity/analytics/events-2026-00000-of-00001.json", Buffer.from([0x7b, 0x00, 0xff, 0xfe]));
  put("package/activity/tns/events-2026-00000-of-00001.json", '{"event_type":"app_opened"}\n');
  put("package/servers/index.json", '{"1150032457891020800": "Meeple Meetup MCR"}');
  put("package/servers/1150032457891020800/guild.json", '{"id": "1150032457891020800", "name": "Meeple Meetup MCR"}');
  put("package/servers/1150032457891020800/audit-log.json", "[]");
  put("package/README.txt", "Welcome to your Discord Data Package!\n\nInside, you'll find a few JSON files.\n");
  return { dm, channel, thread, group, tom };
}

describe("a Discord data package", () => {
  it("lists its channels' messages to read and says why each other file is passed over, its analytics by where they are", async () => {
    const { dm } = pkg();
    expect(await detectFormat(dm)).toBe("discord");
    expect(importPaths(join(dir, "package")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "package/README.txt",
      "package/account/avatar.png",
      "package/account/user.json",
      "package/activity/analytics/events-2026-00000-of-00001.json",
      "package/activity/tns/events-2026-00000-of-00001.json",
      "package/messages/c1080443399281737748/channel.json",
      "package/messages/c1080443399281737748/messages.json",
      "package/messages/c1164781209960771594/channel.json",
      "package/messages/c1164781209960771594/messages.json",
      "package/messages/c1386557210022334455/channel.json",
      "package/messages/c1386557210022334455/messages.json",
      "package/messages/c1410098877665544332/channel.json",
      "package/messages/c1410098877665544332/messages.json",
      "package/messages/c1436120033445566778/channel.json",
      "package/messages/c1436120033445566778/messages.json",
      "package/messages/index.json",
      "package/servers/1150032457891020800/audit-log.json",
      "package/servers/1150032457891020800/guild.json",
      "package/servers/index.json",
    ]);
    const read: string[] = [];
    const why: Record<string, string | null> = {};
    for (const { file } of importPaths(join(dir, "package"))) {
      const name = file.slice(dir.length + 9);
      if ((await folderFileFormat(file)) === "discord") read.push(name);
      else why[name] = await passedOverInFolder(file);
    }
    expect(read).toEqual([
      "messages/c1080443399281737748/messages.json",
      "messages/c1164781209960771594/messages.json",
      "messages/c1386557210022334455/messages.json",
      "messages/c1410098877665544332/messages.json",
      "messages/c1436120033445566778/messages.json",
    ]);
    expect(why["README.txt"]).toBe("Discord's description of its data package, no one's words");
    expect(why["account/avatar.png"]).toBe("the Discord account's picture, no words");
    expect(why["account/user.json"]).toMatch(/^the Discord account's settings, connections and friends: its friends' names are read/);
    expect(why["activity/analytics/events-2026-00000-of-00001.json"]).toBe(
      "Discord's analytics of what the account did, its events, devices and sessions: not read, no one's words",
    );
    expect(why["activity/tns/events-2026-00000-of-00001.json"]).toBe(why["activity/analytics/events-2026-00000-of-00001.json"]);
    expect(why["messages/index.json"]).toBe("the names of the channels the account sent messages in, read with each channel's messages");
    expect(why["messages/c1080443399281737748/channel.json"]).toBe(
      "a Discord channel's description, its kind, server or people: read with the messages beside it",
    );
    expect(why["servers/index.json"]).toMatch(/^a Discord server's name, settings or audit log, no one's words/);
    expect(why["servers/1150032457891020800/audit-log.json"]).toBe(why["servers/index.json"]);
    // (a README.txt in no package is a note, as ever)
    const note = put("notes/README.txt", "Remember to water the plants on Tuesday.\n");
    expect(await passedOverInFolder(note)).toBeNull();
    expect(await folderFileFormat(note)).toBe("note");
  });

  it("reads a DM as the user's words told to the other person, by their friend nickname, in time order, IDs exact", async () => {
    const { dm } = pkg();
    const [c, more] = await parsedConversations(dm);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "discord",
      externalId: "discord:package:1080443399281737748",
      title: "Sammy",
      participants: ["User"],
      startedAt: Date.UTC(2026, 9, 19, 12, 31, 40),
    });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata])).toEqual([
      [
        "1561718475980804096",
        "User",
        "user",
        "2026-10-19T12:31:40.000Z",
        "I've still got your Terraforming Mars, I'll bring it back on the 14th",
        { letter: { to: ["Sammy"] } },
      ],
      ["1571308760465412130", "User", "user", "2026-11-14T23:40:02.000Z", "Terraforming Mars is back on your shelf", { letter: { to: ["Sammy"] } }],
    ]);
  });

  it("reads a server's channel as '#channel (Server)': mentions named, emoji codes and @everyone dropped, a photo alone passed over", async () => {
    const { channel } = pkg();
    const [c] = await parsedConversations(channel);
    expect(c).toMatchObject({ externalId: "discord:package:1164781209960771594", title: "#game-night (Meeple Meetup MCR)", participants: ["User"] });
    expect(c!.turns.map((t) => [t.externalId, t.text, t.metadata])).toEqual([
      ["1563614351720452096", "Game night is Saturday 14 November at mine", {}],
      ["1563614972477444113", "I'm bringing Wingspan, Priya brings Root, ask", {}],
      ["1571468638945284181", "Whoever left a beanie, it's on my shoe rack", { attachments: 1 }],
    ]);
  });

  it("reads a thread: a time in words, a channel by its name, a command, the user and a DM's person named, an unknown person dropped", async () => {
    const { thread } = pkg();
    const [c] = await parsedConversations(thread);
    expect(c!.title).toBe("#hackathon-team (UoM Code Club)");
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Team: me, Jamie, Sammy, tom.h and",
      "Hacking starts Saturday 21 November 2026 at 09:00 UTC (21 November 2026 at 09:00 UTC), details in #game-night, try /roll",
    ]);
  });

  it("titles a group DM with no name by its other people, and a DM with no friend by index.json's username", async () => {
    const { group, tom } = pkg();
    const [g] = await parsedConversations(group);
    expect(g).toMatchObject({ externalId: "discord:package:1410098877665544332", title: "Sammy and Priya" });
    expect(g!.turns[0]!.metadata).toEqual({});
    const [t] = await parsedConversations(tom);
    expect(t).toMatchObject({ title: "tom.h" });
    expect(t!.turns[0]!.metadata).toEqual({ letter: { to: ["tom.h"] } });
  });

  it("keys a channel so a later package adds only the messages sent since", async () => {
    const { dm } = pkg();
    const [before] = await parsedConversations(dm);
    put("later/messages/index.json", JSON.stringify({ "1080443399281737748": "Direct Message with sam_k#0" }));
    account("later");
    put("later/messages/c1080443399281737748/channel.json", `{"id": "1080443399281737748", "type": 1, "recipients": ["${ME}", "${SAM}"]}`);
    const later = put(
      "later/messages/c1080443399281737748/messages.json",
      messagesJson([
        ["1575000000000000000", "2026-11-25 09:00:00", "Rematch on Friday?"],
        ["1571308760465412130", "2026-11-14 23:40:02", "Terraforming Mars is back on your shelf"],
        ["1561718475980804096", "2026-10-19 12:31:40", "I've still got your Terraforming Mars, I'll bring it back on the 14th"],
      ]),
    );
    const [after] = await parsedConversations(later);
    expect(after!.externalId).toBe(before!.externalId);
    const old = new Set(before!.turns.map((t) => turnHash(before!, t)));
    expect(after!.turns.filter((t) => !old.has(turnHash(after!, t))).map((t) => t.text)).toEqual(["Rematch on Friday?"]);
  });

  it("reads an older package's messages.csv: quoted lines, times with their offset", async () => {
    put("old/messages/index.json", '{"464051583559139340": "general in Dream World"}');
    put(
      "old/messages/c464051583559139340/channel.json",
      '{"id": "464051583559139340", "type": 0, "name": "general", "guild": {"id": "464051583559139338", "name": "Dream World"}}',
    );
    const csv = put(
      "old/messages/c464051583559139340/messages.csv",
      'ID,Timestamp,Contents,Attachments\r\n747951969171275807,2020-08-25 22:54:05.726000+00:00,"Board games at mine Friday,\r\nbring ""Catan""",\r\n747951000000000000,2020-08-25 21:00:00.000000+01:00,first!,https://cdn.discordapp.com/attachments/1/2/a.png\r\n',
    );
    expect(await detectFormat(csv)).toBe("discord");
    expect(importPaths(join(dir, "old")).map((p) => p.file.slice(dir.length + 1))).toContain("old/messages/c464051583559139340/messages.csv");
    expect(await folderFileFormat(csv)).toBe("discord");
    const [c] = await parsedConversations(csv);
    expect(c).toMatchObject({ externalId: "discord:package:464051583559139340", title: "#general (Dream World)" });
    expect(c!.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text, t.metadata])).toEqual([
      ["747951000000000000", "2020-08-25T20:00:00.000Z", "first!", { attachments: 1 }],
      ["747951969171275807", "2020-08-25T22:54:05.726Z", 'Board games at mine Friday,\nbring "Catan"', {}],
    ]);
  });

  it("reads a messages.json alone, keyed by its first message, with --format discord, and DiscordChatExporter's file still as it was", async () => {
    const alone = put("upload/messages.json", messagesJson([["1571308760465412130", "2026-11-14 23:40:02", "hello <@623401987765432101>"]]));
    const [c] = await parsedConversations(alone, "discord");
    expect(c).toMatchObject({ externalId: "discord:package:message 1571308760465412130", title: "Discord messages" });
    expect(c!.turns.map((t) => t.text)).toEqual(["hello"]);
    const dce = put(
      "dce/Direct Messages - Private - sam_k [1043].json",
      JSON.stringify({
        guild: { id: "0", name: "Direct Messages" },
        channel: { id: "1043", type: "DirectTextChat", name: "sam_k" },
        messages: [
          { id: "1", type: "Default", timestamp: "2026-11-03T18:42:10+00:00", content: "hi", author: { name: "sam_k", nickname: "Sam", isBot: false } },
        ],
      }),
    );
    expect((await parsedConversations(dce, "discord"))[0]).toMatchObject({ externalId: "discord:1043", title: "Sam" });
  });

  it("reads 2025's package: capitalised folders, channel types as words", async () => {
    put("p2025/Account/user.json", JSON.stringify({ id: ME, username: "jamieosei", global_name: "Jamie", relationships: [] }));
    put("p2025/Messages/index.json", JSON.stringify({ "502291754930929684": "Direct Message with ana.b#0", "184324186284621824": "offtopic in homelab." }));
    put("p2025/Messages/c502291754930929684/channel.json", `{"id": "502291754930929684", "type": "DM", "recipients": ["${ME}", "247424274304991233"]}`);
    const dm = put("p2025/Messages/c502291754930929684/messages.json", messagesJson([["1419422247004934226", "2025-09-21 20:37:15", "see you at 8"]]));
    put(
      "p2025/Messages/c184324186284621824/channel.json",
      '{"id": "184324186284621824", "type": "GUILD_TEXT", "name": "offtopic", "guild": {"id": "1", "name": "homelab."}}',
    );
    const channel = put("p2025/Messages/c184324186284621824/messages.json", messagesJson([["1183589260452962364", "2023-12-11 02:01:09", "4"]]));
    const activity = put("p2025/Activity/reporting/events-2025-00000-of-00001.json", '{"event_type":"x"}\n');
    expect(await passedOverInFolder(activity)).toBe("Discord's analytics of what the account did, its events, devices and sessions: not read, no one's words");
    expect(await folderFileFormat(dm)).toBe("discord");
    expect((await parsedConversations(dm))[0]).toMatchObject({ title: "ana.b", externalId: "discord:package:502291754930929684" });
    expect((await parsedConversations(channel))[0]).toMatchObject({ title: "#offtopic (homelab.)" });
  });

  it("reads a channel whose messages were all deleted, or were photos only, as no conversation", async () => {
    pkg();
    const empty = put("package/messages/c1999/messages.json", "[]");
    expect(await folderFileFormat(empty)).toBe("discord");
    expect(await parsedConversations(empty)).toEqual([]);
    const photos = put(
      "package/messages/c2000/messages.json",
      messagesJson([["1571308760465412130", "2026-11-14 23:40:02", "", "https://cdn.discordapp.com/a/b/c.jpg"]]),
    );
    expect(await parsedConversations(photos)).toEqual([]);
  });

  it("refuses a bad Timestamp, a message with no ID or a cut file, naming the file, the message and its channel's folder", async () => {
    const bad = put(
      "package/messages/c1/messages.json",
      messagesJson([
        ["1571308760465412130", "2026-11-14 23:40:02", "fine"],
        ["1571308760465412131", "14/11/2026 23:40", "bad"],
      ]),
    );
    const err = await importErrorOf(parsedConversations(bad));
    expect(err.name).toBe("ImportError");
    expect(err.file).toBe(bad);
    expect(err.message).toBe('messages.json: [1].Timestamp: expected a date and time as "2026-10-03 18:21:44", got "14/11/2026 23:40" (in c1)');
    const noId = put(
      "package/messages/c2/messages.json",
      '[\n{"ID": 1571308760465412130, "Timestamp": "2026-11-14 23:40:02", "Contents": "a"},\n{"Timestamp": "2026-11-14 23:41:02", "Contents": "b"}\n]',
    );
    expect((await importErrorOf(parsedConversations(noId))).message).toBe("messages.json: [1].ID: expected a message's ID (its digits), got null (in c2)");
    const cut = put("package/messages/c3/messages.json", '[\n{"ID": 1571308760465412130, "Timestamp": "2026-11-14 23:40:02", "Contents": "a", "Attach');
    expect((await importErrorOf(parsedConversations(cut))).message).toMatch(/^messages\.json: byte \d+ \(line 2, column \d+\): /);
    const csv = put("package/messages/c4/messages.csv", "ID,Timestamp,Contents,Attachments\n1,2020-08-25 22:54:05+00:00,ok,\n2,yesterday,no,\n");
    expect((await importErrorOf(parsedConversations(csv))).message).toBe(
      'messages.csv: line 3, "Timestamp": expected a date and time as "2026-10-03 18:21:44", got "yesterday" (in c4)',
    );
  });
});
