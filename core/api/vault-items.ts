import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { getMemory, insertMemory, markUserOwned } from "../db/repos/memories.js";
import { countVaultItems, getVaultCiphertext, takeVaultItem } from "../db/repos/vault.js";
import type { MemoryRow } from "../db/types.js";
import { putVector } from "../db/vectors.js";
import { passphraseKeySource, rawKeySource } from "../vault/keys.js";
import { openVault, vaultExists, vaultKeyKinds, VaultKeyError, type Vault } from "../vault/vault.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { AddVaultItemRequest, Memory, RevealedSecret, RevealVaultItemRequest, VaultStatus } from "./types.js";
import { toMemory } from "./views.js";

/**
 * Secrets the user adds by hand (core/vault holds the encryption). A secret's value goes into
 * `vault_items`, encrypted; a `vault` memory names it (its label, never the value) with
 * `details.secretRef` = the item's id, so it is listed, searched by name and deleted like any
 * memory. Deleting the memory deletes the item (memories.ts, forget.ts call `vaultItemOf`).
 */

/** `vaultStatus`. */
export function vaultStatus(ctx: ApiContext): VaultStatus {
  const { db } = ctx;
  return { exists: vaultExists(db), unlockWith: vaultKeyKinds(db), keyAvailable: !!ctx.vaultKey?.(), items: countVaultItems(db) };
}

/**
 * Opens the vault with the passphrase, else with the app's own key (`ctx.vaultKey`, the desktop
 * app's keychain key). A passphrase that opens it also registers the app's key, so the app needs
 * no passphrase afterwards. With no vault yet, the passphrase (or the app's key) creates it.
 * @throws ApiError bad_request (field `passphrase`) when the passphrase is wrong, or missing and
 *   the app's key cannot open the vault.
 */
async function unlock(ctx: ApiContext, passphrase: string | undefined): Promise<Vault> {
  const { db } = ctx;
  const appKey = ctx.vaultKey?.() ?? null;
  try {
    if (passphrase) {
      const vault = await openVault(db, passphraseKeySource(passphrase));
      if (appKey && !vaultKeyKinds(db).includes("keychain")) await vault.addKeySource(rawKeySource(appKey));
      return vault;
    }
    if (appKey) return await openVault(db, rawKeySource(appKey));
  } catch (err) {
    if (!(err instanceof VaultKeyError)) throw err;
    if (err.code === "wrong_key" && passphrase)
      throw new ApiError("bad_request", "That passphrase does not open the vault.", { field: "passphrase", cause: err });
    if (passphrase)
      throw new ApiError("bad_request", "This vault has no passphrase: it opens with the desktop app's own key, in the app.", {
        field: "passphrase",
        cause: err,
      });
    throw new ApiError("bad_request", "Type the vault's passphrase once; the app remembers its own key afterwards.", { field: "passphrase", cause: err });
  }
  throw new ApiError(
    "bad_request",
    vaultExists(db) ? "Type the vault's passphrase to open it." : "Choose a passphrase for the new vault: it locks every secret, and cannot be recovered.",
    { field: "passphrase" },
  );
}

/** `addVaultItem`: encrypts the value and adds the `vault` memory naming it (the user's, pinned to no engine change). */
export async function addVaultItem(ctx: ApiContext, req: AddVaultItemRequest): Promise<Memory> {
  const { db } = ctx;
  const vault = await unlock(ctx, req.passphrase);
  const kind = req.kind ?? "secret";
  const content = `${req.label} (${kind.replace(/_/g, " ")}, kept encrypted in the vault)`;
  const embedder = await ctx.embedder();
  const [vector] = await embedCached(db, embedder, [content]);
  const actor = ctx.actor ?? "user";
  const id = db.transaction(() => {
    const secretRef = vault.put({ kind, value: req.value, label: req.label });
    const mid = insertMemory(
      db,
      { type: "vault", title: req.label, content, details: { secretRef, kind }, occurredAt: null, importance: 0.6, engine: "user" },
      { actor, reason: "secret added by hand", now: ctx.now() },
    );
    markUserOwned(db, mid);
    putVector(db, "memories", mid, vector!);
    return mid;
  })();
  return toMemory(getMemory(db, id)!);
}

/** The vault item a memory points at (a `vault` memory's `details.secretRef`), else null. */
export function vaultItemOf(m: Pick<MemoryRow, "type" | "details">): number | null {
  if (m.type !== "vault") return null;
  try {
    const ref = (JSON.parse(m.details) as { secretRef?: unknown }).secretRef;
    return typeof ref === "number" && Number.isInteger(ref) ? ref : null;
  } catch {
    return null;
  }
}

/** Deletes the vault item of a memory (inside the caller's transaction); returns the deleted row for an undo, or null. */
export function deleteVaultItemOf(db: EngramDb, m: Pick<MemoryRow, "type" | "details">): Record<string, unknown> | null {
  const ref = vaultItemOf(m);
  return ref == null ? null : takeVaultItem(db, ref);
}

/** `revealVaultItem`: decrypts the secret of a `vault` memory.
 * @throws ApiError not_found (no such memory or secret), bad_request (not a vault memory, wrong passphrase). */
export async function revealVaultItem(ctx: ApiContext, req: RevealVaultItemRequest): Promise<RevealedSecret> {
  const m = getMemory(ctx.db, req.id);
  if (!m || m.status === "deleted") throw new ApiError("not_found", `No memory #${req.id}.`, { field: "id" });
  const ref = vaultItemOf(m);
  if (ref == null) throw new ApiError("bad_request", `revealVaultItem: id: memory #${req.id} is not a vault item`, { field: "id" });
  const vault = await unlock(ctx, req.passphrase);
  const value = vault.get(ref);
  if (value === undefined) throw new ApiError("not_found", `The secret of “${m.title}” is no longer in the vault.`);
  return { value, kind: getVaultCiphertext(ctx.db, ref)!.kind };
}
