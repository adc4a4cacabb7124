/**
 * Normalises LoCoMo evidence ids, whose annotations have known faults (see
 * ../shared/data/locomo/README.md): several ids in one string ("D8:6; D9:17"), an extra colon
 * ("D:11:26"), zero padding ("D30:05"). Ids that do not exist in the conversation are dropped.
 * @param raw the question's `evidence` array
 * @param known the dia_ids present in the conversation
 * @returns the set of valid, canonical ids (`D<session>:<turn>`), possibly empty.
 */
export function normaliseEvidence(raw: unknown[], known: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const item of raw) {
    for (const part of String(item).split(/[;,\s]+/)) {
      const m = /^D:?(\d+):0*(\d+)$/.exec(part.trim());
      if (!m) continue;
      const id = `D${Number(m[1])}:${Number(m[2])}`;
      if (known.has(id)) out.add(id);
    }
  }
  return out;
}
