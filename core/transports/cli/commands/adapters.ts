import type { Command } from "commander";
import { statSync } from "node:fs";
import type { EngramApi, ModelRegistry } from "../../../api/types.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";
import { formatBytes } from "../progress.js";
import { DB_OPTION, flagError } from "./models.js";

/** The memory operations adapters are made for (models/adapters/registry.ts MEMORY_OPS). */
const OPS = "extract, update, answer";

/** What `engram adapters` says while a model server is the chat model, or null. */
export function endpointNote(registry: ModelRegistry): string | null {
  const e = registry.endpoints.find((x) => x.active);
  return e
    ? `LoRA adapters do not apply to the endpoint "${e.name}" (${e.model} at ${e.url}), the active chat model: they run only on a GGUF model ` +
        "in Engram itself (engram models use MODEL). export-dataset keeps working: the logged calls are the training data either way."
    : null;
}

/** The `--base` model id, defaulting to the active chat model. */
function baseModel(registry: ModelRegistry, base: string | undefined): string {
  if (base) return base;
  const note = endpointNote(registry);
  if (note) throw new CliError(`${note} Pass --base MODEL to manage a GGUF model's adapters.`);
  const active = registry.installed.find((m) => m.role === "chat" && m.active);
  if (!active) throw new CliError("no active chat model: pass --base MODEL, or install one (engram models import FILE)");
  return active.id;
}

/** The registered adapter of `op` on `base`, or null. */
function adapterOf(registry: ModelRegistry, base: string, op: string): ModelRegistry["adapters"][number] | null {
  return registry.adapters.find((a) => a.baseModel === base && a.op === op) ?? null;
}

/** The CLI's messages for the adapter requests' fields (the registry's wording, models/adapters/registry.ts). */
function adapterFlags(opts: { op: string; scale?: string }): Record<string, () => string> {
  return {
    op: () => `invalid operation "${opts.op}": use ${OPS} or another lower-case name`,
    scale: () => `invalid scale ${opts.scale}: use a number in (0, 10]`,
  };
}

/** Runs `fn` with the API and the registry as it is before `fn` changes it. */
function withRegistry<T>(opts: { db?: string }, fn: (api: EngramApi, registry: ModelRegistry) => Promise<T>): Promise<T> {
  return withApi(opts, async ({ api }) => fn(api, await api.modelRegistry({})));
}

/**
 * `engram adapters list | add FILE --op OP [--base MODEL] [--scale S] | remove --op OP [--base MODEL]
 * | export-dataset --op OP --out FILE.jsonl`: LoRA adapters per memory operation (docs/adapters.md).
 */
export function register(program: Command): void {
  const adapters = program.command("adapters").description("LoRA adapters per memory operation (see docs/adapters.md)");

  adapters
    .command("list")
    .description("list registered adapters")
    .option("--base <model>", "only adapters of this base model")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (opts: { base?: string; db?: string; json?: boolean }) => {
      const registry = await withApi(opts, ({ api }) => api.modelRegistry({}));
      const list = registry.adapters.filter((a) => opts.base === undefined || a.baseModel === opts.base);
      if (opts.json) return printJson(list);
      const note = endpointNote(registry);
      if (note) process.stdout.write(`${note}\n`);
      if (!list.length) return void process.stdout.write(`No adapters. Add one: engram adapters add FILE --op (${OPS}) --base MODEL\n`);
      const lines = list.map((a) => `${a.baseModel.padEnd(32)} ${a.op.padEnd(8)} scale ${a.scale}  rank ${a.rank ?? "?"}  alpha ${a.alpha ?? "?"}  ${a.path}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });

  adapters
    .command("add")
    .description("register a LoRA GGUF for one memory operation of a base model")
    .argument("<file>", "LoRA adapter GGUF (llama.cpp convert_lora_to_gguf.py output)")
    .requiredOption("--op <op>", `memory operation (${OPS}, or another name)`)
    .option("--base <model>", "installed base model id (default: the active chat model)")
    .option("--scale <scale>", "LoRA scale", "1")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (file: string, opts: { op: string; base?: string; scale: string; db?: string; json?: boolean }) => {
      const scale = Number(opts.scale);
      if (!Number.isFinite(scale)) throw new CliError(`--scale must be a number (got "${opts.scale}")`, 2);
      const result = await withRegistry(opts, async (api, before) => {
        const base = baseModel(before, opts.base);
        const added = await api.importAdapter({ path: file, baseModel: base, op: opts.op, scale }).catch((err: unknown) => {
          throw flagError(err, adapterFlags(opts));
        });
        const adapter = (await api.modelRegistry({})).adapters.find((a) => a.id === added.id)!;
        return { adapter, replaced: adapterOf(before, base, opts.op) };
      });
      if (opts.json) return printJson(result);
      const a = result.adapter;
      process.stdout.write(
        `Adapter for "${a.op}" on ${a.baseModel}: ${a.path} (rank ${a.rank}, alpha ${a.alpha}, scale ${a.scale})` +
          `${result.replaced ? `; replaced ${result.replaced.path}` : ""}\n`,
      );
    });

  adapters
    .command("remove")
    .description("unregister the adapter of one operation (the operation then runs on the base model)")
    .requiredOption("--op <op>", "memory operation")
    .option("--base <model>", "base model id (default: the active chat model)")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (opts: { op: string; base?: string; db?: string; json?: boolean }) => {
      const removed = await withRegistry(opts, async (api, before) => {
        const base = baseModel(before, opts.base);
        await api.removeAdapter({ baseModel: base, op: opts.op }).catch((err: unknown) => {
          throw flagError(err, adapterFlags(opts));
        });
        return adapterOf(before, base, opts.op)!;
      });
      if (opts.json) return printJson(removed);
      process.stdout.write(`Removed the "${removed.op}" adapter of ${removed.baseModel}\n`);
    });

  adapters
    .command("export-dataset")
    .description("write an operation's examples as chat JSONL for LoRA training (training happens outside Engram)")
    .requiredOption("--op <op>", `memory operation (${OPS})`)
    .requiredOption("--out <file>", "output .jsonl file")
    .option("--only-corrected", "only examples whose output the user corrected")
    .option(...DB_OPTION)
    .option("--json", "print JSON on stdout")
    .action(async (opts: { op: string; out: string; onlyCorrected?: boolean; db?: string; json?: boolean }) => {
      const result = await withApi(opts, ({ api }) =>
        api.exportDataset({ op: opts.op, path: opts.out, onlyCorrected: !!opts.onlyCorrected }).catch((err: unknown) => {
          throw flagError(err, adapterFlags(opts));
        }),
      );
      if (opts.json) return printJson(result);
      const { size } = statSync(result.path);
      process.stdout.write(
        `Wrote ${result.examples} examples (${result.corrected} corrected by you, from ${result.from}) to ${result.path} (${formatBytes(size)})\n`,
      );
    });
}
