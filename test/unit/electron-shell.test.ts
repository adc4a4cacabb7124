import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { appMenuTemplate, VIEWS } from "../../electron/menu.js";
import { installNetGuard, targetHost } from "../../electron/net-guard.js";
import { NetworkGrants } from "../../electron/security.js";
import { trayMenuTemplate, trayTooltip } from "../../electron/tray.js";

const noop = { show() {}, pause() {}, resume() {}, openCaptureSettings() {}, quit() {} };

describe("tray", () => {
  it("offers pause while running and resume while paused", () => {
    const labels = (state: "running" | "paused" | "off" | "unavailable") =>
      trayMenuTemplate({ state, pausedUntil: null }, noop)
        .map((i) => i.label)
        .filter(Boolean);
    expect(labels("running")).toEqual([
      "Open Engram",
      "Capture is on",
      "Pause capture for 15 minutes",
      "Pause capture for 1 hour",
      "Pause capture until I resume",
      "Quit Engram",
    ]);
    expect(labels("paused")).toEqual(["Open Engram", "Capture is paused", "Resume capture", "Quit Engram"]);
    expect(labels("off")).toContain("Turn on capture…");
  });

  it("calls the action of the clicked item", () => {
    const calls: Array<number | undefined> = [];
    const items = trayMenuTemplate({ state: "running", pausedUntil: null }, { ...noop, pause: (m) => calls.push(m) });
    items.find((i) => i.label === "Pause capture for 1 hour")!.click!({} as never, undefined, {} as never);
    items.find((i) => i.label === "Pause capture until I resume")!.click!({} as never, undefined, {} as never);
    expect(calls).toEqual([60, undefined]);
  });

  it("says until when capture is paused", () => {
    expect(trayTooltip({ state: "paused", pausedUntil: 5 }, () => "14:30")).toBe("Engram — capture is paused until 14:30");
    expect(trayTooltip({ state: "running", pausedUntil: null }, () => "")).toBe("Engram — capture is on");
  });
});

describe("app menu", () => {
  it("has the views with accelerators and the macOS app menu only on macOS", () => {
    const routes: string[] = [];
    const actions = { navigate: (r: string) => routes.push(r), exportData() {}, toggleCapturePause() {} };
    const linux = appMenuTemplate("linux", actions, { devTools: false });
    const mac = appMenuTemplate("darwin", actions, { devTools: true });
    expect(linux.map((m) => m.label ?? m.role)).toEqual(["File", "Edit", "View", "windowMenu"]);
    expect(mac[0]!.label).toBe("Engram");
    const view = linux.find((m) => m.label === "View")!.submenu as Array<{ label?: string; accelerator?: string; role?: string; click?: () => void }>;
    expect(view.filter((i) => i.accelerator?.startsWith("CmdOrCtrl+")).map((i) => i.label)).toEqual(VIEWS.map((v) => v.label));
    expect(view.some((i) => i.role === "toggleDevTools")).toBe(false);
    view.find((i) => i.label === "Graph")!.click!();
    expect(routes).toEqual(["/graph"]);
  });
});

describe("engine network guard", () => {
  it("reads the host of socket.connect calls; local IPC paths are not network", () => {
    expect(targetHost([[{ host: "example.com", port: 443 }, null]])).toBe("example.com");
    expect(targetHost([{ port: 80 }])).toBe("localhost");
    expect(targetHost([{ path: "/tmp/sock" }])).toBeNull();
    expect(targetHost(["/tmp/sock"])).toBeNull();
    expect(targetHost([443, "huggingface.co"])).toBe("huggingface.co");
  });

  it("refuses connections to hosts no download granted, and allows them again once removed", async () => {
    const server = createServer((_req, res) => res.end("ok")).listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const uninstall = installNetGuard(new NetworkGrants());
    try {
      const err = await fetch(url).then(
        () => null,
        (e: Error) => e,
      );
      expect(err).not.toBeNull();
      expect(String((err as Error & { cause?: Error }).cause?.message ?? err!.message)).toMatch(/Engram blocked a network connection to 127\.0\.0\.1/);
    } finally {
      uninstall();
    }
    expect(await (await fetch(url)).text()).toBe("ok");
    server.close();
  });
});
