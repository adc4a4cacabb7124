import type { Command } from "commander";
import { ApiError } from "../../../api/errors.js";
import type { EndpointEntry, ModelRegistry } from "../../../api/types.js";
import { DEFAULT_CONTEXT, modelsDir } from "../../../api/model-defaults.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";
import { formatBytes, progressBar } from "../progress.js";

/** The `--db` option of the models and adapters commands. */
export const DB_OPTION = ["--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)"] as const;

/**
 * The CLI's message for an API validation error of a field given by a flag (`messages[field]`),
 * else the error itself (printed as `engram: <message>`, exit code 1).
 */
export function flagError(err: unknown, messages: Record<string, () => string>): unknown {
  const field = err instanceof ApiError ? err.field : undefined;
  return field && messages[field] ? new CliError(messages[field]()) : err;
}

/** The installed model `id` of a registry listing.
 * @throws CliError when it is not installed (an endpoint was chosen, or it was removed meanwhile) */
export function installedModel(registry: ModelRegistry, id: string): ModelRegistry["installed"][number] {
  const m = registry.installed.find((x) => x.id === id);
  if (!m) throw new CliError(`no installed model "${id}"`);
  return m;
}

/** One line describing an endpoint for `models list` and `add-endpoint`. */
function endpointLine(e: EndpointEntry): string {
  const ctx = e.contextLength ? `context ${e.contextLength}` : `context ${DEFAULT_CONTEXT} (assumed)`;
  const key = e.apiKeyEnv ? `key from $${e.apiKeyEnv}` : "no key";
  return `${e.active ? "*" : " "} ${e.name.padEnd(32)} ${e.model}  ${e.url}  ${ctx}  ${key}${e.allowRemote ? "  REMOTE: your memories are sent there" : ""}`;
}

/**
 * `engram models list | download ID | import FILE | use ID | inspect FILE | remove ID |
 * add-endpoint NAME --url URL --model MODEL | remove-endpoint NAME`: the model manager (see
 * models/registry.ts, models/catalog.json, and models/llm/openai/ for OpenAI-compatible servers),
 * each through EngramApi.
 */
export function register(program: Command): void {
  const models = program.command("models").description(`manage on-device models (stored in ${modelsDir()})`);

  models
    .command("list")
    .description("list installed models and the catalog")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const { installed, endpoints, catalog } = await withApi(opts, ({ api }) => api.modelRegistry({}));
      if (opts.json) return printJson({ installed, endpoints, catalog });
      const lines = ["Installed:"];
      if (!installed.length) lines.push("  (none: engram models download ID, or engram models import FILE)");
      const endpointActive = endpoints.some((e) => e.active);
      for (const m of installed) {
        const active = m.active && !(m.role === "chat" && endpointActive);
        lines.push(`  ${active ? "*" : " "} ${m.id.padEnd(32)} ${m.role.padEnd(9)} ${formatBytes(m.sizeBytes).padStart(9)}  ${m.origin}  ${m.path}`);
      }
      lines.push("", "Model servers (OpenAI-compatible; engram models add-endpoint NAME --url URL --model MODEL):");
      if (!endpoints.length) lines.push("  (none)");
      for (const e of endpoints) lines.push(`  ${endpointLine(e)}`);
      lines.push("", "Catalog (engram models download ID):");
      for (const e of catalog) {
        const flags = [e.installed ? "installed" : "", e.verified ? "" : "no published sha256"].filter(Boolean).join(", ");
        lines.push(
          `    ${e.id.padEnd(32)} ${e.role.padEnd(9)} ~${formatBytes(e.sizeBytes).padStart(8)}  RAM ${formatBytes(e.recommendedRamBytes)}  ${e.license}${flags ? `  (${flags})` : ""}`,
        );
      }
      process.stdout.write(`${lines.join("\n")}\n`);
    });

  models
    .command("download")
    .description("download a catalog model (resumable, sha256-verified)")
    .argument("<id>", "catalog model id (engram models list)")
    .option("--allow-unverified", "accept files without a published sha256 (the computed hash is printed)")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (id: string, opts: { allowUnverified?: boolean; db?: string; json?: boolean }) => {
      const result = await withApi(opts, async ({ api }) => {
        const bar = progressBar(id);
        try {
          const done = await api.downloadModel(
            { id, allowUnverified: !!opts.allowUnverified },
            {
              onEvent: (p) =>
                bar.update(
                  p.receivedBytes,
                  p.totalBytes ?? p.receivedBytes,
                  `${(p.fileIndex ?? 0) + 1}/${p.fileCount ?? 1} ${p.file} ${formatBytes(p.receivedBytes)} · ${formatBytes(p.bytesPerSecond ?? 0)}/s · ETA ${p.etaSeconds == null ? "?" : `${Math.ceil(p.etaSeconds)} s`}`,
                ),
            },
          );
          return { model: installedModel(await api.modelRegistry({}), done.id), files: done.files };
        } finally {
          bar.stop();
        }
      });
      if (opts.json) return printJson(result);
      const lines = [`Installed ${result.model.id} (${result.model.role}) at ${result.model.path}${result.model.active ? " [active]" : ""}`];
      for (const f of result.files)
        lines.push(`  ${f.path}: sha256 ${f.sha256}${f.verified ? " (verified)" : " (NOT verified: no published hash; compare it with the publisher's)"}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });

  models
    .command("import")
    .description("import a local GGUF chat model (or an ONNX embedding model folder)")
    .argument("<file>", "GGUF file or model folder")
    .option("--id <id>", "model id (default: from the file name)")
    .option("--in-place", "register the file where it is instead of copying it into the models folder")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (file: string, opts: { id?: string; inPlace?: boolean; db?: string; json?: boolean }) => {
      const model = await withApi(opts, async ({ api }) => {
        const bar = progressBar(`hashing ${file}`);
        try {
          const done = await api.importModel(
            { path: file, id: opts.id, inPlace: !!opts.inPlace },
            { onEvent: (p) => bar.update(p.receivedBytes, p.totalBytes) },
          );
          return installedModel(await api.modelRegistry({}), done.id);
        } finally {
          bar.stop();
        }
      });
      if (opts.json) return printJson(model);
      process.stdout.write(
        `Imported ${model.id} (${model.role}, ${formatBytes(model.sizeBytes)}) at ${model.path}${model.active ? " [active]" : ""}\nsha256 ${model.sha256}\n`,
      );
    });

  models
    .command("use")
    .description("make an installed model or a model server the active one for its role")
    .argument("<id>", "installed model id, or endpoint name")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const registry = await withApi(opts, async ({ api }) => {
        await api.useModel({ id });
        return api.modelRegistry({});
      });
      // an endpoint of that name wins over a model (models/llm/openai/endpoints.ts useChat)
      const e = registry.endpoints.find((x) => x.name === id);
      const m = e ? null : installedModel(registry, id);
      const choice = m ? { kind: "model" as const, id: m.id, role: m.role } : { kind: "endpoint" as const, endpoint: e! };
      if (opts.json) return printJson(choice);
      if (choice.kind === "endpoint") {
        const e = choice.endpoint;
        return void process.stdout.write(`Active chat model: endpoint ${e.name} (${e.model} at ${e.url})\n`);
      }
      process.stdout.write(`Active ${choice.role} model: ${choice.id}\n`);
    });

  models
    .command("add-endpoint")
    .description("use a local OpenAI-compatible model server (Ollama, LM Studio, llama.cpp's server, vLLM, LocalAI) as the chat model")
    .argument("<name>", "a name for it (engram models use NAME)")
    .requiredOption("--url <url>", "the API's base URL, e.g. http://127.0.0.1:11434/v1 (Ollama) or http://127.0.0.1:1234/v1 (LM Studio)")
    .requiredOption("--model <model>", "the model name the server knows, e.g. llama3.2:3b")
    .option("--api-key-env <var>", "name of an environment variable holding the API key (the key itself is never stored)")
    .option("--context-length <tokens>", "the model's context length (default: what the server reports, else 4096)")
    .option("--allow-remote", "allow a server on another computer (your memories and questions are sent to it)")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(
      async (
        name: string,
        opts: { url: string; model: string; apiKeyEnv?: string; contextLength?: string; allowRemote?: boolean; db?: string; json?: boolean },
      ) => {
        const given = opts.contextLength === undefined ? null : Number(opts.contextLength);
        if (given !== null && !Number.isInteger(given))
          throw new CliError(`--context-length must be a whole number of tokens (got "${opts.contextLength}")`, 2);
        const e = await withApi(opts, async ({ api }) => {
          await api
            .addEndpoint({
              name,
              url: opts.url,
              model: opts.model,
              apiKeyEnv: opts.apiKeyEnv,
              allowRemote: !!opts.allowRemote,
              contextLength: given ?? undefined,
            })
            .catch((err: unknown) => {
              throw flagError(err, {
                apiKeyEnv: () => `--api-key-env "${opts.apiKeyEnv}": give the NAME of an environment variable (like OPENAI_API_KEY), not the key itself`,
                contextLength: () => `--context-length must be a whole number of tokens from 256 (got ${given})`,
                name: () => `endpoint name "${name}": use letters, digits, ".", "_", "-" or ":" (at most 64)`,
                model: () => "--model: give the model name the server knows (e.g. llama3.2:3b)",
              });
            });
          return (await api.modelRegistry({})).endpoints.find((x) => x.name === name)!;
        });
        if (opts.json) return printJson(e);
        // the server's model info gave the context length when none was passed (models/llm/openai/register.ts)
        const reported = given === null && e.contextLength !== null;
        const ctx = e.contextLength
          ? `context ${e.contextLength} tokens${reported ? " (reported by the server)" : ""}`
          : `context ${DEFAULT_CONTEXT} tokens assumed (the server did not report one; set --context-length)`;
        const lines = [
          `Added endpoint ${e.name}: ${e.model} at ${e.url}, ${ctx}${e.active ? " [active]" : `; make it active with: engram models use ${e.name}`}`,
        ];
        if (e.allowRemote) lines.push("Note: this server is not on this computer; your memories and questions are sent to it.");
        process.stdout.write(`${lines.join("\n")}\n`);
      },
    );

  models
    .command("remove-endpoint")
    .description("forget a model server")
    .argument("<name>", "endpoint name")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (name: string, opts: { db?: string; json?: boolean }) => {
      const e = await withApi(opts, async ({ api }) => {
        const before = (await api.modelRegistry({})).endpoints.find((x) => x.name === name);
        await api.removeEndpoint({ name });
        return before!;
      });
      if (opts.json) return printJson(e);
      process.stdout.write(`Removed endpoint ${e.name}\n`);
    });

  models
    .command("remove")
    .description("forget an installed model (and its adapters)")
    .argument("<id>", "installed model id")
    .option("--delete-files", "also delete its files from the models folder")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (id: string, opts: { deleteFiles?: boolean; db?: string; json?: boolean }) => {
      const model = await withApi(opts, async ({ api }) => {
        const before = (await api.modelRegistry({})).installed.find((m) => m.id === id);
        await api.removeModel({ id, deleteFiles: !!opts.deleteFiles });
        return before!;
      });
      if (opts.json) return printJson(model);
      process.stdout.write(`Removed ${model.id}${opts.deleteFiles ? " and its files" : ""}\n`);
    });

  models
    .command("inspect")
    .description("describe a GGUF model or LoRA adapter file")
    .argument("<file>", "GGUF file")
    .option("--json", "print JSON on stdout")
    .action(async (file: string, opts: { json?: boolean }) => {
      // reads only the file: the API runs over a private in-memory database, not the user's
      const info = await withApi({ db: ":memory:" }, ({ api }) => api.inspectModelFile({ path: file }));
      if (opts.json) return printJson(info);
      const rows: Array<[string, unknown]> =
        info.kind === "adapter"
          ? [
              ["kind", "LoRA adapter"],
              ["base architecture", info.baseArchitecture],
              ["rank", info.rank],
              ["alpha", info.alpha ?? "(not set)"],
              ["targets", `${info.targets.join(", ")} in ${info.blocks.length} blocks (${info.tensorPairs} tensor pairs)`],
            ]
          : [
              ["kind", "model"],
              ["name", info.name ?? "(none)"],
              ["architecture", info.architecture],
              ["parameters", info.parameterCount.toLocaleString("en-US")],
              ["quantization", info.quantization],
              ["context length", info.contextLength ?? "(not set)"],
              ["chat template", info.chatTemplate ? "yes" : "no"],
            ];
      rows.push(["file", `${info.path} (${formatBytes(info.sizeBytes)}, GGUF v${info.ggufVersion})`]);
      process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(18)} ${v}`).join("\n")}\n`);
    });
}
