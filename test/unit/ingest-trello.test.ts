/**
 * A Trello board's JSON export (core/ingest/trello.ts): the board read as one to-do note of the user's,
 * each card that is not archived a paragraph in words with its due, labels, checklists, description and
 * comments (who wrote them), its list saying whether it is done, being done or an idea; archived cards
 * and lists passed over; a later export adding only the cards new or changed; detection alone and in a
 * folder; a bad file's error naming the file and the field.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-trello-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` at `path` under the test's folder (making its folders) and returns the path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const BOARD = "6ab03000c3a91f0000000001";
const ALEX = { id: "5f3b2a1c9d8e7f6a5b4c3d2e", fullName: "Alex Morgan", username: "alexmorgan" };
const SAM = { id: "60a4c7e2b1d3f5a7c9e1b3d5", fullName: "Sam Taylor", username: "samtaylor82" };
const LISTS = [
  { id: "l-todo", name: "To do", closed: false, pos: 1 },
  { id: "l-doing", name: "Doing", closed: false, pos: 2 },
  { id: "l-done", name: "✅ Done", closed: false, pos: 3 },
  { id: "l-ideas", name: "Ideas", closed: false, pos: 4 },
  { id: "l-venue", name: "Venue", closed: false, pos: 5 },
  { id: "l-old", name: "Old shortlist", closed: true, pos: 6 },
];

/** A card as the export writes one (the fields read, and a few it holds besides). */
function card(id: string, idList: string, name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    badges: { comments: 0, checkItems: 0 },
    closed: false,
    dateLastActivity: "2026-11-20T10:00:00.000Z",
    desc: "",
    due: null,
    dueComplete: false,
    idBoard: BOARD,
    idChecklists: [],
    idList,
    idMembers: [],
    labels: [],
    name,
    pos: 16384,
    shortUrl: `https://trello.com/c/${id}`,
    start: null,
    ...fields,
  };
}

/** A comment on card `cardId` by `by`, as the export's actions give one. */
function comment(id: string, by: typeof ALEX, cardId: string, date: string, text: string): Record<string, unknown> {
  return {
    id,
    idMemberCreator: by.id,
    data: {
      text,
      card: { id: cardId, name: "…", idShort: 1, shortLink: "x" },
      board: { id: BOARD, name: "Our wedding" },
      list: { id: "l-todo", name: "To do" },
    },
    type: "commentCard",
    date,
    memberCreator: { id: by.id, fullName: by.fullName, username: by.username },
  };
}

const CARDS = [
  card("c-cake", "l-todo", "Cake tasting at Crumb & Co", {
    desc: "They let us try **three** flavours:\n- lemon & elderflower\n- salted caramel\n\n[Menu](https://crumb.example/menu)",
    due: "2026-12-12T11:00:00.000Z",
    labels: [
      { id: "lb1", name: "Catering", color: "green" },
      { id: "lb2", name: "", color: "blue" },
    ],
    dateLastActivity: "2026-11-22T18:05:40.117Z",
  }),
  card("c-seat", "l-doing", "Seating plan", { idMembers: [SAM.id], due: "2026-12-20T14:30:00.000Z", dateLastActivity: "2026-12-02T21:09:15.470Z" }),
  card("c-photo", "l-done", "Book the photographer", { desc: "Lucy Hale Photography, £1,600.", due: "2026-11-01T12:00:00.000Z" }),
  card("c-notice", "l-todo", "Give notice at the register office", { dueComplete: true, due: "2026-11-19T09:30:00.000Z", idMembers: [ALEX.id, SAM.id] }),
  card("c-honey", "l-ideas", "Honeymoon: Kyoto or the Amalfi coast?"),
  card("c-barn", "l-venue", "Final details with Hollins Barn", { idMembers: [ALEX.id] }),
  card("c-oak", "l-todo", "Book Oakwood Manor", { closed: true, desc: "Quoted £9,500." }),
  card("c-castle", "l-old", "Visit Thornbury Castle", { desc: "Asked £11,000." }),
  card("c-blank", "l-todo", "  "),
];

const CHECKLISTS = [
  {
    id: "cl-venue",
    name: "Venue",
    idBoard: BOARD,
    idCard: "c-barn",
    pos: 1,
    checkItems: [
      { id: "i2", name: "Ask about corkage", state: "incomplete", pos: 2, due: null, idMember: null },
      { id: "i1", name: "Confirm the ceremony time", state: "complete", pos: 1, due: null, idMember: null },
      { id: "i3", name: "Send the final numbers", state: "incomplete", pos: 3, due: "2027-03-01T12:00:00.000Z", idMember: SAM.id },
    ],
  },
];

const ACTIONS = [
  comment("a3", ALEX, "c-seat", "2026-12-02T21:09:15.470Z", "Top table done."),
  comment("a2", SAM, "c-honey", "2026-11-08T10:14:36.771Z", "Kyoto! @alexmorgan the gardens are lovely in May."),
  comment("a1", SAM, "c-seat", "2026-11-01T09:00:00.000Z", "Put Uncle Rob nowhere near the bar."),
  { id: "a0", idMemberCreator: ALEX.id, data: { card: { id: "c-cake" }, board: { id: BOARD } }, type: "createCard", date: "2026-10-03T09:41:12.000Z" },
];

/** A board's export as Trello writes it: its fields first, then its arrays, one line of JSON. */
function board(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: BOARD,
    name: "Our wedding",
    desc: "Saturday 24 April 2027 at Hollins Barn.",
    closed: false,
    prefs: { permissionLevel: "private", background: "pink" },
    shortLink: "TkRw4mQz",
    powerUps: [],
    labelNames: { green: "Catering" },
    url: "https://trello.com/b/TkRw4mQz/our-wedding",
    shortUrl: "https://trello.com/b/TkRw4mQz",
    idMemberCreator: ALEX.id,
    actions: ACTIONS,
    cards: CARDS,
    labels: [{ id: "lb1", idBoard: BOARD, name: "Catering", color: "green" }],
    lists: LISTS,
    members: [ALEX, SAM],
    checklists: CHECKLISTS,
    customFields: [],
    memberships: [],
    pluginData: [],
    ...over,
  };
}

describe("a Trello board's JSON export", () => {
  it("is detected by its start and read as one to-do note, each card a paragraph in words, archived ones passed over", async () => {
    const file = put("alone/TkRw4mQz.json", JSON.stringify(board()));
    expect(await detectFormat(file)).toBe("trello");
    const checked = await validateExport(file);
    expect([checked.format, checked.conversations, checked.turns]).toEqual(["trello", 1, 7]);
    const [note, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(note).toMatchObject({ format: "note", externalId: `trello:${BOARD}`, title: "Our wedding", participants: ["User"] });
    // (the board made on 20 September 2026, as its id says: its description's paragraph of then)
    expect(new Date(note!.startedAt!).toISOString()).toBe("2026-09-20T19:12:00.000Z");
    expect(note!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      ["board", "User", "user", "2026-09-20T19:12:00.000Z", "Our wedding: Saturday 24 April 2027 at Hollins Barn."],
      [
        "card c-cake",
        "User",
        "user",
        "2026-11-22T18:05:40.117Z",
        "To do: Cake tasting at Crumb & Co, due Saturday 12 December 2026 at 11am; label: Catering. They let us try three flavours: lemon & elderflower; salted caramel. Menu.",
      ],
      [
        "card c-seat",
        "User",
        "user",
        "2026-12-02T21:09:15.470Z",
        "To do: Seating plan, in progress, due Sunday 20 December 2026 at 2:30pm, assigned to Sam Taylor. Sam Taylor's comment: “Put Uncle Rob nowhere near the bar.” Comment: Top table done.",
      ],
      ["card c-photo", "User", "user", "2026-11-20T10:00:00.000Z", "To do: Book the photographer (done). Lucy Hale Photography, £1,600."],
      ["card c-notice", "User", "user", "2026-11-20T10:00:00.000Z", "To do: Give notice at the register office (done), assigned to Sam Taylor and me."],
      [
        "card c-honey",
        "User",
        "user",
        "2026-11-20T10:00:00.000Z",
        "Idea: “Honeymoon: Kyoto or the Amalfi coast?” Sam Taylor's comment: “Kyoto! Alex Morgan the gardens are lovely in May.”",
      ],
      [
        "card c-barn",
        "User",
        "user",
        "2026-11-20T10:00:00.000Z",
        "Venue to-do: Final details with Hollins Barn, assigned to me. Venue checklist: Confirm the ceremony time (done); Ask about corkage; Send the final numbers (Sam Taylor, due 1 March 2027).",
      ],
    ]);
    expect(note!.turns[1]!.metadata).toEqual({
      trello: { card: "https://trello.com/c/c-cake", list: "To do", labels: ["Catering"], due: "2026-12-12T11:00:00.000Z" },
    });
    expect(note!.turns[2]!.metadata).toEqual({
      trello: { card: "https://trello.com/c/c-seat", list: "Doing", due: "2026-12-20T14:30:00.000Z", members: ["Sam Taylor"], comments: 2 },
    });
    // (nothing of the archived card, the card on the archived list, nor the card of no words)
    expect(JSON.stringify(note)).not.toMatch(/Oakwood|9,500|Thornbury|11,000/);
  });

  it("adds from a later export only the cards new or changed, each paragraph named by its card", async () => {
    const first = put("later/v1/TkRw4mQz.json", JSON.stringify(board()));
    const changed = CARDS.map((c) => (c.id === "c-cake" ? { ...c, dateLastActivity: "2026-12-01T08:00:00.000Z", dueComplete: true } : c));
    const second = put(
      "later/v2/TkRw4mQz.json",
      JSON.stringify(board({ cards: [card("c-band", "l-todo", "Book the band", { dateLastActivity: "2026-12-03T20:00:00.000Z" }), ...changed] })),
    );
    const hashes = async (file: string) =>
      new Map((await parsedConversations(file)).flatMap((c) => conversationItems(c).map((i) => [i.source.contentHash, i.source.text])));
    const before = await hashes(first);
    const after = await hashes(second);
    expect([...after].filter(([h]) => !before.has(h)).map(([, text]) => text)).toEqual([
      "To do: Book the band.",
      "To do: Cake tasting at Crumb & Co (done); label: Catering. They let us try three flavours: lemon & elderflower; salted caramel. Menu.",
    ]);
  });

  it("names the maker by the cards they made when the board names none, and reads a list of its own kind", async () => {
    const file = put(
      "maker/board.json",
      JSON.stringify(
        board({
          idMemberCreator: undefined,
          desc: "",
          cards: [card("c1", "l-venue", "Book the DJ", { idMembers: [ALEX.id] })],
          actions: [
            { id: "x1", idMemberCreator: ALEX.id, data: { card: { id: "c1" } }, type: "createCard", date: "2026-10-01T10:00:00.000Z" },
            comment("x2", ALEX, "c1", "2026-10-02T10:00:00.000Z", "Asked *three* of them."),
          ],
        }),
      ),
    );
    const [note] = await parsedConversations(file);
    expect(note!.turns.map((t) => t.text)).toEqual(["Venue to-do: Book the DJ, assigned to me. Comment: Asked three of them."]);
  });

  it("in a folder, reads the board's export and passes over a board with no card left and any other JSON", async () => {
    const root = join(dir, "Downloads");
    const file = put("Downloads/TkRw4mQz.json", JSON.stringify(board()));
    const archived = put(
      "Downloads/Old board.json",
      JSON.stringify(board({ id: "6ab03000c3a91f0000000002", cards: [card("c-oak", "l-todo", "Book Oakwood Manor", { closed: true })] })),
    );
    put("Downloads/settings.json", JSON.stringify({ theme: "dark", url: "https://example.com" }));
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual(["Old board.json", "TkRw4mQz.json", "settings.json"]);
    expect(await folderFileFormat(file)).toBe("trello");
    expect(await folderFileFormat(archived)).toBe("trello");
    expect(await folderFileFormat(join(root, "settings.json"))).toBeNull();
    expect(await checkImportFile(file)).toBe("trello");
    const err = await checkImportFile(archived).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Trello board with no card that is not archived, no note");
  });

  it("names the file and the field a bad export is wrong in", async () => {
    const bad = (name: string, over: Record<string, unknown>) => put(`bad/${name}/TkRw4mQz.json`, JSON.stringify(board(over)));
    const due = bad("due", { cards: [CARDS[0], card("c2", "l-todo", "Rings", { due: "soon" })] });
    expect(await importErrorOf(parsedConversations(due))).toEqual({
      name: "ImportError",
      file: due,
      location: "cards[1].due",
      message: 'TkRw4mQz.json: cards[1].due: expected an ISO 8601 time, got "soon"',
    });
    const state = bad("state", { checklists: [{ ...CHECKLISTS[0], checkItems: [{ name: "Ask about corkage", state: "ticked" }] }] });
    expect((await importErrorOf(parsedConversations(state))).message).toBe(
      'TkRw4mQz.json: checklists[0].checkItems[0].state: expected "complete" or "incomplete", got "ticked"',
    );
    const list = bad("list", { lists: [LISTS[0], { id: "l2", name: 7 }] });
    expect((await importErrorOf(parsedConversations(list))).message).toBe("TkRw4mQz.json: lists[1].name: expected a string, got 7");
    const closed = bad("closed", { cards: [card("c1", "l-todo", "Rings", { closed: "no" })] });
    expect((await importErrorOf(parsedConversations(closed))).message).toBe('TkRw4mQz.json: cards[0].closed: expected true or false, got "no"');
    // (a download cut short: where it ends is named)
    const whole = JSON.stringify(board());
    const cut = put("bad/cut/TkRw4mQz.json", whole.slice(0, whole.indexOf('"Book Oakwood Manor"')));
    expect((await importErrorOf(parsedConversations(cut))).message).toMatch(
      /^TkRw4mQz\.json: byte \d+ \(line 1, column \d+\): truncated JSON: the file ends inside the object, before its "lists" array/,
    );
    // (another JSON given as a Trello board is refused, naming what it lacks)
    const other = put("bad/other/export.json", JSON.stringify([{ title: "x" }]));
    expect((await importErrorOf(parsedConversations(other, "trello"))).message).toBe(
      "export.json: byte 0: not a Trello board's JSON export: expected an object ('{') at the start",
    );
    const noId = put("bad/noid/export.json", JSON.stringify({ name: "Board", lists: [], cards: [] }));
    expect((await importErrorOf(parsedConversations(noId, "trello"))).message).toBe("export.json: id: expected the board's id, got null");
    // (a board of no card at all: no note, said why)
    const empty = bad("empty", { cards: [] });
    expect((await importErrorOf(parseExport(empty).next())).message).toBe(
      "TkRw4mQz.json: cards: the note has no text: a Trello board with no card that is not archived",
    );
  });
});
