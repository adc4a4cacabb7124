import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { DEFAULT_STATE, fitToDisplays, loadWindowState, MIN_SIZE, saveWindowState, stateFromBounds } from "../../electron/window-state.js";

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe("window state", () => {
  it("keeps a window that is visible on a display", () => {
    const s = fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop, external]);
    expect(s).toEqual({ x: 1600, y: 100, width: 1200, height: 800, maximized: false });
  });

  it("forgets the position when its monitor was unplugged, and shrinks it to fit", () => {
    const s = fitToDisplays({ x: 1600, y: 100, width: 2400, height: 1300, maximized: true }, [laptop]);
    expect(s.x).toBeUndefined();
    expect(s.y).toBeUndefined();
    expect(s).toMatchObject({ width: 1440, height: 875, maximized: true });
  });

  it("keeps a window whose title bar is partly on screen, drops one only a sliver shows", () => {
    expect(fitToDisplays({ x: -1000, y: 10, width: 1200, height: 700, maximized: false }, [laptop]).x).toBe(-1000);
    expect(fitToDisplays({ x: 1400, y: 10, width: 1000, height: 700, maximized: false }, [laptop]).x).toBeUndefined();
    expect(fitToDisplays({ x: 100, y: 860, width: 1000, height: 700, maximized: false }, [laptop]).x).toBeUndefined();
  });

  it("never goes below the minimum size", () => {
    const s = fitToDisplays({ width: 100, height: 50, maximized: false }, [laptop]);
    expect(s).toEqual({ width: MIN_SIZE.width, height: MIN_SIZE.height, maximized: false });
  });

  it("round-trips through its file and falls back to defaults on junk", () => {
    const dir = mkdtempSync(join(tmpdir(), "engram-ws-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "sub", "window-state.json");
    expect(loadWindowState(file)).toEqual(DEFAULT_STATE);
    const state = stateFromBounds({ x: 10.4, y: 20.6, width: 1000, height: 700 }, false);
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: false });
    writeFileSync(file, "{not json");
    expect(loadWindowState(file)).toEqual(DEFAULT_STATE);
    writeFileSync(file, JSON.stringify({ width: -5, height: 10, maximized: false }));
    expect(loadWindowState(file)).toEqual(DEFAULT_STATE);
  });
});
