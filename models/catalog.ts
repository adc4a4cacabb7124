/**
 * The model catalog (models/catalog.json): the chat and embedding models Engram
 * offers to download, with where to get each file and how to verify it.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Path of the bundled catalog. */
export const CATALOG_PATH = join(dirname(fileURLToPath(import.meta.url)), "catalog.json");

const FileSchema = z.object({
  /** Path of the file inside the model's folder (e.g. `onnx/model_quantized.onnx`). */
  path: z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, "relative path without '..'"),
  url: z.url({ protocol: /^https?$/ }),
  sizeBytes: z.number().int().positive(),
  /** Lowercase hex sha256 published by the host, or null when none was found. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  /** Page where the sha256 was published. */
  sha256Source: z.url().optional(),
});

const EntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  name: z.string().min(1),
  role: z.enum(["chat", "embedding"]),
  parameters: z.string().optional(),
  /** Embedding size (embedding models). */
  dimension: z.number().int().positive().optional(),
  quantization: z.string(),
  license: z.string(),
  /** Context length in tokens. */
  contextLength: z.number().int().positive(),
  recommendedRamBytes: z.number().int().positive(),
  /** True when `sizeBytes` are exact byte counts, false when rounded as displayed by the host. */
  sizeExact: z.boolean(),
  files: z.array(FileSchema).min(1),
});

const CatalogSchema = z.object({ note: z.string(), models: z.array(EntrySchema).min(1) });

/** One catalog model. */
export type CatalogEntry = z.infer<typeof EntrySchema>;

/**
 * Loads and validates a catalog file (default: the bundled one).
 * @throws Error naming the file and the first invalid field (e.g. `models.3.files.0.sha256`),
 *   or a duplicate id.
 */
export function loadCatalog(path: string = CATALOG_PATH): CatalogEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`catalog ${path}: ${(err as Error).message}`);
  }
  const parsed = CatalogSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`catalog ${path}: ${issue.path.join(".")}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const m of parsed.data.models) {
    if (seen.has(m.id)) throw new Error(`catalog ${path}: duplicate model id ${m.id}`);
    seen.add(m.id);
  }
  return parsed.data.models;
}

/** True when every file of the entry has a published sha256. */
export function isVerified(entry: CatalogEntry): boolean {
  return entry.files.every((f) => f.sha256 !== null);
}

/** Total (approximate unless `sizeExact`) download size of an entry in bytes. */
export function entrySize(entry: CatalogEntry): number {
  return entry.files.reduce((sum, f) => sum + f.sizeBytes, 0);
}

/**
 * Finds a catalog entry by id.
 * @throws Error listing the known ids when there is none.
 */
export function findCatalogEntry(id: string, catalog: CatalogEntry[] = loadCatalog()): CatalogEntry {
  const entry = catalog.find((m) => m.id === id);
  if (!entry) throw new Error(`no model "${id}" in the catalog; known: ${catalog.map((m) => m.id).join(", ")}`);
  return entry;
}
