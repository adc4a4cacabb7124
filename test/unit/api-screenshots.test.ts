import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApiHost, type ApiHost } from "../../core/api/host.js";
import { insertSource } from "../../core/db/repos/sources.js";

const T = Date.UTC(2024, 4, 1, 9, 30);
let host: ApiHost;
let shotsDir: string | undefined;
afterEach(async () => {
  await host?.close();
  if (shotsDir) rmSync(shotsDir, { recursive: true, force: true });
});

/** A host over a new data folder with one captured screenshot (frame row + image file + source). */
function withScreenshot() {
  const dir = mkdtempSync(join(tmpdir(), "engram-shots-"));
  shotsDir = dir;
  host = createApiHost({
    dbPath: join(dir, "engram.db"),
    createEmbedder: async () => {
      throw new Error("no embedder needed in this test");
    },
    transport: "http",
    imageUrl: (id) => `/api/images/${id}`,
    exportUrl: (name) => `/api/exports/${name}`,
    capture: { available: false, reason: "browser" },
  });
  const sourceId = insertSource(host.db, {
    kind: "screenshot",
    app: "Firefox",
    windowTitle: "Pottery classes near me",
    occurredAt: T,
    text: "Beginner wheel throwing, Saturdays 10am",
    contentHash: "shot-1",
    trust: "captured",
  })!;
  mkdirSync(join(dir, "frames", "2024-05-01"), { recursive: true });
  writeFileSync(join(dir, "frames", "2024-05-01", "1.webp"), "fake-webp-bytes");
  host.db
    .prepare(
      "INSERT INTO frames(captured_at, app, window_title, phash, thumb, width, height, bytes, image_path, source_id, created_at) VALUES (?, 'Firefox', 'Pottery', 'ab', x'00', 1920, 1080, 15, '2024-05-01/1.webp', ?, ?)",
    )
    .run(T, sourceId, T);
  return { dir, sourceId };
}

describe("screenshots in the API", () => {
  it("shows a screenshot in the timeline and as a source, with an image URL the transport serves", async () => {
    const { dir, sourceId } = withScreenshot();
    const day = (await host.api.timeline({ days: 1 })).days[0]!;
    expect(day.date).toBe("2024-05-01");
    expect(day.screenshots).toEqual([
      {
        sourceId,
        occurredAt: T,
        app: "Firefox",
        windowTitle: "Pottery classes near me",
        imageUrl: `/api/images/${sourceId}`,
        snippet: "Beginner wheel throwing, Saturdays 10am",
      },
    ]);
    expect(day.counts.screenshots).toBe(1);
    const src = await host.api.getSource({ id: sourceId });
    expect(src.source.imageUrl).toBe(`/api/images/${sourceId}`);
    expect(src.conversation).toBeNull();
    expect(src.turns.map((t) => t.id)).toEqual([sourceId]);
    expect(host.imagePath(sourceId)).toBe(join(dir, "frames", "2024-05-01", "1.webp"));
    expect(host.imagePath(sourceId + 1)).toBeNull();
  });

  it("names a day's apps as people call them, counting the names of one app together", async () => {
    withScreenshot();
    for (const [i, app] of ["code", "Visual Studio Code", "gnome-terminal-server"].entries()) {
      const id = insertSource(host.db, {
        kind: "screenshot",
        app,
        occurredAt: T + i + 1,
        text: `screen ${i}`,
        contentHash: `shot-app-${i}`,
        trust: "captured",
      })!;
      host.db
        .prepare(
          "INSERT INTO frames(captured_at, app, phash, thumb, width, height, bytes, source_id, created_at) VALUES (?, ?, 'ab', x'00', 1920, 1080, 15, ?, ?)",
        )
        .run(T + i + 1, app, id, T);
    }
    const day = (await host.api.timeline({ days: 1 })).days[0]!;
    expect(day.apps).toEqual([
      { app: "VS Code", screenshots: 2 },
      { app: "Firefox", screenshots: 1 },
      { app: "Terminal", screenshots: 1 },
    ]);
  });

  it("never serves an image path that points outside the data folder", () => {
    const { sourceId } = withScreenshot();
    host.db.prepare("UPDATE frames SET image_path = '../../etc/passwd' WHERE source_id = ?").run(sourceId);
    expect(host.imagePath(sourceId)).toBeNull();
  });

  it("counts frames and their bytes for the capture view", async () => {
    withScreenshot();
    expect(await host.api.captureStatus({})).toMatchObject({ state: "unavailable", reason: "browser", framesTotal: 1, imageBytes: 15, lastFrameAt: T });
    // the embedding model could not load here: info still answers
    expect(await host.api.info({})).toMatchObject({ imageBytes: 15, embedder: { id: "unavailable", dimension: 0 }, engine: "heuristic", transport: "http" });
  });

  it("delete everything removes frames, sources and the image files", async () => {
    const { dir } = withScreenshot();
    const r = await host.api.deleteEverything({ confirm: "delete everything" });
    expect(r).toMatchObject({ imageFiles: 1, deleted: { frames: 1, sources: 1 } });
    expect(existsSync(join(dir, "frames"))).toBe(false);
    expect((await host.api.timeline({})).days).toEqual([]);
  });
});
