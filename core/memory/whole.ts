/**
 * Sources kept whole as one fact, not read sentence by sentence: a Kindle clipping (a book's words,
 * clippings.ts), a calendar event (an entry of the user's calendar, events.ts) and a contact card (an
 * entry of the user's address book, contacts.ts). Neither engine rewords them, and no how-to is read from them.
 */
import type { SourceRow } from "../db/types.js";
import { clippingFact, isClipping } from "./clippings.js";
import { contactFact, isContactCard } from "./contacts.js";
import { eventFact, isCalendarEvent } from "./events.js";
import type { Fact } from "./facts.js";

/** The one fact of a source kept whole (a clipping's, an event's or a contact's, `owner` the calendar's or address book's: its speaker's name), or null for any other source. */
export function wholeFact(source: SourceRow, owner: string | null): Fact | null {
  return clippingFact(source) ?? eventFact(source, owner) ?? contactFact(source, owner);
}

/** Whether `source` is kept whole ({@link wholeFact}). */
export function isKeptWhole(source: SourceRow): boolean {
  return isClipping(source) || isCalendarEvent(source) || isContactCard(source);
}
