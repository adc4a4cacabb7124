/**
 * Test files share worker processes (vitest.config.ts, isolate: false). A file that mocks a module
 * must run in a worker of its own, or its mock would not reach modules another file loaded first.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { MOCKING } from "../../vitest.config.js";
import { ROOT } from "../helpers/cli.js";

/** Every test file under test/, as a path relative to the project root. */
function testFiles(): string[] {
  return readdirSync(join(ROOT, "test"), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.test\.tsx?$/.test(f))
    .map((f) => relative(ROOT, join(ROOT, "test", f)));
}

describe("vitest workers", () => {
  test("every test file that mocks a module with vi.mock runs in a worker of its own (MOCKING), and only those", () => {
    const mocking = testFiles().filter((f) => /\bvi\.mock\(/.test(readFileSync(join(ROOT, f), "utf8")));
    expect(mocking.length).toBeGreaterThan(0);
    expect([...MOCKING].sort()).toEqual(mocking.sort());
  });
});
