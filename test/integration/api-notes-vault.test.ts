/**
 * Issue 14, "Notes" and "Add by hand": a note edited in the app is made into memories again (the
 * old ones closed with their history), and a secret added by hand is kept encrypted in the vault,
 * opened with its passphrase or the app's own key; model files found on this computer are imported
 * by choice (browser mode names no path).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findModelFiles } from "../../core/api/model-files.js";
import { writeTinyLlama } from "../fixtures/gguf-writer.js";
import { lettersEmbedder as embedder } from "../fixtures/letters-embedder.js";
import { testApi, type TestApi } from "../helpers/api.js";

let t: TestApi;
beforeEach(() => {
  t = testApi({ embedder });
});
afterEach(() => {
  t.close();
  rmSync(t.dir, { recursive: true, force: true });
});

const sourceText = (id: number) => (t.db.prepare("SELECT text FROM sources WHERE id = ?").get(id) as { text: string }).text;
const ftsHits = (word: string) =>
  (t.db.prepare("SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?").all(word) as Array<{ rowid: number }>).map((r) => r.rowid);

describe("editing a note", () => {
  it("replaces its text and rebuilds its memories: the old ones are no longer valid, with the reason in their history", async () => {
    const first = await t.api.remember({ text: "My sister Ana lives in Lisbon and works as a nurse." });
    expect(first.memories.length).toBeGreaterThan(0);
    const edited = await t.api.editNote({ sourceId: first.sourceId, text: "My sister Ana lives in Porto and works as a teacher." });
    expect(edited.source.text).toBe("My sister Ana lives in Porto and works as a teacher.");
    const facts = first.memories.filter((m) => m.type !== "core");
    expect(facts.length).toBeGreaterThan(0);
    expect(edited.invalidated).toBe(facts.length);
    expect(edited.memories.length).toBeGreaterThan(0);
    // the note's memories now say what it says (the core block about you included)
    expect(edited.memories.map((m) => m.content).join(" ")).toMatch(/Porto/);
    expect(edited.memories.map((m) => m.content).join(" ")).not.toMatch(/Lisbon/);
    for (const old of facts) {
      const d = await t.api.getMemory({ id: old.id });
      expect(d.memory.validTo).not.toBeNull();
      expect(d.versions.at(-1)).toMatchObject({ op: "INVALIDATE", actor: "user", reason: `its note #${first.sourceId} was edited` });
    }
    // search sees the new text only: the source's full-text row and the current memories
    expect(sourceText(first.sourceId)).toMatch(/Porto/);
    expect(ftsHits("Porto")).toEqual([first.sourceId]);
    expect(ftsHits("Lisbon")).toEqual([]);
    const hits = await t.api.search({ query: "Ana Lisbon nurse", mode: "bm25" });
    expect(
      hits.hits
        .filter((h) => h.memory.validTo == null)
        .map((h) => h.memory.content)
        .join(" "),
    ).not.toMatch(/Lisbon/);
    // writing the old text again is a new note, not a duplicate of the edited one
    expect((await t.api.remember({ text: "My sister Ana lives in Lisbon and works as a nurse.", occurredAt: 1 })).duplicate).toBe(false);
  });

  it("edits a paragraph of an imported note file; importing the file again does not bring the old text back", async () => {
    const file = join(t.dir, "garden.md");
    writeFileSync(file, "# Week\n\nPlant the tomatoes after the last frost in May.\n\nMy sister Ana is visiting Lisbon next week.\n");
    await t.api.importFile({ path: file, format: "note" });
    const para = t.db.prepare("SELECT id FROM sources WHERE kind = 'file' AND text LIKE '%Ana%'").get() as { id: number };
    const edited = await t.api.editNote({ sourceId: para.id, text: "My sister Ana is visiting Porto next week." });
    expect(edited.source).toMatchObject({ kind: "file", trust: "user", text: "My sister Ana is visiting Porto next week." });
    expect(edited.invalidated).toBeGreaterThan(0);
    expect(
      edited.memories
        .filter((m) => m.type === "semantic")
        .map((m) => m.content)
        .join(" "),
    ).toMatch(/Ana is visiting Porto/);
    const again = await t.api.importFile({ path: file, format: "note" });
    expect(again.added).toBe(0);
    expect(ftsHits("Lisbon")).toEqual([]);
  });

  it("keeps the memories you pinned, and refuses what is not a note of yours", async () => {
    const note = await t.api.remember({ text: "The spare key is under the blue flower pot." });
    const pinned = note.memories[0]!;
    await t.api.pinMemory({ id: pinned.id, pinned: true });
    const edited = await t.api.editNote({ sourceId: note.sourceId, text: "The spare key is with the neighbour, Mrs Silva." });
    expect(edited.kept).toBe(1);
    expect((await t.api.getMemory({ id: pinned.id })).memory.validTo).toBeNull();

    t.db
      .prepare("INSERT INTO sources(kind, occurred_at, text, content_hash, trust, created_at) VALUES ('chat_turn', 1, 'Sam: hi', 'h-chat', 'imported', 1)")
      .run();
    const chat = (t.db.prepare("SELECT id FROM sources WHERE content_hash = 'h-chat'").get() as { id: number }).id;
    await expect(t.api.editNote({ sourceId: chat, text: "Sam: bye" })).rejects.toMatchObject({ code: "bad_request", field: "sourceId" });
    await expect(t.api.editNote({ sourceId: 9999, text: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(t.api.editNote({ sourceId: note.sourceId, text: "  " })).rejects.toMatchObject({ code: "bad_request", field: "text" });
  });
});

describe("a secret added by hand", () => {
  it("is encrypted in the vault, named by a vault memory; it opens with the passphrase only, and deleting the memory deletes it (Undo brings it back)", async () => {
    expect(await t.api.vaultStatus({})).toMatchObject({ exists: false, items: 0, keyAvailable: false });
    await expect(t.api.addVaultItem({ label: "Bank PIN", value: "4711" })).rejects.toMatchObject({ code: "bad_request", field: "passphrase" });
    const m = await t.api.addVaultItem({ label: "Bank PIN", value: "4711-secret", kind: "pin", passphrase: "correct horse" });
    expect(m).toMatchObject({ type: "vault", title: "Bank PIN", userEdited: true, engine: "user" });
    expect(m.content).not.toContain("4711");
    expect(await t.api.vaultStatus({})).toMatchObject({ exists: true, unlockWith: ["passphrase"], items: 1 });
    // the value is nowhere in plain text: not in the memory, not in the database file
    expect(JSON.stringify(await t.api.getMemory({ id: m.id }))).not.toContain("4711-secret");
    t.db.pragma("wal_checkpoint(TRUNCATE)");
    expect(readFileSync(join(t.dir, "engram.db")).toString("latin1")).not.toContain("4711-secret");
    expect((await t.api.search({ query: "bank pin", mode: "bm25" })).hits.map((h) => h.memory.id)).toContain(m.id);

    await expect(t.api.revealVaultItem({ id: m.id, passphrase: "wrong" })).rejects.toMatchObject({ code: "bad_request", field: "passphrase" });
    await expect(t.api.revealVaultItem({ id: m.id })).rejects.toMatchObject({ code: "bad_request", field: "passphrase" });
    expect(await t.api.revealVaultItem({ id: m.id, passphrase: "correct horse" })).toEqual({ value: "4711-secret", kind: "pin" });
    await expect(t.api.addVaultItem({ label: "Wifi", value: "x", passphrase: "wrong" })).rejects.toMatchObject({ code: "bad_request", field: "passphrase" });

    const del = await t.api.deleteMemory({ id: m.id });
    expect((await t.api.vaultStatus({})).items).toBe(0);
    await t.api.undoDelete({ undoToken: del.undoToken });
    expect(await t.api.revealVaultItem({ id: m.id, passphrase: "correct horse" })).toMatchObject({ value: "4711-secret" });
    await t.api.deleteMemory({ id: m.id, withSources: true });
    expect((await t.api.vaultStatus({})).items).toBe(0);
  });

  it("in the desktop app opens with the app's own key once the passphrase was typed there", async () => {
    await t.api.addVaultItem({ label: "Wifi", value: "hunter2", passphrase: "made in the browser" });
    const key = randomBytes(32);
    t.ctx.vaultKey = () => key;
    const card = await t.api.addVaultItem({ label: "Card", value: "4111 1111", kind: "card", passphrase: "made in the browser" });
    expect((await t.api.vaultStatus({})).unlockWith).toEqual(["keychain", "passphrase"]);
    expect(await t.api.revealVaultItem({ id: card.id })).toEqual({ value: "4111 1111", kind: "card" });
  });
});

describe("model files on this computer", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "engram-models-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("finds GGUF files and ONNX folders in the searched folders, skipping hidden and installed ones", () => {
    mkdirSync(join(dir, "Downloads", "llms"), { recursive: true });
    mkdirSync(join(dir, ".cache"), { recursive: true });
    mkdirSync(join(dir, "minilm", "onnx"), { recursive: true });
    writeFileSync(join(dir, "Downloads", "llms", "qwen.gguf"), "x");
    writeFileSync(join(dir, ".cache", "hidden.gguf"), "x");
    writeFileSync(join(dir, "installed.gguf"), "x");
    writeFileSync(join(dir, "minilm", "config.json"), "{}");
    writeFileSync(join(dir, "minilm", "onnx", "model.onnx"), "xx");
    const chat = findModelFiles("chat", [dir], new Set([join(dir, "installed.gguf")]), dir);
    expect(chat.map((f) => [f.name, f.folder])).toEqual([["qwen.gguf", "~/Downloads/llms"]]);
    const embedding = findModelFiles("embedding", [dir], new Set(), dir);
    expect(embedding.map((f) => [f.name, f.folder, f.sizeBytes])).toEqual([["minilm", "~", 4]]);
  });

  it("imports a file the listing offered, by its choice; an unknown choice is refused", async () => {
    const before = process.env.ENGRAM_MODELS_DIR;
    process.env.ENGRAM_MODELS_DIR = dir;
    try {
      writeTinyLlama(join(dir, "tiny-chat.gguf"));
      const list = await t.api.findModelFiles({ role: "chat" });
      const tiny = list.files.find((f) => f.name === "tiny-chat.gguf")!;
      expect(list.searched[0]).toContain(dir.split("/").pop());
      await expect(t.api.importModel({ choice: "0".repeat(32), role: "chat" })).rejects.toMatchObject({ code: "bad_request", field: "choice" });
      const m = await t.api.importModel({ choice: tiny.choice, role: "chat" });
      expect(m).toMatchObject({ id: "tiny-chat", installed: true, origin: "import", role: "chat" });
      expect((await t.api.findModelFiles({ role: "chat" })).files.map((f) => f.name)).not.toContain("tiny-chat.gguf");
    } finally {
      if (before === undefined) delete process.env.ENGRAM_MODELS_DIR;
      else process.env.ENGRAM_MODELS_DIR = before;
    }
  });
});
