import { passphraseKeySource, rawKeySource } from "../vault/keys.js";

/** Length in bytes of the app's own vault key (`ApiContext.vaultKey`; electron/vault-key.ts makes it). */
export { KEY_BYTES as VAULT_KEY_BYTES } from "../vault/keys.js";
import { openVault, vaultExists, type Vault } from "../vault/vault.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";

/**
 * The vault for capture work (keeping redacted values, revealing them): opened with `passphrase`
 * when given, else with the passphrase the host asks the user for (`ApiContext.askPassphrase`: the
 * command line reads $ENGRAM_VAULT_PASSPHRASE or prompts on the terminal), else with the app's own
 * key (`ApiContext.vaultKey`); a passphrase creates the vault when there is none yet.
 * @param purpose what the vault is opened for, for the prompt ("keep redacted values")
 * @returns the unlocked vault, or null when no passphrase or key is available (or the app's key
 *   does not open it: said in the host's log, `ApiContext.log`)
 * @throws ApiError bad_request (field `passphrase`) with the vault's message when the passphrase is wrong
 */
export async function captureVault(ctx: ApiContext, passphrase: string | undefined, purpose: string): Promise<Vault | null> {
  const { db } = ctx;
  const pass = passphrase || ((await ctx.askPassphrase?.({ purpose, newVault: !vaultExists(db) })) ?? "");
  if (pass) {
    try {
      return await openVault(db, passphraseKeySource(pass));
    } catch (err) {
      throw new ApiError("bad_request", (err as Error).message, { field: "passphrase", cause: err });
    }
  }
  const key = ctx.vaultKey?.() ?? null;
  if (!key) return null;
  try {
    return await openVault(db, rawKeySource(key));
  } catch (err) {
    ctx.log?.(`${(err as Error).message}; the app's key does not open the vault`);
    return null;
  }
}
