import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engram, ROOT, tempDir } from "../helpers/cli.js";

function systemNodeMajor(): number {
  const r = spawnSync("/usr/bin/node", ["-p", "process.versions.node"], { encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.split(".")[0]) : 0;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("engram CLI basics", () => {
  it("uses $ENGRAM_DB, and --db over it", () => {
    const dir = tempDir();
    dirs.push(dir);
    expect(engram(["stats", "--json"], { ENGRAM_DB: join(dir, "env.db") }).code).toBe(0);
    expect(existsSync(join(dir, "env.db"))).toBe(true);
    expect(engram(["stats", "--json", "--db", join(dir, "flag.db")], { ENGRAM_DB: join(dir, "env.db") }).code).toBe(0);
    expect(existsSync(join(dir, "flag.db"))).toBe(true);
  });

  it("defaults to the app's user-data folder (~/.config/Engram/engram.db on Linux)", () => {
    const dir = tempDir();
    dirs.push(dir);
    const env = { XDG_CONFIG_HOME: dir, ENGRAM_DB: "" };
    const run = engram(["stats"], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(dir, "Engram", "engram.db"));
    expect(existsSync(join(dir, "Engram", "engram.db"))).toBe(true);
  });

  it("exits 2 on an unknown command, with the message on stderr", () => {
    const run = engram(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(run.stdout).toBe("");
  });

  const major = systemNodeMajor();
  it.runIf(major > 0 && major < 22)(`refuses the system Node ${major} with a clear message`, () => {
    const r = spawnSync("/usr/bin/node", [join(ROOT, "bin", "engram.mjs"), "stats"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Node\.js 22 or newer is required/);
  });
});
