import { randomBytes } from "node:crypto";
import type { EngramDb } from "../db/connection.js";
import { KEY_BYTES, open, seal, type VaultKeySource } from "./keys.js";

/**
 * The encrypted vault (tables `vault_keys`, `vault_items`; see README.md in this folder).
 * Values are encrypted with AES-256-GCM under one random data key; the data key is stored only
 * wrapped by key sources (passphrase via scrypt, OS keychain). Without an unlocked {@link Vault}
 * the values are unreadable; nothing else in Engram needs the key.
 */

/** Why a vault could not be opened. `code` lets callers choose between asking again and giving up. */
export class VaultKeyError extends Error {
  constructor(
    readonly code: "wrong_key" | "no_key_for_source",
    message: string,
  ) {
    super(message);
    this.name = "VaultKeyError";
  }
}

/** One stored item without its value (listing never decrypts). Times epoch ms. */
export interface VaultItemInfo {
  id: number;
  kind: string;
  label: string | null;
  sourceId: number | null;
  createdAt: number;
}

/** A new value to encrypt: `kind` (e.g. `card`, `api_key`), an optional label that is NOT secret, its source. */
export interface NewVaultItem {
  kind: string;
  value: string;
  label?: string | null;
  sourceId?: number | null;
}

const WRAP_AAD = "engram-vault-key:v1";
const itemAad = (kind: string) => `engram-vault-item:v1:${kind}`;

interface KeyRow {
  kind: string;
  salt: Buffer;
  params: string;
  wrapped_key: Buffer;
}

/** An unlocked vault: encrypts and decrypts items with the data key it holds in memory. */
export class Vault {
  /** @internal use {@link openVault}. */
  constructor(
    private readonly db: EngramDb,
    private readonly dataKey: Buffer,
  ) {}

  /**
   * Encrypts and stores one value. Call inside the caller's transaction when it must land with other rows.
   * @returns the new item id.
   */
  put(item: NewVaultItem): number {
    const ct = seal(this.dataKey, Buffer.from(item.value, "utf8"), itemAad(item.kind));
    const res = this.db
      .prepare("INSERT INTO vault_items(kind, label, ciphertext, source_id, created_at) VALUES (?, ?, ?, ?, ?)")
      .run(item.kind, item.label ?? null, ct, item.sourceId ?? null, Date.now());
    return Number(res.lastInsertRowid);
  }

  /**
   * Decrypts item `id`.
   * @returns the value, or undefined when no such item exists.
   * @throws Error when the stored bytes were altered (authentication fails).
   */
  get(id: number): string | undefined {
    const row = this.db.prepare("SELECT kind, ciphertext FROM vault_items WHERE id = ?").get(id) as { kind: string; ciphertext: Buffer } | undefined;
    return row ? open(this.dataKey, row.ciphertext, itemAad(row.kind)).toString("utf8") : undefined;
  }

  /**
   * Adds another key source (e.g. the keychain after the vault was created with a passphrase, or
   * a new passphrase replacing the old one): wraps the same data key for it, replacing any
   * existing wrapped key of that kind.
   */
  async addKeySource(source: VaultKeySource): Promise<void> {
    const salt = randomBytes(16);
    const kek = await source.deriveKey(salt, source.params);
    writeKeyRow(this.db, source, salt, seal(kek, this.dataKey, WRAP_AAD));
  }
}

function writeKeyRow(db: EngramDb, source: VaultKeySource, salt: Buffer, wrapped: Buffer): void {
  db.prepare(
    `INSERT INTO vault_keys(kind, salt, params, wrapped_key, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(kind) DO UPDATE SET salt = excluded.salt, params = excluded.params, wrapped_key = excluded.wrapped_key, created_at = excluded.created_at`,
  ).run(source.kind, salt, JSON.stringify(source.params), wrapped, Date.now());
}

/** Whether a vault was ever created in this database (some key source is registered). */
export function vaultExists(db: EngramDb): boolean {
  return db.prepare("SELECT 1 FROM vault_keys LIMIT 1").get() !== undefined;
}

/** The key source kinds that can unlock the vault (e.g. `["keychain", "passphrase"]`). */
export function vaultKeyKinds(db: EngramDb): string[] {
  return (db.prepare("SELECT kind FROM vault_keys ORDER BY kind").all() as Array<{ kind: string }>).map((r) => r.kind);
}

/**
 * Unlocks the vault with `source`. When the database has no vault yet, creates one: a random
 * 32-byte data key, wrapped for `source`.
 * @throws VaultKeyError `wrong_key` when the source's key does not unwrap the data key (wrong
 *   passphrase); `no_key_for_source` when the vault exists but was never wrapped for this kind
 *   (unlock with a registered source, then {@link Vault.addKeySource}).
 */
export async function openVault(db: EngramDb, source: VaultKeySource): Promise<Vault> {
  const row = db.prepare("SELECT kind, salt, params, wrapped_key FROM vault_keys WHERE kind = ?").get(source.kind) as KeyRow | undefined;
  if (!row) {
    if (vaultExists(db)) {
      throw new VaultKeyError("no_key_for_source", `vault: no ${source.kind} key is registered (it can be unlocked with: ${vaultKeyKinds(db).join(", ")})`);
    }
    const dataKey = randomBytes(KEY_BYTES);
    const salt = randomBytes(16);
    const kek = await source.deriveKey(salt, source.params);
    db.transaction(() => {
      if (vaultExists(db)) throw new VaultKeyError("no_key_for_source", "vault: created concurrently by another process; open it again");
      writeKeyRow(db, source, salt, seal(kek, dataKey, WRAP_AAD));
    })();
    return new Vault(db, dataKey);
  }
  const kek = await source.deriveKey(row.salt, JSON.parse(row.params) as Record<string, number>);
  try {
    return new Vault(db, open(kek, row.wrapped_key, WRAP_AAD));
  } catch {
    throw new VaultKeyError("wrong_key", `vault: the ${source.kind} key is wrong`);
  }
}

/** Lists items (newest first), optionally of one source, without decrypting anything. */
export function listVaultItems(db: EngramDb, opts: { sourceId?: number; limit?: number } = {}): VaultItemInfo[] {
  const rows = db
    .prepare(
      `SELECT id, kind, label, source_id AS sourceId, created_at AS createdAt FROM vault_items
       WHERE (? IS NULL OR source_id = ?) ORDER BY id DESC LIMIT ?`,
    )
    .all(opts.sourceId ?? null, opts.sourceId ?? null, opts.limit ?? 1000) as VaultItemInfo[];
  return rows;
}
