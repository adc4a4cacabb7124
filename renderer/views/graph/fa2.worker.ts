import { Fa2Run } from "./fa2-run.js";
import type { LayoutStart, LayoutStop, LayoutTick } from "./layout-protocol.js";

// The ForceAtlas2 layout worker: runs batches of iterations and posts positions after each.
const scope = self as unknown as {
  postMessage: (msg: LayoutTick, transfer: Transferable[]) => void;
  onmessage: ((e: MessageEvent<LayoutStart | LayoutStop>) => void) | null;
};
let run: Fa2Run | null = null;
let positions: Float32Array | null = null;

/** Posts positions at most about every 150 ms: each post makes the page redraw the whole graph. */
const POST_EVERY_MS = 150;

function loop(): void {
  if (!run || !positions) return;
  const start = performance.now();
  let done = false;
  while (!done && performance.now() - start < POST_EVERY_MS) done = run.step(5);
  const msg: LayoutTick = { type: "tick", positions: positions.slice(), done };
  scope.postMessage(msg, [msg.positions.buffer]);
  if (done) run = null;
  else setTimeout(loop, 0);
}

scope.onmessage = (e: MessageEvent<LayoutStart | LayoutStop>) => {
  if (e.data.type === "stop") {
    run = null;
    return;
  }
  positions = e.data.positions;
  run = new Fa2Run(positions, e.data.edges, e.data.iterations);
  loop();
};
