import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { ENV_VARS, envNumber, envText } from "../../core/config/env.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("environment variables (core/config/env.ts)", () => {
  afterEach(() => {
    delete process.env.ENGRAM_LLM_THREADS;
  });

  it("are read only in core/config, and each is documented in the README", () => {
    const readers = ["core", "models", "electron"].flatMap((dir) =>
      readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
        .map((e) => relative(root, join(e.parentPath, e.name)))
        .filter((f) => !f.startsWith("core/config/") && /process\.env(\.ENGRAM_|\[\s*["']ENGRAM_)/.test(readFileSync(join(root, f), "utf8"))),
    );
    expect(readers).toEqual([]);
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(Object.keys(ENV_VARS).filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });

  it("treat empty as unset, and refuse a number that is not one, naming the variable", () => {
    process.env.ENGRAM_LLM_THREADS = "";
    expect(envText("ENGRAM_LLM_THREADS")).toBeUndefined();
    expect(envNumber("ENGRAM_LLM_THREADS")).toBeUndefined();
    process.env.ENGRAM_LLM_THREADS = "4";
    expect(envNumber("ENGRAM_LLM_THREADS")).toBe(4);
    process.env.ENGRAM_LLM_THREADS = "four";
    expect(() => envNumber("ENGRAM_LLM_THREADS")).toThrow('ENGRAM_LLM_THREADS must be a positive number (got "four")');
  });
});
