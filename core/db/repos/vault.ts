import type { EngramDb } from "../connection.js";

// Rows of the encrypted vault (tables `vault_items`, `vault_keys`; core/vault encrypts and
// decrypts). Nothing here sees a plaintext value or an unwrapped key. Times epoch ms.

/** One stored item without its value (listing never decrypts). Times epoch ms. */
export interface VaultItemInfo {
  id: number;
  kind: string;
  label: string | null;
  sourceId: number | null;
  createdAt: number;
}

/** A wrapped data key as stored for one key source (`kind`: passphrase, keychain, ...). */
export interface VaultKeyRow {
  kind: string;
  salt: Buffer;
  /** the key source's derivation parameters, JSON text */
  params: string;
  wrapped_key: Buffer;
}

/**
 * Stores one encrypted item. Call inside the caller's transaction when it must land with other rows.
 * @returns the new item id.
 */
export function insertVaultItem(db: EngramDb, item: { kind: string; label: string | null; ciphertext: Buffer; sourceId: number | null }): number {
  const res = db
    .prepare("INSERT INTO vault_items(kind, label, ciphertext, source_id, created_at) VALUES (?, ?, ?, ?, ?)")
    .run(item.kind, item.label, item.ciphertext, item.sourceId, Date.now());
  return Number(res.lastInsertRowid);
}

/** The kind and ciphertext of item `id`, or undefined when there is no such item. */
export function getVaultCiphertext(db: EngramDb, id: number): { kind: string; ciphertext: Buffer } | undefined {
  return db.prepare("SELECT kind, ciphertext FROM vault_items WHERE id = ?").get(id) as { kind: string; ciphertext: Buffer } | undefined;
}

/** Lists items (newest first, at most `limit`, default 1000), optionally of one source, without their ciphertext. */
export function listVaultItems(db: EngramDb, opts: { sourceId?: number; limit?: number } = {}): VaultItemInfo[] {
  return db
    .prepare(
      `SELECT id, kind, label, source_id AS sourceId, created_at AS createdAt FROM vault_items
       WHERE (? IS NULL OR source_id = ?) ORDER BY id DESC LIMIT ?`,
    )
    .all(opts.sourceId ?? null, opts.sourceId ?? null, opts.limit ?? 1000) as VaultItemInfo[];
}

/** How many items the vault holds. */
export function countVaultItems(db: EngramDb): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM vault_items").get() as { n: number }).n;
}

/**
 * Deletes item `id` (inside the caller's transaction).
 * @returns the deleted row with every column (ciphertext only), to put back with insertRow for an undo; null when there was none.
 */
export function takeVaultItem(db: EngramDb, id: number): Record<string, unknown> | null {
  const row = db.prepare("SELECT * FROM vault_items WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  if (row) db.prepare("DELETE FROM vault_items WHERE id = ?").run(id);
  return row ?? null;
}

/** Stores the data key wrapped for one key source, replacing that kind's previous row. `params` is JSON-encoded. */
export function writeVaultKey(db: EngramDb, key: { kind: string; salt: Buffer; params: Record<string, number>; wrappedKey: Buffer }): void {
  db.prepare(
    `INSERT INTO vault_keys(kind, salt, params, wrapped_key, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(kind) DO UPDATE SET salt = excluded.salt, params = excluded.params, wrapped_key = excluded.wrapped_key, created_at = excluded.created_at`,
  ).run(key.kind, key.salt, JSON.stringify(key.params), key.wrappedKey, Date.now());
}

/** The wrapped key of key source `kind`, or undefined. */
export function getVaultKey(db: EngramDb, kind: string): VaultKeyRow | undefined {
  return db.prepare("SELECT kind, salt, params, wrapped_key FROM vault_keys WHERE kind = ?").get(kind) as VaultKeyRow | undefined;
}

/** Whether a vault was ever created in this database (some key source is registered). */
export function vaultExists(db: EngramDb): boolean {
  return db.prepare("SELECT 1 FROM vault_keys LIMIT 1").get() !== undefined;
}

/** The key source kinds that can unlock the vault, sorted (e.g. `["keychain", "passphrase"]`). */
export function vaultKeyKinds(db: EngramDb): string[] {
  return (db.prepare("SELECT kind FROM vault_keys ORDER BY kind").all() as Array<{ kind: string }>).map((r) => r.kind);
}

/** Deletes every wrapped key (the vault can no longer be opened). @returns rows deleted. */
export function deleteVaultKeys(db: EngramDb): number {
  return db.prepare("DELETE FROM vault_keys").run().changes;
}
