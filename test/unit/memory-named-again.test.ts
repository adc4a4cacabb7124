import { describe, expect, it } from "vitest";
import { onePersonNamed, withPeopleNamedBefore, withPersonNamed } from "../../core/memory/named-again.js";
import { parseSentences } from "../../core/memory/sentences.js";

const told = (before: string, text: string) => {
  const person = onePersonNamed(parseSentences(before), ["User", "ChatGPT"]);
  return person ? withPersonNamed(parseSentences(text), person).map((s) => s.text) : null;
};

describe("'her', 'him' and 'his' told as the one person named before", () => {
  it("says the person as the object or the owner", () => {
    expect(told("My sister Jill turns 30 on October 14.", "I think I'll get her the camera backpack.")).toEqual(["I think I'll get Jill the camera backpack."]);
    expect(told("My sister Jill turns 30 on October 14.", "Her birthday party is on Saturday.")).toEqual(["Jill's birthday party is on Saturday."]);
    expect(told("My brother Tom is visiting.", "I'll pick him up at the airport and show him his room.")).toEqual([
      "I'll pick Tom up at the airport and show Tom Tom's room.",
    ]);
  });

  it("tells a pet or a relative named after who they are to the speaker, a name compromise does not know", () => {
    // "Biscuit" and "Max" are no names compromise knows: "my dog Biscuit" names him all the same
    expect(told("My dog Biscuit has been limping since yesterday.", "I booked him in with Dr. Okafor on Thursday.")).toEqual([
      "I booked Biscuit in with Dr. Okafor on Thursday.",
    ]);
    expect(told("Our puppy Max ate a sock.", "Should I take him to the vet?")).toEqual(["Should I take Max to the vet?"]);
    // (a capitalised word that is no name stays no name)
    expect(told("My mom Is here.", "I'll call her.")).toBeNull();
  });

  it("tells an opening 'She' or 'He' too, and of two people named, the speaker's own ('my cat Pixel')", () => {
    expect(told("My sister Jill turns 30.", "She loves hiking.")).toEqual(["Jill loves hiking."]);
    // (the vet is named too: "her" in that message is Pixel, whom the user's "my cat" made what it is about)
    expect(told("My cat Pixel is 12 and has kidney disease. The vet, Dr. Lin, put her on a renal diet.", "She only eats the Royal Canin one.")).toEqual([
      "Pixel only eats the Royal Canin one.",
    ]);
    expect(told("Jill and Tom are visiting.", "She is early.")).toBeNull();
    // (of two named apart, the one a sentence opens on, its subject: it had been the doctor, "Can you take Dr Hussain?")
    expect(told("Dad's GP review is this Thursday at 10:20 with Dr Hussain at Harehills Corner Surgery.", "Can you take him?")).toEqual(["Can you take Dad?"]);
    // (and one opening a clause of a sentence that names no one before it)
    expect(told("My daughter Maya keeps waking up at 5am. What can I do?", "We tried blackout blinds and it helped, she sleeps until 6:30 now.")).toEqual([
      "We tried blackout blinds and it helped, Maya sleeps until 6:30 now.",
    ]);
    expect(told("My sister Jill turns 30.", "I called Ana, she is coming too.")).toEqual(["I called Ana, she is coming too."]);
    // ("She's" is "Jill is", not "Jill's")
    expect(told("My sister Jill turns 30.", "She's turning it into a big party. She's been planning it for weeks.")).toEqual([
      "Jill is turning it into a big party.",
      "Jill has been planning it for weeks.",
    ]);
  });

  it("changes nothing when two people were named, the gender disagrees, or the sentence names someone", () => {
    expect(told("Jill and Tom are visiting.", "I'll get her a gift.")).toBeNull();
    expect(told("My sister Jill turns 30.", "I'll call him tomorrow.")).toEqual(["I'll call him tomorrow."]);
    expect(told("My sister Jill turns 30.", "I'll ask Maria to help her.")).toEqual(["I'll ask Maria to help her."]);
    // (one whose gender no name tells is the gender of the first pronoun told as them: "She wants to keep him …"
    // had become "Dr Hussain wants to keep Dr Hussain on 10mg")
    expect(told("Spoke to Dr Hussain.", "She wants to keep him on 10mg because his BP is much better. She'll check his ankles.")).toEqual([
      "Dr Hussain wants to keep him on 10mg because his BP is much better.",
      "Dr Hussain will check his ankles.",
    ]);
  });

  it("reads a name inside brackets as a name of its own ('Dr Hussain (Omar took him)' named two people)", () => {
    expect(told("GP review with Dr Hussain (Omar took him).", "She thinks it caused the aches in his legs.")).toBeNull();
  });
});

describe("a pronoun told as the one person the message named before it", () => {
  const within = (text: string, talking: string[] = ["User"]) => withPeopleNamedBefore(parseSentences(text), talking).map((s) => s.text);

  it("says the person the sentences before named, not one who talks in the conversation", () => {
    expect(within("Maya turns 5 on November 14th. We're having her party at Little Explorers.")).toEqual([
      "Maya turns 5 on November 14th.",
      "We're having Maya's party at Little Explorers.",
    ]);
    // (a name said to the listener is no one the pronoun stands for: "Hey Mel! … She gave it to me")
    expect(within("Thanks Melanie! This necklace is a gift from my grandma. She gave it to me when I was young.", ["Caroline", "Melanie"])).toEqual([
      "Thanks Melanie!",
      "This necklace is a gift from my grandma.",
      "She gave it to me when I was young.",
    ]);
    // (nor is the listener called by a short name: "Mel" is Melanie, who talks)
    expect(within("Thanks Mel! My youngest took her first steps.", ["Caroline", "Melanie"])).toEqual(["Thanks Mel!", "My youngest took her first steps."]);
    // (two people named: nothing is told)
    expect(within("Jill and Tom are visiting. She is early.")).toEqual(["Jill and Tom are visiting.", "She is early."]);
  });
});
