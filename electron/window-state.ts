import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";

/**
 * Window size and position, remembered between runs (`<userData>/window-state.json`).
 * Pure logic: main.ts reads the displays from `screen` and the bounds from the window.
 */

/** A rectangle in screen coordinates (DIP). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered. `x`/`y` absent = let the OS place the window (centred). */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** First-run size. */
export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };
/** The smallest useful window. */
export const MIN_SIZE = { width: 720, height: 480 };
/** How much of the title bar must be on a display for saved coordinates to be reused, px. */
const VISIBLE = { width: 120, height: 40 };

const Schema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Makes a saved state fit the current displays (their work areas): a window whose title bar is
 * not at least 120×40 px on some display (a monitor was unplugged) loses its position and is
 * centred by the OS; the size is clamped to the largest work area and to MIN_SIZE.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  const maxW = Math.max(MIN_SIZE.width, ...workAreas.map((d) => d.width));
  const maxH = Math.max(MIN_SIZE.height, ...workAreas.map((d) => d.height));
  const width = Math.min(Math.max(state.width, MIN_SIZE.width), maxW);
  const height = Math.min(Math.max(state.height, MIN_SIZE.height), maxH);
  const out: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return out;
  const titleBar: Rect = { x: state.x, y: state.y, width, height: VISIBLE.height };
  const visible = workAreas.some((d) => {
    const o = overlap(titleBar, d);
    return o.width >= Math.min(VISIBLE.width, width) && o.height >= VISIBLE.height;
  });
  return visible ? { ...out, x: state.x, y: state.y } : out;
}

/** Reads the saved state; DEFAULT_STATE when missing or unreadable (never throws). */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = Schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : DEFAULT_STATE;
  } catch {
    return DEFAULT_STATE;
  }
}

/** Saves the state atomically (write to a temp file, then rename). */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}

/** The state to save from a window's normal (non-maximised) bounds and maximised flag. */
export function stateFromBounds(bounds: Rect, maximized: boolean): WindowState {
  return { x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height), maximized };
}
