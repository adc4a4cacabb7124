import { createHash } from "node:crypto";

/** Hex sha256 of the given parts joined by a unit separator (U+001F), so ("a","bc") ≠ ("ab","c"). */
export function sha256(...parts: Array<string | number | null | undefined>): string {
  const h = createHash("sha256");
  parts.forEach((p, i) => {
    if (i) h.update("\u001f");
    h.update(p == null ? "" : String(p));
  });
  return h.digest("hex");
}
