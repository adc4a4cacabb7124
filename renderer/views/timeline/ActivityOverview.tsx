import type { ActivityDay } from "../../../core/api/types.js";
import { countOf, formatDate, toDateInput } from "../../lib/format.js";

const WEEK_MS = 7 * 86_400_000;
const monthFmt = new Intl.DateTimeFormat(undefined, { month: "short" });
const monthYearFmt = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric" });

/** One bar: a week of activity. */
interface Week {
  start: number;
  /** the last active day in it (where a click jumps to) */
  last: number;
  memories: number;
  captures: number;
}

/** Groups days into weeks from the first active day, keeping empty weeks (gaps show as gaps). */
export function weeksOf(days: ActivityDay[]): Week[] {
  if (days.length === 0) return [];
  const first = days[0]!.start;
  const weeks: Week[] = [];
  for (const d of days) {
    const i = Math.floor((d.start - first) / WEEK_MS);
    while (weeks.length <= i) weeks.push({ start: first + weeks.length * WEEK_MS, last: first + weeks.length * WEEK_MS, memories: 0, captures: 0 });
    const w = weeks[i]!;
    w.memories += d.memories;
    w.captures += d.captures;
    w.last = Math.max(w.last, d.start);
  }
  return weeks;
}

/**
 * The activity overview above the timeline: one bar per week (memories and captures), tallest
 * week full height, month labels under the first week of each month (one near the right end ends
 * at its week, inside the overview). Clicking a bar jumps to that week; the week on screen is marked.
 */
export function ActivityOverview({ days, current, onJump }: { days: ActivityDay[]; current: number | null; onJump: (date: string) => void }) {
  const weeks = weeksOf(days);
  if (weeks.length < 2) return null;
  const max = Math.max(...weeks.map((w) => w.memories + w.captures), 1);
  let lastMonth = "";
  let labelled = false;
  let lastLabel = -Infinity;
  // labels about 64 px apart on an ~800 px wide overview, so they do not overlap
  const gap = Math.max(3, Math.ceil(weeks.length * 0.08));
  // a label this close to the right end would run out of the overview: it ends at its week instead
  const tail = weeks.length - gap;
  return (
    <fieldset className="activity" aria-label="Activity by week">
      <div className="activity-bars">
        {weeks.map((w) => {
          const n = w.memories + w.captures;
          const here = current != null && current >= w.start && current < w.start + WEEK_MS;
          const label = `Week of ${formatDate(w.start)}: ${countOf(w.memories, "memory", "memories")}${w.captures ? `, ${countOf(w.captures, "capture")}` : ""}`;
          return (
            <button
              key={w.start}
              type="button"
              className={here ? "activity-bar current" : "activity-bar"}
              disabled={n === 0}
              title={label}
              aria-label={label}
              onClick={() => onJump(toDateInput(w.last))}
            >
              <span className="activity-fill" style={{ height: `${Math.max(n ? 8 : 0, (n / max) * 100)}%` }} />
            </button>
          );
        })}
      </div>
      <div className="activity-months" aria-hidden="true">
        {weeks.map((w, i) => {
          const m = monthFmt.format(w.start);
          const show = m !== lastMonth && i - lastLabel >= gap;
          lastMonth = m;
          if (show) lastLabel = i;
          // the year on the first label and on each January
          const text = show ? (!labelled || new Date(w.start).getMonth() === 0 ? monthYearFmt.format(w.start) : m) : "";
          labelled ||= show;
          return (
            <span key={w.start} className={show && i > tail ? "activity-month activity-month-end" : "activity-month"}>
              {text}
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
