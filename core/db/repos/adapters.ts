import type { EngramDb } from "../connection.js";

// LoRA adapters (table `adapters`, migration 003): at most one per (base model, memory
// operation); models/adapters/registry.ts checks and copies the files and turns rows into records.

/** A row of `adapters`: `scale` multiplies alpha / rank, `created_at` epoch ms. */
export interface AdapterRow {
  id: number;
  /** `models.id` of the base model */
  base_model: string;
  /** the memory operation (extract, update, answer, ...) */
  op: string;
  path: string;
  scale: number;
  sha256: string;
  origin: "import" | "catalog";
  rank: number | null;
  alpha: number | null;
  created_at: number;
}

/** Registered adapters: of one base model by operation, or all by base model then operation. */
export function listAdapterRows(db: EngramDb, baseModel?: string): AdapterRow[] {
  return (
    baseModel
      ? db.prepare("SELECT * FROM adapters WHERE base_model = ? ORDER BY op").all(baseModel)
      : db.prepare("SELECT * FROM adapters ORDER BY base_model, op").all()
  ) as AdapterRow[];
}

/** The adapter of operation `op` on `baseModel`, or undefined. */
export function adapterRowFor(db: EngramDb, baseModel: string, op: string): AdapterRow | undefined {
  return db.prepare("SELECT * FROM adapters WHERE base_model = ? AND op = ?").get(baseModel, op) as AdapterRow | undefined;
}

/**
 * Registers an imported adapter in place of the one of the same (base model, operation), in one transaction.
 * @returns the new row.
 */
export function replaceAdapter(db: EngramDb, a: Omit<AdapterRow, "id" | "origin">): AdapterRow {
  return db.transaction(() => {
    db.prepare("DELETE FROM adapters WHERE base_model = ? AND op = ?").run(a.base_model, a.op);
    const info = db
      .prepare(
        `INSERT INTO adapters (base_model, op, path, scale, sha256, origin, rank, alpha, created_at)
         VALUES (?, ?, ?, ?, ?, 'import', ?, ?, ?)`,
      )
      .run(a.base_model, a.op, a.path, a.scale, a.sha256, a.rank, a.alpha, a.created_at);
    return db.prepare("SELECT * FROM adapters WHERE id = ?").get(info.lastInsertRowid) as AdapterRow;
  })();
}

/** Deletes adapter `id`'s row (nothing when there is none). */
export function deleteAdapter(db: EngramDb, id: number): void {
  db.prepare("DELETE FROM adapters WHERE id = ?").run(id);
}
