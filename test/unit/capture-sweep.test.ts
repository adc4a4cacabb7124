import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getFrame } from "../../core/db/repos/frames.js";
import { sweepPendingFrames } from "../../core/capture/retention.js";
import { frameImagePath, resolveImage, writeImage } from "../../core/capture/storage.js";
import { openDatabase } from "../../core/db/connection.js";
import { insertPendingFrame } from "../../core/db/repos/frames.js";

// A crash between writing a frame's row and completing it leaves a pending row (no source) and
// maybe its image; the next pipeline start sweeps those older than 10 minutes (retention.ts).

const NOW = Date.UTC(2024, 4, 30, 12);
const MINUTE = 60_000;
let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const frame = (capturedAt: number) => ({
  capturedAt,
  display: 0,
  app: "Editor",
  windowTitle: "notes.txt",
  url: null,
  phash: "0000000000000000",
  thumb: new Uint8Array(16),
  width: 640,
  height: 480,
  ocrConfidence: null,
  wordCount: 0,
  keyframe: false,
});

describe("sweeping frames a crash left pending", () => {
  it("removes pending frames older than 10 minutes with their images, and keeps a newer one", () => {
    dir = mkdtempSync(join(tmpdir(), "engram-sweep-"));
    const framesDir = join(dir, "frames");
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const old = insertPendingFrame(db, frame(NOW - 20 * MINUTE), (id) => frameImagePath(id, NOW - 20 * MINUTE), NOW - 20 * MINUTE);
      const recent = insertPendingFrame(db, frame(NOW - MINUTE), (id) => frameImagePath(id, NOW - MINUTE), NOW - MINUTE);
      for (const f of [old, recent]) writeImage(framesDir, f.imagePath!, new Uint8Array([1, 2, 3]));

      expect(sweepPendingFrames(db, framesDir, NOW)).toBe(1);
      expect(getFrame(db, old.id)).toBeUndefined();
      expect(existsSync(resolveImage(framesDir, old.imagePath!))).toBe(false);
      expect(getFrame(db, recent.id)?.source_id).toBeNull();
      expect(existsSync(resolveImage(framesDir, recent.imagePath!))).toBe(true);

      expect(sweepPendingFrames(db, framesDir, NOW + 20 * MINUTE)).toBe(1);
      expect(getFrame(db, recent.id)).toBeUndefined();
    } finally {
      db.close();
    }
  });
});
