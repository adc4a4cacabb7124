/**
 * Validation of one export item with zod, turned into an {@link ImportError} whose location is the
 * JSON path of the first problem, e.g. `[2].mapping.abc.message.create_time: expected a number, got "x"`.
 */
import type { z } from "zod";
import { ImportError } from "./types.js";

type Issue = z.core.$ZodIssue;

/** Formats a JSON path: numbers as `[n]`, plain keys as `.key`, other keys as `["a key"]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((k, i) => {
      if (typeof k === "number") return `[${k}]`;
      const key = String(k);
      if (/^[\w$-]+$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join("");
}

/** A value of an export that should name something: a non-blank string, trimmed; null for anything else (a blank string, a number, a missing field). */
export function nonBlank(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

/** Describes a value for an error message: strings quoted (cut at 60 chars), objects by kind. */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  return String(v);
}

const ARTICLE: Record<string, string> = { object: "an object", array: "an array", int: "an integer", record: "an object" };
const expectedText = (t: string): string => ARTICLE[t] ?? `a ${t}`;

/** Innermost expected types of a union issue whose branches all failed at the value itself. */
function unionExpected(issue: Issue): string[] | null {
  if (issue.code !== "invalid_union") return null;
  const out: string[] = [];
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first || first.path.length > 0 || first.code !== "invalid_type") return null;
    out.push(expectedText(first.expected));
  }
  return out;
}

/** Turns one zod issue into the `what is wrong` part of an error message. */
function issueText(issue: Issue): string {
  const missing = issue.input === undefined;
  const got = missing ? "" : `, got ${describeValue(issue.input)}`;
  if (issue.code === "invalid_type") return missing ? `missing (expected ${expectedText(issue.expected)})` : `expected ${expectedText(issue.expected)}${got}`;
  const alternatives = unionExpected(issue);
  if (alternatives) return missing ? `missing (expected ${alternatives.join(" or ")})` : `expected ${alternatives.join(" or ")}${got}`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${got}`;
  if (issue.code === "custom") return `${issue.message}${got}`;
  return `${issue.message.replace(/^Invalid input: /, "").replace(/^\w/, (c) => c.toLowerCase())}${got}`;
}

/**
 * Validates `value`, found at JSON `path` of the export `file` (`[3]` for item 3), against `schema`
 * and returns the parsed value.
 * @throws ImportError located at the JSON path of the first issue (`[3].chat_messages[0].sender`);
 *   the message says how many more issues there are.
 */
export function validateAt<S extends z.ZodType>(schema: S, value: unknown, file: string, path: ReadonlyArray<PropertyKey>): z.output<S> {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return r.data;
  const [first, ...rest] = r.error.issues as Issue[];
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""} here)` : "";
  throw new ImportError(file, formatPath([...path, ...first!.path]), `${issueText(first!)}${more}`);
}
