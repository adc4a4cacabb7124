import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "better-sqlite3";

/** Folder holding the numbered migrations `NNN_name.sql`. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/** One migration file: its number (the schema version it produces) and SQL text. */
export interface Migration {
  version: number;
  /** file name, e.g. `001_init.sql` */
  file: string;
  sql: string;
}

/**
 * Lists the migrations in `dir`, sorted by number.
 * @throws Error naming the file when a name does not match `NNN_name.sql` or a number repeats.
 */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const seen = new Map<number, string>();
  const list: Migration[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    const m = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m) throw new Error(`migration ${join(dir, file)}: name must look like 001_name.sql`);
    const version = Number(m[1]);
    if (seen.has(version)) throw new Error(`migration ${file}: number ${version} already used by ${seen.get(version)}`);
    seen.set(version, file);
    list.push({ version, file, sql: readFileSync(join(dir, file), "utf8") });
  }
  return list;
}

/**
 * Applies every migration newer than `PRAGMA user_version`, each in its own
 * transaction that also bumps `user_version`, so a crash leaves the database
 * at the last complete version.
 * @returns the schema version after migrating.
 * @throws Error naming the migration when its SQL fails (that migration is rolled back).
 */
export function migrate(db: Database, migrations: Migration[] = loadMigrations()): number {
  let current = db.pragma("user_version", { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    const apply = db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      apply();
    } catch (err) {
      throw new Error(`migration ${m.file} failed: ${(err as Error).message}`);
    }
    current = m.version;
  }
  return current;
}
