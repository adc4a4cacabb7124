/**
 * A contact's fact (core/ingest/vcard.ts writes the source): the card whole, as the address book says
 * it ("Lena Fischer: mobile +49 170 1234567; email …; birthday 14 March 1994; note: Allergic to
 * peanuts."), titled by the contact's name, about that person; the address book's `owner`'s (the
 * user's: "What is my dentist's phone number?" asks of their own record); dated when the card was last
 * revised; a newer version of the card, imported again, supersedes it. Read sentence by sentence, a card is no one's statement: its fields are no sentences.
 */
import type { SourceRow } from "../db/types.js";
import type { Fact } from "./facts.js";
import { metadataEntry } from "./source-metadata.js";

/** The contact a source's `metadata.contact` names, or null for any source that is no contact card. */
function contactOf(source: SourceRow): { name: string } | null {
  if (source.kind !== "file") return null;
  const c = metadataEntry(source, "contact") as { name?: unknown } | undefined;
  return typeof c?.name === "string" ? { name: c.name } : null;
}

/** Whether `source` is a contact card (kept whole; no how-to is read from it). */
export function isContactCard(source: SourceRow): boolean {
  return contactOf(source) !== null;
}

/** The one fact of a contact card `source` (its words whole, the `owner`'s, about the contact), or null for any other source. */
export function contactFact(source: SourceRow, owner: string | null): Fact | null {
  const contact = contactOf(source);
  if (!contact) return null;
  return {
    subject: owner ?? contact.name,
    predicate: null,
    object: null,
    single: false,
    title: `Contact: ${contact.name}`,
    content: source.text.trim(),
    dates: [],
    aboutUser: false,
    about: [{ name: contact.name, kind: "person" }],
    // (a card changed and imported again is the contact as it is now: the old number is no longer theirs)
    versioned: true,
  };
}
