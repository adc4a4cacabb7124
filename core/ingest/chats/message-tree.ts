/**
 * An AI chat's message tree, as ChatGPT's and DeepSeek's exports write it (`mapping`: node id → `{ parent,
 * children, message }`): editing a message or regenerating an answer starts a new branch beside the old
 * one, and a reader keeps only the branch the user ended on, from its leaf up the `parent` links to the root.
 */
import { formatPath } from "../kit/validate.js";
import { ImportError } from "../kit/types.js";

/** A node of a message tree: its parent's id (null or absent at the root) and its children's ids. */
export interface TreeNode {
  parent?: string | null;
  children?: string[] | null;
}

/**
 * The node ids from the root to `leaf`, following `parent` links.
 * @param index the conversation's index in the export, for the error's JSON path
 * @param from where `leaf` was named, for the error's location (`[3].current_node`)
 * @throws ImportError naming `from` or `[index].mapping.<id>.parent` when a node named is not in
 *   `mapping`, or when the parent links loop back to a node already passed
 */
export function branchTo(mapping: Record<string, TreeNode>, leaf: string, file: string, index: number, from: string): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  let named = from;
  for (let id: string | null | undefined = leaf; id != null; ) {
    const node: TreeNode | undefined = mapping[id];
    if (!node) throw new ImportError(file, named, `node ${JSON.stringify(id)} is not in mapping`);
    if (seen.has(id)) throw new ImportError(file, named, `the parent links loop back to node ${JSON.stringify(id)}`);
    seen.add(id);
    ids.push(id);
    named = formatPath([index, "mapping", id, "parent"]);
    id = node.parent;
  }
  return ids.reverse();
}

/**
 * The leaf (a node with no children) whose time is newest, the last one in `mapping` on a tie; null for
 * an empty mapping. The branch to it is the one the user saw last when the export does not say.
 * @param timeOf a node's time (any unit, larger is later; its message's, else 0)
 */
export function newestLeaf<N extends TreeNode>(mapping: Record<string, N>, timeOf: (node: N) => number): string | null {
  let best: string | null = null;
  let bestTime = -Infinity;
  for (const [id, node] of Object.entries(mapping)) {
    if (node.children?.length) continue;
    const t = timeOf(node);
    if (t >= bestTime) [best, bestTime] = [id, t];
  }
  return best;
}
