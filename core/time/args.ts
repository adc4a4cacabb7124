import * as chrono from "chrono-node";

/**
 * Parses a date given by a person: ISO 8601 (`2023-05-08`, `2023-05-08T13:56Z`) or natural language
 * that chrono-node understands (`8 May 2023`, `last Tuesday`), relative to `ref` (default now).
 * Dates without a time mean the end of that day (UTC) when `endOfDay`, else its start.
 * @returns epoch ms (UTC).
 * @throws Error naming `what` (e.g. "--as-of") when the text is not a date.
 */
export function parseDateArg(text: string, what: string, opts: { ref?: Date; endOfDay?: boolean } = {}): number {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
  if (iso) {
    const start = Date.parse(`${text.trim()}T00:00:00Z`);
    if (!Number.isNaN(start)) return opts.endOfDay ? start + 86_400_000 - 1 : start;
  }
  const direct = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text.trim()) && !Number.isNaN(direct)) return direct;
  const parsed = chrono.parse(text, { instant: opts.ref ?? new Date(), timezone: "UTC" })[0];
  if (!parsed) throw new Error(`${what}: "${text}" is not a date (try 2023-05-08 or "8 May 2023")`);
  const d = parsed.start;
  if (!d.isCertain("hour") && opts.endOfDay) {
    return Date.UTC(d.get("year")!, d.get("month")! - 1, d.get("day")!, 23, 59, 59, 999);
  }
  return d.date().getTime();
}
