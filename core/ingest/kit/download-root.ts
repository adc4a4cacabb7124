/**
 * Telling a file of an app's unzipped download (Amazon's, Netflix's, Uber's, Spotify's, a Strava or LinkedIn
 * archive, an Apple Health export, a Substack export's posts.csv) by the folder it is in: a reader's test of
 * a folder, remembered so that a folder's import asks of each folder once, and the walk from a file up to
 * the download's own folder.
 */
import { basename, dirname, relative, sep } from "node:path";

/**
 * `test` remembered: a function that answers as `test(dir)` does, asking it once per `key` (by default
 * `dir` itself; a caller keys a file's answer by its size and time, say, to ask again when it changes) and
 * remembering at most `most` answers (default 64: when that many are kept, all are forgotten before the
 * next is). A `test` that throws (a folder that cannot be listed or read, gone, or no folder) answers
 * false, and that is remembered too: a folder that cannot be read is no download. Never throws.
 */
export function rememberedTest(test: (dir: string) => boolean, most = 64): (dir: string, key?: string) => boolean {
  const known = new Map<string, boolean>();
  return (dir, key = dir) => {
    const was = known.get(key);
    if (was !== undefined) return was;
    let found = false;
    try {
      found = test(dir);
    } catch {
      found = false;
    }
    if (known.size >= most) known.clear();
    known.set(key, found);
    return found;
  };
}

/**
 * The download `file` is in, or null: the first of its own folder and the `most` folders above it for
 * which `isDownload` is true, as `root` (that folder's path, as `file` spells it) and `parts`, `file`'s path
 * inside it split at the separator (["CONTENT_INTERACTION", "Ratings.csv"]; [name] for a file at its top).
 * `through` (default: any) is asked of each folder's name the walk goes up past, in order from the file's
 * own folder (not of the download's, nor of the last folder looked at): a name it refuses ends the walk, null (a folder the user keeps beside the download's is none of
 * it). Null too at the top of the file system. Asks `isDownload` of each folder from the file's up, so a
 * remembered test ({@link rememberedTest}) lists each once; throws only what `isDownload` or `through` throw.
 */
export function downloadAbove(
  file: string,
  isDownload: (dir: string) => boolean,
  most: number,
  through: (name: string) => boolean = () => true,
): { root: string; parts: string[] } | null {
  let dir = dirname(file);
  for (let up = 0; ; up++) {
    if (isDownload(dir)) return { root: dir, parts: relative(dir, file).split(sep) };
    if (up >= most || !through(basename(dir))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
