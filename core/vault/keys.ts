import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";

/** Length of every AES-256 key in bytes. */
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Where the vault's key-encryption key comes from. The vault keeps one random data key and stores
 * it wrapped once per key source (envelope encryption), so a passphrase (CLI, browser mode) and
 * the OS keychain (the desktop app, through Electron safeStorage) can both unlock the same vault.
 */
export interface VaultKeySource {
  /** Identifies the source; one wrapped key per kind is stored (`passphrase`, `keychain`, ...). */
  readonly kind: string;
  /** KDF parameters recorded with the wrapped key (JSON-serialisable), e.g. scrypt N, r, p. */
  readonly params: Record<string, number>;
  /**
   * Returns the 32-byte key-encryption key. `salt` is random, stored next to the wrapped key;
   * `params` are the ones recorded when the key was wrapped (or this source's own when wrapping).
   * @throws Error when the key cannot be produced (empty passphrase, keychain unavailable).
   */
  deriveKey(salt: Buffer, params: Record<string, number>): Promise<Buffer>;
}

/**
 * scrypt cost used for passphrases: N=2^15, r=8, p=1 (the parameters recommended for interactive
 * logins in Percival's scrypt paper and by OWASP's password storage cheat sheet; ~32 MiB, ~0.1 s).
 */
export const SCRYPT_PARAMS = { N: 32768, r: 8, p: 1 } as const;

/**
 * A key source from a passphrase: the key-encryption key is scrypt(passphrase, salt) with
 * {@link SCRYPT_PARAMS} (or the parameters stored with an existing vault).
 * @throws Error when the passphrase is empty.
 */
export function passphraseKeySource(passphrase: string): VaultKeySource {
  if (!passphrase) throw new Error("vault passphrase must not be empty");
  return {
    kind: "passphrase",
    params: { ...SCRYPT_PARAMS },
    deriveKey: (salt, params) =>
      new Promise((resolve, reject) => {
        const { N, r, p } = { ...SCRYPT_PARAMS, ...params };
        scrypt(passphrase.normalize("NFC"), salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
          err ? reject(new Error(`vault: scrypt failed: ${err.message}`)) : resolve(key),
        );
      }),
  };
}

/**
 * A key source from a 32-byte key held elsewhere, e.g. the OS keychain: the desktop app generates
 * a random key once, keeps it encrypted with Electron `safeStorage.encryptString`, and passes the
 * decrypted bytes here. The salt is ignored.
 * @param kind how the key is kept (default `keychain`).
 * @throws Error when the key is not 32 bytes.
 */
export function rawKeySource(key: Buffer, kind = "keychain"): VaultKeySource {
  if (key.length !== KEY_BYTES) throw new Error(`vault: a ${kind} key must be ${KEY_BYTES} bytes, got ${key.length}`);
  const copy = Buffer.from(key);
  return { kind, params: {}, deriveKey: async () => copy };
}

/** Encrypts `plain` with AES-256-GCM under `key`: returns iv(12) | tag(16) | ciphertext. `aad` is authenticated, not stored. */
export function seal(key: Buffer, plain: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/**
 * Decrypts what {@link seal} produced.
 * @throws Error "authentication failed" when the key or `aad` is wrong or the bytes were altered.
 */
export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error("vault: sealed value is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new Error("vault: authentication failed (wrong key or altered data)");
  }
}
