/** A small deterministic generator for the people's generated files (the same files every run). */

/** A generator of numbers in [0, 1) from `seed` (a linear congruential generator): each call gives the next. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
