import { passphraseKeySource, rawKeySource } from "../vault/keys.js";
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
 *   does not open it)
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
  return key ? openVault(db, rawKeySource(key)).catch(() => null) : null;
}
