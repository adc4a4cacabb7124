import type { Command } from "commander";
import { isAdapter, summarizeAdapter } from "../../../../models/adapters/inspect.js";
import { entrySize, findCatalogEntry, isVerified, loadCatalog } from "../../../../models/catalog.js";
import { readGguf, summarizeModel } from "../../../../models/gguf.js";
import { listEndpoints, removeEndpoint, useChat, type EndpointRecord } from "../../../../models/llm/openai/endpoints.js";
import { registerEndpoint } from "../../../../models/llm/openai/register.js";
import { DEFAULT_CONTEXT } from "../../../../models/llm/openai/runtime.js";
import { importModel, installCatalogModel, listModels, modelsDir, removeModel } from "../../../../models/registry.js";
import { CliError, printJson, withDb } from "../cli-context.js";
import { formatBytes, progressBar } from "../progress.js";

/** The `--db` option of the models and adapters commands. */
export const DB_OPTION = ["--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)"] as const;

/**
 * Runs `fn`, turning any error (missing, truncated or non-GGUF file, adapter mismatch,
 * unknown model) into a CliError: one line on stderr, exit code 1.
 */
export async function userErrors<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw err instanceof CliError ? err : new CliError((err as Error).message);
  }
}

/** One line describing an endpoint for `models list` and `add-endpoint`. */
function endpointLine(e: EndpointRecord): string {
  const ctx = e.contextLength ? `context ${e.contextLength}` : `context ${DEFAULT_CONTEXT} (assumed)`;
  const key = e.apiKeyEnv ? `key from $${e.apiKeyEnv}` : "no key";
  return `${e.active ? "*" : " "} ${e.name.padEnd(32)} ${e.model}  ${e.url}  ${ctx}  ${key}${e.allowRemote ? "  REMOTE: your memories are sent there" : ""}`;
}

/**
 * `engram models list | download ID | import FILE | use ID | inspect FILE | remove ID |
 * add-endpoint NAME --url URL --model MODEL | remove-endpoint NAME`: the model manager (see
 * models/registry.ts, models/catalog.json, and models/llm/openai/ for OpenAI-compatible servers).
 */
export function register(program: Command): void {
  const models = program.command("models").description(`manage on-device models (stored in ${modelsDir()})`);

  models
    .command("list")
    .description("list installed models and the catalog")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withDb(opts, (db) => {
        const installed = listModels(db);
        const catalog = loadCatalog().map((e) => ({
          id: e.id,
          name: e.name,
          role: e.role,
          sizeBytes: entrySize(e),
          license: e.license,
          contextLength: e.contextLength,
          recommendedRamBytes: e.recommendedRamBytes,
          verified: isVerified(e),
          installed: installed.some((m) => m.id === e.id),
        }));
        const endpoints = listEndpoints(db);
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
    });

  models
    .command("download")
    .description("download a catalog model (resumable, sha256-verified)")
    .argument("<id>", "catalog model id (engram models list)")
    .option("--allow-unverified", "accept files without a published sha256 (the computed hash is printed)")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (id: string, opts: { allowUnverified?: boolean; db?: string; json?: boolean }) => {
      const entry = await userErrors(() => findCatalogEntry(id));
      const result = await withDb(opts, async (db) => {
        const bar = progressBar(id);
        try {
          return await userErrors(() =>
            installCatalogModel(db, entry, {
              allowUnverified: opts.allowUnverified,
              onProgress: (file, index, p) =>
                bar.update(
                  p.bytes,
                  p.total ?? p.bytes,
                  `${index + 1}/${entry.files.length} ${file} ${formatBytes(p.bytes)} · ${formatBytes(p.rate)}/s · ETA ${p.eta === null ? "?" : `${Math.ceil(p.eta)} s`}`,
                ),
            }),
          );
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
      const model = await withDb(opts, async (db) => {
        const bar = progressBar(`hashing ${file}`);
        try {
          return await userErrors(() => importModel(db, file, { id: opts.id, inPlace: opts.inPlace, onProgress: (b, t) => bar.update(b, t) }));
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
      const choice = await withDb(opts, (db) => userErrors(() => useChat(db, id)));
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
        const added = await withDb(opts, (db) =>
          userErrors(() =>
            registerEndpoint(db, {
              name,
              url: opts.url,
              model: opts.model,
              apiKeyEnv: opts.apiKeyEnv ?? null,
              allowRemote: !!opts.allowRemote,
              contextLength: given,
            }),
          ),
        );
        if (opts.json) return printJson(added.endpoint);
        const e = added.endpoint;
        const ctx = e.contextLength
          ? `context ${e.contextLength} tokens${added.reported ? " (reported by the server)" : ""}`
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
      const e = await withDb(opts, (db) => userErrors(() => removeEndpoint(db, name)));
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
      const model = await withDb(opts, (db) => userErrors(() => removeModel(db, id, { deleteFiles: opts.deleteFiles })));
      if (opts.json) return printJson(model);
      process.stdout.write(`Removed ${model.id}${opts.deleteFiles ? " and its files" : ""}\n`);
    });

  models
    .command("inspect")
    .description("describe a GGUF model or LoRA adapter file")
    .argument("<file>", "GGUF file")
    .option("--json", "print JSON on stdout")
    .action(async (file: string, opts: { json?: boolean }) => {
      const info = await userErrors(() => {
        const gguf = readGguf(file);
        return isAdapter(gguf) ? summarizeAdapter(gguf) : summarizeModel(gguf);
      });
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
