import { closeSync, openSync, readSync, statSync } from "node:fs";

/**
 * The first `bytes` bytes (default 1 KiB) of the file at `path` as UTF-8 text, a byte-order mark
 * dropped (a character cut at the end is decoded as U+FFFD); null when `path` is no file or cannot be
 * read (a folder named `….csv`, a file gone). What a folder's listing and a format's detection look
 * at to tell a file by its header without reading it whole.
 */
export function fileStart(path: string, bytes = 1024): string | null {
  try {
    if (!statSync(path).isFile()) return null;
    const fd = openSync(path, "r");
    try {
      const head = Buffer.alloc(bytes);
      const n = readSync(fd, head, 0, head.length, 0);
      return head
        .subarray(0, n)
        .toString("utf8")
        .replace(/^\uFEFF/, "");
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}
