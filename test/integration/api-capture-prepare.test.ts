import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { lettersEmbedder as embedder } from "../fixtures/letters-embedder.js";
import { testApi, type TestApi } from "../helpers/api.js";

/**
 * The desktop app's engine makes its capture pipeline when capture is running, not with the
 * scheduler's first frame: the pipeline's OCR warm-up (core/capture/README.md, *The first frame
 * after a start*) then runs before the first screen is read.
 */

let t: TestApi | null = null;
afterEach(async () => {
  if (!t) return;
  await t.api.close();
  t.close();
  rmSync(t.dir, { recursive: true, force: true });
  t = null;
});

describe("capture's pipeline made ahead of the first frame", () => {
  it("is made and warmed when capture is turned on, and not while it is off", async () => {
    t = testApi({ embedder, captureAvailable: true });
    expect(await t.api.prepareCapture()).toBe(false);
    const status = await t.api.setCaptureSettings({ enabled: true });
    expect(status.state).toBe("running");
    // setCaptureSettings began it; prepareCapture resolves when that warm-up has ended
    expect(await t.api.prepareCapture()).toBe(true);
    const paused = await t.api.pauseCapture({ minutes: 5 });
    expect(paused.state).toBe("paused");
    expect(await t.api.prepareCapture()).toBe(false);
  });

  it("makes nothing on a host that does not capture the screen", async () => {
    t = testApi({ embedder, captureAvailable: false });
    await t.api.setCaptureSettings({ enabled: true });
    expect(await t.api.prepareCapture()).toBe(false);
  });
});
