/**
 * A calendar event's fact (core/ingest/ics.ts writes the source, ics-words.ts its words): the event
 * whole, as the calendar says it ("Dentist – Dr Okafor: Tuesday 17 November 2026, 09:30–10:00, at
 * Bright Smile Dental, 22 Mill Lane. Check-up and clean. Bring NHS number."), titled by what and when
 * ("Dentist – Dr Okafor: Tuesday 17 November 2026, 09:30–10:00"), about the place it is at and the
 * people invited; dated by its start (the source's time). Read sentence by sentence, an event is no
 * one's statement: its description's "Bring NHS number" is an imperative, its summary no sentence.
 */
import type { SourceRow } from "../db/types.js";
import type { EntityMention } from "./types.js";
import type { Fact } from "./facts.js";
import { metadataEntry } from "./source-metadata.js";

/** What this module reads of a source's `metadata.event` (core/ingest/ics.ts CalendarEvent writes it). */
interface EventMetadata {
  uid: string;
  summary: string;
  start: string;
  allDay?: boolean;
  location: string | null;
  attendees: string[];
  recurrence?: string | null;
  except?: string[];
  modified?: number | null;
}

/** The event a source's `metadata.event` holds, or null for any source that is no calendar event. */
function eventOf(source: SourceRow): EventMetadata | null {
  if (source.kind !== "file") return null;
  const e = metadataEntry(source, "event") as EventMetadata | undefined;
  return typeof e?.summary === "string" && typeof e.uid === "string" ? e : null;
}

/** Whether `source` is a calendar event (no how-to is read from it). */
export function isCalendarEvent(source: SourceRow): boolean {
  return eventOf(source) !== null;
}

/**
 * The one fact of a calendar event `source`: its text whole, titled by its summary and when it is (the
 * text up to where it says where or with whom), the calendar's `owner`'s (the user's: "When is my
 * dentist appointment?" asks of their own), about its location (a place) and attendees (people); not
 * in the user's core memory (it is not built from their appointments); known since the calendar last
 * changed it (its valid time starts then, not at the event: a plan is known before it happens; a
 * newer version of the event supersedes it); marked `calendar`, which puts it on the timeline, and
 * with how it repeats (`repeats`: a question of a day it happens on finds it). Null for any other source.
 */
export function eventFact(source: SourceRow, owner: string | null): Fact | null {
  const event = eventOf(source);
  if (!event) return null;
  const text = source.text.trim();
  const title = text.split(/, at |, with |\.\s/)[0]!.replace(/\.$/, "");
  const about: EntityMention[] = [
    ...(event.location ? [{ name: event.location.split(",")[0]!.trim(), kind: "place" as const }] : []),
    ...event.attendees.filter((a) => !a.includes("@")).map((name) => ({ name, kind: "person" as const })),
  ];
  return {
    subject: owner ?? event.summary,
    predicate: null,
    object: null,
    single: false,
    title,
    content: text,
    dates: [],
    aboutUser: false,
    about: about.length ? about : [{ name: event.summary, kind: "thing" }],
    calendar: true,
    ...(event.allDay === true ? { allDay: true as const } : {}),
    ...(event.recurrence && typeof event.start === "string"
      ? { repeats: { rule: event.recurrence, start: event.start, ...(Array.isArray(event.except) ? { except: event.except } : {}) } }
      : {}),
    ...(typeof event.modified === "number" ? { knownSince: Math.min(event.modified, source.occurred_at) } : {}),
  };
}
