/** Current time in integer milliseconds since the epoch (UTC); the unit of every stored time. */
export function nowMs(): number {
  return Date.now();
}

/** Formats epoch ms as an ISO 8601 date (`2023-05-08`) in UTC; `""` for null. */
export function isoDate(ms: number | null | undefined): string {
  return ms == null ? "" : new Date(ms).toISOString().slice(0, 10);
}

/** Formats epoch ms as a human date such as `8 May 2023` (UTC); `""` for null. */
export function humanDate(ms: number | null | undefined): string {
  if (ms == null) return "";
  return new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
