import type { EngramDb } from "../db/connection.js";
import { engineMemoriesAfter, updateMemory } from "../db/repos/memories.js";
import { sourcesOfMemory } from "../db/repos/provenance.js";
import { getSetting, setSetting } from "../db/repos/settings.js";
import { rewriteVersions } from "../db/repos/versions.js";
import type { Turn } from "./episodes.js";
import { hiddenIn, hideIn, secretsOfTurns } from "./secrets.js";

/** The setting that records which rules of secrets.ts the stored memories were swept with. */
const SWEPT = "memory.secrets_swept";
/** The rules' version: raised when secrets.ts finds what it did not, so stored memories are swept again. */
const RULES = 1;
/** Memories read per page (and per transaction). */
const PAGE = 500;

/**
 * Hides credentials in the memories stored before secrets.ts hid them as they are made (an upgrade
 * from Engram 0.1): each memory an engine wrote and may change is read with its source messages; one
 * that holds a credential they or it say is rewritten with `[hidden …]` (an UPDATE version, reason
 * "credential hidden"), and its history's snapshots are rewritten too, so no version keeps the value.
 * Runs once per version of the rules (setting `memory.secrets_swept`), page by page (bounded memory),
 * one transaction per page; the memory engine calls it before it processes.
 * @returns the number of memories changed
 */
export function hideStoredSecrets(db: EngramDb, opts: { now?: number } = {}): number {
  if (getSetting<number>(db, SWEPT) === RULES) return 0;
  let changed = 0;
  for (let after = 0; ; ) {
    const page = engineMemoriesAfter(db, after, PAGE);
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    db.transaction(() => {
      for (const m of page) {
        const turns: Turn[] = sourcesOfMemory(db, m.id).map((source) => ({ source, sentences: [], vector: null }));
        const hidden = hiddenIn(
          { title: m.title, content: m.content, details: JSON.parse(m.details) as Record<string, unknown> },
          [...secretsOfTurns(turns).values()].flat(),
        );
        if (!hidden) continue;
        updateMemory(
          db,
          m.id,
          { title: hidden.title, content: hidden.content, details: hidden.details },
          { op: "UPDATE", actor: m.engine, reason: "credential hidden", now: opts.now },
        );
        rewriteVersions(db, m.id, (json) => hideIn(json, hidden.present));
        changed++;
      }
    })();
  }
  setSetting(db, SWEPT, RULES);
  return changed;
}
