import { describe, expect, it } from "vitest";
import { relationQuestion } from "../../core/assistant/relation-question.js";

describe("questions about a single-valued relation", () => {
  it("names the relation and whose it is, the user for I, me and my", () => {
    expect(relationQuestion("Where do I live?")).toEqual({ predicate: "lives_in", subject: { user: true } });
    expect(relationQuestion("Where does Jon live now?")).toEqual({ predicate: "lives_in", subject: { name: "Jon" } });
    expect(relationQuestion("Where is Maria based?")).toEqual({ predicate: "lives_in", subject: { name: "Maria" } });
    expect(relationQuestion("Where does Gina work?")).toEqual({ predicate: "works_at", subject: { name: "Gina" } });
    expect(relationQuestion("What is my job?")).toEqual({ predicate: "works_as", subject: { user: true } });
    expect(relationQuestion("What's Tim's job?")).toEqual({ predicate: "works_as", subject: { name: "Tim" } });
    expect(relationQuestion("Where is Caroline originally from?")).toEqual({ predicate: "from", subject: { name: "Caroline" } });
    expect(relationQuestion("Who is Melanie married to?")).toEqual({ predicate: "is_married_to", subject: { name: "Melanie" } });
    expect(relationQuestion("What is my wife's name?")).toEqual({ predicate: "is_married_to", subject: { user: true } });
    expect(relationQuestion("Who's my husband?")).toEqual({ predicate: "is_married_to", subject: { user: true } });
    expect(relationQuestion("Who is Tim's wife?")).toEqual({ predicate: "is_married_to", subject: { name: "Tim" } });
    expect(relationQuestion("What's my girlfriend's name?")).toEqual({ predicate: "partner", subject: { user: true } });
    expect(relationQuestion("Who is my partner?")).toEqual({ predicate: "partner", subject: { user: true } });
  });

  it("is none for other questions", () => {
    for (const q of [
      "Where did Jon go in Paris?",
      "What did Jon do after losing his job?",
      "Where do I park?",
      "When did I move to Porto?",
      "What did my wife cook?",
      // (where one stayed in a place the question names is a hotel, not one's home)
      "Where did I stay in Edinburgh?",
      "Where did we stay on the Lisbon trip?",
    ]) {
      expect(relationQuestion(q), q).toBeNull();
    }
  });
});
