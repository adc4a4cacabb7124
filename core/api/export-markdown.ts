import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { EngramDb } from "../db/connection.js";
import { entityAliases, iterateEntities, readableMemoriesOfEntity } from "../db/repos/entities.js";
import { countActiveOfType, iterateActiveOfType } from "../db/repos/memory-list.js";
import type { MemoryRow } from "../db/types.js";
import { ZipWriter } from "../util/zip.js";

/** Memory types in the order of the export's files; vault items stay in the encrypted vault. */
const TYPES = ["core", "episodic", "semantic", "procedural", "resource"] as const;
const TITLES: Record<(typeof TYPES)[number], string> = {
  core: "Core: about you and about Engram",
  episodic: "Episodes",
  semantic: "Facts",
  procedural: "How-tos",
  resource: "Resources",
};

const day = (ms: number | null): string => (ms == null ? "" : new Date(ms).toISOString().slice(0, 10));

/** A file name for `name`: lowercase letters, digits and dashes, unique with the id. */
function slug(name: string, id: number): string {
  const s = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${s || "entity"}-${id}`;
}

/** One memory as a Markdown section: title, text, when, validity and where it came from. */
function section(m: MemoryRow & { src: string | null }): string {
  const lines = [`## ${m.title.replace(/\n/g, " ")}`, "", m.content, ""];
  if (m.occurred_at != null) lines.push(`- When: ${day(m.occurred_at)}`);
  if (m.valid_to != null) lines.push(`- True from ${day(m.valid_from)} until ${day(m.valid_to)}`);
  if (m.src) lines.push(`- From: ${m.src}`);
  if (m.pinned) lines.push("- Pinned");
  lines.push(`- Engram memory #${m.id}`, "", "");
  return lines.join("\n");
}

/**
 * Writes the memories as Markdown people can read and take elsewhere, in one ZIP (streamed: rows
 * are read one at a time): `README.md`, `memories/<type>.md` (current memories, then those no
 * longer true) and `people-and-things/<name>.md` per entity (its facts and episodes). Vault items
 * are left out (they stay encrypted; the portable export keeps them).
 * @returns the file size and how many memories and entity pages were written.
 */
export async function exportMarkdown(db: EngramDb, path: string, now: number): Promise<{ bytes: number; counts: Record<string, number> }> {
  mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
  const zip = new ZipWriter(path, new Date(now));
  const counts: Record<string, number> = {};
  for (const type of TYPES) {
    const n = countActiveOfType(db, type);
    if (n === 0) continue;
    counts[type] = n;
    await zip.begin(`memories/${type}.md`);
    await zip.add(`# ${TITLES[type]}\n\n${n} memories, exported from Engram on ${day(now)}.\n\n`);
    for (const m of iterateActiveOfType(db, type)) await zip.add(section(m));
  }
  const index: string[] = [];
  for (const e of iterateEntities(db)) {
    const mems = readableMemoriesOfEntity(db, e.id);
    if (mems.length === 0) continue;
    const file = `people-and-things/${slug(e.name, e.id)}.md`;
    index.push(`- [${e.name}](${file}) (${e.kind}, ${mems.length})`);
    const other = entityAliases(db, e.id).filter((a) => a !== e.name.toLowerCase());
    const line = (m: MemoryRow) =>
      `- ${m.type === "episodic" ? m.title : m.content.replace(/\n/g, " ")}${m.occurred_at != null ? ` (${day(m.occurred_at)})` : ""}${m.valid_to != null ? ` — no longer true since ${day(m.valid_to)}` : ""}`;
    const facts = mems.filter((m) => m.type !== "episodic").map(line);
    const episodes = mems.filter((m) => m.type === "episodic").map(line);
    await zip.begin(file);
    await zip.add(
      [
        `# ${e.name}`,
        "",
        `A ${e.kind} in your memories.${other.length ? ` Also called: ${other.join(", ")}.` : ""}`,
        "",
        ...(facts.length ? ["## What Engram knows", "", ...facts, ""] : []),
        ...(episodes.length ? ["## Episodes", "", ...episodes, ""] : []),
      ].join("\n"),
    );
  }
  counts.entities = index.length;
  await zip.begin("README.md");
  await zip.add(
    [
      `# Your memories, exported from Engram on ${day(now)}`,
      "",
      "## By type",
      "",
      ...TYPES.filter((t) => counts[t]).map((t) => `- [${TITLES[t]}](memories/${t}.md): ${counts[t]}`),
      "",
      "Vault items are not in this export: they stay encrypted (the portable .jsonl.gz export keeps them).",
      "",
      ...(index.length ? ["## People and things", "", ...index, ""] : []),
    ].join("\n"),
  );
  return { bytes: await zip.close(), counts };
}
