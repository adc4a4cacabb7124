import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { VAULT_KEY_BYTES as KEY_BYTES } from "../core/api/capture-vault.js";

/**
 * The desktop app's vault key (core/vault/README.md, key source `keychain`): 32 random bytes
 * made once and kept in a file encrypted by Electron `safeStorage` (the OS keychain: Keychain on
 * macOS, DPAPI on Windows, libsecret/KWallet on Linux). The main process reads it and hands the
 * raw bytes to the engine, which unlocks the vault with `rawKeySource(key)`.
 */

/** File name of the encrypted key in the user-data folder. */
export const VAULT_KEY_FILE = "vault-key.bin";

/** The part of Electron's `safeStorage` used here (injected, so tests need no Electron binary). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: `basic_text` means a hard-coded password, i.e. no real protection. */
  getSelectedStorageBackend?(): string;
}

/** The key, or null with the reason it is unavailable (then redacted values are dropped). */
export type VaultKeyResult = { key: Buffer; created: boolean; reason: null } | { key: null; created: false; reason: string };

/**
 * Reads the vault key from `file`, or makes and writes one (mode 0600, written to a temporary file
 * then renamed, so a crash never leaves half a key) when the file does not exist. Never
 * overwrites an existing file: a key the keychain can no longer decrypt would otherwise replace
 * the one the vault's items are encrypted under.
 * @param file path of the encrypted key, e.g. `<userData>/vault-key.bin`
 * @returns `{ key }` (32 bytes), or `{ key: null, reason }` when the keychain is unavailable, is
 *   Linux's plain-text fallback, or cannot decrypt the file, or the file holds no 32-byte key.
 */
export function loadVaultKey(file: string, safeStorage: SafeStorageLike): VaultKeyResult {
  const none = (reason: string): VaultKeyResult => ({ key: null, created: false, reason: `${reason}; redacted screen text is dropped, not kept in the vault` });
  if (!safeStorage.isEncryptionAvailable()) return none("the OS keychain is not available to Engram (Electron safeStorage)");
  if (safeStorage.getSelectedStorageBackend?.() === "basic_text") return none("no OS keychain was found (Electron safeStorage would use a plain-text key)");
  if (existsSync(file)) {
    let text: string;
    try {
      text = safeStorage.decryptString(readFileSync(file));
    } catch (err) {
      return none(`${file}: the OS keychain cannot decrypt the vault key (${(err as Error).message})`);
    }
    const key = Buffer.from(text, "base64");
    if (key.length !== KEY_BYTES || key.toString("base64") !== text.trim()) return none(`${file}: not a ${KEY_BYTES}-byte vault key`);
    return { key, created: false, reason: null };
  }
  const key = randomBytes(KEY_BYTES);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, safeStorage.encryptString(key.toString("base64")), { mode: 0o600 });
  renameSync(tmp, file);
  return { key, created: true, reason: null };
}
