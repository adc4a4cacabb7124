import { ApiError } from "./errors.js";

/**
 * Opaque paging cursors: a JSON array of the sort key(s) of the last row returned, base64url
 * encoded. Keyset paging (WHERE (key, id) < (last key, last id)) keeps every page O(log n) at
 * 100k rows, unlike OFFSET.
 */
export function encodeCursor(key: Array<string | number | null>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/**
 * Decodes a cursor made by `encodeCursor`.
 * @throws ApiError `bad_request` when it was not made by this server version.
 */
export function decodeCursor(cursor: string): Array<string | number | null> {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(v)) return v as Array<string | number | null>;
  } catch {
    /* fall through */
  }
  throw new ApiError("bad_request", "cursor: this page link is no longer valid; reload the list", { field: "cursor" });
}
