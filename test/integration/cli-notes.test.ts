/** `engram import` of plain-text and Markdown notes, one by one or a folder of them. */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { engram, engramInProcess, tempDir } from "../helpers/cli.js";

const dir = tempDir("engram-notes-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("engram import of notes", () => {
  // the import runs the CLI in this process (engramInProcess), the refusal the real CLI in a child process
  it("imports a folder of .txt and .md notes as the user's own file sources, and refuses a folder without notes", async () => {
    const notes = join(dir, "notes");
    mkdirSync(join(notes, "garden"), { recursive: true });
    writeFileSync(join(notes, "tomatoes.md"), "# Garden\n\n## Tomatoes\n\nPlant them after the last frost in May.\n");
    writeFileSync(join(notes, "garden", "trellis.txt"), "Buy a new trellis: the old one broke.\n");
    writeFileSync(join(notes, "photo.jpg"), "not a note");
    // (a Kindle copied into the folder: its clippings are no note)
    writeFileSync(
      join(notes, "My Clippings.txt"),
      "\uFEFFDune (Frank Herbert)\r\n- Your Highlight on page 8 | Location 120-121 | Added on Sunday, 12 April 2026 08:02:51\r\n\r\nFear is the mind-killer.\r\n==========\r\n",
    );
    // (and a calendar exported beside them: its events are no note either)
    writeFileSync(
      join(notes, "home.ics"),
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a1\r\nDTSTART;VALUE=DATE:20261209\r\nSUMMARY:Mum's birthday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    // (and a Google Keep Takeout folder's note, beside the .html copy Takeout writes, which is no note)
    const edited = Date.parse("2026-01-10T19:00:00Z") * 1000;
    writeFileSync(
      join(notes, "Wifi.json"),
      JSON.stringify({ title: "Wifi", textContent: "Password: blue-otter-42", isTrashed: false, userEditedTimestampUsec: edited }),
    );
    writeFileSync(join(notes, "Wifi.html"), "<html><body>Password: blue-otter-42</body></html>");
    // (an Obsidian vault's settings, and any other JSON that is no Keep note, are no notes: passed over)
    mkdirSync(join(notes, ".obsidian"));
    writeFileSync(join(notes, ".obsidian", "app.json"), JSON.stringify({ alwaysUpdateLinks: true }));
    writeFileSync(join(notes, ".obsidian", "notes.md"), "Hidden folders are the app's, not the user's notes.\n");
    writeFileSync(join(notes, "data.json"), JSON.stringify({ plants: ["tomato", "basil"] }));
    // (nor are a Logseq graph's backups of its own pages, older copies of what the folder holds)
    mkdirSync(join(notes, "logseq", "bak", "pages", "tomatoes"), { recursive: true });
    writeFileSync(join(notes, "logseq", "bak", "pages", "tomatoes", "2026-05-01T10_00_00.000Z.Desktop.md"), "- Plant them after the last frost in April.\n");
    // (an empty page and a vault's index of links have no words: passed over, and said so, not the folder refused)
    writeFileSync(join(notes, "Untitled.md"), "");
    writeFileSync(join(notes, "Home.md"), "# Home\n\n- [[tomatoes]]\n- [[garden/trellis]]\n");
    const db = join(dir, "engram.db");
    const r = await engramInProcess(["import", notes, "--db", db, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { imports: Array<{ file: string; format: string; added: number }>; passedOver: string[] };
    expect(report.passedOver.map((f) => f.slice(notes.length + 1))).toEqual(["Home.md", "Untitled.md"]);
    expect(report.imports.map((i) => [i.file.slice(notes.length + 1), i.format, i.added])).toEqual([
      ["My Clippings.txt", "kindle", 1],
      ["Wifi.json", "keep", 1],
      ["garden/trellis.txt", "note", 1],
      ["home.ics", "ics", 1],
      ["tomatoes.md", "note", 1],
    ]);
    const conn = new Database(db, { readonly: true });
    try {
      expect(conn.prepare("SELECT kind, trust, text FROM sources ORDER BY text").all()).toEqual([
        { kind: "file", trust: "user", text: "Buy a new trellis: the old one broke." },
        { kind: "file", trust: "imported", text: "Highlight from Dune by Frank Herbert, page 8: “Fear is the mind-killer.”" },
        { kind: "file", trust: "imported", text: "Mum's birthday: Wednesday 9 December 2026 (all day)." },
        { kind: "file", trust: "user", text: "Tomatoes: Plant them after the last frost in May." },
        { kind: "file", trust: "user", text: "Wifi's password: blue-otter-42" },
      ]);
    } finally {
      conn.close();
    }
    // the human report says how many memories the import made, not only how many turns it stored
    const more = join(dir, "beans.md");
    writeFileSync(more, "I planted runner beans along the south fence on Saturday.\n");
    const human = await engramInProcess(["import", more, "--db", db]);
    const calendar = await engramInProcess(["import", join(notes, "home.ics"), "--db", db]);
    expect(calendar.stdout).toMatch(/home\.ics \(ics\): 1 calendar, 1 event: 0 added, 1 already present/);
    expect(human.stdout).toMatch(/beans\.md \(note\): 1 conversation, 1 turn: 1 added, 0 already present, (1 memory|([2-9]|[1-9]\d+) memories) made/);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const refused = engram(["import", empty, "--db", db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("this folder has no notes (.txt, .md, .enex, Keep's .json), calendars (.ics) or mail (.eml, .mbox, .msg) to import");
    // (a Joplin export's notebook is passed over as what it is, said so)
    const joplin = join(dir, "joplin");
    mkdirSync(joplin);
    writeFileSync(join(joplin, "1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6.md"), "Home\n\nid: 1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6\nparent_id: \ntype_: 2");
    writeFileSync(
      join(joplin, "5e6f708192a3b4c5d6e7f8091a2b3c4d.md"),
      "Seeds\n\nSow the broad beans in March.\n\nid: 5e6f708192a3b4c5d6e7f8091a2b3c4d\ntype_: 1",
    );
    const notebook = engram(["import", joplin, "--db", db]);
    expect(notebook.code).toBe(0);
    expect(notebook.stdout).toContain("1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6.md: passed over (a Joplin notebook, no note)");
    expect(notebook.stdout).toMatch(/5e6f708192a3b4c5d6e7f8091a2b3c4d\.md \(note\): 1 conversation, 1 turn: 1 added/);
    // (and a folder whose files are all of a format Engram does not read is said so, not imported as nothing)
    const unknown = join(dir, "exports");
    mkdirSync(unknown);
    writeFileSync(join(unknown, "chat.json"), JSON.stringify({ app: "SomeChat", lines: ["hi"] }));
    const none = engram(["import", unknown, "--db", db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("exports: nothing to import: no file here is in a format Engram reads (chat.json)");
  }, 180_000);

  it("imports a Simplenote export's folder from its notes.json once, passing over the .txt copies beside it and the trash, said so", () => {
    const notes = join(dir, "simplenote");
    mkdirSync(join(notes, "source"), { recursive: true });
    mkdirSync(join(notes, "trash"));
    const note = (id: string, content: string) => ({ id, content, creationDate: "2026-11-23T08:47:19.552Z", lastModified: "2026-11-27T17:05:33.910Z" });
    const golf = note("9d2c4a6e8f0b4c1d9e3f5a7b9c1d3e5f", "Golf service\r\nBooked at Kwik Fit, Thursday 8:30am");
    const json = { activeNotes: [golf], trashedNotes: [note("6e7f8a9b0c1d4e2f3a4b5c6d7e8f9a0b", "Gym locker code 4471")] };
    writeFileSync(join(notes, "source", "notes.json"), JSON.stringify(json, null, 2).replace(/\n/g, "\r\n"));
    writeFileSync(join(notes, "Golf-service.txt"), golf.content);
    writeFileSync(join(notes, "trash", "Gym-locker-code-4471.txt"), "Gym locker code 4471");
    const r = engram(["import", notes, "--db", join(dir, "simplenote.db")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/notes\.json \(simplenote\): 1 note, 1 paragraph: 1 added/);
    expect(r.stdout).toContain("Golf-service.txt: passed over (a copy of a note in Simplenote's source/notes.json, imported from there)");
    expect(r.stdout).toContain("Gym-locker-code-4471.txt: passed over (a note in Simplenote's trash, not imported)");
  }, 180_000);

  it("imports an unzipped Google Takeout's Tasks/Tasks.json as Google Tasks, a list a note, beside its Keep notes", () => {
    const takeout = join(dir, "Takeout");
    mkdirSync(join(takeout, "Tasks"), { recursive: true });
    mkdirSync(join(takeout, "Keep"));
    const task = (id: string, title: string, more: Record<string, unknown> = {}) => ({
      kind: "tasks#task",
      id,
      title,
      status: "needsAction",
      updated: "2026-12-02T18:25:17.440Z",
      position: "00000000000000000000",
      ...more,
    });
    const list = (id: string, title: string, items: unknown[]) => ({ kind: "tasks#tasks", id, title, updated: "2026-12-02T18:25:17.440Z", items });
    const tasks = {
      kind: "tasks#taskLists",
      items: [
        list("home", "Home", [
          task("boiler", "Boiler service", { due: "2026-12-14T00:00:00.000Z", notes: "British Gas, 8am to 1pm" }),
          task("gp", "Call the GP", { deleted: true, position: "00000000000000000001" }),
        ]),
        list("work", "Work", [task("train", "Book train to Leeds", { status: "completed", completed: "2026-11-26T16:29:38.000Z" })]),
      ],
    };
    // (as Takeout prints it: "kind" : …)
    writeFileSync(join(takeout, "Tasks", "Tasks.json"), JSON.stringify(tasks, null, 2).replace(/^(\s*"[^"]+"):/gm, "$1 :"));
    const edited = Date.parse("2026-09-12T18:30:00Z") * 1000;
    writeFileSync(
      join(takeout, "Keep", "Wifi.json"),
      JSON.stringify({ title: "Wifi", textContent: "Password: harbour-lantern-61", userEditedTimestampUsec: edited }),
    );
    writeFileSync(join(takeout, "archive_browser.html"), "<html><body>Your Google data</body></html>");
    const file = join(dir, "takeout.db");
    const r = engram(["import", takeout, "--db", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tasks\.json \(googletasks\): 2 lists, 2 tasks: 2 added/);
    expect(r.stdout).toMatch(/Wifi\.json \(keep\): 1 conversation, 1 turn: 1 added/);
    const db = new Database(file, { readonly: true });
    try {
      const rows = db
        .prepare(
          "SELECT c.title, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id LIKE 'googletasks:%' ORDER BY s.id",
        )
        .all();
      expect(rows).toEqual([
        { title: "Home", text: "Home's to do: Boiler service, due 14 December 2026.\nBritish Gas, 8am to 1pm" },
        { title: "Work", text: "Work's to do: Book train to Leeds (done)." },
      ]);
    } finally {
      db.close();
    }
  }, 180_000);

  it("imports an unzipped Todoist backup, each project's CSV a to-do note, an empty project passed over, said so, and any other CSV left out", () => {
    const backup = join(dir, "Todoist backup 2026-11-20 0812 UTC");
    mkdirSync(backup, { recursive: true });
    const header =
      "TYPE,CONTENT,DESCRIPTION,IS_COLLAPSED,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,DEADLINE_LANG";
    const csv = (rows: string[]) => `${[header, "meta,view_style=list,,,,,,,,,,,,,", ",,,,,,,,,,,,,,", ...rows].join("\r\n")}\r\n`;
    writeFileSync(
      join(backup, "Home [6Jf8VQXxpwv56VQ7].csv"),
      csv([
        "section,Car,,False,,,,,,,,,,,",
        "task,MOT for the Golf @car,Booked at Kwik Fit,,1,1,Hannah (41872305),,27 Nov 2026,en,Europe/London,,,,",
        ",,,,,,,,,,,,,,",
        "task,Put the bins out,,,4,1,Hannah (41872305),,every tue at 7pm,en,Europe/London,,,,",
      ]),
    );
    writeFileSync(join(backup, "Someday [6Jf8VQXxpwv56VQ9].csv"), csv(["section,Ideas,,False,,,,,,,,,,,"]));
    writeFileSync(join(backup, "budget.csv"), "Month,Spent\r\nNovember,42\r\n");
    const file = join(dir, "todoist.db");
    const r = engram(["import", backup, "--db", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Home \[6Jf8VQXxpwv56VQ7\]\.csv \(todoist\): 1 project, 2 tasks: 2 added/);
    expect(r.stdout).toContain("Someday [6Jf8VQXxpwv56VQ9].csv: passed over (a Todoist project with no tasks, no note)");
    expect(r.stdout).not.toContain("budget.csv");
    const db = new Database(file, { readonly: true });
    try {
      const rows = db.prepare("SELECT c.format, c.title, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id ORDER BY s.id").all();
      expect(rows).toEqual([
        { format: "note", title: "Home", text: "Car to-do: MOT for the Golf, due 27 November 2026, priority 1. Booked at Kwik Fit." },
        { format: "note", title: "Home", text: "Car to-do: Put the bins out, every Tuesday at 7pm." },
      ]);
    } finally {
      db.close();
    }
  }, 180_000);

  it("imports Bear's notes exported as TextBundles, each bundle's text a note of the day Bear says, its assets and info.json no note, a .textpack said to be unzipped", () => {
    const bear = join(dir, "Bear export");
    const bundle = (folder: string, title: string, text: string, created: string) => {
      mkdirSync(join(folder, `${title}.textbundle`, "assets"), { recursive: true });
      writeFileSync(join(folder, `${title}.textbundle`, "text.markdown"), text);
      const info = {
        creatorIdentifier: "net.shinyfrog.bear",
        "net.shinyfrog.bear": { creationDate: created, uniqueIdentifier: title },
        type: "net.daringfireball.markdown",
        version: 2,
      };
      writeFileSync(join(folder, `${title}.textbundle`, "info.json"), JSON.stringify(info, null, 2));
    };
    bundle(bear, "Kitchen refit meeting", "# Kitchen refit meeting\n#home/kitchen\n\n- ::Deposit of £2,000 due by 4 December::\n", "2026-11-17T18:40:02Z");
    writeFileSync(join(bear, "Kitchen refit meeting.textbundle", "assets", "Hartwell quote.pdf"), "%PDF-1.4\n");
    writeFileSync(join(bear, "Old trip.textpack"), Buffer.from("PK\x03\x04rest of a zip", "latin1"));
    // (and a bundle given on its own, as Finder shows one: a file that is a folder)
    bundle(dir, "New bike", "New bike\n\nFrame number WTU312C4471K\n", "2026-11-03T12:30:55Z");
    const file = join(dir, "bear.db");
    const r = engram(["import", bear, join(dir, "New bike.textbundle"), "--db", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Kitchen refit meeting\.textbundle\/text\.markdown \(note\): 1 conversation, 1 turn: 1 added/);
    expect(r.stdout).toMatch(/New bike\.textbundle\/text\.markdown \(note\): 1 conversation, 1 turn: 1 added/);
    expect(r.stdout).toContain("Old trip.textpack: passed over (a TextPack (a zipped TextBundle): unzip it, then import the .textbundle folder in it)");
    expect(r.stdout).not.toContain("info.json");
    expect(r.stdout).not.toContain("Hartwell quote.pdf");
    const db = new Database(file, { readonly: true });
    try {
      const rows = db
        .prepare("SELECT c.format, c.external_id, c.title, s.text, s.occurred_at FROM sources s JOIN conversations c ON c.id = s.conversation_id ORDER BY s.id")
        .all();
      expect(rows).toEqual([
        {
          format: "note",
          external_id: "bear:Kitchen refit meeting",
          title: "Kitchen refit meeting",
          text: "Kitchen refit meeting: Deposit of £2,000 due by 4 December.",
          occurred_at: Date.parse("2026-11-17T18:40:02Z"),
        },
        { format: "note", external_id: "bear:New bike", title: "New bike", text: "Frame number WTU312C4471K", occurred_at: Date.parse("2026-11-03T12:30:55Z") },
      ]);
    } finally {
      db.close();
    }
  }, 180_000);
});
