import type { Embedder } from "../../../models/embedder.js";
import type { EmbedderUse } from "../../../models/embedders.js";
import type { UseLiteEmbedder } from "../../../models/use-lite.js";
import type { ApiHost, ApiHostOptions } from "../../api/host.js";
import { resolveDbPath } from "../../config/paths.js";

/** Options every database-backed command takes. */
export interface DbOptions {
  db?: string;
  json?: boolean;
}

/**
 * Opens the API over the database named by `--db` / `ENGRAM_DB` / the default path (the same
 * EngramApi the app and `engram serve` use), runs `fn` with the host and the database path, and
 * closes it (also when `fn` throws).
 * A one-shot command runs no background work (consolidation, resuming), and its embedder runs on
 * the calling thread (models/embedders.ts `query` use): `engram search` pays for one model
 * session, not a worker pool. Batch commands (`engram process`) pass `embedder: "batch"`.
 * `askPassphrase`: how the command asks for the vault's passphrase (`engram capture`).
 * `oneEmbed`: the command embeds once (`engram search`): the embedder's worker threads are
 * released right after that embed ({@link releasedAfterEmbed}).
 * The API is imported here, when a command runs: registering the commands (`engram --help`) loads
 * neither the database nor the engine. Before it returns (also on an error), the embedder has no
 * model load and no batch under way (api/prewarm.ts `settleBeforeExit`): the process may exit.
 */
export async function withApi<T>(
  opts: DbOptions & { embedder?: EmbedderUse; askPassphrase?: ApiHostOptions["askPassphrase"]; oneEmbed?: boolean },
  fn: (host: ApiHost & { dbPath: string }) => Promise<T> | T,
): Promise<T> {
  const dbPath = resolveDbPath(opts.db);
  const { activeEmbedder, createApiHost } = await import("../../api/host.js");
  try {
    const host = createApiHost({
      dbPath,
      createEmbedder: async (db) => {
        const embedder = await activeEmbedder(db, opts.embedder ?? "query");
        return opts.oneEmbed ? releasedAfterEmbed(embedder) : embedder;
      },
      transport: "cli",
      imageUrl: () => "",
      exportUrl: () => null,
      capture: { available: false, reason: "the command line captures with engram capture" },
      background: false,
      askPassphrase: opts.askPassphrase,
    });
    try {
      return await fn({ ...host, dbPath });
    } finally {
      await host.close();
    }
  } finally {
    // the process exits after the command: a worker thread torn down while onnxruntime loads or
    // runs a model aborts it, so the embedder's loads and batches finish first (api/prewarm.ts)
    await (await import("../../api/prewarm.js")).settleBeforeExit();
  }
}

/** Writes `value` to stdout as pretty JSON followed by a newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * `embedder`, whose worker threads are released (models/use-lite.ts `release`) as soon as each
 * embed is done: a command that embeds one query then has its workers' teardown (~20-40 ms)
 * overlap its printing instead of delaying its exit. An embedder without workers is returned as is.
 */
export function releasedAfterEmbed(embedder: Embedder): Embedder {
  if (!("release" in embedder)) return embedder;
  const release = () => void (embedder as UseLiteEmbedder).release();
  return {
    id: embedder.id,
    dimension: embedder.dimension,
    embed: (texts) => embedder.embed(texts).finally(release),
  };
}
