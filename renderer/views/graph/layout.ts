import type Graph from "graphology";
import { Fa2Run } from "./fa2-run.js";
import { iterationBudget, type LayoutStart, type LayoutTick } from "./layout-protocol.js";

/** A running layout: `stop()` ends it early (idempotent). */
export interface LayoutHandle {
  stop: () => void;
  /** true when the layout runs in a web worker, false for the main-thread fallback */
  inWorker: boolean;
}

/**
 * Lays out `graph` with ForceAtlas2, writing x/y node attributes as it goes (sigma redraws on each
 * update). Runs in a module web worker (fa2.worker.ts, same origin, allowed by the app's CSP); if
 * a worker cannot start, falls back to the main thread in small batches per animation frame with
 * a smaller iteration budget, so the page stays responsive. `onDone` runs once at the end.
 */
export function startLayout(graph: Graph, onDone: () => void): LayoutHandle {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((k, i) => [k, i]));
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((k, i) => {
    positions[2 * i] = graph.getNodeAttribute(k, "x") as number;
    positions[2 * i + 1] = graph.getNodeAttribute(k, "y") as number;
  });
  const edges = new Uint32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_k, _a, s, t) => {
    edges[e++] = index.get(s)!;
    edges[e++] = index.get(t)!;
  });
  const apply = (pos: Float32Array): void => {
    graph.updateEachNodeAttributes(
      (key, attr) => {
        const i = index.get(key)!;
        return { ...attr, x: pos[2 * i], y: pos[2 * i + 1] };
      },
      { attributes: ["x", "y"] },
    );
  };
  const budget = iterationBudget(nodes.length);

  let finished = false;
  let raf = 0;
  let worker: Worker | null = null;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    onDone();
  };
  const stop = (): void => {
    worker?.terminate();
    cancelAnimationFrame(raf);
    finish();
  };
  const fallback = (): void => {
    const run = new Fa2Run(positions, edges, Math.ceil(budget / 3));
    const batch = nodes.length > 2000 ? 1 : 3;
    const tick = (): void => {
      if (finished) return;
      const done = run.step(batch);
      apply(positions);
      if (done) finish();
      else raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
  };

  try {
    worker = new Worker(new URL("./fa2.worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
  }
  if (!worker) {
    fallback();
    return { inWorker: false, stop };
  }
  worker.onmessage = (ev: MessageEvent<LayoutTick>) => {
    if (finished) return;
    apply(ev.data.positions);
    if (ev.data.done) {
      worker?.terminate();
      finish();
    }
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    worker?.terminate();
    worker = null;
    if (!finished) fallback();
  };
  const msg: LayoutStart = { type: "start", positions: positions.slice(), edges, iterations: budget };
  worker.postMessage(msg);
  return { inWorker: true, stop };
}
