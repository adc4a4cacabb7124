import { Fa2Run } from "./fa2-run.js";
import type { LayoutStart, LayoutStop, LayoutTick } from "./layout-protocol.js";

// The ForceAtlas2 layout worker: runs batches of iterations and posts positions after each.
const scope = self as unknown as {
  postMessage: (msg: LayoutTick, transfer: Transferable[]) => void;
  onmessage: ((e: MessageEvent<LayoutStart | LayoutStop>) => void) | null;
};
let run: Fa2Run | null = null;
let positions: Float32Array | null = null;

function loop(): void {
  if (!run || !positions) return;
  const done = run.step(10);
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
