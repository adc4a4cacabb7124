import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { API_METHODS } from "../../core/api/methods.js";
import { CHANNELS } from "../../electron/channels.js";
import { validateCall } from "../../electron/ipc.js";
import { RENDERER_METHODS } from "../../electron/renderer-methods.js";

// The preload as the app ships it (bin/build-electron.mjs: one CommonJS file, `electron` external),
// run in a sandbox whose `require("electron")` records what it exposes to the window: the window
// reaches the API only through `window.engram`, so what is not on it is out of the page's reach.

const root = join(import.meta.dirname, "..", "..");

/** Builds and runs electron/preload.ts; returns what it exposed as `window.engram` and the IPC calls it makes. */
async function loadPreload(): Promise<{ bridge: Record<string, unknown>; invoked: unknown[][] }> {
  const out = await build({
    entryPoints: [join(root, "electron/preload.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node22",
    external: ["electron"],
    write: false,
    logLevel: "silent",
  });
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: { on() {}, send() {}, invoke: async (...args: unknown[]) => invoked.push(args) },
    webUtils: { getPathForFile: () => "" },
  };
  const module = { exports: {} };
  runInNewContext(out.outputFiles[0]!.text, {
    require: (name: string) => {
      if (name !== "electron") throw new Error(`the preload may require only electron, not ${name}`);
      return electron;
    },
    module,
    exports: module.exports,
  });
  return { bridge: exposed.engram as Record<string, unknown>, invoked };
}

/** The API methods the UI calls (`<anything>.method(` in renderer/, but in its generic clients renderer/api/). */
function methodsTheRendererCalls(): string[] {
  const files = readdirSync(join(root, "renderer"), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((f) => !f.includes("node_modules") && !f.startsWith("renderer/api/"));
  const text = files.map((f) => readFileSync(join(root, f), "utf8")).join("\n");
  return API_METHODS.filter((m) => new RegExp(`\\.\\s*${m}\\s*\\(`).test(text)).sort();
}

describe("the preload's bridge to the app window", () => {
  it("exposes exactly the API methods the UI calls, plus cancel, pathForFile and pickPath", async () => {
    expect([...RENDERER_METHODS].sort()).toEqual(methodsTheRendererCalls());
    const { bridge } = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual([...RENDERER_METHODS, "cancel", "pathForFile", "pickPath"].sort());
  });

  it("does not expose captureFrame: frames come from the capture scheduler in main, past its exclusion rules", async () => {
    const { bridge } = await loadPreload();
    expect(Object.keys(bridge)).not.toContain("captureFrame");
    expect(bridge.captureFrame).toBeUndefined();
  });

  it("forwards a method the window uses to main over engram:call", async () => {
    const { bridge, invoked } = await loadPreload();
    await (bridge.search as (r: unknown, o: unknown) => Promise<unknown>)({ query: "tea" }, { callId: "c1" });
    expect(invoked).toEqual([[CHANNELS.call, "search", { query: "tea" }, "c1"]]);
  });

  it("main refuses captureFrame from the window even when asked directly", () => {
    const frame = { png: new Uint8Array([137, 80, 78, 71]), capturedAt: Date.UTC(2024, 4, 30), app: "Firefox" };
    expect(() => validateCall("app://engram/index.html", "captureFrame", frame, "c1")).toThrow(/captureFrame is not open to the app window/);
    expect(() => validateCall("app://engram/index.html", "pruneCapture", {}, "c1")).toThrow(/pruneCapture is not open to the app window/);
  });
});
