/**
 * Structured output: turns a zod schema into the JSON-schema subset node-llama-cpp
 * compiles to a GBNF grammar (`llama.createGrammarForJsonSchema`), and validates the
 * model's answer with the same zod schema.
 *
 * node-llama-cpp's grammar always generates every property of an object (its
 * `required` is implied), so an `.optional()` field is always present in the
 * output; use `.nullable()` to let the model say "none". Constraints a grammar
 * cannot express (number ranges, regex patterns, refinements) are dropped from the
 * grammar and enforced by the zod validation afterwards.
 */
import type { GbnfJsonSchema } from "node-llama-cpp";
import { z, type ZodType } from "zod";

/** The model's output did not parse as JSON or did not satisfy the schema. `raw` is the text it produced. */
export class LlmOutputError extends Error {
  constructor(
    message: string,
    readonly raw: string,
  ) {
    super(message);
  }
}

/** JSON-schema keywords passed to the grammar as they are. */
const KEEP = new Set([
  "type",
  "properties",
  "additionalProperties",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "enum",
  "const",
  "oneOf",
  "description",
  "minLength",
  "maxLength",
  "$defs",
  "$ref",
]);

/** Keywords whose meaning a grammar cannot keep; a schema using them is refused. */
const REFUSE = new Set(["allOf", "not", "if", "then", "else", "patternProperties", "dependentSchemas"]);

const GRAMMAR_FORMATS = new Set(["date-time", "date", "time"]);

function sanitize(node: unknown, path: string): unknown {
  if (Array.isArray(node)) return node.map((n, i) => sanitize(n, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (REFUSE.has(key)) throw new Error(`schema at ${path || "(root)"} uses "${key}", which a JSON grammar cannot express`);
    if (key === "anyOf") out.oneOf = sanitize(value, `${path}.anyOf`);
    else if (key === "format" && typeof value === "string" && GRAMMAR_FORMATS.has(value)) out.format = value;
    else if (key === "properties" || key === "$defs") {
      out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, sanitize(v, `${path}.${k}`)]));
    } else if (KEEP.has(key)) out[key] = sanitize(value, `${path}.${key}`);
  }
  return out;
}

/**
 * The grammar schema for a zod schema.
 * @throws Error naming the location when the schema uses a construct a grammar cannot
 *   express (intersections → allOf, negation, conditionals) or zod cannot represent in
 *   JSON schema (transforms, functions, dates).
 */
export function grammarSchemaFor(schema: ZodType): GbnfJsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw", io: "output" });
  return sanitize(json, "") as GbnfJsonSchema;
}

/**
 * Parses and validates the model's text against `schema`.
 * @throws LlmOutputError with the raw text when it is not JSON or fails validation
 *   (the message lists the first issues with their paths).
 */
export function parseJsonOutput<T>(schema: ZodType<T>, text: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new LlmOutputError(`model output is not valid JSON (${(err as Error).message})`, text);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new LlmOutputError(`model output does not match the schema: ${issues.join("; ")}`, text);
  }
  return result.data;
}
