import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { insertMemory } from "../../core/db/repos/memories.js";
import { insertSource } from "../../core/db/repos/sources.js";
import { upsertConversation } from "../../core/db/repos/conversations.js";
import { ZipWriter } from "../../core/util/zip.js";
import { testApi } from "../helpers/api.js";

const dir = mkdtempSync(join(tmpdir(), "engram-md-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const T0 = Date.UTC(2023, 4, 8, 12);

/** The entries of a ZIP as `unzip` (Info-ZIP) reads them: it checks every CRC. */
function unzip(file: string): Record<string, string> {
  const out = join(dir, `x-${Math.random().toString(36).slice(2)}`);
  execFileSync("unzip", ["-q", file, "-d", out]);
  const names = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).trim().split("\n");
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(out, n), "utf8")]));
}

describe("Markdown export", () => {
  it("writes a ZIP that unzip reads (checking every CRC), entry by entry", async () => {
    const file = join(dir, "t.zip");
    const z = new ZipWriter(file);
    await z.begin("a/one.md");
    await z.add("hello ");
    await z.add(Buffer.from("wörld"));
    await z.begin("b.md");
    await z.add("x".repeat(200_000));
    await z.close();
    expect(unzip(file)).toEqual({ "a/one.md": "hello wörld", "b.md": "x".repeat(200_000) });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("exports memories per type and a page per person, without vault items", async () => {
    const t = testApi({ now: () => T0 + 86_400_000 });
    try {
      const conv = upsertConversation(t.db, {
        format: "locomo",
        externalId: "conv-1",
        title: "Caroline & Mel",
        participants: ["Caroline", "Mel"],
        startedAt: T0,
      });
      const s = insertSource(t.db, {
        kind: "chat_turn",
        conversationId: conv,
        speaker: "Caroline",
        occurredAt: T0,
        text: "I signed up for pottery",
        contentHash: "h1",
        trust: "imported",
      })!;
      const fact = insertMemory(
        t.db,
        { type: "semantic", title: "Caroline does pottery", content: "Caroline signed up for a pottery class", occurredAt: T0, engine: "heuristic" },
        { actor: "heuristic", sourceIds: [s] },
      );
      insertMemory(
        t.db,
        { type: "episodic", title: "Caroline and Mel talk about pottery", content: "Caroline: I signed up for pottery", occurredAt: T0, engine: "heuristic" },
        { actor: "heuristic", sourceIds: [s] },
      );
      insertMemory(t.db, { type: "vault", title: "Bank PIN", content: "[redacted]", engine: "capture" }, { actor: "capture" });
      const e = Number(t.db.prepare("INSERT INTO entities(name, kind, norm, created_at) VALUES ('Caroline', 'person', 'caroline', 0)").run().lastInsertRowid);
      t.db.prepare("INSERT INTO edges(src_kind, src_id, dst_kind, dst_id, relation, created_at) VALUES ('memory', ?, 'entity', ?, 'mentions', 0)").run(fact, e);
      const r = await t.api.exportData({ format: "markdown", path: join(dir, "md.zip") });
      expect(r.counts).toEqual({ episodic: 1, semantic: 1, entities: 1 });
      const files = unzip(r.path);
      expect(Object.keys(files).sort()).toEqual(["README.md", "memories/episodic.md", "memories/semantic.md", `people-and-things/caroline-${e}.md`]);
      expect(files["memories/semantic.md"]).toContain(
        "## Caroline does pottery\n\nCaroline signed up for a pottery class\n\n- When: 2023-05-08\n- From: Caroline in Caroline & Mel, 2023-05-08",
      );
      expect(files[`people-and-things/caroline-${e}.md`]).toContain("# Caroline\n\nA person in your memories.");
      expect(files[`people-and-things/caroline-${e}.md`]).toContain("- Caroline signed up for a pottery class (2023-05-08)");
      expect(files["README.md"]).toContain("- [Facts](memories/semantic.md): 1");
      expect(JSON.stringify(files)).not.toContain("Bank PIN");
    } finally {
      t.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
