/** The memory graph's labels never overlap: the biggest nodes' labels are kept first (renderer/views/graph/label-picker.ts). */
import { describe, expect, it } from "vitest";
import { pickLabels } from "../../renderer/views/graph/label-picker.js";

describe("pickLabels", () => {
  it("keeps a person's short label over a long memory title that would run over it, and both when they are apart", () => {
    const caroline = { key: "e:1", x: 500, y: 300, size: 14, width: 52 };
    // a memory 200 px to the left whose 330 px title runs across Caroline's label, 2 px lower
    const title = { key: "m:6", x: 300, y: 302, size: 6, width: 330 };
    const far = { key: "m:7", x: 300, y: 360, size: 6, width: 330 };
    expect(pickLabels([title, far, caroline], 12).map((c) => c.key)).toEqual(["e:1", "m:7"]);
  });

  it("puts a label that would run past the right edge on the node's left, and keeps it clear of others there", () => {
    const edge = { key: "m:1", x: 950, y: 200, size: 6, width: 180 };
    const [kept] = pickLabels([edge], 12, 1024);
    expect(kept).toMatchObject({ key: "m:1", side: "left" });
    expect(pickLabels([{ ...edge, x: 500 }], 12, 1024)[0]!.side).toBe("right");
    // a label already left of it takes the place the flipped one would need
    const neighbour = { key: "e:2", x: 700, y: 200, size: 14, width: 60 };
    expect(pickLabels([edge, neighbour], 12, 1024).map((c) => c.key)).toEqual(["e:2"]);
  });

  it("keeps labels on neighbouring lines when their boxes do not touch", () => {
    const rows = [0, 1, 2, 3].map((i) => ({ key: `m:${i}`, x: 100, y: 100 + i * 20, size: 5, width: 200 }));
    expect(pickLabels(rows, 12)).toHaveLength(4);
    const tight = [0, 1].map((i) => ({ key: `m:${i}`, x: 100, y: 100 + i * 10, size: 5, width: 200 }));
    expect(pickLabels(tight, 12)).toHaveLength(1);
  });

  it("puts a label on its node's left when a bigger neighbour's label takes its right ('Joanna' beside 'Nate')", () => {
    // two people 30 px apart on one line: Nate's label runs over the place Joanna's would take
    const nate = { key: "e:1", x: 480, y: 300, size: 14, width: 40 };
    const joanna = { key: "e:2", x: 450, y: 304, size: 13, width: 52 };
    const kept = pickLabels([joanna, nate], 12, 1440);
    expect(kept.map((c) => [c.key, c.side])).toEqual([
      ["e:1", "right"],
      ["e:2", "left"],
    ]);
    // with no room on the left either (the viewport's edge), it is left out
    expect(
      pickLabels(
        [
          { ...joanna, x: 40 },
          { ...nate, x: 70 },
        ],
        12,
        1440,
      ).map((c) => c.key),
    ).toEqual(["e:1"]);
  });
});
