import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-dayone-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Day One Journal.json holding `entries` (each with Day One's other fields beside). */
const journal = (entries: Array<Record<string, unknown>>) =>
  JSON.stringify(
    {
      metadata: { version: "1.0" },
      entries: entries.map((e, i) => ({ uuid: `UUID${i}`, timeZone: "Europe/London", starred: false, tags: ["x"], ...e })),
    },
    null,
    2,
  );

describe("a Day One journal (its JSON export)", () => {
  it("is detected, and read as one note per entry, at its creation date, Day One's escapes undone and its photos dropped", async () => {
    const file = join(dir, "Journal.json");
    writeFileSync(
      file,
      journal([
        {
          creationDate: "2026-03-03T19:40:00Z",
          text: "# First physio session\n\nFirst session with Dr Hale\\. Six sessions, every Tuesday at 8am\\.\n\n![](dayone-moment://9F2C3A1B)",
        },
        // (an entry that is only a photo has no words: no note)
        { creationDate: "2026-03-10T08:00:00Z", text: "![](dayone-moment://0A1B2C3D)" },
        { creationDate: "2026-04-11T18:30:00Z", text: "Edinburgh\\! Staying at the Balmoral until Monday\\." },
        {
          creationDate: "2026-04-20T17:50:00Z",
          text: "Moved desks at work today, I'm on the 4th floor now next to the design team and the big window\\. My new extension is 4417\\.",
        },
      ]),
    );
    expect(await detectFormat(file)).toBe("dayone");
    // (also in a folder: the unzipped export, Journal.json beside its photos)
    expect(await folderFileFormat(file)).toBe("dayone");
    const notes = await parsedConversations(file);
    expect(notes.slice(0, 2).map((n) => [n.format, n.externalId, n.title, new Date(n.startedAt!).toISOString(), n.turns.map((t) => t.text)])).toEqual([
      ["note", "dayone:UUID0", "First physio session", "2026-03-03T19:40:00.000Z", ["First session with Dr Hale. Six sessions, every Tuesday at 8am."]],
      // (an entry with no heading is titled by its first line, as Day One lists it)
      [
        "note",
        "dayone:UUID2",
        "Edinburgh! Staying at the Balmoral until Monday.",
        "2026-04-11T18:30:00.000Z",
        ["Edinburgh! Staying at the Balmoral until Monday."],
      ],
    ]);
    expect(notes[2]!.title).toBe("Moved desks at work today, I'm on the 4th floor now next to…");
    expect(notes[1]!.turns.map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString()])).toEqual([["User", "user", "2026-04-11T18:30:00.000Z"]]);
  });

  it("names the entry whose date it cannot read, and refuses a journal with no words in it", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      journal([
        { creationDate: "2026-03-03T19:40:00Z", text: "Fine." },
        { creationDate: "last Tuesday", text: "Hm." },
      ]),
    );
    expect((await importErrorOf(parsedConversations(bad))).message).toBe('bad.json: entries[1].creationDate: expected a time, got "last Tuesday"');
    const empty = join(dir, "empty.json");
    writeFileSync(empty, journal([{ creationDate: "2026-03-10T08:00:00Z", text: "![](dayone-moment://0A1B2C3D)" }]));
    expect((await importErrorOf(parsedConversations(empty))).message).toBe("empty.json: entries: the journal has no entry with words in it");
  });
});
