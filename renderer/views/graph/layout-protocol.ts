/**
 * Messages between the graph view and its ForceAtlas2 layout worker (fa2.worker.ts).
 * Positions travel as one Float32Array of interleaved x, y per node, in `nodes` order.
 */

/** Main → worker: start a layout of `nodeCount` nodes linked by `edges` (pairs of node indices). */
export interface LayoutStart {
  type: "start";
  positions: Float32Array;
  /** flat [source, target, source, target, …] node indices */
  edges: Uint32Array;
  /** total FA2 iterations to run */
  iterations: number;
}

/** Main → worker: stop early. */
export interface LayoutStop {
  type: "stop";
}

/** Worker → main: new positions after some iterations; `done` after the last batch. */
export interface LayoutTick {
  type: "tick";
  positions: Float32Array;
  done: boolean;
}

/** Iterations for a graph of `n` nodes: enough to settle, bounded so big graphs stop in seconds. */
export function iterationBudget(n: number): number {
  if (n <= 500) return 600;
  if (n <= 2000) return 300;
  return 150;
}
