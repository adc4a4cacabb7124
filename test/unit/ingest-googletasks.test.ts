import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { dueDay } from "../../core/ingest/notes/googletasks.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-googletasks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `value` as Google Takeout prints its JSON (Jackson's default pretty printer): `"key" : value`, two spaces a level, `[ {` opening an array of objects. */
function takeoutJson(value: unknown, indent = ""): string {
  if (Array.isArray(value)) return value.length ? `[ ${value.map((v) => takeoutJson(v, indent)).join(", ")} ]` : "[ ]";
  if (value && typeof value === "object") {
    const inner = `${indent}  `;
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{\n${members.map(([k, v]) => `${inner}${JSON.stringify(k)} : ${takeoutJson(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** A task as Takeout writes it: its id, title, status (done when `completed` is given) and what else it holds. */
const task = (id: string, title: string, fields: Record<string, unknown> = {}) => ({
  kind: "tasks#task",
  id,
  title,
  status: fields.completed ? "completed" : "needsAction",
  updated: "2026-11-20T10:00:00.000Z",
  position: "00000000000000000000",
  selfLink: `https://www.googleapis.com/tasks/v1/lists/L/tasks/${id}`,
  ...fields,
});

/** Takeout's Tasks.json holding `lists` (each `[id, title, updated, tasks]`). */
const tasksJson = (lists: Array<[string, string, string, unknown[] | undefined]>) =>
  takeoutJson({
    kind: "tasks#taskLists",
    items: lists.map(([id, title, updated, items]) => ({ kind: "tasks#tasks", id, title, updated, items })),
  });

/** Writes `text` at `path` under the test's folder (making its folders) and returns the path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const HOME: unknown[] = [
  // (the order Takeout writes is not the list's: positions say it)
  task("bleed", "Bleed the radiators", { position: "00000000000000000002", completed: "2026-11-15T14:36:20.000Z", updated: "2026-11-15T14:36:20.000Z" }),
  task("boiler", "Boiler service", {
    notes: "British Gas, engineer comes between 8am and 1pm.\n\nRef BG4471902\n",
    due: "2026-12-14T00:00:00.000Z",
    updated: "2026-12-02T18:25:17.440Z",
  }),
  task("ring", "Ring Hendry & Sons back", { parent: "fence", updated: "2026-11-29T11:03:01.000Z" }),
  task("fence", "Get quotes for the fence.", {
    notes: "Jack's Fencing quoted £640",
    position: "00000000000000000001",
    // (a due at the user's midnight, in UTC+2: 19 December)
    due: "2026-12-18T22:00:00.000Z",
    updated: "2026-11-16T10:47:12.000Z",
  }),
  task("asked", "Ask Dad about the ladder", { parent: "fence", position: "00000000000000000001", completed: "2026-11-20T09:00:00.000Z" }),
  // (deleted: passed over unread, whatever else it holds; its sub-task, with no parent left, a task of its own)
  task("gutter", "Clear the gutters", { deleted: true, status: undefined, due: "soon", position: "00000000000000000003" }),
  task("moss", "Buy moss killer", { parent: "gutter", position: "00000000000000000000", updated: "2026-11-01T08:00:00.000Z" }),
  // (completed, then cleared from the list: still done)
  task("smoke", "Test the smoke alarms", { hidden: true, completed: "2026-10-04T10:00:00.000Z", position: "00000000000000000004" }),
  // (no words at all)
  task("blank", "", { position: "00000000000000000005" }),
];

const EXPORT = tasksJson([
  ["home", "Home", "2026-12-02T18:25:17.440Z", HOME],
  // (a list with no task: Takeout writes no "items" for it)
  ["empty", "Holiday", "2026-06-01T09:00:00.000Z", undefined],
  // (a list whose only task is deleted)
  ["gone", "Old flat", "2026-03-01T09:00:00.000Z", [task("keys", "Return the keys", { deleted: true })]],
  ["christmas", "Christmas", "2026-12-01T21:47:30.905Z", [task("dad", "Dad – Barbour flat cap (size L)", { updated: "2026-11-22T21:03:11.000Z" })]],
]);

describe("Google Tasks from Google Takeout (Tasks/Tasks.json)", () => {
  it("is detected by its start, and each task list with a task read as a to-do note of the day it was last updated", async () => {
    const file = put("alone/Tasks.json", EXPORT);
    expect(EXPORT.slice(0, 36)).toBe('{\n  "kind" : "tasks#taskLists",\n  "i');
    expect(await detectFormat(file)).toBe("googletasks");
    const checked = await validateExport(file);
    expect([checked.format, checked.conversations]).toEqual(["googletasks", 2]);
    const lists = await parsedConversations(file);
    expect(lists.map((l) => [l.format, l.externalId, l.title, new Date(l.startedAt!).toISOString(), l.participants])).toEqual([
      ["note", "googletasks:home", "Home", "2026-12-02T18:25:17.440Z", ["User"]],
      ["note", "googletasks:christmas", "Christmas", "2026-12-01T21:47:30.905Z", ["User"]],
    ]);
    // (each task a paragraph in the list's order, its notes and sub-tasks told with it, each of the time it was last updated)
    expect(lists[0]!.turns.map((t) => [t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString(), t.metadata.line])).toEqual([
      [
        "User",
        "user",
        "Home's to do: Boiler service, due 14 December 2026.\nBritish Gas, engineer comes between 8am and 1pm.\nRef BG4471902",
        "2026-12-02T18:25:17.440Z",
        3,
      ],
      [
        "User",
        "user",
        "To do: Get quotes for the fence, due 19 December 2026.\nJack's Fencing quoted £640\nTo do for Get quotes for the fence: Ring Hendry & Sons back.\nTo do for Get quotes for the fence: Ask Dad about the ladder (done).",
        "2026-11-29T11:03:01.000Z",
        7,
      ],
      ["User", "user", "To do: Bleed the radiators (done).", "2026-11-15T14:36:20.000Z", 12],
      ["User", "user", "To do: Test the smoke alarms (done).", "2026-11-20T10:00:00.000Z", 14],
      ["User", "user", "To do: Buy moss killer.", "2026-11-01T08:00:00.000Z", 16],
    ]);
    expect(lists[1]!.turns.map((t) => t.text)).toEqual(["Christmas’ to do: Dad – Barbour flat cap (size L)."]);
    // (nothing of the deleted tasks, the empty list or the list of deleted ones)
    expect(JSON.stringify(lists)).not.toMatch(/gutters|Return the keys|Holiday|Old flat/);
  });

  it("reads a due day as the midnight nearest to it, Google Tasks keeping no due time", () => {
    expect(new Date(dueDay("2026-12-14T00:00:00.000Z")).toISOString()).toBe("2026-12-14T00:00:00.000Z");
    expect(new Date(dueDay("2026-12-13T22:00:00.000Z")).toISOString()).toBe("2026-12-14T00:00:00.000Z");
    expect(new Date(dueDay("2026-12-14T05:00:00.000Z")).toISOString()).toBe("2026-12-14T00:00:00.000Z");
    expect(dueDay("next Friday")).toBeNaN();
  });

  it("in an unzipped Takeout folder, reads Tasks/Tasks.json as Google Tasks and the other Takeout files as it reads them alone", async () => {
    const root = join(dir, "Takeout");
    put("Takeout/Tasks/Tasks.json", EXPORT);
    put(
      "Takeout/Keep/Wifi.json",
      JSON.stringify({ title: "Wifi", textContent: "Password: harbour-lantern-61", isTrashed: false, userEditedTimestampUsec: 1789237800000000 }),
    );
    put("Takeout/Keep/Wifi.html", "<html><body>Wifi</body></html>");
    put("Takeout/Profile/Profile.json", JSON.stringify({ displayName: "Claire Morgan", emails: [{ value: "claire@example.com" }] }));
    put("Takeout/archive_browser.html", "<html><body>Your Google data</body></html>");
    // (Takeout's index listed so that it is said to be passed over: myactivity.ts `myActivityPassedOver`)
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual([
      "Keep/Wifi.json",
      "Profile/Profile.json",
      "Tasks/Tasks.json",
      "archive_browser.html",
    ]);
    expect(await folderFileFormat(join(root, "Tasks", "Tasks.json"))).toBe("googletasks");
    expect(await folderFileFormat(join(root, "Keep", "Wifi.json"))).toBe("keep");
    expect(await folderFileFormat(join(root, "Profile", "Profile.json"))).toBeNull();
    expect(await checkImportFile(join(root, "Tasks", "Tasks.json"), "googletasks")).toBe("googletasks");
    // (Tasks.json with no task left, all deleted: passed over in a folder, said why, not the folder refused)
    const none = put(
      "Takeout2/Tasks/Tasks.json",
      tasksJson([["gone", "Old flat", "2026-03-01T09:00:00.000Z", [task("keys", "Return the keys", { deleted: true })]]]),
    );
    const err = await checkImportFile(none, "googletasks").then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Google Tasks export with no task (deleted ones are not imported), no note");
  });

  it("names the list, the task and the field a bad export is wrong in", async () => {
    const bad = (name: string, lists: Parameters<typeof tasksJson>[0]) => put(`bad/${name}/Tasks.json`, tasksJson(lists));
    const status = bad("status", [
      ["christmas", "Christmas", "2026-12-01T21:47:30.905Z", [task("dad", "Dad – flat cap")]],
      ["home", "Home", "2026-12-02T18:25:17.440Z", [task("boiler", "Boiler service", { status: "pending" })]],
    ]);
    expect(await importErrorOf(parsedConversations(status))).toEqual({
      name: "ImportError",
      file: status,
      location: "items[1].items[0].status",
      message: 'Tasks.json: items[1].items[0].status: expected "needsAction" or "completed", got "pending"',
    });
    const due = bad("due", [["home", "Home", "2026-12-02T18:25:17.440Z", [task("boiler", "Boiler service", { due: "next Friday" })]]]);
    expect((await importErrorOf(parsedConversations(due))).message).toBe('Tasks.json: items[0].items[0].due: expected an RFC 3339 time, got "next Friday"');
    const updated = bad("updated", [["home", "Home", "yesterday", [task("boiler", "Boiler service")]]]);
    expect((await importErrorOf(parsedConversations(updated))).message).toBe('Tasks.json: items[0].updated: expected an RFC 3339 time, got "yesterday"');
    const title = bad("title", [["home", "Home", "2026-12-02T18:25:17.440Z", [task("boiler", "Boiler service", { title: 42 })]]]);
    expect((await importErrorOf(parsedConversations(title))).message).toBe("Tasks.json: items[0].items[0].title: expected a string, got 42");
    const items = put(
      "bad/items/Tasks.json",
      takeoutJson({ kind: "tasks#taskLists", items: [{ kind: "tasks#tasks", id: "home", title: "Home", updated: "2026-12-02T18:25:17.440Z", items: "none" }] }),
    );
    expect((await importErrorOf(parsedConversations(items))).message).toBe('Tasks.json: items[0].items: expected a list of tasks, got "none"');
    // (a download cut short: the lists before the cut are read, then where it ends is named)
    const whole = EXPORT;
    const cut = put("cut/Tasks.json", whole.slice(0, whole.indexOf('"Christmas"')));
    const read: string[] = [];
    const err = await importErrorOf(
      (async () => {
        for await (const l of parseExport(cut)) read.push(l.title!);
      })(),
    );
    expect(read).toEqual(["Home"]);
    expect(err.message).toMatch(/^Tasks\.json: byte \d+ \(line \d+, column \d+\): truncated JSON: the file ends inside item \[3\]/);
    // (another JSON object given as Google Tasks is refused, naming what it lacks)
    const other = put("other/Tasks.json", JSON.stringify({ kind: "tasks#something", lists: [] }));
    expect(await detectFormat(other).catch((e: Error) => e.message)).toMatch(/a JSON object/);
    expect((await importErrorOf(parsedConversations(other, "googletasks"))).message).toMatch(
      /^Tasks\.json: byte \d+ \(line 1, column \d+\): the JSON object has no "items" array/,
    );
  });
});
