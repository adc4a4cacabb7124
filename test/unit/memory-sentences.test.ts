/** Sentence parsing shared by the memory engine's extractors (core/memory/sentences.ts). */
import { describe, expect, it } from "vitest";
import { nounPhrases, parseSentence } from "../../core/memory/sentences.js";

describe("nounPhrases", () => {
  it("gives whole noun phrases with their adjectives (as written), as an episode's title needs them", () => {
    expect(nounPhrases(parseSentence("I love my big dog and the green house by the lake."))).toEqual(["I", "my big dog", "the green house", "the lake."]);
  });

  it("gives nothing for a sentence that was not parsed (no first person, no name)", () => {
    expect(nounPhrases(parseSentence("that sounds great."))).toEqual([]);
  });
});
