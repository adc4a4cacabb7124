/** A label sigma would draw this frame: its node's centre and drawn radius (viewport px) and the text's width. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

/** Which side of its node a label is drawn on. */
type Side = "right" | "left";

/**
 * The labels to draw so that none overlaps another: the biggest nodes' labels first (people and
 * places, well-linked memories), each kept only if its box is clear of those kept before it (greedy
 * placement, as map labelling does). Sigma's own label grid keeps one label per 100 px cell, but a
 * long memory title spans several cells and ran over its neighbours' labels.
 * A box is where sigma's drawDiscNodeLabel writes: from `size + 3` px right of the centre, one line
 * of `lineHeight` px centred on it, with `gap` px of space around. A label that would run past the
 * right edge of a viewport `viewportWidth` px wide goes on the node's left (`side: "left"`, its text
 * ending `size + 3` px left of the centre) when it fits there; otherwise it stays on the right, cut.
 * A label whose side is taken by a label kept before it goes on the other side when that side is
 * clear and inside the viewport (two people drawn side by side are both named).
 * @returns the kept candidates with their side, biggest node first
 */
export function pickLabels<T extends LabelCandidate>(
  candidates: T[],
  lineHeight: number,
  viewportWidth = Number.POSITIVE_INFINITY,
  gap = 4,
): Array<T & { side: Side }> {
  const order = [...candidates].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const kept: Array<T & { side: Side }> = [];
  const boxes: Array<[number, number, number, number]> = [];
  const clear = (box: [number, number, number, number]) => !boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
  for (const c of order) {
    const right = c.x + c.size + 3 - gap / 2;
    const left = c.x - c.size - 3 - c.width - gap / 2;
    const fitsRight = right + c.width + gap <= viewportWidth;
    const preferred: Side = !fitsRight && left >= 0 ? "left" : "right";
    // a label flipped left for the edge has no other side; one on the right may go left
    const other: Side | null = preferred === "right" && left >= 0 ? "left" : null;
    for (const side of other ? [preferred, other] : [preferred]) {
      const x0 = side === "right" ? right : left;
      const box: [number, number, number, number] = [x0, c.y - lineHeight / 2 - gap / 2, x0 + c.width + gap, c.y + lineHeight / 2 + gap / 2];
      if (!clear(box)) continue;
      boxes.push(box);
      kept.push({ ...c, side });
      break;
    }
  }
  return kept;
}
