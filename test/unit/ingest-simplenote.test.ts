import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { simplenoteTitle } from "../../core/ingest/notes/simplenote.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-simplenote-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A note as Simplenote's exporter writes it: id, text with CRLF line ends, times, and what else is given (pinned, markdown, tags …). */
const note = (id: string, content: string, creationDate: string, extra: Record<string, unknown> = {}) => ({
  id,
  content: content.replace(/\n/g, "\r\n"),
  creationDate,
  lastModified: "2026-11-29T16:40:12.004Z",
  ...extra,
});

/** notes.json as the exporter writes it (to-zip.ts): pretty-printed by two spaces, every line end CRLF. */
const notesJson = (activeNotes: unknown[], trashedNotes: unknown[] = []) =>
  JSON.stringify({ activeNotes, trashedNotes }, null, 2).replace(/(?<!\r)\n/g, "\r\n");

/** Writes `text` at `path` under the test's folder (making its folders) and returns the path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const ACTIVE = [
  note("9d2c4a6e8f0b4c1d9e3f5a7b9c1d3e5f", "Golf service\nBooked at Kwik Fit, Thursday 8:30am\nMOT due 14 January", "2026-11-23T08:47:19.552Z", {
    pinned: true,
    tags: ["Car", "errands"],
  }),
  note(
    "c1d2e3f4a5b64c7d8e9f0a1b2c3d4e5f",
    "# Mum's lentil soup\n\n- 200g red lentils\n- 1 onion\n\nSimmer for **25 minutes**, then blend.",
    "2026-11-08T18:20:05.201Z",
    {
      markdown: true,
      tags: ["recipes"],
    },
  ),
  note("3f4e5d6c7b8a4b9c8d0e1f2a3b4c5d6e", "Dentist moved Maya's check-up to Wednesday 9 December", "2026-11-17T07:58:11.126Z"),
  note("7a8b9c0d1e2f4a3b8c4d5e6f7a8b9c0d", "Gym locker code 4471\nlocker by the pool", "2026-10-12T06:55:09.300Z", {
    publicURL: "http://simp.ly/p/Xk3vPq",
    collaboratorEmails: ["sam@example.com"],
  }),
  // (a note left empty, as Simplenote lets one be: no note)
  note("0e1f2a3b4c5d4e6f8a9b0c1d2e3f4a5b", "\n", "2026-11-01T10:00:00.000Z"),
];
const TRASHED = [note("6e7f8a9b0c1d4e2f3a4b5c6d7e8f9a0b", "Old wifi\nPassword: sunflower-22", "2026-09-01T09:00:00.000Z")];

describe("a Simplenote export (notes.zip unzipped: source/notes.json)", () => {
  it("is detected, and each active note read as a note of the day it was created, titled by its first line, its tags kept, the trash passed over", async () => {
    const file = put("alone/notes.json", notesJson(ACTIVE, TRASHED));
    expect(await detectFormat(file)).toBe("simplenote");
    expect((await validateExport(file)).format).toBe("simplenote");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.format, n.externalId, n.title, new Date(n.startedAt!).toISOString(), n.participants])).toEqual([
      ["note", "simplenote:9d2c4a6e8f0b4c1d9e3f5a7b9c1d3e5f", "Golf service", "2026-11-23T08:47:19.552Z", ["User"]],
      ["note", "simplenote:c1d2e3f4a5b64c7d8e9f0a1b2c3d4e5f", "Mum's lentil soup", "2026-11-08T18:20:05.201Z", ["User"]],
      ["note", "simplenote:3f4e5d6c7b8a4b9c8d0e1f2a3b4c5d6e", "Dentist moved Maya's check-up to Wednesday 9 December", "2026-11-17T07:58:11.126Z", ["User"]],
      ["note", "simplenote:7a8b9c0d1e2f4a3b8c4d5e6f7a8b9c0d", "Gym locker code 4471", "2026-10-12T06:55:09.300Z", ["User"]],
    ]);
    // (its first line names it, so it is its title, not its words; the CRLF line ends are no words either)
    expect(notes[0]!.turns.map((t) => [t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString(), t.metadata])).toEqual([
      ["User", "user", "Booked at Kwik Fit, Thursday 8:30am\nMOT due 14 January", "2026-11-23T08:47:19.552Z", { line: 2, tags: ["Car", "errands"] }],
    ]);
    // (Markdown read as a note's: a heading its title, a list named by it, bold its words)
    expect(notes[1]!.turns.map((t) => [t.text, t.metadata.line])).toEqual([
      ["Mum's lentil soup: 200g red lentils, 1 onion.", 3],
      ["Simmer for 25 minutes, then blend.", 6],
    ]);
    // (a note of one line is its title and its words; one that opens with what it says keeps it as words)
    expect(notes[2]!.turns.map((t) => [t.text, t.metadata])).toEqual([["Dentist moved Maya's check-up to Wednesday 9 December", { line: 1 }]]);
    expect(notes[3]!.turns.map((t) => t.text)).toEqual(["Gym locker code 4471\nlocker by the pool"]);
    // (nothing of the trash, whose note says what no active one does)
    expect(JSON.stringify(notes)).not.toContain("sunflower");
  });

  it("is titled as Simplenote lists a note: its first line with words, Markdown's marks dropped, at most 64 characters", () => {
    expect(simplenoteTitle("\r\n  ## **Packing** for [Lisbon](https://example.com)\r\nsocks")).toBe("Packing for Lisbon");
    expect(simplenoteTitle("- [ ] oat milk\n- [x] eggs")).toBe("oat milk");
    expect(simplenoteTitle(`${"Things to sort before the move on Saturday ".repeat(3)}`)).toBe(
      "Things to sort before the move on Saturday Things to sort before",
    );
    expect(simplenoteTitle(" \n\n")).toBeNull();
  });

  it("in the unzipped folder, reads notes.json and passes over the .txt copies beside it and the trash's, saying why", async () => {
    const root = join(dir, "notes");
    put("notes/source/notes.json", notesJson(ACTIVE, TRASHED));
    put("notes/Golf-service.txt", `${ACTIVE[0]!.content}\n\nTags:\n  Car, errands`);
    put("notes/Dentist-moved-Maya's-check-up-to-Wednesd.txt", ACTIVE[2]!.content);
    put("notes/trash/Old-wifi.txt", TRASHED[0]!.content);
    expect(importPaths(root).map((p) => [p.file.slice(root.length + 1), p.inFolder])).toEqual([
      ["Dentist-moved-Maya's-check-up-to-Wednesd.txt", true],
      ["Golf-service.txt", true],
      ["source/notes.json", true],
      ["trash/Old-wifi.txt", true],
    ]);
    expect(await folderFileFormat(join(root, "source", "notes.json"))).toBe("simplenote");
    expect(await folderFileFormat(join(root, "Golf-service.txt"))).toBeNull();
    expect(await folderFileFormat(join(root, "trash", "Old-wifi.txt"))).toBeNull();
    expect(await passedOverInFolder(join(root, "Golf-service.txt"))).toBe("a copy of a note in Simplenote's source/notes.json, imported from there");
    expect(await passedOverInFolder(join(root, "trash", "Old-wifi.txt"))).toBe("a note in Simplenote's trash, not imported");
    expect(await passedOverInFolder(join(root, "source", "notes.json"))).toBeNull();
    // (a notes.json with the .txt beside it, as some unzip it, is the same export)
    put("flat/notes.json", notesJson(ACTIVE));
    expect(await passedOverInFolder(put("flat/Golf-service.txt", ACTIVE[0]!.content))).toBe("a copy of a note in Simplenote's notes.json, imported from there");
    // (a folder of notes with no Simplenote export in it, or with another app's notes.json, keeps its .txt notes)
    put("mine/source/notes.json", JSON.stringify({ notes: ["not Simplenote's"] }));
    const mine = put("mine/Golf-service.txt", "Golf service\nBooked at Kwik Fit");
    expect(await passedOverInFolder(mine)).toBeNull();
    expect(await folderFileFormat(mine)).toBe("note");
  });

  it("names the note and the field a bad export is wrong in, and refuses one with no active note", async () => {
    const bad = put("bad/notes.json", notesJson([ACTIVE[0], note("x1", "Call Gran", "yesterday")]));
    expect(await importErrorOf(parsedConversations(bad))).toEqual({
      name: "ImportError",
      file: bad,
      location: "activeNotes[1].creationDate",
      message: 'notes.json: activeNotes[1].creationDate: expected a time, got "yesterday"',
    });
    const tags = put("tags/notes.json", notesJson([note("x2", "Call Gran", "2026-11-01T10:00:00.000Z", { tags: "family" })]));
    expect((await importErrorOf(parsedConversations(tags))).message).toBe('notes.json: activeNotes[0].tags: expected a list of tags, got "family"');
    const text = put("text/notes.json", notesJson([{ id: "x3", creationDate: "2026-11-01T10:00:00.000Z" }]));
    expect((await importErrorOf(parsedConversations(text))).message).toBe("notes.json: activeNotes[0].content: expected the note's text, got null");
    const trashOnly = put("trash-only/notes.json", notesJson([], TRASHED));
    expect(await detectFormat(trashOnly)).toBe("simplenote");
    expect((await importErrorOf(parsedConversations(trashOnly))).message).toBe(
      "notes.json: activeNotes: the export has no note with words in it (the trash is not imported)",
    );
    // (a download cut short: the notes before the cut are read, then where it ends is named)
    const whole = notesJson(ACTIVE.slice(0, 2));
    const cut = put("cut/notes.json", whole.slice(0, whole.indexOf("Mum's lentil soup")));
    const read: string[] = [];
    const err = await importErrorOf(
      (async () => {
        for await (const n of parseExport(cut)) read.push(n.title!);
      })(),
    );
    expect(read).toEqual(["Golf service"]);
    expect(err.message).toBe(
      "notes.json: byte 444 (line 16, column 21): truncated JSON: the file ends inside a string of item [1], which starts at byte 372 (line 14, column 5)",
    );
    // (another app's JSON given as a Simplenote export is refused, naming what it lacks)
    const other = put("other/notes.json", JSON.stringify({ notes: [] }));
    expect((await importErrorOf(parsedConversations(other, "simplenote"))).message).toMatch(
      /^notes\.json: byte \d+ \(line 1, column \d+\): the JSON object has no "activeNotes" array/,
    );
  });
});
