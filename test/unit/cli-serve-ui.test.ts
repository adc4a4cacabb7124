/**
 * `engram serve` serves the built UI (dist-renderer/); after new code is pulled its sources are
 * newer, and the app a person opens would be the old one: serve says so (uiOutdated).
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { uiOutdated } from "../../core/transports/cli/commands/serve.js";

describe("engram serve: a UI built before its sources changed", () => {
  let dir: string;
  const ui = () => join(dir, "dist-renderer");
  const src = () => join(dir, "renderer");
  /** Writes `file` with its modification time `ago` seconds before now. */
  const write = (file: string, ago: number) => {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, "x");
    const at = Date.now() / 1000 - ago;
    utimesSync(file, at, at);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "engram-serve-ui-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is outdated when a source file, also in a subfolder, changed after the build", () => {
    write(join(ui(), "index.html"), 60);
    write(join(src(), "main.tsx"), 120);
    write(join(src(), "views", "chat", "ChatMessage.tsx"), 10);
    expect(uiOutdated(ui(), src())).toBe(true);
  });

  it("is up to date when the build is newer than every source, or when there are no sources (a packaged app)", () => {
    write(join(ui(), "index.html"), 10);
    write(join(src(), "views", "ChatView.tsx"), 60);
    expect(uiOutdated(ui(), src())).toBe(false);
    expect(uiOutdated(ui(), join(dir, "absent"))).toBe(false);
  });

  it("is not called outdated when it was never built (serve says to build it instead)", () => {
    write(join(src(), "main.tsx"), 10);
    expect(uiOutdated(ui(), src())).toBe(false);
  });
});
