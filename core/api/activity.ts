import type { EngramDb } from "../db/connection.js";
import { countsByDay, screenshotsPerApp } from "../db/repos/activity.js";
import { appName } from "../memory/screen/titles.js";
import type { ActivityDay } from "./types.js";

const DAY_MS = 86_400_000;

/**
 * The activity overview of the timeline: active memories (by event time) and captured screenshots
 * per local day (`offMs`: the time zone offset in ms, as `Date.getTimezoneOffset()` · 60 000), oldest
 * first. One grouped scan per table; days with nothing are left out.
 */
export function activityByDay(db: EngramDb, offMs: number): ActivityDay[] {
  const { memories, captures } = countsByDay(db, offMs, DAY_MS);
  const days = new Map<number, ActivityDay>();
  const day = (d: number): ActivityDay => {
    const known = days.get(d);
    if (known) return known;
    const a = { date: new Date(d * DAY_MS).toISOString().slice(0, 10), start: d * DAY_MS + offMs, memories: 0, captures: 0 };
    days.set(d, a);
    return a;
  };
  for (const r of memories) day(Math.floor(r.d)).memories += r.n;
  for (const r of captures) day(Math.floor(r.d)).captures += r.n;
  return [...days.values()].sort((a, b) => a.start - b.start);
}

/**
 * The apps captured in [start, end), most screenshots first (at most `limit`), named as people call
 * them (core/memory/screen/titles.ts appName: `code` → VS Code, `gnome-terminal-server` → Terminal;
 * names that mean the same app are counted together).
 */
export function appsOfDay(db: EngramDb, start: number, end: number, limit = 8): Array<{ app: string; screenshots: number }> {
  const rows = screenshotsPerApp(db, start, end);
  const byName = new Map<string, number>();
  for (const r of rows) byName.set(appName(r.app), (byName.get(appName(r.app)) ?? 0) + r.screenshots);
  return [...byName]
    .map(([app, screenshots]) => ({ app, screenshots }))
    .sort((a, b) => b.screenshots - a.screenshots || a.app.localeCompare(b.app))
    .slice(0, limit);
}
