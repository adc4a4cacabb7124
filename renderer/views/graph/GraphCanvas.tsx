import Graph from "graphology";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { drawDiscNodeLabel, EdgeLineProgram } from "sigma/rendering";
import type { GraphEdge, GraphNode } from "../../../core/api/types.js";
import { pickLabels } from "./label-picker.js";
import { startLayout, type LayoutHandle } from "./layout.js";

const MEMORY_GROUPS = new Set(["core", "episodic", "semantic", "procedural", "resource", "vault"]);

/** CSS colour of a node group: `--type-<memory type>`, or `--type-entity` for entities. */
function groupColor(style: CSSStyleDeclaration, group: string): string {
  return style.getPropertyValue(MEMORY_GROUPS.has(group) ? `--type-${group}` : "--type-entity").trim() || "#888";
}

/** Builds the graphology graph: nodes on a spiral (a deterministic start for the layout), sized by degree. */
function buildGraph(nodes: GraphNode[], edges: GraphEdge[]): Graph {
  const style = getComputedStyle(document.documentElement);
  const g = new Graph({ type: "undirected", multi: false });
  nodes.forEach((n, i) => {
    if (g.hasNode(n.id)) return;
    const r = Math.sqrt(i + 1) * 10;
    const a = i * 2.399963; // golden angle
    g.addNode(n.id, {
      x: r * Math.cos(a),
      y: r * Math.sin(a),
      size: Math.min(14, (n.kind === "entity" ? 4 : 3) + Math.sqrt(n.degree) * 1.3),
      label: n.label.length > 60 ? `${n.label.slice(0, 57)}…` : n.label,
      color: groupColor(style, n.group),
      kind: n.kind,
    });
  });
  const edgeColor = style.getPropertyValue("--border-strong").trim() || "#ccc";
  for (const e of edges) {
    if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.source, e.target)) {
      g.addEdge(e.source, e.target, { size: e.relation === "supersedes" ? 1.5 : 0.6, color: edgeColor });
    }
  }
  return g;
}

/** The label line height of a frame's labels (sigma's labelSize), 12 when there are none. */
function lineHeightOf(frame: Array<{ args: Parameters<typeof drawDiscNodeLabel> }>): number {
  return frame[0]?.args[2].labelSize ?? 12;
}

/**
 * The sigma.js (WebGL) drawing of the memory graph with a ForceAtlas2 layout. Hovering a node
 * highlights its neighbours; clicking calls `onNodeClick`. Rebuilt when nodes/edges change; its
 * colours are read from the page's CSS variables when it is built, so a theme change needs a new
 * one (`key={theme}`). Shows an error message instead when WebGL is unavailable.
 */
export function GraphCanvas({
  nodes,
  edges,
  onNodeClick,
  onLayoutState,
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  onNodeClick: (node: GraphNode) => void;
  onLayoutState?: (running: boolean) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const clickRef = useRef(onNodeClick);
  clickRef.current = onNodeClick;
  const layoutRef = useRef(onLayoutState);
  layoutRef.current = onLayoutState;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const graph = buildGraph(nodes, edges);
    const style = getComputedStyle(document.documentElement);
    let sigma: Sigma | null = null;
    let layout: LayoutHandle | null = null;
    // sigma's label grid chooses the labels of a frame; they are drawn once it has (afterRender),
    // those that would overlap left out (label-picker.ts)
    type DrawLabel = typeof drawDiscNodeLabel;
    let labels: Array<{ args: Parameters<DrawLabel>; width: number }> = [];
    try {
      sigma = new Sigma(graph, el, {
        defaultDrawNodeLabel: (context, data, settings) => {
          if (!data.label) return;
          context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
          labels.push({ args: [context, data, settings], width: context.measureText(data.label).width });
        },
        renderEdgeLabels: false,
        // Labels only for the bigger (well-linked) nodes, so names stay readable.
        labelRenderedSizeThreshold: nodes.length > 1500 ? 11 : nodes.length > 300 ? 9 : 6,
        // sigma's grid offers up to 3 labels per 100 px cell (at 0.4, one: of two people drawn side
        // by side only the bigger was named); pickLabels keeps those that do not overlap
        labelDensity: 3,
        labelColor: { color: style.getPropertyValue("--text").trim() },
        labelFont: getComputedStyle(document.body).fontFamily,
        labelSize: 12,
        defaultEdgeColor: style.getPropertyValue("--border-strong").trim(),
        zIndex: true,
        // Big graphs: draw only nodes while panning/zooming, so the camera stays fluid.
        hideEdgesOnMove: nodes.length > 1500,
        hideLabelsOnMove: nodes.length > 1500,
        // One-pixel lines are far cheaper to draw than the default thick edges.
        ...(edges.length > 3000 ? { defaultEdgeType: "line", edgeProgramClasses: { line: EdgeLineProgram } } : {}),
      });
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    const s = sigma;
    // a frame's labels are its own: those of the frame sigma drew in its constructor, before these
    // listeners, had been drawn again with the next frame's, on the other side of each node
    s.on("beforeRender", () => {
      labels = [];
    });
    s.on("afterRender", () => {
      const frame = labels;
      const candidates = frame.map((l) => ({ ...l, key: String(l.args[1].key), x: l.args[1].x, y: l.args[1].y, size: l.args[1].size }));
      const [context, , settings] = frame[0]?.args ?? [];
      for (const l of pickLabels(candidates, lineHeightOf(frame), s.getDimensions().width)) {
        const data = l.args[1];
        // on the left: the text ends size + 3 px left of the centre, where sigma starts it on the right
        if (l.side === "left") drawDiscNodeLabel(context!, { ...data, x: data.x - 2 * (data.size + 3) - l.width }, settings!);
        else drawDiscNodeLabel(...l.args);
      }
    });

    // Hover: keep the node and its neighbours, dim the rest.
    let hovered: string | null = null;
    let neighbours = new Set<string>();
    const dim = style.getPropertyValue("--bg-hover").trim();
    s.setSetting("nodeReducer", (node, data) => {
      if (!hovered || node === hovered || neighbours.has(node)) return { ...data, zIndex: 1, highlighted: node === hovered };
      return { ...data, color: dim, label: "", zIndex: 0 };
    });
    s.setSetting("edgeReducer", (edge, data) => {
      if (!hovered) return data;
      return graph.hasExtremity(edge, hovered) ? { ...data, color: style.getPropertyValue("--accent").trim(), size: 1.5 } : { ...data, hidden: true };
    });
    s.on("enterNode", ({ node }) => {
      hovered = node;
      neighbours = new Set(graph.neighbors(node));
      el.style.cursor = "pointer";
      s.refresh({ skipIndexation: true });
    });
    s.on("leaveNode", () => {
      hovered = null;
      neighbours = new Set();
      el.style.cursor = "";
      s.refresh({ skipIndexation: true });
    });
    s.on("clickNode", ({ node }) => {
      const n = byId.get(node);
      if (n) clickRef.current(n);
    });

    if (graph.order > 1) {
      layoutRef.current?.(true);
      layout = startLayout(graph, () => layoutRef.current?.(false));
    }
    return () => {
      layout?.stop();
      s.kill();
    };
  }, [nodes, edges]);

  return (
    <div
      className="graph-canvas"
      ref={container}
      data-testid="graph-canvas"
      data-nodes={nodes.length}
      aria-label={`Memory graph with ${nodes.length} nodes`}
      role="img"
    >
      {error && (
        <div className="graph-error" role="alert">
          The graph could not be drawn: {error}. It needs WebGL; check that hardware acceleration is not disabled.
        </div>
      )}
    </div>
  );
}
