/**
 * JSON as Meta's "Download your information" writes it (Facebook's and Instagram's downloads), for the
 * people of bench:personal and the tests that write such files: every string's UTF-8 bytes as Latin-1
 * characters ("é" → "Ã©"), indented by two spaces, every non-ASCII character escaped \u00XX.
 */

/** Every string of `value` as Meta writes it: its UTF-8 bytes, each a Latin-1 character. */
function meta(value: unknown): unknown {
  if (typeof value === "string") return Buffer.from(value, "utf8").toString("latin1");
  if (Array.isArray(value)) return value.map(meta);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, meta(v)]));
  return value;
}

/** `value` as a file of Meta's download holds it (its text, as written to disk). */
export function metaJson(value: unknown): string {
  return JSON.stringify(meta(value), null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
