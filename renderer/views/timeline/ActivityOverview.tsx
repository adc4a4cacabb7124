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

/** The most bars the overview draws: two years of weeks; a longer span gives each bar more weeks, so they all fit its width. */
export const MAX_BARS = 104;

/** How long one bar of the overview is (ms): a week, or as many weeks as keep the bars of `days` to MAX_BARS. */
export function barSpan(days: ActivityDay[]): number {
  if (days.length === 0) return WEEK_MS;
  const weeks = Math.floor((days.at(-1)!.start - days[0]!.start) / WEEK_MS) + 1;
  return WEEK_MS * Math.max(1, Math.ceil(weeks / MAX_BARS));
}

/**
 * Groups days into bars of `span` ms (a week, or several: {@link barSpan}) from the first active day,
 * keeping empty ones (gaps show as gaps).
 */
export function weeksOf(days: ActivityDay[], span = WEEK_MS): Week[] {
  if (days.length === 0) return [];
  const first = days[0]!.start;
  const weeks: Week[] = [];
  for (const d of days) {
    const i = Math.floor((d.start - first) / span);
    while (weeks.length <= i) weeks.push({ start: first + weeks.length * span, last: first + weeks.length * span, memories: 0, captures: 0 });
    const w = weeks[i]!;
    w.memories += d.memories;
    w.captures += d.captures;
    w.last = Math.max(w.last, d.start);
  }
  return weeks;
}

/**
 * The activity overview above the timeline: one bar per week (memories and captures; per several
 * weeks over more than two years, {@link barSpan}, so every bar fits its width), tallest bar full height, month labels under the first week of each month (one near the right end ends
 * at its week, inside the overview). Clicking a bar jumps to that week; the week on screen is marked.
 */
export function ActivityOverview({ days, current, onJump }: { days: ActivityDay[]; current: number | null; onJump: (date: string) => void }) {
  const span = barSpan(days);
  const weeks = weeksOf(days, span);
  if (weeks.length < 2) return null;
  const max = Math.max(...weeks.map((w) => w.memories + w.captures), 1);
  let lastMonth = "";
  let labelledYear: number | null = null;
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
          const here = current != null && current >= w.start && current < w.start + span;
          const label = `${span === WEEK_MS ? "Week of" : "Weeks from"} ${formatDate(w.start)}: ${countOf(w.memories, "memory", "memories")}${w.captures ? `, ${countOf(w.captures, "capture")}` : ""}`;
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
          // the year on the first label and on the first of each year (a January, or the month a bar of several weeks starts)
          const year = new Date(w.start).getFullYear();
          const text = show ? (year !== labelledYear ? monthYearFmt.format(w.start) : m) : "";
          if (show) labelledYear = year;
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
