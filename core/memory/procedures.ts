/** A how-to found in a text: a title and its ordered steps. */
export interface Procedure {
  title: string;
  steps: string[];
}

const LIST_ITEM = /^\s*(?:(?:step\s*)?(\d+)\s*[.):-]|[-*•])\s+(.+?)\s*$/i;
const SEQUENCE_CUE = /^(first(?:ly)?|to start|to begin|second(?:ly)?|third(?:ly)?|then|next|after that|afterwards|after this|finally|lastly|last)\b[,:]?\s*/i;

/** "How do I reset my router?" → "How to reset my router"; other lines lose a trailing colon. */
export function howToTitle(line: string): string {
  const text = line.trim().replace(/[:：]\s*$/, "");
  const q = /^(?:so,?\s*)?how (?:do|can|should|would) (?:i|you|we|one) (.+?)\s*\??$/i.exec(text);
  if (q) return `How to ${q[1]}`;
  return text.replace(/\?$/, "");
}

/** A run of ≥ 2 consecutive list lines (numbered, or bullets) and the line above it. */
function listSteps(text: string): { before: string | null; steps: string[] } | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const steps: string[] = [];
    let j = i;
    let expected = 1;
    for (; j < lines.length; j++) {
      const m = LIST_ITEM.exec(lines[j]!);
      if (!m) {
        if (lines[j]!.trim() === "" && steps.length) continue;
        break;
      }
      if (m[1] && Number(m[1]) !== expected) break;
      expected++;
      steps.push(m[2]!);
    }
    if (steps.length >= 2) {
      const before = lines.slice(0, i).reverse().find((l) => l.trim() !== "") ?? null;
      return { before, steps };
    }
  }
  return null;
}

/** Sentences led by first / then / next / finally (≥ 3, starting with "first"). */
function sequenceSteps(sentences: string[]): { before: string | null; steps: string[] } | null {
  const start = sentences.findIndex((s) => /^(first(?:ly)?|to (start|begin))\b/i.test(s.trim()));
  if (start < 0) return null;
  const steps: string[] = [];
  for (let i = start; i < sentences.length; i++) {
    const s = sentences[i]!.trim();
    if (!SEQUENCE_CUE.test(s)) break;
    const step = s.replace(SEQUENCE_CUE, "");
    steps.push(step[0] ? step[0].toUpperCase() + step.slice(1) : step);
  }
  return steps.length >= 3 ? { before: start > 0 ? sentences[start - 1]! : null, steps } : null;
}

/**
 * Finds a step list in `text`: numbered or bulleted lines ("1. …", "- …"), or sentences led by
 * "First, … Then, … Finally, …". The title is the line or sentence right before the steps, or else
 * `previous` (typically the question the text answers: "How do I …?" → "How to …"), or else the first step.
 * @param sentences the text's sentences, for the "First … then …" form
 * @returns the procedure, or null when the text holds no step list.
 */
export function extractProcedure(text: string, sentences: string[], previous: string | null): Procedure | null {
  const found = listSteps(text) ?? sequenceSteps(sentences);
  if (!found) return null;
  const steps = found.steps.map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean);
  const before = found.before?.trim();
  const fromPrevious = previous && /\bhow\b|\bsteps?\b|\brecipe\b|\binstructions?\b/i.test(previous) ? previous : null;
  const titleLine = before && (before.endsWith(":") || /\bhow\b|\bsteps?\b|\brecipe\b/i.test(before)) ? before : (fromPrevious ?? before ?? steps[0]!);
  return { title: howToTitle(titleLine), steps };
}

/** A procedure as memory text: the title, then one numbered line per step. */
export function procedureContent(p: Procedure): string {
  return `${p.title}:\n${p.steps.map((s, i) => `${i + 1}. ${s}`).join("\n")}`;
}
