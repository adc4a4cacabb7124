import type { MenuItemConstructorOptions } from "electron";
import type { CaptureStatus } from "../core/api/types.js";

/**
 * The tray icon's menu and tooltip from the capture state (pure; main.ts builds the Tray).
 */

/** What the tray menu can do. */
export interface TrayActions {
  show(): void;
  pause(minutes?: number): void;
  resume(): void;
  openCaptureSettings(): void;
  quit(): void;
}

const LABEL: Record<CaptureStatus["state"], string> = {
  running: "Capture is on",
  paused: "Capture is paused",
  off: "Capture is off",
  unavailable: "Capture is unavailable",
};

/** Tooltip of the tray icon, e.g. "Engram — capture is paused until 14:30". */
export function trayTooltip(status: Pick<CaptureStatus, "state" | "pausedUntil">, formatTime: (ms: number) => string): string {
  const until = status.state === "paused" && status.pausedUntil ? ` until ${formatTime(status.pausedUntil)}` : "";
  return `Engram — ${LABEL[status.state].toLowerCase()}${until}`;
}

/** The tray menu: open, the capture state, pause/resume entries that fit the state, quit. */
export function trayMenuTemplate(status: Pick<CaptureStatus, "state" | "pausedUntil">, actions: TrayActions): MenuItemConstructorOptions[] {
  const capture: MenuItemConstructorOptions[] =
    status.state === "running"
      ? [
          { label: "Pause capture for 15 minutes", click: () => actions.pause(15) },
          { label: "Pause capture for 1 hour", click: () => actions.pause(60) },
          { label: "Pause capture until I resume", click: () => actions.pause() },
        ]
      : status.state === "paused"
        ? [{ label: "Resume capture", click: () => actions.resume() }]
        : [{ label: status.state === "off" ? "Turn on capture…" : "Capture settings…", click: () => actions.openCaptureSettings() }];
  return [
    { label: "Open Engram", click: () => actions.show() },
    { type: "separator" },
    { label: LABEL[status.state], enabled: false },
    ...capture,
    { type: "separator" },
    { label: "Quit Engram", click: () => actions.quit() },
  ];
}
