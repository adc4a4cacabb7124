import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { rawKeySource } from "../../core/vault/keys.js";
import { openVault } from "../../core/vault/vault.js";
import { loadVaultKey, VAULT_KEY_FILE, type SafeStorageLike } from "../../electron/vault-key.js";

/** Stands in for Electron safeStorage: AES-256-GCM under a key only this "keychain" holds (another keychain's data fails to decrypt). */
function fakeSafeStorage(opts: { available?: boolean; backend?: string } = {}): SafeStorageLike & { calls: number } {
  const osKey = randomBytes(32);
  const s = {
    calls: 0,
    isEncryptionAvailable: () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? "gnome_libsecret",
    encryptString(plain: string) {
      s.calls++;
      const iv = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", osKey, iv);
      const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
      return Buffer.concat([Buffer.from("v10"), iv, c.getAuthTag(), body]);
    },
    decryptString(enc: Buffer) {
      s.calls++;
      if (!enc.subarray(0, 3).equals(Buffer.from("v10"))) throw new Error("Error while decrypting the ciphertext provided to safeStorage.decryptString.");
      const d = createDecipheriv("aes-256-gcm", osKey, enc.subarray(3, 15));
      d.setAuthTag(enc.subarray(15, 31));
      try {
        return Buffer.concat([d.update(enc.subarray(31)), d.final()]).toString("utf8");
      } catch {
        throw new Error("Error while decrypting the ciphertext provided to safeStorage.decryptString.");
      }
    },
  };
  return s;
}

const root = mkdtempSync(join(tmpdir(), "engram-vault-key-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fileIn = () => join(root, `user${++n}`, VAULT_KEY_FILE);

describe("vault key kept with safeStorage", () => {
  it("makes a random 32-byte key once, stores it only encrypted, and reads the same key back", async () => {
    const file = fileIn();
    const ss = fakeSafeStorage();
    const first = loadVaultKey(file, ss);
    expect(first).toMatchObject({ created: true, reason: null });
    expect(first.key).toHaveLength(32);
    const bytes = readFileSync(file);
    expect(bytes.includes(first.key!)).toBe(false);
    expect(bytes.includes(Buffer.from(first.key!.toString("base64")))).toBe(false);
    if (process.platform !== "win32") expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadVaultKey(file, ss);
    expect(again).toMatchObject({ created: false, reason: null });
    expect(again.key!.equals(first.key!)).toBe(true);
    // the engine opens (here: creates) the vault with it, and it opens again with the same key only
    const db = openDatabase(":memory:");
    const id = (await openVault(db, rawKeySource(first.key!))).put({ kind: "card", value: "4111 1111 1111 1111" });
    expect((await openVault(db, rawKeySource(again.key!))).get(id)).toBe("4111 1111 1111 1111");
    await expect(openVault(db, rawKeySource(randomBytes(32)))).rejects.toMatchObject({ code: "wrong_key" });
  });

  it("gives no key, and says why, without a real keychain; writes nothing", () => {
    for (const ss of [fakeSafeStorage({ available: false }), fakeSafeStorage({ backend: "basic_text" })]) {
      const file = fileIn();
      const r = loadVaultKey(file, ss);
      expect(r.key).toBeNull();
      expect(r.reason).toMatch(/keychain.*redacted screen text is dropped/);
      expect(() => statSync(file)).toThrow();
      expect(ss.calls).toBe(0);
    }
  });

  it("never replaces a key file the keychain cannot decrypt (or that holds no key)", () => {
    const file = fileIn();
    loadVaultKey(file, fakeSafeStorage());
    const before = readFileSync(file);
    const otherKeychain = loadVaultKey(file, fakeSafeStorage()); // e.g. the OS keychain was reset
    expect(otherKeychain.key).toBeNull();
    expect(otherKeychain.reason).toContain(`${file}: the OS keychain cannot decrypt the vault key`);
    expect(readFileSync(file).equals(before)).toBe(true);
    const ss = fakeSafeStorage();
    writeFileSync(file, ss.encryptString("c2hvcnQ=")); // base64 of 5 bytes
    expect(loadVaultKey(file, ss).reason).toContain("not a 32-byte vault key");
  });
});
