import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FrameInput, FrameVerdict } from "../../core/capture/pipeline.js";
import { PAUSED_FOREVER } from "../../core/capture/settings.js";
import { startCaptureScheduler, type Capturer, type SchedulerSettings, type SchedulerState } from "../../electron/capture/scheduler.js";

/** A capturer with two displays; counts grabs. */
function fakeCapturer(active: { app: string; title: string; url: string | null; display?: number } | null = null) {
  const calls = { grabs: 0 };
  const capturer: Capturer = {
    async grab() {
      calls.grabs++;
      return [1, 2].map((display) => ({ display, raw: { data: new Uint8Array(4 * 4 * 4), width: 4, height: 4, order: "bgra" as const } }));
    },
    activeWindow: async () => active,
  };
  return { capturer, calls };
}

const TERMINAL = { app: "Terminal", title: "zsh", url: null };

function harness(
  initial: Partial<SchedulerSettings>,
  opts: { active?: Parameters<typeof fakeCapturer>[0]; ingestMs?: number; verdict?: FrameVerdict["status"] } = {},
) {
  const settings: SchedulerSettings = { enabled: true, intervalMs: 5000, pausedUntil: 0, hours: null, allowUnidentified: false, ...initial };
  const frames: FrameInput[] = [];
  const states: SchedulerState[] = [];
  const verdicts: Array<[number, FrameVerdict]> = [];
  const load = { now: 0, max: 0 };
  const { capturer, calls } = fakeCapturer(opts.active === undefined ? TERMINAL : opts.active);
  const scheduler = startCaptureScheduler({
    capturer,
    settings: () => ({ ...settings }),
    setPaused: (until) => {
      settings.pausedUntil = until;
    },
    ingest: async (f) => {
      frames.push(f);
      load.max = Math.max(load.max, ++load.now);
      if (opts.ingestMs) await new Promise((r) => setTimeout(r, opts.ingestMs));
      load.now--;
      return { status: opts.verdict ?? "stored", timings: {} };
    },
    onState: (s) => states.push(s),
    onVerdict: (v, display) => verdicts.push([display, v]),
  });
  return { settings, frames, states, verdicts, calls, scheduler, load };
}

describe("capture scheduler (fake capturer)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2024, 4, 1, 12, 0, 0));
  });
  afterEach(() => vi.useRealTimers());

  it("grabs every display at the interval and hands each frame to the pipeline with the active window", async () => {
    const h = harness({ intervalMs: 5000 }, { active: { app: "Firefox", title: "Docs", url: "https://example.org/" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.frames.map((f) => f.display)).toEqual([1, 2]);
    expect(h.frames[0]).toMatchObject({ app: "Firefox", windowTitle: "Docs", url: "https://example.org/", capturedAt: Date.parse("2024-05-01T12:00:00") - 0 });
    expect(h.frames[0]!.raw?.order).toBe("bgra");
    await vi.advanceTimersByTimeAsync(4999);
    expect(h.calls.grabs).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls.grabs).toBe(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.calls.grabs).toBe(4);
    expect(h.scheduler.state()).toMatchObject({ status: "running", counts: { stored: 8, duplicate: 0, errors: 0 } });
    await h.scheduler.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls.grabs).toBe(4);
    expect(h.scheduler.state().status).toBe("stopped");
  });

  it("gives the active window's metadata only to its own display when the capturer says which", async () => {
    const h = harness({ allowUnidentified: true }, { active: { app: "Terminal", title: "zsh", url: null, display: 2 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.frames.map((f) => [f.display, f.app])).toEqual([
      [1, null],
      [2, "Terminal"],
    ]);
    await h.scheduler.stop();
  });

  it("keeps a frame whose active window is unknown from the pipeline unless allowUnidentified is on", async () => {
    // the helper cannot tell (e.g. Wayland): nothing reaches ingest, both displays are excluded with the reason
    const unknown = harness({}, { active: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(unknown.frames).toEqual([]);
    expect(unknown.verdicts.map(([d, v]) => [d, v.status])).toEqual([
      [1, "excluded"],
      [2, "excluded"],
    ]);
    expect(unknown.verdicts[0]![1].reason).toBe("active window unknown (the platform did not name it); capture.allowUnidentified is off");
    expect(unknown.scheduler.state().counts).toMatchObject({ stored: 0, excluded: 2, errors: 0 });
    // turned on, the same frames go to the pipeline without metadata
    unknown.settings.allowUnidentified = true;
    await unknown.scheduler.reload();
    expect(unknown.frames.map((f) => [f.display, f.app, f.windowTitle])).toEqual([
      [1, null, null],
      [2, null, null],
    ]);
    await unknown.scheduler.stop();

    // the focused window is on display 2: display 1's content is unknown
    const other = harness({}, { active: { app: "Terminal", title: "zsh", url: null, display: 2 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(other.frames.map((f) => [f.display, f.app])).toEqual([[2, "Terminal"]]);
    expect(other.verdicts[0]).toEqual([
      1,
      expect.objectContaining({ status: "excluded", reason: expect.stringContaining("the focused window is on another display") }),
    ]);
    await other.scheduler.stop();

    // a failing helper or no helper at all: the reason says why
    const reasons: string[] = [];
    for (const activeWindow of [async () => Promise.reject(new Error("xprop: unable to open display ':0'")), undefined]) {
      const scheduler = startCaptureScheduler({
        capturer: { grab: async () => [{ display: 7, raw: { data: new Uint8Array(64), width: 4, height: 4, order: "bgra" } }], activeWindow },
        settings: () => ({ enabled: true, intervalMs: 5000, pausedUntil: 0, hours: null, allowUnidentified: false }),
        ingest: async () => ({ status: "stored", timings: {} }),
        onVerdict: (v) => reasons.push(v.reason ?? ""),
      });
      await vi.advanceTimersByTimeAsync(0);
      await scheduler.stop();
    }
    expect(reasons).toEqual([
      "active window unknown (xprop: unable to open display ':0'); capture.allowUnidentified is off",
      "active window unknown (no active-window helper); capture.allowUnidentified is off",
    ]);
  });

  it("captures nothing until capture is turned on, and starts on reload", async () => {
    const h = harness({ enabled: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls.grabs).toBe(0);
    expect(h.scheduler.state().status).toBe("off");
    h.settings.enabled = true;
    await h.scheduler.reload();
    expect(h.calls.grabs).toBe(1);
    expect(h.states.map((s) => s.status)).toEqual(["running"]); // "off" was the initial state
    await h.scheduler.stop();
  });

  it("pauses and resumes (the global shortcut toggles), persisting the pause", async () => {
    const h = harness({});
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls.grabs).toBe(1);
    await h.scheduler.toggle();
    expect(h.settings.pausedUntil).toBe(PAUSED_FOREVER);
    expect(h.scheduler.state()).toMatchObject({ status: "paused", reason: "capture is paused" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls.grabs).toBe(1);
    await h.scheduler.toggle();
    expect(h.settings.pausedUntil).toBe(0);
    expect(h.calls.grabs).toBe(2);
    await h.scheduler.pause(Date.now() + 10_000);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(h.calls.grabs).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.calls.grabs).toBe(3);
    await h.scheduler.stop();
  });

  it("keeps to the capture hours", async () => {
    const h = harness({ hours: { start: "13:00", end: "14:00" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.scheduler.state()).toMatchObject({ status: "paused", reason: "outside capture hours 13:00–14:00" });
    await vi.advanceTimersByTimeAsync(60 * 60_000 + 5000);
    expect(h.scheduler.state().status).toBe("running");
    expect(h.calls.grabs).toBeGreaterThan(0);
    await h.scheduler.stop();
  });

  it("never runs two rounds at once when the pipeline is slower than the interval", async () => {
    const h = harness({ intervalMs: 1000 }, { ingestMs: 3000 });
    await vi.advanceTimersByTimeAsync(20_000);
    // each round takes 2 displays × 3 s of ingest: rounds follow each other without overlap
    expect(h.load.max).toBe(1);
    expect(h.calls.grabs).toBe(4); // rounds start at 0, 6, 12 and 18 s
    const stopping = h.scheduler.stop(); // waits for the round in progress
    await vi.advanceTimersByTimeAsync(6000);
    await stopping;
    expect(h.calls.grabs).toBe(4);
  });

  it("reports grab failures and keeps going", async () => {
    const errors: string[] = [];
    let fail = true;
    const scheduler = startCaptureScheduler({
      capturer: {
        async grab() {
          if (fail) throw new Error("screen recording permission denied");
          return [];
        },
      },
      settings: () => ({ enabled: true, intervalMs: 5000, pausedUntil: 0, hours: null, allowUnidentified: false }),
      ingest: async () => ({ status: "stored", timings: {} }),
      onError: (e) => errors.push(e.message),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(["screen recording permission denied"]);
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(errors).toHaveLength(1);
    expect(scheduler.state().counts.errors).toBe(1);
    await scheduler.stop();
  });
});
