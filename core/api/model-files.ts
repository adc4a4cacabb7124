import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync, type Dirent } from "node:fs";
import { homedir } from "node:os";
import { join, relative, resolve, sep } from "node:path";

/**
 * The browser mode's model picker: a page may not name a path on this computer (DESIGN.md), so the
 * server looks for model files itself, in the places people keep them — the models folder, the
 * home folder, ~/Downloads, ~/Models — and the page picks one of them by an opaque `choice`.
 * The walk is bounded (depth, folders read, results) so a large home folder costs little.
 */

/** A model file or folder found on this computer. */
export interface FoundModel {
  path: string;
  name: string;
  folder: string;
  sizeBytes: number;
  modifiedAt: number;
}

/** How deep below each searched folder the walk goes (0 = the folder itself). */
const MAX_DEPTH = 2;
/** Folders read at most per search, and results kept. */
const MAX_FOLDERS = 2000;
const MAX_RESULTS = 200;
/** Folder names never entered: hidden ones (starting with "."), dependencies and OS libraries. */
const SKIP = new Set(["node_modules", "Library", "AppData", "snap", "proc"]);

/** The folders searched, in order: the models folder, then the home folder and its usual model places. */
export function modelSearchFolders(modelsDir: string, home = homedir()): string[] {
  const all = [modelsDir, join(home, "Downloads"), join(home, "Models"), join(home, "models"), home].map((d) => resolve(d));
  return [...new Set(all)].filter((d) => existsSync(d));
}

/** `dir` for display: under the home folder as `~/…`. */
export function displayFolder(dir: string, home = homedir()): string {
  const rel = relative(home, dir);
  return rel === "" ? "~" : rel.startsWith("..") || rel.startsWith(sep) ? dir : `~/${rel}`;
}

/** The opaque choice naming a found path (hex, 32 characters). */
export function choiceOf(path: string): string {
  return createHash("sha256").update(path).digest("hex").slice(0, 32);
}

function isEmbeddingFolder(dir: string, entries: Dirent[]): boolean {
  if (!entries.some((e) => e.isFile() && e.name === "config.json") || !entries.some((e) => e.isDirectory() && e.name === "onnx")) return false;
  try {
    return readdirSync(join(dir, "onnx")).some((f) => f.endsWith(".onnx"));
  } catch {
    return false;
  }
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n += statSync(join(e.parentPath, e.name)).size;
  return n;
}

/**
 * Finds GGUF files (`chat`) or ONNX model folders (`config.json` + `onnx/*.onnx`, `embedding`)
 * under `folders`, at most MAX_DEPTH levels down, skipping hidden folders and `skip` paths (the
 * models already installed). Unreadable folders are passed over. Newest first, at most MAX_RESULTS.
 */
export function findModelFiles(role: "chat" | "embedding", folders: string[], skip: Set<string> = new Set(), home = homedir()): FoundModel[] {
  const found = new Map<string, FoundModel>();
  const queue = folders.map((dir) => ({ dir, depth: 0 }));
  let read = 0;
  while (queue.length && read < MAX_FOLDERS && found.size < MAX_RESULTS) {
    const { dir, depth } = queue.shift()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    read++;
    if (role === "embedding" && depth > 0 && isEmbeddingFolder(dir, entries)) {
      if (!skip.has(dir))
        found.set(dir, {
          path: dir,
          name: dir.split(sep).pop()!,
          folder: displayFolder(join(dir, ".."), home),
          sizeBytes: folderBytes(dir),
          modifiedAt: Math.floor(statSync(dir).mtimeMs),
        });
      continue;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory() && depth < MAX_DEPTH && !e.name.startsWith(".") && !SKIP.has(e.name)) queue.push({ dir: path, depth: depth + 1 });
      else if (role === "chat" && e.isFile() && e.name.toLowerCase().endsWith(".gguf") && !skip.has(path) && !found.has(path)) {
        const st = statSync(path);
        found.set(path, { path, name: e.name, folder: displayFolder(dir, home), sizeBytes: st.size, modifiedAt: Math.floor(st.mtimeMs) });
      }
    }
  }
  return [...found.values()].sort((a, b) => b.modifiedAt - a.modifiedAt).slice(0, MAX_RESULTS);
}
