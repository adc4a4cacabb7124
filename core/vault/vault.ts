import { randomBytes } from "node:crypto";
import type { EngramDb } from "../db/connection.js";
import { getVaultCiphertext, getVaultKey, insertVaultItem, vaultExists, vaultKeyKinds, writeVaultKey } from "../db/repos/vault.js";
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

// the vault's rows (core/db/repos/vault.ts): listing and key checks never decrypt
export { listVaultItems, vaultExists, vaultKeyKinds, type VaultItemInfo } from "../db/repos/vault.js";

/** A new value to encrypt: `kind` (e.g. `card`, `api_key`), an optional label that is NOT secret, its source. */
export interface NewVaultItem {
  kind: string;
  value: string;
  label?: string | null;
  sourceId?: number | null;
}

const WRAP_AAD = "engram-vault-key:v1";
const itemAad = (kind: string) => `engram-vault-item:v1:${kind}`;

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
    return insertVaultItem(this.db, { kind: item.kind, label: item.label ?? null, ciphertext: ct, sourceId: item.sourceId ?? null });
  }

  /**
   * Decrypts item `id`.
   * @returns the value, or undefined when no such item exists.
   * @throws Error when the stored bytes were altered (authentication fails).
   */
  get(id: number): string | undefined {
    const row = getVaultCiphertext(this.db, id);
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
    writeVaultKey(this.db, { kind: source.kind, salt, params: source.params, wrappedKey: seal(kek, this.dataKey, WRAP_AAD) });
  }
}

/**
 * Unlocks the vault with `source`. When the database has no vault yet, creates one: a random
 * 32-byte data key, wrapped for `source`.
 * @throws VaultKeyError `wrong_key` when the source's key does not unwrap the data key (wrong
 *   passphrase); `no_key_for_source` when the vault exists but was never wrapped for this kind
 *   (unlock with a registered source, then {@link Vault.addKeySource}).
 */
export async function openVault(db: EngramDb, source: VaultKeySource): Promise<Vault> {
  const row = getVaultKey(db, source.kind);
  if (!row) {
    if (vaultExists(db)) {
      throw new VaultKeyError("no_key_for_source", `vault: no ${source.kind} key is registered (it can be unlocked with: ${vaultKeyKinds(db).join(", ")})`);
    }
    const dataKey = randomBytes(KEY_BYTES);
    const salt = randomBytes(16);
    const kek = await source.deriveKey(salt, source.params);
    db.transaction(() => {
      if (vaultExists(db)) throw new VaultKeyError("no_key_for_source", "vault: created concurrently by another process; open it again");
      writeVaultKey(db, { kind: source.kind, salt, params: source.params, wrappedKey: seal(kek, dataKey, WRAP_AAD) });
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
