/**
 * Every class the renderer's stylesheets style is one the renderer uses: a rule left behind by a
 * removed component (the graph's old entity card, `.graph-card`) only misleads whoever reads the
 * styles next. A class counts as used when renderer/ (TypeScript, TSX, HTML) names it as a whole
 * word, or builds it from a prefix in a template literal (`type-${m.type}` uses every `type-*`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const RENDERER = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "renderer");

/** The files under renderer/ whose name ends with one of `exts`, read whole. */
function sources(exts: string[]): Array<{ file: string; text: string }> {
  return readdirSync(RENDERER, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x)))
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ file, text: readFileSync(file, "utf8") }));
}

/** The class names in the selectors of `css` (comments and declaration blocks left out). */
function styledClasses(css: string): string[] {
  let s = css.replace(/\/\*[\s\S]*?\*\//g, "");
  // declaration blocks, innermost first (those of @media rules hold selectors and stay)
  s = s.replace(/\{[^{}]*\}/g, "{}");
  return [...s.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((m) => m[1]!);
}

describe("the renderer's stylesheets", () => {
  it("style only classes the renderer uses", () => {
    const code = sources([".ts", ".tsx", ".html"])
      .map((f) => f.text)
      .join("\n");
    // prefixes of class names built in template literals: `toast-${tone}`, `history-item op-${op}`
    const prefixes = [...code.matchAll(/([A-Za-z][\w-]*-)\$\{/g)].map((m) => m[1]!);
    const used = (c: string): boolean => new RegExp(`(?<![\\w-])${c}(?![\\w-])`).test(code) || prefixes.some((p) => c.startsWith(p));
    const styles = sources([".css"]);
    expect(styles.length).toBeGreaterThan(3);
    const unused = styles.flatMap(({ file, text }) =>
      [...new Set(styledClasses(text))].filter((c) => !used(c)).map((c) => `${file.slice(RENDERER.length + 1)}: .${c}`),
    );
    expect(unused).toEqual([]);
  });
});
