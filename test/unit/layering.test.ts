import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The folder-level import graph of DESIGN's layout: transports → api → engine parts → models and
// db → time and util, with no cycle between folders and no arrow back up.

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Layer of each folder: an import may only point to a higher number (engine parts and
 * transports may also import each other, without cycles). */
const RANK: Record<string, number> = {
  "core/transports/cli": 0,
  "core/transports/http": 0,
  "core/transports/mcp": 0,
  electron: 0,
  renderer: 0,
  "core/api": 1,
  "core/assistant": 2,
  "core/capture": 2,
  "core/ingest": 2,
  "core/memory": 2,
  "core/retrieval": 2,
  "core/vault": 2,
  models: 3,
  "core/db": 4,
  "core/config": 5,
  "core/time": 5,
  "core/util": 5,
};
const PEERS = new Set([0, 2]);

/** Transport files that still reach engine parts, db or models directly instead of through
 * EngramApi. Empty: every CLI command is an adapter over the API; keep it so. */
const BYPASS = new Set<string>([]);

/** What the desktop app's files (electron/, capture scheduler included) may import from core: the
 * API and the leaf helpers, plus the HTTP transport's static-file lookup and CSP, which the
 * app:// protocol shares with `engram serve` (a peer transport, no engine). The engine process
 * reaches everything else through EngramApi. */
const ELECTRON_MAY_IMPORT = ["core/api", "core/config", "core/util", "core/time"];
const ELECTRON_SHARED_WITH_HTTP = new Set(["core/transports/http/static.js", "core/transports/http/csp.js"]);

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

function imports(): Import[] {
  const out: Import[] = [];
  for (const file of ["core", "models", "electron", "renderer"].flatMap(sourceFiles)) {
    if (file.includes("node_modules")) continue;
    const text = readFileSync(join(root, file), "utf8");
    for (const m of text.matchAll(/(import\s+type\s[^;]*?from\s*|export\s+type\s[^;]*?from\s*|from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      out.push({ from: file, to: normalize(join(dirname(file), m[2]!)), typeOnly: /^(import|export)\s+type/.test(m[1]!) });
    }
  }
  return out;
}

function folderOf(file: string): string | null {
  const parts = file.split("/");
  if (parts[0] !== "core") return ["models", "electron", "renderer"].includes(parts[0]!) ? parts[0]! : null;
  return parts.slice(0, parts[1] === "transports" ? 3 : 2).join("/");
}

const all = imports();
const edges = all
  .map((i) => ({ ...i, a: folderOf(i.from), b: folderOf(i.to) }))
  .filter((e): e is Import & { a: string; b: string } => !!e.a && !!e.b && e.a !== e.b);

/** The folders of core/ingest (core/ingest/README.md, "Layout"): which may import which. The entry
 * points (parse, detect, import, store) import them all; kit imports none. */
const INGEST_MAY_IMPORT: Record<string, string[]> = {
  "core/ingest/kit": [],
  "core/ingest/notes": ["kit"],
  "core/ingest/chats": ["kit", "notes"],
  "core/ingest/social": ["kit", "notes", "chats"],
  "core/ingest/web": ["kit", "notes"],
  "core/ingest/media": ["kit", "notes", "web"],
  "core/ingest/reading": ["kit", "notes", "media"],
  "core/ingest/health": ["kit", "notes"],
  "core/ingest/money": ["kit", "notes"],
  "core/ingest/places": ["kit", "notes"],
};

/** A core/ingest file's folder: "core/ingest" for an entry point, else "core/ingest/<family>"; null outside core/ingest. */
function ingestFolderOf(file: string): string | null {
  const parts = file.split("/");
  if (parts[0] !== "core" || parts[1] !== "ingest") return null;
  return parts.length > 3 ? parts.slice(0, 3).join("/") : "core/ingest";
}

describe("layering (DESIGN: dependencies point one way)", () => {
  it("knows every folder's layer", () => {
    expect([...new Set(edges.flatMap((e) => [e.a, e.b]))].filter((f) => RANK[f] === undefined)).toEqual([]);
  });

  it("has no import pointing back up a layer", () => {
    const up = edges.filter((e) => RANK[e.b]! < RANK[e.a]! || (RANK[e.b] === RANK[e.a] && !PEERS.has(RANK[e.a]!)));
    expect(up.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("has no cycle between folders", () => {
    const next = new Map<string, Set<string>>();
    for (const e of edges) next.set(e.a, (next.get(e.a) ?? new Set()).add(e.b));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") return void cycles.push([...path.slice(path.indexOf(f)), f].join(" → "));
      state.set(f, "open");
      for (const g of next.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, "done");
    };
    for (const f of next.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("keeps core/ingest's family folders to the layout's arrows (no reader imports an entry point or a family it may not)", () => {
    const inIngest = all
      .map((i) => ({ ...i, a: ingestFolderOf(i.from), b: ingestFolderOf(i.to) }))
      .filter((e): e is Import & { a: string; b: string } => !!e.a && !!e.b && e.a !== e.b && e.a !== "core/ingest");
    expect(Object.keys(INGEST_MAY_IMPORT).sort()).toEqual(
      [
        ...new Set(
          readdirSync(join(root, "core/ingest"), { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => `core/ingest/${d.name}`),
        ),
      ].sort(),
    );
    const bad = inIngest.filter((e) => !(INGEST_MAY_IMPORT[e.a] ?? []).map((f) => `core/ingest/${f}`).includes(e.b));
    expect(bad.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("keeps the renderer to the API's types, imported type-only", () => {
    const bad = edges.filter((e) => e.a === "renderer" && (e.to !== "core/api/types.js" || !e.typeOnly));
    expect(bad.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("keeps electron/ to EngramApi and the leaf helpers (no engine part, db or models, not even types)", () => {
    const bad = edges.filter((e) => e.a === "electron" && !ELECTRON_MAY_IMPORT.includes(e.b) && !ELECTRON_SHARED_WITH_HTTP.has(e.to));
    expect(bad.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("lets transports reach the engine only through EngramApi, but for the listed commands", () => {
    const engine = (f: string) => RANK[f]! >= 2 && RANK[f]! <= 4;
    const bypassing = new Set(edges.filter((e) => RANK[e.a] === 0 && e.a.startsWith("core/transports") && engine(e.b) && !e.typeOnly).map((e) => e.from));
    expect([...bypassing].filter((f) => !BYPASS.has(f)).sort()).toEqual([]);
    expect([...BYPASS].filter((f) => !bypassing.has(f)).sort()).toEqual([]);
  });
});
