/**
 * Snapchat's chats from its "My Data" download (core/ingest/snapchat.ts, json-paths.ts): each member of
 * json/chat_history.json one conversation, titled by the group's name or the friend's display name from
 * friends.json, in time order, the account's own messages the user's; photos, stickers, voice notes and
 * notices passed over; the older "Received/Sent Saved Chat History" shape; the download's other files
 * passed over in a folder, said why, and refused alone; a bad file's error naming the file and where.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat, parseExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-snapchat-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `value` to `path` under the test's folder (JSON indented by two spaces, as the download writes it, or text as is); returns its path. */
function put(path: string, value: unknown): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

/** A message as chat_history.json holds one: `at` "2026-10-08 19:02:11", its ms after the second. */
function message(from: string, at: string, type: string, content: string | null, extra: Record<string, unknown> = {}) {
  return {
    From: from,
    "Media Type": type,
    Created: `${at} UTC`,
    Content: content,
    "Conversation Title": null,
    IsSender: from === "ruby.h",
    "Created(microseconds)": Date.parse(`${at.replace(" ", "T")}Z`) + 250,
    IsSaved: true,
    "Media IDs": type === "MEDIA" ? "b~EiQSFTM0SEdmSTFNRzBDdkhlelFQS1hLUhoAGgAyAXxIAlAEYAE" : "",
    ...extra,
  };
}

const FRIENDS = {
  Friends: [
    {
      Username: "maisiekent",
      "Display Name": "Maisie Kent",
      "Creation Timestamp": "2024-09-22 23:41:07 UTC",
      "Last Modified Timestamp": "2024-09-22 23:41:07 UTC",
      Source: "Added by Username",
    },
    {
      Username: "joshbell99",
      "Display Name": "Josh Bell",
      "Creation Timestamp": "2025-06-03 14:22:10 UTC",
      "Last Modified Timestamp": "2025-06-03 14:22:10 UTC",
      Source: "Added by Search",
    },
  ],
  "Friend Requests Sent": [],
  "Blocked Users": [],
  "Deleted Friends": [
    {
      Username: "tom.a",
      "Display Name": "Tom Ashworth",
      "Creation Timestamp": "2019-06-14 17:02:55 UTC",
      "Last Modified Timestamp": "2026-01-02 10:00:00 UTC",
      Source: "Added by Mobile Number",
    },
  ],
};

/** The time of a turn, ISO. */
const iso = (ms: number): string => new Date(ms).toISOString();
/** A conversation's turns as [speaker, role, time, text, metadata]. */
const turnsOf = (c: ParsedConversation) => c.turns.map((t) => [t.speaker, t.role, iso(t.occurredAt), t.text, t.metadata]);

describe("a Snapchat download", () => {
  it("reads each conversation of chat_history.json, titled from friends.json, in time order, the user's own as theirs, media and notices passed over", async () => {
    const chats = put("mydata~1793956443000/json/chat_history.json", {
      maisiekent: [
        // (newest first, as the download lists them)
        message("maisiekent", "2026-10-18 11:21:09", "TEXT", "you left your denim jacket here btw"),
        message("maisiekent", "2026-10-18 11:20:47", "MEDIA", ""),
        message("ruby.h", "2026-10-08 19:10:05", "TEXT", " omg yes, can I bring Lucy? "),
        message("maisiekent", "2026-10-08 19:11:50", "STICKER", ""),
        message("ruby.h", "2026-10-08 19:12:30", "NOTE", null),
        message("maisiekent", "2026-10-08 19:02:11", "TEXT", "HOUSE PARTY at ours Saturday 17th!! 14 Brudenell Grove"),
      ],
      "3f6c2a9e-81b4-4d27-9e0a-5b7d1c4e8f26": [
        message("joshbell99", "2026-10-05 10:12:08", "TEXT", "Octopus bill is in: £62 each", { "Conversation Title": "5 Ash Grove 🏠" }),
        message("priyam_21", "2026-10-05 10:31:15", "TEXT", "sent too", { "Conversation Title": "5 Ash Grove 🏠" }),
        message("ruby.h", "2026-10-05 10:41:30", "STATUSERASEDMESSAGE", "", { "Conversation Title": "5 Ash Grove 🏠" }),
        message("joshbell99", "2026-10-05 10:42:00", "STATUSSAVETOCAMERAROLL", "Josh saved a photo", { "Conversation Title": "5 Ash Grove 🏠" }),
      ],
      "tom.a": [message("tom.a", "2026-10-30 13:41:52", "LOCATION", null), message("tom.a", "2026-10-30 13:42:00", "SHARE", "")],
    });
    const friends = put("mydata~1793956443000/json/friends.json", FRIENDS);
    const account = put("mydata~1793956443000/json/account.json", { "Basic Information": { Username: "ruby.h", Name: "Ruby Hughes" } });
    const snaps = put("mydata~1793956443000/json/snap_history.json", {
      maisiekent: [
        {
          From: "maisiekent",
          "Media Type": "IMAGE",
          Created: "2026-10-17 22:48:51 UTC",
          "Conversation Title": null,
          IsSender: false,
          "Created(microseconds)": 1792277331000,
        },
      ],
    });
    const memories = put("mydata~1793956443000/json/memories_history.json", { "Saved Media": [{ Date: "2026-10-17 23:02:11 UTC", "Media Type": "Image" }] });
    const other = put("mydata~1793956443000/json/bitmoji_kit.json", { "Bitmoji Kit": [] });
    put("mydata~1793956443000/index.html", "<!DOCTYPE html><html><body>My Data</body></html>");
    put("mydata~1793956443000/html/chat_history.html", "<!DOCTYPE html><html><body>Chat History</body></html>");

    expect(await detectFormat(chats)).toBe("snapchat");
    expect(await folderFileFormat(chats)).toBe("snapchat");
    expect(await passedOverInFolder(chats)).toBeNull();
    expect(importPaths(join(dir, "mydata~1793956443000")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "mydata~1793956443000/json/account.json",
      "mydata~1793956443000/json/bitmoji_kit.json",
      "mydata~1793956443000/json/chat_history.json",
      "mydata~1793956443000/json/friends.json",
      "mydata~1793956443000/json/memories_history.json",
      "mydata~1793956443000/json/snap_history.json",
    ]);
    expect(await passedOverInFolder(snaps)).toBe("who sent a snap to whom and when: no words, Snapchat keeps no snap's content");
    expect(await passedOverInFolder(friends)).toBe(
      "your friends' usernames and display names, which name the chats read from chat_history.json: no words of anyone's",
    );
    expect(await passedOverInFolder(account)).toBe("your Snapchat account's details (username, devices, logins), no words of anyone's");
    expect(await passedOverInFolder(memories)).toBe(
      "a list of your saved Memories (dates, places and download links): no words, the photos and videos are not in it",
    );
    expect(await passedOverInFolder(other)).toBe("a file of your Snapchat download that holds no chat: the chats are read from chat_history.json");
    expect(await folderFileFormat(snaps)).toBeNull();

    const [dm, house, more] = await parsedConversations(chats);
    // (Tom's chat holds only a location and a share with no words: no conversation)
    expect(more).toBeUndefined();
    expect(dm).toMatchObject({
      format: "snapchat",
      externalId: "snapchat:maisiekent",
      title: "Maisie Kent",
      participants: ["Maisie Kent", "User"],
      startedAt: Date.UTC(2026, 9, 8, 19, 2, 11, 250),
    });
    const toUser = { letter: { to: ["the user"] } };
    expect(turnsOf(dm!)).toEqual([
      ["Maisie Kent", "other", "2026-10-08T19:02:11.250Z", "HOUSE PARTY at ours Saturday 17th!! 14 Brudenell Grove", toUser],
      ["User", "user", "2026-10-08T19:10:05.250Z", "omg yes, can I bring Lucy?", {}],
      ["Maisie Kent", "other", "2026-10-18T11:21:09.250Z", "you left your denim jacket here btw", toUser],
    ]);
    expect(dm!.turns.map((t) => t.externalId)).toEqual(["2026-10-08T19:02:11.250Z", "2026-10-08T19:10:05.250Z", "2026-10-18T11:21:09.250Z"]);
    // (a group: its name, a member who is no friend by their username, no one's words said to the user alone)
    expect(house).toMatchObject({
      externalId: "snapchat:3f6c2a9e-81b4-4d27-9e0a-5b7d1c4e8f26",
      title: "5 Ash Grove 🏠",
      participants: ["Josh Bell", "priyam_21"],
    });
    expect(turnsOf(house!)).toEqual([
      ["Josh Bell", "other", "2026-10-05T10:12:08.250Z", "Octopus bill is in: £62 each", {}],
      ["priyam_21", "other", "2026-10-05T10:31:15.250Z", "sent too", {}],
    ]);
  });

  it("reads Created(microseconds) in µs or ms, else Created; a message with no IsSender is the user's when account.json names its sender", async () => {
    put("json/account.json", { "Basic Information": { Username: "ruby.h" } });
    const chats = put("json/chat_history.json", {
      "tom.a": [
        {
          From: "tom.a",
          "Media Type": "TEXT",
          Created: "2026-10-21 16:20:44 UTC",
          Content: "leaving Friday at 2pm",
          "Created(microseconds)": 1792599644123456,
        },
        { From: "ruby.h", "Media Type": "TEXT", Created: "2026-10-21 16:22:01 UTC", Content: "yes please!", "Created(microseconds)": 1792599721274 },
        // (a number that is not this time: Created is)
        { From: "tom.a", "Media Type": "TEXT", Created: "2026-10-21 16:25:37 UTC", Content: "£10 is fine", "Created(microseconds)": 1700000000000 },
        { From: "tom.a", "Media Type": "TEXT", Created: "2026-10-21 16:25:37 UTC", Content: "drop you at Meadowhall" },
      ],
    });
    const [c] = await parsedConversations(chats);
    // (no friends.json: the username; a deleted friend's name only when friends.json says)
    expect(c).toMatchObject({ title: "tom.a", participants: ["tom.a", "User"] });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text])).toEqual([
      ["2026-10-21T16:20:44.123Z", "tom.a", "other", "leaving Friday at 2pm"],
      ["2026-10-21T16:22:01.274Z", "User", "user", "yes please!"],
      ["2026-10-21T16:25:37.000Z", "tom.a", "other", "£10 is fine"],
      ["2026-10-21T16:25:37.000Z#2", "tom.a", "other", "drop you at Meadowhall"],
    ]);
    put("json/friends.json", FRIENDS);
    expect((await parsedConversations(chats))[0]!.title).toBe("Tom Ashworth");
  });

  it("reads the older shape: received and sent arrays, a conversation per friend, what was sent the user's", async () => {
    put("json/friends.json", FRIENDS);
    const chats = put("json/chat_history.json", {
      "Received Saved Chat History": [
        { From: "maisiekent", "Media Type": "TEXT", Created: "2021-06-05 18:00:00 UTC", Text: "party at mine saturday" },
        { From: "joshbell99", "Media Type": "MEDIA", Created: "2021-06-05 18:01:00 UTC", Text: "" },
        { From: "joshbell99", "Media Type": "TEXT", Created: "2021-06-06 09:00:00 UTC", Text: "lift to the match?" },
      ],
      "Sent Saved Chat History": [{ To: "maisiekent", "Media Type": "TEXT", Created: "2021-06-05 18:05:00 UTC", Text: "wouldn't miss it" }],
      "Received Unsaved Chat History": [],
    });
    expect(await detectFormat(chats)).toBe("snapchat");
    const cs = await parsedConversations(chats);
    expect(cs.map((c) => [c.externalId, c.title, c.participants])).toEqual([
      ["snapchat:maisiekent", "Maisie Kent", ["Maisie Kent", "User"]],
      ["snapchat:joshbell99", "Josh Bell", ["Josh Bell"]],
    ]);
    expect(cs[0]!.turns.map((t) => [t.speaker, iso(t.occurredAt), t.text])).toEqual([
      ["Maisie Kent", "2021-06-05T18:00:00.000Z", "party at mine saturday"],
      ["User", "2021-06-05T18:05:00.000Z", "wouldn't miss it"],
    ]);
  });

  it("titles a group with no name by those who wrote; refuses snap_history.json and friends.json alone, saying what they hold", async () => {
    put("json/friends.json", FRIENDS);
    const chats = put("json/chat_history.json", {
      "a92e7d14-0c3b-4f85-b6e1-7d2f9a3c5e08": [
        message("joshbell99", "2026-10-29 20:00:12", "TEXT", "Dinner booked at Tharavadu for 7:30"),
        message("lucyfraser_", "2026-10-29 20:02:37", "TEXT", "then Pryzm after?"),
        message("ruby.h", "2026-10-29 20:10:21", "TEXT", "I'll sort the cake"),
      ],
    });
    const [c] = await parsedConversations(chats);
    expect(c).toMatchObject({ title: "Josh Bell and lucyfraser_", participants: ["Josh Bell", "lucyfraser_", "User"] });
    expect(c!.turns.every((t) => !("letter" in t.metadata))).toBe(true);

    const snaps = put("alone/snap_history.json", {
      maisiekent: [
        {
          From: "maisiekent",
          "Media Type": "IMAGE",
          Created: "2026-10-17 22:48:51 UTC",
          "Conversation Title": null,
          IsSender: false,
          "Created(microseconds)": 1792277331000,
        },
      ],
    });
    let err = await importErrorOf(parsedConversations(snaps));
    expect(err.name).toBe("ImportError");
    expect(err.file).toBe(snaps);
    expect(err.message).toBe(
      "snap_history.json: byte 0: Snapchat's snap history (who sent a snap to whom and when: no words, Snapchat keeps no snap's content); your chats are in json/chat_history.json (import it, or the download's folder)",
    );
    const older = put("alone/older_snap_history.json", {
      "Received Snap History": [{ From: "maisiekent", "Media Type": "IMAGE", Created: "2021-01-01 12:30:00 UTC" }],
    });
    expect((await importErrorOf(detectFormat(older))).location).toBe("byte 0");
    const friends = put("alone/friends.json", FRIENDS);
    err = await importErrorOf(detectFormat(friends));
    expect(err.message).toMatch(/^friends\.json: byte 0: Snapchat's friends list \(your friends' usernames and display names/);
    // (another folder's JSON named like one is no download's: not passed over by name)
    expect(await passedOverInFolder(join(dir, "alone/friends.json"))).toBeNull();
  });

  it("refuses a bad file naming the file and the message, the byte, line and column, after the conversations before it", async () => {
    const badTime = put("json/chat_history.json", {
      maisiekent: [
        message("maisiekent", "2026-10-08 19:02:11", "TEXT", "hi"),
        { From: "maisiekent", "Media Type": "TEXT", Created: "8 October 2026", Content: "party!" },
      ],
    });
    let err = await importErrorOf(parsedConversations(badTime));
    expect(err.file).toBe(badTime);
    expect(err.message).toBe('chat_history.json: ["maisiekent"][1].Created: expected a time as "2026-10-08 19:02:11 UTC", got "8 October 2026"');

    const noArray = put(
      "b/json/chat_history.json",
      `{"maisiekent": [${JSON.stringify(message("maisiekent", "2026-10-08 19:02:11", "TEXT", "hi"))}], "tom.a": {"From": "tom.a"}}`,
    );
    err = await importErrorOf(parsedConversations(noArray));
    expect(err.message).toBe('chat_history.json: ["tom.a"]: expected an array of messages, got an object');

    const noFrom = put("c/json/chat_history.json", {
      maisiekent: [
        message("maisiekent", "2026-10-08 19:02:11", "TEXT", "hi"),
        { "Media Type": "TEXT", Created: "2026-10-08 19:03:00 UTC", Content: "who am I", IsSender: false },
      ],
    });
    expect((await importErrorOf(parsedConversations(noFrom))).message).toBe(
      'chat_history.json: ["maisiekent"][1].From: expected the sender\'s username, got null',
    );

    // (a comma missing inside the second conversation, on its third line: the first is read before)
    const text = `{\n  "maisiekent": [\n    {"From": "maisiekent", "Media Type": "TEXT", "Created": "2026-10-08 19:02:11 UTC", "Content": "hi", "IsSender": false}\n  ],\n  "tom.a": [\n    {"From": "tom.a" "Media Type": "TEXT"}\n  ]\n}\n`;
    const broken = put("d/json/chat_history.json", text);
    const read: string[] = [];
    err = await importErrorOf(
      (async () => {
        for await (const c of parseExport(broken)) read.push(c.externalId);
      })(),
    );
    expect(read).toEqual(["snapchat:maisiekent"]);
    const at = text.indexOf('"Media Type": "TEXT"}');
    expect(err.message).toBe(
      `chat_history.json: byte ${at} (line 6, column ${at - text.lastIndexOf("\n", at)}): invalid JSON in ["tom.a"]: expected ',' or '}' after a property value, got '"Media Type"'`,
    );

    const cut = put("e/json/chat_history.json", text.slice(0, text.indexOf('"tom.a"') + 12));
    err = await importErrorOf(parsedConversations(cut));
    expect(err.message).toMatch(/^chat_history\.json: byte \d+ \(line 6, column 2\): truncated JSON: the file ends inside \["tom\.a"\], before its end$/);
  });
});
