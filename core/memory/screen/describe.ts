import { durationOf, type Activity } from "./activities.js";
import { excerpt, type ScreenText } from "./text.js";
import type { ScreenOrigin } from "./titles.js";

/**
 * Screen memories in words: an activity ("Reading "The Closure API" (libffi) in Firefox,
 * 10:02–10:14"), a day ("Tuesday 1 December 2026: 2 h 10 min in VS Code on engram, …") and a
 * document kept whole. Clock times and days are local (the process's time zone), as people
 * remember them; stored times stay epoch ms UTC.
 */

/** "10:02" in local time. */
export function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
}

/** "Tuesday 1 December 2026" in local time. */
export function dayName(ms: number): string {
  return new Date(ms).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric" }).replace(",", "");
}

/** The local calendar day of a time: its ISO date ("2026-12-01") and its bounds [start, end) in epoch ms. */
export function localDay(ms: number): { date: string; start: number; end: number } {
  const d = new Date(ms);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return { date, start, end };
}

/** A duration as people say it: "45 s", "12 min", "2 h 10 min". */
export function spoken(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ""}`;
}

/** What the person was doing, without the time: "Reading "The Closure API" (libffi) in Firefox". */
export function doing(o: ScreenOrigin): string {
  const site = o.site ? ` (${o.site})` : "";
  const doc = o.document;
  if (!doc) return `Using ${o.app}`;
  switch (o.kind) {
    case "browser":
    case "reader":
      return `Reading "${doc}"${site} in ${o.app}`;
    case "editor":
      return `Editing ${doc}${site} in ${o.app}`;
    case "terminal":
      return `Working in the terminal (${doc}) in ${o.app}`;
    case "chat":
      return `Chatting in ${doc}${site} on ${o.app}`;
    case "mail":
      return `Reading mail: "${doc}" in ${o.app}`;
    case "office":
      return `Writing "${doc}"${site} in ${o.app}`;
    default:
      return `Using ${o.app}: "${doc}"${site}`;
  }
}

/** A heading that repeats the document's name (maybe numbered, maybe misread by OCR: "2.5 The Closure APT"). */
function namesDocument(heading: string, document: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}+/gu) ?? []);
  const h = words(heading);
  const d = words(document);
  if (!d.size) return false;
  let both = 0;
  for (const w of h) if (d.has(w)) both++;
  return both / (h.size + d.size - both) >= 0.5;
}

/** An episodic memory's words and details, before it is stored. */
export interface ScreenMemoryText {
  title: string;
  content: string;
  details: Record<string, unknown>;
}

/**
 * An activity as an episodic memory: titled by what was done and when, its text a header with the
 * day and duration, the headings seen, a short excerpt of the lines that changed (what was read or
 * typed), and where (the URL). Details: `screen: "activity"`, app, document, site, url, key, span,
 * display and frame count.
 */
export function describeActivity(a: Activity, text: ScreenText): ScreenMemoryText {
  const what = doing(a.origin);
  const when = `${clock(a.start)}–${clock(a.end)}`;
  const lines = [`${what}, ${dayName(a.start)}, ${when} (${spoken(durationOf(a))}).`];
  const headings = text.headings.filter((h) => !namesDocument(h, a.origin.document)).slice(0, 6);
  if (headings.length) lines.push(`Sections: ${headings.join("; ")}.`);
  if (a.origin.kind === "terminal" && text.commands.length) lines.push(`Commands: ${text.commands.slice(-12).join("; ")}`);
  const quote = excerpt(text, 60);
  if (quote.length) lines.push(`${a.origin.kind === "editor" || a.origin.kind === "office" ? "On screen" : "Read"}: ${quote.join(" / ")}`);
  if (a.origin.url) lines.push(`Address: ${a.origin.url}`);
  return {
    title: `${what}, ${when}`,
    content: lines.join("\n"),
    details: {
      screen: "activity",
      key: a.origin.key,
      app: a.origin.app,
      app_kind: a.origin.kind,
      document: a.origin.document || null,
      site: a.origin.site,
      url: a.origin.url,
      display: a.display,
      span: { start: a.start, end: a.end },
      duration_ms: durationOf(a),
      frames: a.frames.length,
    },
  };
}

/** The group an activity counts towards in a day: the app and the site or project (browsers, editors). */
function groupOf(o: ScreenOrigin): { key: string; label: string } {
  const where = o.site ?? o.document;
  if ((o.kind === "browser" || o.kind === "reader") && where) return { key: `${o.app}|${where}`.toLowerCase(), label: `reading ${where} in ${o.app}` };
  if (o.kind === "editor" && where) return { key: `${o.app}|${where}`.toLowerCase(), label: `in ${o.app} on ${where}` };
  if (o.kind === "terminal") return { key: o.app.toLowerCase(), label: `in the terminal (${o.app})` };
  return { key: o.app.toLowerCase(), label: `in ${o.app}` };
}

/**
 * A day of screen time as one episodic memory: the title adds up time per app and site or project,
 * longest first ("Tuesday 1 December 2026: 2 h 10 min in VS Code on engram, 40 min reading libffi in
 * Firefox"); the text then lists each activity of at least `minMs` with its times, and counts the
 * brief ones (a glance inside an activity is counted once, in the activity). Details: `screen: "day"`,
 * the local date, first and last time on screen, total and per group minutes.
 * @param activities the day's activities, in time order
 */
export function describeDay(date: string, activities: Activity[], minMs: number): ScreenMemoryText {
  const groups = new Map<string, { label: string; ms: number }>();
  const counted = activities.filter((a) => !a.within);
  for (const a of counted) {
    const g = groupOf(a.origin);
    const entry = groups.get(g.key) ?? { label: g.label, ms: 0 };
    entry.ms += durationOf(a);
    groups.set(g.key, entry);
  }
  const ranked = [...groups.values()].filter((g) => g.ms >= minMs).sort((a, b) => b.ms - a.ms);
  const first = activities[0]!;
  const day = dayName(first.start);
  const total = counted.reduce((n, a) => n + durationOf(a), 0);
  const parts = ranked.map((g) => `${spoken(g.ms)} ${g.label}`);
  const title = parts.length ? `${day}: ${parts.slice(0, 3).join(", ")}${parts.length > 3 ? ", …" : ""}` : `${day}: brief moments on screen`;
  const long = activities.filter((a) => durationOf(a) >= minMs);
  const brief = activities.filter((a) => durationOf(a) < minMs);
  const last = activities.reduce((a, b) => (b.end > a.end ? b : a));
  const perApp = new Map<string, number>();
  for (const a of counted) perApp.set(a.origin.app, (perApp.get(a.origin.app) ?? 0) + durationOf(a));
  const apps = [...perApp]
    .filter(([, ms]) => ms >= minMs)
    .sort((a, b) => b[1] - a[1])
    .map(([app, ms]) => `${app} ${spoken(ms)}`);
  const lines = [
    `${day}, on screen ${clock(first.start)}–${clock(last.end)} (${spoken(total)} in activities): ${parts.join(", ") || "only brief moments"}.`,
    ...(apps.length ? [`Time per app: ${apps.join(", ")}.`] : []),
    ...long.map((a) => `${clock(a.start)}–${clock(a.end)} ${doing(a.origin)} (${spoken(durationOf(a))})`),
  ];
  if (brief.length) {
    const apps = [...new Set(brief.map((a) => a.origin.app))];
    lines.push(`And ${brief.length} brief moment${brief.length > 1 ? "s" : ""} (under ${spoken(minMs)}) in ${apps.join(", ")}.`);
  }
  return {
    title,
    content: lines.join("\n"),
    details: {
      screen: "day",
      date,
      span: { start: first.start, end: last.end },
      total_ms: total,
      groups: ranked.map((g) => ({ label: g.label, ms: g.ms })),
      activities: long.length,
      brief: brief.length,
    },
  };
}

/**
 * A document kept whole as a resource memory: titled "<app> — <document> (<site>)" (a window
 * without title or address: "<app> — <time>, <day>"), its text a
 * header (where, and when it was first seen; the time spent is in its activities, so reading on
 * does not rewrite it) and the page merged from every frame.
 */
export function describeDocument(o: ScreenOrigin, page: { text: string; cut: boolean }, firstSeen: number): ScreenMemoryText {
  const name = `${o.document || o.url || `${clock(firstSeen)}, ${dayName(firstSeen)}`}${o.site ? ` (${o.site})` : ""}`;
  const header = `${o.app} — ${name}${o.url ? `, ${o.url}` : ""}; first seen ${dayName(firstSeen)} ${clock(firstSeen)}.`;
  return {
    title: `${o.app} — ${name}`,
    content: `${header}\n${page.text}${page.cut ? "\n[…]" : ""}`,
    details: { screen: "document", key: o.key, app: o.app, app_kind: o.kind, document: o.document || null, site: o.site, url: o.url, cut: page.cut },
  };
}
