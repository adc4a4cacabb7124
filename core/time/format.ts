/** Current time in integer milliseconds since the epoch (UTC); the unit of every stored time. */
export function nowMs(): number {
  return Date.now();
}

/** What a time that no date can show (NaN, or beyond ±8.64e15 ms, e.g. from an old import) reads as. */
export const UNKNOWN_TIME = "unknown time";

/** True when `ms` is a time a Date can hold (|ms| ≤ 8.64e15). */
export function isShowableTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

/** Formats epoch ms as an ISO 8601 date (`2023-05-08`) in UTC; `""` for null, UNKNOWN_TIME when no date can show it. */
export function isoDate(ms: number | null | undefined): string {
  if (ms == null) return "";
  return isShowableTime(ms) ? new Date(ms).toISOString().slice(0, 10) : UNKNOWN_TIME;
}

/** Formats epoch ms as `2023-05-08T13:56:00Z` (UTC, milliseconds when not zero); UNKNOWN_TIME when no date can show it. */
export function isoDateTime(ms: number): string {
  return isShowableTime(ms) ? new Date(ms).toISOString().replace(".000Z", "Z") : UNKNOWN_TIME;
}

/** Formats epoch ms as a human date such as `8 May 2023` (UTC); `""` for null, UNKNOWN_TIME when no date can show it. */
export function humanDate(ms: number | null | undefined): string {
  if (ms == null) return "";
  if (!isShowableTime(ms)) return UNKNOWN_TIME;
  return HUMAN_DATE.format(ms);
}

/** One formatter for humanDate: `toLocaleDateString` with options builds a new one per call (~0.2 ms each). */
const HUMAN_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Formats epoch ms as its month and year, `May 2023` (UTC). */
export function monthYear(ms: number): string {
  return MONTH_YEAR.format(ms);
}

/** One formatter for monthYear, as for humanDate. */
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
