/**
 * Google Chat as Google Takeout exports it (core/ingest/googlechat.ts): each group's messages.json one
 * conversation, a Space titled by its name and a DM by the other member (the account's own from
 * user_info.json), dates in US and British English, bots, deleted messages and files only passed
 * over; group_info.json and user_info.json no conversation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths } from "../../core/api/import-check.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-googlechat-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LEO = { name: "Leo Martin", email: "leo.martin@gmail.com", user_type: "Human" };
const ANA = { name: "Ana Costa", email: "ana.costa@gmail.com", user_type: "Human" };
const RAJ = { name: "Raj Patel", email: "raj.patel@gmail.com", user_type: "Human" };
const BOT = { name: "Google Drive", user_type: "Bot" };

/** A message as Takeout writes one. */
function message(creator: object, created: string, text: string, id: string, extra: object = {}) {
  return { creator, created_date: created, text, topic_id: `t${id}`, message_id: `g/${id}`, ...extra };
}

/** Writes `text` (JSON, indented as Takeout writes it) to `path` under the test's folder; returns its path. */
function put(path: string, value: unknown): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/** Writes a group's group_info.json and messages.json under `Google Chat/Groups/<group>`; returns the messages.json. */
function group(name: string, info: object, messages: unknown[]): string {
  put(`Google Chat/Groups/${name}/group_info.json`, info);
  return put(`Google Chat/Groups/${name}/messages.json`, { messages });
}

/** Writes the account's user_info.json (Leo's). */
function account(): string {
  return put("Google Chat/Users/User 1043/user_info.json", {
    user: LEO,
    membership_info: [{ group_name: "Ana Costa", group_id: "DM 8y2W", membership_state: "MEMBER_JOINED" }],
  });
}

describe("a Google Chat Takeout", () => {
  it("reads a DM titled by the other member, in time order, files, deleted messages and quotes' text left out", async () => {
    const userInfo = account();
    const groupInfo = join(dir, "Google Chat/Groups/DM 8y2W/group_info.json");
    const file = group("DM 8y2W", { members: [LEO, ANA] }, [
      message(ANA, "Tuesday, November 3, 2026 at 6:42:10 PM UTC", "Are you still ok to water my plants?", "a1"),
      // (written after, said before: 6:44:00 PM)
      message(LEO, "Tuesday, November 3, 2026 at 6:44:57 PM UTC", "Of course! When do you fly?", "a3", {
        quoted_message_metadata: { creator: ANA, text: "Are you still ok to water my plants?" },
      }),
      message(ANA, "Tuesday, November 3, 2026 at 6:44:00\u202fPM UTC", "  Spare key is under the blue pot ", "a2"),
      message(ANA, "Tuesday, November 3, 2026 at 6:47:02 PM UTC", "", "a4", {
        attached_files: [{ original_name: "IMG_5531.jpg", export_name: "File-IMG_5531.jpg" }],
      }),
      message(ANA, "Wednesday, November 4, 2026 at 9:05:00 AM UTC", "I take that back", "a5", { deletion_metadata: { deletion_type: "CREATOR" } }),
      message(ANA, "Wednesday, November 4, 2026 at 12:05:00 AM GMT+1", "Thursday 19th, back on the 26th", "a6", {
        reactions: [{ emoji: { unicode: "👍" }, reactor_emails: [LEO.email] }],
      }),
    ]);
    writeFileSync(join(dir, "Google Chat/Groups/DM 8y2W/File-IMG_5531.jpg"), "not read");
    expect(await detectFormat(file)).toBe("googlechat");
    expect(await folderFileFormat(file)).toBe("googlechat");
    expect(await folderFileFormat(groupInfo)).toBeNull();
    expect(await folderFileFormat(userInfo)).toBeNull();
    expect(importPaths(join(dir, "Google Chat")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "Google Chat/Groups/DM 8y2W/group_info.json",
      "Google Chat/Groups/DM 8y2W/messages.json",
      "Google Chat/Users/User 1043/user_info.json",
    ]);
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "googlechat",
      externalId: "googlechat:DM 8y2W",
      title: "Ana Costa",
      participants: ["Ana Costa", "Leo Martin"],
      startedAt: Date.UTC(2026, 10, 3, 18, 42, 10),
    });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata])).toEqual([
      ["g/a1", "Ana Costa", "other", "2026-11-03T18:42:10.000Z", "Are you still ok to water my plants?", {}],
      ["g/a2", "Ana Costa", "other", "2026-11-03T18:44:00.000Z", "Spare key is under the blue pot", {}],
      [
        "g/a3",
        "Leo Martin",
        "other",
        "2026-11-03T18:44:57.000Z",
        "Of course! When do you fly?",
        { quotes: { speaker: "Ana Costa", text: "Are you still ok to water my plants?" } },
      ],
      // (12:05 AM at GMT+1 is 23:05 UTC the day before)
      ["g/a6", "Ana Costa", "other", "2026-11-03T23:05:00.000Z", "Thursday 19th, back on the 26th", {}],
    ]);
  });

  it("titles a Space by its name, reads British English dates and passes over bots", async () => {
    account();
    const file = group("Space AAAAq3Zl", { name: "Allotment crew", members: [LEO, ANA, RAJ, BOT] }, [
      message(RAJ, "Saturday, 7 November 2026 at 10:15:33 UTC", "Plot 14 rent is due by 1 December, £38 each", "b1"),
      message(BOT, "Saturday, 7 November 2026 at 11:00:00 UTC", "Raj Patel shared a file: Planting plan 2027", "b2"),
      message(ANA, "Sunday, 8 November 2026 at 16:31:12 GMT-2", "Garlic is in, 3 rows by the compost bins", "b3"),
    ]);
    expect(await detectFormat(file)).toBe("googlechat");
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ externalId: "googlechat:Space AAAAq3Zl", title: "Allotment crew", participants: ["Raj Patel", "Ana Costa"] });
    expect(c!.turns.map((t) => [t.speaker, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      ["Raj Patel", "2026-11-07T10:15:33.000Z", "Plot 14 rent is due by 1 December, £38 each"],
      ["Ana Costa", "2026-11-08T18:31:12.000Z", "Garlic is in, 3 rows by the compost bins"],
    ]);
  });

  it("titles a DM by both members with no user_info.json, by those who wrote with no group_info.json; a group of files only is none", async () => {
    const dm = group("DM x1", { members: [ANA, LEO] }, [message(ANA, "Tuesday, November 3, 2026 at 6:42:10 PM UTC", "hi", "c1")]);
    expect((await parsedConversations(dm))[0]!.title).toBe("Ana Costa and Leo Martin");
    const bare = put("upload/messages.json", { messages: [message(RAJ, "Tuesday, November 3, 2026 at 6:42:10 PM UTC", "hello", "d1")] });
    expect((await parsedConversations(bare))[0]).toMatchObject({ title: "Raj Patel", externalId: "googlechat:message g/d1" });
    const files = group("DM x2", { members: [ANA, LEO] }, [
      message(ANA, "Tuesday, November 3, 2026 at 6:47:02 PM UTC", "", "e1", { attached_files: [{ original_name: "a.jpg", export_name: "File-a.jpg" }] }),
    ]);
    expect(await parsedConversations(files)).toEqual([]);
  });

  it("refuses a malformed date or an unknown zone, naming the file, the message and the group", async () => {
    const bad = group("DM bad", { members: [ANA, LEO] }, [
      message(ANA, "Tuesday, November 3, 2026 at 6:42:10 PM UTC", "fine", "f1"),
      message(ANA, "Dienstag, 3. November 2026 um 18:42:10 UTC", "not English", "f2"),
    ]);
    const err = await importErrorOf(parsedConversations(bad));
    expect(err.name).toBe("ImportError");
    expect(err.file).toBe(bad);
    expect(err.message).toBe(
      'messages.json: messages[1].created_date: expected a date and time as "Tuesday, November 3, 2026 at 6:42:10 PM UTC" or "Tuesday, 3 November 2026 at 18:42:10 UTC", got "Dienstag, 3. November 2026 um 18:42:10 UTC" (in Groups/DM bad)',
    );
    const zone = group("DM zone", { members: [ANA, LEO] }, [message(ANA, "Tuesday, 3 November 2026 at 18:42:10 CET", "hi", "g1")]);
    expect((await importErrorOf(parsedConversations(zone))).message).toBe(
      'messages.json: messages[0].created_date: unknown time zone "CET" in "Tuesday, 3 November 2026 at 18:42:10 CET"; expected UTC or GMT±h (in Groups/DM zone)',
    );
  });
});
