import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

/**
 * A ForceAtlas2 run (Jacomy et al. 2014, via graphology-layout-forceatlas2) over a plain position
 * array, advanced in batches so the caller can yield between them (worker or main thread).
 */
export class Fa2Run {
  private readonly graph = new Graph({ type: "undirected", multi: false });
  private readonly settings: ReturnType<typeof forceAtlas2.inferSettings>;
  private done = 0;

  /**
   * @param positions interleaved x, y per node (read; `step` writes new positions back into it)
   * @param edges flat pairs of node indices
   * @param total iterations to run in all
   */
  constructor(
    private readonly positions: Float32Array,
    edges: Uint32Array,
    readonly total: number,
  ) {
    const n = positions.length / 2;
    for (let i = 0; i < n; i++) this.graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
    for (let i = 0; i + 1 < edges.length; i += 2) {
      const a = edges[i]!;
      const b = edges[i + 1]!;
      if (a !== b && a < n && b < n) this.graph.mergeEdge(a, b);
    }
    this.settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: n > 600 };
  }

  /** Runs up to `batch` more iterations; returns true when the budget is used up. */
  step(batch: number): boolean {
    const k = Math.min(batch, this.total - this.done);
    if (k > 0) {
      forceAtlas2.assign(this.graph, { iterations: k, settings: this.settings });
      this.done += k;
      this.graph.forEachNode((key, a) => {
        const i = Number(key);
        this.positions[2 * i] = a.x as number;
        this.positions[2 * i + 1] = a.y as number;
      });
    }
    return this.done >= this.total;
  }
}
