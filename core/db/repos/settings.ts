import type { EngramDb } from "../connection.js";

/** Reads setting `key` (JSON-decoded), or undefined when unset. */
export function getSetting<T>(db: EngramDb, key: string): T | undefined {
  const row = db.prepare("SELECT value FROM settings WHERE key = ?").get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

/** Writes setting `key` as JSON (insert or replace). */
export function setSetting(db: EngramDb, key: string, value: unknown): void {
  db.prepare(
    "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
  ).run(key, JSON.stringify(value), Date.now());
}

/** The setting that holds the user's name (a string). */
const USER_NAME = "user.name";

/** The user's name as an import's `--me` (or the Import dialog's "Which of these people are you?") gave it, or null when none has. */
export function getUserName(db: EngramDb): string | null {
  return getSetting<string>(db, USER_NAME) ?? null;
}

/** Keeps `name` as the user's name ({@link getUserName}). */
export function setUserName(db: EngramDb, name: string): void {
  setSetting(db, USER_NAME, name);
}

/** All settings as an object of JSON-decoded values. */
export function allSettings(db: EngramDb): Record<string, unknown> {
  const rows = db.prepare("SELECT key, value FROM settings ORDER BY key").all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
}

/** Removes setting `key` (nothing when unset). */
export function deleteSetting(db: EngramDb, key: string): void {
  db.prepare("DELETE FROM settings WHERE key = ?").run(key);
}

/** Removes every setting but the index's own bookkeeping (`embedder`). @returns rows deleted. */
export function deleteUserSettings(db: EngramDb): number {
  return db.prepare("DELETE FROM settings WHERE key <> 'embedder'").run().changes;
}
