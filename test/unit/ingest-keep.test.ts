import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-keep-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Google Keep note as Takeout writes it (pretty-printed, times in microseconds). */
function keepNote(name: string, fields: Record<string, unknown>): string {
  const file = join(dir, name);
  const at = Date.parse("2026-03-02T08:15:00Z") * 1000;
  writeFileSync(
    file,
    JSON.stringify(
      { color: "DEFAULT", isTrashed: false, isPinned: false, isArchived: false, title: "", userEditedTimestampUsec: at, createdTimestampUsec: at, ...fields },
      null,
      2,
    ),
  );
  return file;
}

describe("a Google Keep note from Takeout", () => {
  it("is detected, and read as the note it is: its title a heading, a checklist of things a list with the ticked ones done, at Keep's edit time", async () => {
    const file = keepNote("Shopping.json", {
      title: "Shopping",
      textContent: "",
      listContent: [
        { text: "oat milk", isChecked: false },
        { text: "eggs", isChecked: true },
        { text: "bin bags", isChecked: false },
      ],
    });
    expect(await detectFormat(file)).toBe("keep");
    // (the file's format, not its conversation's: an import reads it as Keep again)
    expect((await validateExport(file)).format).toBe("keep");
    const [note] = await parsedConversations(file);
    expect([note!.format, note!.title, note!.participants]).toEqual(["note", "Shopping", ["User"]]);
    expect(note!.turns.map((t) => [t.role, t.text, new Date(t.occurredAt).toISOString()])).toEqual([
      ["user", "Shopping list: oat milk, eggs (done), bin bags.", "2026-03-02T08:15:00.000Z"],
    ]);
  });

  it("passes over a note in the trash, and names the field of an edit time that is no time", async () => {
    expect(await parsedConversations(keepNote("Old gym.json", { title: "Old gym", isTrashed: true, textContent: "Gym locker code 4417" }))).toEqual([]);
    const bad = keepNote("Bad.json", { textContent: "Buy stamps", userEditedTimestampUsec: "yesterday" });
    expect((await importErrorOf(parseExport(bad, { format: "keep" }).next())).message).toBe(
      'Bad.json: userEditedTimestampUsec: expected microseconds since 1970, got "yesterday"',
    );
  });
});
