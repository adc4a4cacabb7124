/**
 * Every environment variable Engram reads, in one place. The README's "Environment" table lists the
 * same names (a test keeps the two in step); nothing else in the code reads `process.env.ENGRAM_*`.
 * Settings a user changes in the app live in the database's `settings` table
 * (core/db/repos/settings.ts); these variables are for deployments, scripts and tests.
 */

/** The variables and what each does (one line, as the README shows it). */
export const ENV_VARS = {
  ENGRAM_DB: "database file (default: `<data folder>/engram.db`; `--db` overrides it)",
  ENGRAM_MODELS_DIR: "folder of downloaded and imported models (default: `<data folder>/models`)",
  ENGRAM_UI_DIR: "folder of the built UI that `engram serve` serves (default: `<project>/dist-renderer`)",
  ENGRAM_VAULT_PASSPHRASE: "the vault's passphrase for `engram capture` without a prompt (scripts)",
  ENGRAM_PROGRESS: "`1`: progress bars on stderr even when it is not a terminal",
  ENGRAM_DEBUG: "any value: the CLI prints the stack trace of an error",
  ENGRAM_LLM_THREADS: "CPU threads of the local chat model (default: one less than the cores, at least 1)",
  ENGRAM_LLM_CONTEXT: "context size of the local chat model, tokens (default 4096, at most what the model was trained on)",
  ENGRAM_LLM_GPU: "`false`: never offload the local model to a GPU (default: auto)",
  ENGRAM_ENDPOINT_TIMEOUT_MS: "timeout of a request to an OpenAI-compatible model server, ms (default 120000)",
} as const;

/** The name of a variable Engram reads. */
export type EnvName = keyof typeof ENV_VARS;

/** The variable's value, or undefined when it is unset or empty. */
export function envText(name: EnvName): string | undefined {
  const v = process.env[name];
  return v === undefined || v === "" ? undefined : v;
}

/**
 * The variable as a positive number, or undefined when it is unset or empty.
 * @throws Error naming the variable when it is set to anything but a positive number
 */
export function envNumber(name: EnvName): number | undefined {
  const v = envText(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got "${v}")`);
  return n;
}
