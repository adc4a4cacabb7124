import type { EngramDb } from "../db/connection.js";
import { recentScreens } from "../db/repos/frames.js";
import { hexToHash, type KeptFrame } from "./dedup.js";
import { RECENT_SCREENS, type RecentScreen } from "./revisits.js";

// Frame rows are read and written by core/db/repos/frames.ts (totals: frame-stats.ts).

/** Complete frames of a display looked through for its recent screens (a screen and its revisits are one). */
const LOOK_BACK_FRAMES = 500;

/**
 * What deduplication remembers of a display, read from its stored frames (a new process recognises
 * the screens an earlier one kept): the last stored (complete) frame, or null, and the screens
 * shown lately (revisits.ts), newest first. A revisit's row carries the signature of the screen it
 * repeats, so both compare with what was read.
 */
export function keptScreens(db: EngramDb, display: number): { last: KeptFrame | null; screens: RecentScreen[] } {
  const rows = recentScreens(db, display, LOOK_BACK_FRAMES, RECENT_SCREENS);
  const screens = rows.map((row) => ({
    first: row.first,
    hash: hexToHash(row.phash),
    thumb: new Uint8Array(row.thumb),
    app: row.app,
    windowTitle: row.window_title,
    url: row.url,
  }));
  const last = rows[0] ? { ...screens[0]!, capturedAt: rows[0].captured_at } : null;
  return { last, screens };
}
