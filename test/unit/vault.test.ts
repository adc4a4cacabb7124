import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { passphraseKeySource, rawKeySource } from "../../core/vault/keys.js";
import { listVaultItems, openVault, vaultExists, vaultKeyKinds, VaultKeyError } from "../../core/vault/vault.js";

const dir = mkdtempSync(join(tmpdir(), "engram-vault-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** All bytes of the database files (main file and WAL). */
function dbBytes(path: string): Buffer {
  const base = path.split("/").pop()!;
  return Buffer.concat(
    readdirSync(dir)
      .filter((f) => f.startsWith(base))
      .map((f) => readFileSync(join(dir, f))),
  );
}

describe("vault", () => {
  it("stores values encrypted: readable with the passphrase, not without it or with a wrong one", async () => {
    const path = join(dir, "a.db");
    const db = openDatabase(path);
    expect(vaultExists(db)).toBe(false);
    const vault = await openVault(db, passphraseKeySource("correct horse battery staple"));
    const id = vault.put({ kind: "api_key", value: "sk-live-SECRET-4f9a8b7c6d5e", label: "from a screenshot" });
    expect(vault.get(id)).toBe("sk-live-SECRET-4f9a8b7c6d5e");
    expect(listVaultItems(db)).toEqual([expect.objectContaining({ id, kind: "api_key", label: "from a screenshot", sourceId: null })]);
    db.pragma("wal_checkpoint(TRUNCATE)");
    expect(dbBytes(path).includes(Buffer.from("SECRET-4f9a8b7c6d5e"))).toBe(false);
    db.close();

    const again = openDatabase(path);
    await expect(openVault(again, passphraseKeySource("wrong passphrase"))).rejects.toMatchObject({ name: "VaultKeyError", code: "wrong_key" });
    expect((await openVault(again, passphraseKeySource("correct horse battery staple"))).get(id)).toBe("sk-live-SECRET-4f9a8b7c6d5e");
    // without any key the listing still works; values stay ciphertext
    const row = again.prepare("SELECT ciphertext FROM vault_items WHERE id = ?").get(id) as { ciphertext: Buffer };
    expect(row.ciphertext.toString("latin1")).not.toContain("SECRET");
    again.close();
  });

  it("unlocks the same vault with a keychain key once it was added, and refuses an unregistered source", async () => {
    const db = openDatabase(":memory:");
    const keychainKey = randomBytes(32);
    await expect(openVault(db, passphraseKeySource("pw-1"))).resolves.toBeDefined(); // creates it
    await expect(openVault(db, rawKeySource(keychainKey))).rejects.toMatchObject({ code: "no_key_for_source" });
    const byPass = await openVault(db, passphraseKeySource("pw-1"));
    const id = byPass.put({ kind: "card", value: "4111111111111111" });
    await byPass.addKeySource(rawKeySource(keychainKey));
    expect(vaultKeyKinds(db)).toEqual(["keychain", "passphrase"]);
    expect((await openVault(db, rawKeySource(keychainKey))).get(id)).toBe("4111111111111111");
    await expect(openVault(db, rawKeySource(randomBytes(32)))).rejects.toBeInstanceOf(VaultKeyError);
  });

  it("detects altered ciphertext and rejects bad keys and passphrases", async () => {
    const db = openDatabase(":memory:");
    const vault = await openVault(db, passphraseKeySource("pw"));
    const id = vault.put({ kind: "password", value: "hunter2" });
    db.prepare("UPDATE vault_items SET ciphertext = ? WHERE id = ?").run(Buffer.concat([randomBytes(28), Buffer.from("tampered")]), id);
    expect(() => vault.get(id)).toThrow(/authentication failed/);
    expect(vault.get(9999)).toBeUndefined();
    expect(() => rawKeySource(Buffer.alloc(16))).toThrow(/must be 32 bytes, got 16/);
    expect(() => passphraseKeySource("")).toThrow(/must not be empty/);
  });

  it("deletes a source's vault items with the source", async () => {
    const db = openDatabase(":memory:");
    const vault = await openVault(db, passphraseKeySource("pw"));
    const src = db
      .prepare("INSERT INTO sources(kind, occurred_at, text, content_hash, trust, created_at) VALUES ('screenshot', 1, 'x', 'h', 'captured', 1)")
      .run().lastInsertRowid as number;
    vault.put({ kind: "card", value: "4111111111111111", sourceId: Number(src) });
    expect(listVaultItems(db, { sourceId: Number(src) })).toHaveLength(1);
    db.prepare("DELETE FROM sources WHERE id = ?").run(src);
    expect(listVaultItems(db)).toHaveLength(0);
  });
});
