import type { EngramDb } from "../db/connection.js";
import { lastCompleteFrame } from "../db/repos/frames.js";
import { hexToHash, type KeptFrame } from "./dedup.js";

// Frame rows are read and written by core/db/repos/frames.ts (totals: frame-stats.ts).

/** The last stored (complete) frame of a display, as deduplication needs it, or null. */
export function lastKeptFrame(db: EngramDb, display: number): KeptFrame | null {
  const row = lastCompleteFrame(db, display);
  if (!row) return null;
  return {
    hash: hexToHash(row.phash),
    thumb: new Uint8Array(row.thumb),
    capturedAt: row.captured_at,
    app: row.app,
    windowTitle: row.window_title,
    url: row.url,
  };
}
