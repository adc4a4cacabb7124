/**
 * What the ingest wrote into a source's `metadata` (JSON) about the kind of item it is: a Kindle
 * clipping (`clipping`), a calendar event (`event`), an email (`email`). Read per source by the
 * engine, so the text is parsed only when it names the key.
 */
import type { SourceRow } from "../db/types.js";

/** The `key` entry of `source.metadata` (a JSON object the ingest wrote), or undefined when it has none. */
export function metadataEntry(source: Pick<SourceRow, "metadata">, key: string): unknown {
  if (!source.metadata.includes(`"${key}"`)) return undefined;
  return (JSON.parse(source.metadata) as Record<string, unknown>)[key];
}
