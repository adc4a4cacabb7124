import type { ScreenFrame } from "../../db/repos/screen.js";
import { describeScreen, type ScreenOrigin } from "./titles.js";

/**
 * Activities: runs of consecutive frames on one display showing the same document of the same app
 * (see README.md in this folder for the algorithm and its constants).
 */

/** Segmentation limits (epoch ms durations). */
export const ACTIVITY = {
  /**
   * A pause between two stored frames longer than this ends an activity. Longer than the capture's
   * keyframe interval (5 min: a still screen is stored again after it), so reading without
   * scrolling stays one activity, while a locked or paused screen (no frames at all) ends it.
   */
  maxGapMs: 6 * 60_000,
  /** An activity at least this long becomes an episodic memory; shorter ones are brief moments of the day. */
  minMs: 60_000,
};

/** One stored screenshot, as segmentation needs it (core/db/repos/screen.ts reads them). Times epoch ms. */
export type { ScreenFrame };

/** A run of frames of one document. `end` is when the screen stopped showing it (see {@link segmentActivities}). */
export interface Activity {
  origin: ScreenOrigin;
  display: number;
  frames: ScreenFrame[];
  start: number;
  end: number;
  /** A brief moment inside another activity's span (a glance at another window); its time is not counted twice. */
  within?: boolean;
}

/**
 * Joins an activity that resumes after brief moments elsewhere (each shorter than `ACTIVITY.minMs`:
 * a glance at a chat, a notification) with the run before them, when the pause between the two runs
 * is within the gap: reading, 20 s in Slack, reading on is one activity of reading, and the glance
 * stays a brief moment `within` it.
 */
function joinAcrossGlances(runs: Activity[], maxGapMs: number): Activity[] {
  const out: Activity[] = [];
  let host: Activity | null = null;
  let glances: Activity[] = [];
  for (const r of runs) {
    const last = host?.frames[host.frames.length - 1];
    if (host && last && glances.length && r.origin.key === host.origin.key && r.start - last.at <= maxGapMs) {
      host.frames.push(...r.frames);
      host.end = r.end;
      for (const g of glances) g.within = true;
      glances = [];
      continue;
    }
    out.push(r);
    if (host && durationOf(r) < ACTIVITY.minMs) glances.push(r);
    else {
      host = r;
      glances = [];
    }
  }
  return out;
}

/**
 * Cuts frames into activities, per display: a frame starts a new activity when its app + document
 * key (titles.ts describeScreen) differs from the previous frame's, or after a pause over
 * `ACTIVITY.maxGapMs`. An activity ends where the next one on its display starts when that is within
 * the gap (the capture stores a frame only when the screen changes, so the old screen stayed until
 * then), else at its last frame. A run that resumes after brief moments elsewhere joins the run
 * before them (see joinAcrossGlances).
 * @param frames any order; frames of several displays are segmented apart
 * @returns activities ordered by start (then display)
 */
export function segmentActivities(frames: ScreenFrame[], maxGapMs = ACTIVITY.maxGapMs): Activity[] {
  const byDisplay = new Map<number, ScreenFrame[]>();
  for (const f of frames) {
    const list = byDisplay.get(f.display);
    if (list) list.push(f);
    else byDisplay.set(f.display, [f]);
  }
  const out: Activity[] = [];
  for (const [display, list] of byDisplay) {
    list.sort((a, b) => a.at - b.at || a.sourceId - b.sourceId);
    const runs: Activity[] = [];
    let current: Activity | null = null;
    for (const f of list) {
      const origin = describeScreen(f.app, f.windowTitle, f.url);
      const gap = current ? f.at - current.frames[current.frames.length - 1]!.at : Infinity;
      if (current && origin.key === current.origin.key && gap <= maxGapMs) {
        current.frames.push(f);
        current.end = f.at;
        continue;
      }
      if (current && gap <= maxGapMs) current.end = f.at;
      current = { origin, display, frames: [f], start: f.at, end: f.at };
      runs.push(current);
    }
    out.push(...joinAcrossGlances(runs, maxGapMs));
  }
  return out.sort((a, b) => a.start - b.start || a.display - b.display);
}

/** How long an activity lasted, ms. */
export function durationOf(a: Pick<Activity, "start" | "end">): number {
  return a.end - a.start;
}
