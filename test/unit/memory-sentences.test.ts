/** Sentence parsing shared by the memory engine's extractors (core/memory/sentences.ts). */
import { describe, expect, it } from "vitest";
import { firstSentences } from "../../core/memory/reading.js";
import { nounPhrases, parseSentence, parseSentences } from "../../core/memory/sentences.js";

describe("nounPhrases", () => {
  it("gives whole noun phrases with their adjectives (as written), as an episode's title needs them", () => {
    expect(nounPhrases(parseSentence("I love my big dog and the green house by the lake."))).toEqual(["I", "my big dog", "the green house", "the lake."]);
  });

  it("gives nothing for a sentence that was not parsed (no first person, no name)", () => {
    expect(nounPhrases(parseSentence("that sounds great."))).toEqual([]);
  });
});

describe("parseSentences", () => {
  it("does not end a sentence at an initial or a title before a name ('J.K. Rowling', 'Dr. Smith', 'George R. R. Martin')", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    expect(texts("There's a quote by J.K. Rowling that I like. It helps.")).toEqual(["There's a quote by J.K. Rowling that I like.", "It helps."]);
    expect(texts("I saw Dr. Smith today. He was nice.")).toEqual(["I saw Dr. Smith today.", "He was nice."]);
    expect(texts("I love George R. R. Martin's books.")).toEqual(["I love George R. R. Martin's books."]);
    expect(texts("We met at St. Paul's. Then we left.")).toEqual(["We met at St. Paul's.", "Then we left."]);
    // a sentence that ends on a capital letter still ends there
    expect(texts("My favourite letter is B. What is yours?")).toHaveLength(2);
  });

  it("says an informal clipping whole ('my biz' → 'my business', 'bday' → 'birthday'), not inside an address or a domain, nor an initialism in capitals ('marked GF')", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    expect(texts("Any tips for running a biz? My fam loves it. Biz is booming.")).toEqual([
      "Any tips for running a business?",
      "My family loves it.",
      "Business is booming.",
    ]);
    expect(texts("Mum's bday is Friday, my gf says. Blue's my fave!")).toEqual(["Mum's birthday is Friday, my girlfriend says.", "Blue's my favorite!"]);
    expect(texts("Mail biz@shop.biz or see www.fam.edu/biz today.")).toEqual(["Mail biz@shop.biz or see www.fam.edu/biz today."]);
    // (one in capitals is an initialism, "GF" on a menu is gluten-free, unless it is someone's)
    expect(texts("Ate everything marked GF, chips from their dedicated GF fryer. My GF loved it.")).toEqual([
      "Ate everything marked GF, chips from their dedicated GF fryer.",
      "My girlfriend loved it.",
    ]);
  });

  it("does not end a sentence at a note's abbreviation before a lower-case word ('incl.', 'excl.', 'approx.', 'tel.')", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    expect(texts("Quote was £189 incl. oil and filters.")).toEqual(["Quote was £189 incl. oil and filters."]);
    expect(texts("Rent is £950 excl. bills, due on the 1st.")).toEqual(["Rent is £950 excl. bills, due on the 1st."]);
    expect(texts("Call the surgery, tel. 0113 496 0000, after 8am.")).toEqual(["Call the surgery, tel. 0113 496 0000, after 8am."]);
  });

  it("keeps the sentences of a quotation in the sentence that quotes them, but not over an inch's mark", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    expect(texts('Sent it with the message "Happy birthday Mum! See you at Christmas. Love from Claire xxx". Then I went home.')).toEqual([
      'Sent it with the message "Happy birthday Mum! See you at Christmas. Love from Claire xxx".',
      "Then I went home.",
    ]);
    expect(texts("She said “I will be there. Promise.” and left.")).toEqual(["She said “I will be there. Promise.” and left."]);
    expect(texts('The shelf is 5" deep. It fits the books.')).toEqual(['The shelf is 5" deep.', "It fits the books."]);
    // (a quotation closed after a digit is closed: "Cyberpunk 2077")
    expect(texts('I\'ve been playing "Cyberpunk 2077". Have you?')).toEqual(['I\'ve been playing "Cyberpunk 2077".', "Have you?"]);
  });

  it("does not end a sentence at 'No.' before its number ('Hague Blue No. 30'); 'No.' before a new sentence still ends it", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    expect(texts('Bookmarked "Hague Blue No. 30 | Farrow & Ball" in Home.')).toEqual(['Bookmarked "Hague Blue No. 30 | Farrow & Ball" in Home.']);
    expect(texts("We painted it in Hague Blue No. 30 last week.")).toEqual(["We painted it in Hague Blue No. 30 last week."]);
    expect(texts("Her answer was a firm No. Then we left.")).toEqual(["Her answer was a firm No.", "Then we left."]);
  });

  it("does not end a sentence at a name's or a quotation's '!' that a preposition goes on from, nor at 'Co.'", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    // ("Wham! at 18:49" had been two sentences, told "Wham! At 18:49")
    expect(texts('Played "Last Christmas" by Wham! at 18:49 and again at 19:02.')).toEqual(['Played "Last Christmas" by Wham! at 18:49 and again at 19:02.']);
    expect(texts('Received $120.00 from Marcus Bell for "Standing desk frame - thanks!" on Sunday.')).toEqual([
      'Received $120.00 from Marcus Bell for "Standing desk frame - thanks!" on Sunday.',
    ]);
    expect(texts("Bought a Pentax from Hollis Camera Co. for $185.00.")).toEqual(["Bought a Pentax from Hollis Camera Co. for $185.00."]);
    // (an "!" or a "?" before a capital still ends one)
    expect(texts("What a day! We won. Did you see it? It was great!")).toEqual(["What a day!", "We won.", "Did you see it?", "It was great!"]);
    expect(texts("I did! the sky was so gorgeous!")).toEqual(["I did!", "the sky was so gorgeous!"]);
  });

  it("reads a line ending in a colon with the line under it, as one sentence ('New address:' then the address), but not over a list", () => {
    const texts = (t: string) => parseSentences(t).map((s) => s.text);
    expect(texts("New address for the contacts:\n302ho, 27 Poeun-ro, Mapo-gu, Seoul")).toEqual([
      "New address for the contacts: 302ho, 27 Poeun-ro, Mapo-gu, Seoul",
    ]);
    expect(texts("OK decided:\nKindle Paperwhite, the 16GB one. Ordering tonight.")[0]).toBe("OK decided: Kindle Paperwhite, the 16GB one.");
    expect(texts("Things to pack:\n- passport\n- charger")).not.toContain("Things to pack: - passport");
  });

  it("leaves no space where an emoji opened a quotation", () => {
    expect(parseSentences('Paid Marisol $1,450.00 for "🏠 October rent" on Thursday.').map((s) => s.text)).toEqual([
      'Paid Marisol $1,450.00 for "October rent" on Thursday.',
    ]);
  });
});

describe("parseSentences and emoticons", () => {
  it("leaves out an emoticon, which is no word of a sentence, but not a time", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    expect(texts("Seeing them enjoy themselves is always a joy. :)")).toEqual(["Seeing them enjoy themselves is always a joy."]);
    expect(texts("I adopted a puppy last week :) <3")).toEqual(["I adopted a puppy last week"]);
    expect(texts("We meet at 10:30 every day :D and it is fun.")).toEqual(["We meet at 10:30 every day and it is fun."]);
    // and so is an emoji picture, with its skin tone or variation; a sign such as © stays
    // (one before a capitalised word ends the sentence before it)
    expect(texts("Inspiring 💪🏽 I emailed some wholesalers ❤️ and one said yes!")).toEqual(["Inspiring.", "I emailed some wholesalers and one said yes!"]);
    expect(texts("The logo © is ours.")).toEqual(["The logo © is ours."]);
  });
});

describe("parseSentences and brackets", () => {
  it("drops a stage direction but keeps a Markdown link's text and a bracketed word inside a sentence", () => {
    const texts = (text: string) => parseSentences(text).map((s) => s.text);
    expect(texts("I finished the quilt. [laughs]")).toEqual(["I finished the quilt."]);
    expect(texts("I read [the Vite docs](https://vite.dev) yesterday.")[0]).toContain("the Vite docs");
    // (and a bracketed word that is content, in the middle of a sentence: "followed by [Data set]")
    expect(texts("Add the title in italics, followed by [Data set] in square brackets.")[0]).toContain("[Data set]");
    expect(texts("[Laughs] I finished the quilt.")).toEqual(["I finished the quilt."]);
  });
});

describe("parseSentence entities", () => {
  it("names a city and its country as two places ('Edinburgh, Scotland' is Edinburgh and Scotland), so 'Edinburgh' said alone is the same place", () => {
    const places = (text: string) =>
      parseSentence(text)
        .entities.filter((e) => e.kind === "place")
        .map((e) => e.name);
    expect(places("I went to Edinburgh, Scotland last year.")).toEqual(["Edinburgh", "Scotland"]);
    expect(places("I loved Edinburgh so much.")).toEqual(["Edinburgh"]);
  });

  it("names a work, not a person, when a name is said as a title ('a Harry Potter movie', 'the Star Wars universe')", () => {
    const kinds = (text: string) => parseSentence(text).entities.map((e) => `${e.name}:${e.kind}`);
    expect(kinds("Been discussing collaborations for a Harry Potter fan project I am working on.")).toContain("Harry Potter:thing");
    expect(kinds("It was like walking into a Harry Potter movie!")).toContain("Harry Potter:thing");
    // and a breed is no person or place
    expect(kinds("Two of them are Jack Russell mixes and the other two are Chihuahua mixes.")).toEqual(["Jack Russell:thing", "Chihuahua:thing"]);
    // a person's name before other nouns stays a person
    expect(kinds("I went to an Ed Sheeran concert with Melanie last week.").filter((k) => k.endsWith(":thing"))).toEqual([]);
    expect(kinds("I met Harry Potter's biggest fan yesterday.")).not.toContain("Harry Potter:thing");
  });

  it("names a game played, a book read or a title in quotes as a thing, not what is played with", () => {
    const kinds = (text: string) => parseSentence(text).entities.map((e) => `${e.name}:${e.kind}`);
    expect(kinds("It was my first gaming system and I'd play Super Mario and The Legend of Zelda for hours.")).toEqual(["Super Mario:thing", "Zelda:thing"]);
    expect(kinds("Here is a photo of this console with the game Mario.")).toEqual(["Mario:thing"]);
    expect(kinds("I tried my hand at the local Street Fighter tournament this time.")).toEqual(["Street Fighter:thing"]);
    expect(kinds('I loved "Becoming Nicole" by Amy Ellis Nutt.')).toEqual(["Nicole:thing", "Amy Ellis Nutt:person"]);
    // a person played with, or quoted, stays a person
    expect(kinds("I love playing with Max and Daisy in the park with Samantha.").filter((k) => k.endsWith(":thing"))).toEqual([]);
    expect(kinds('Nicole said "hi there" to me.')).toEqual(["Nicole:person"]);
    // an organisation in quotes is a title too; before "game" it is a league
    expect(kinds('Two of my favorites are "The Stormlight Archive" and "Kingkiller Chronicle".')).toEqual(["Kingkiller Chronicle:thing"]);
    expect(kinds("I watched an NBA game with my dad.")).toEqual(["NBA:organisation"]);
    // a name's possessive before a capitalised word, watched, read or heard, is a title ("Jacob's Ladder" had been a person Jacob)
    expect(kinds("Watched Jacob's Ladder last night with Priya.").filter((k) => k.startsWith("Jacob"))).toEqual(["Jacob:thing"]);
    expect(kinds("Finished Schindler's List, then Sophie's Choice.").filter((k) => k.endsWith(":person"))).toEqual([]);
    // (a person's family, or what is theirs in lower case, keeps them a person)
    expect(kinds("Saw Jacob's Mum at the market.")).toContain("Jacob:person");
    expect(kinds("Watched the match at Jacob's new flat.")).toContain("Jacob:person");
  });

  it("reads a name that compromise takes for an adverb by its '-ly' as a person ('Tilly helps me …'), not 'Finally'", () => {
    const people = (text: string) =>
      parseSentence(text)
        .entities.filter((e) => e.kind === "person")
        .map((e) => e.name);
    expect(people("Tilly helps me stay focused and brings me so much joy.")).toEqual(["Tilly"]);
    expect(people("Finally gets better after all this time, I think.")).toEqual([]);
  });
});

describe("firstSentences", () => {
  it("does not end a sentence at a title or initials before a name", () => {
    // the human core block's line had been "The user booked him in with Dr."
    expect(firstSentences("The user booked Biscuit in with Dr. Okafor on Thursday. He is a beagle.", 1)).toBe(
      "The user booked Biscuit in with Dr. Okafor on Thursday. ",
    );
    expect(firstSentences("Her favourite author is J.K. Rowling. She reads daily.", 1)).toBe("Her favourite author is J.K. Rowling. ");
    expect(firstSentences("One. Two. Three.", 2)).toBe("One. Two. ");
  });
});

describe("sentences of a text written in lower case", () => {
  it("ends a sentence at a full stop, '!' or '?' before a lower-case word, not at an ellipsis or an abbreviation", () => {
    // (the segmenter ends none before a lower-case word: "6:30 at the wall. btw I got the job" had been one sentence)
    expect(parseSentences("yes!! 6:30 at the wall. btw I got the job at the museum").map((s) => s.text)).toEqual([
      "yes!!",
      "6:30 at the wall.",
      "btw I got the job at the museum",
    ]);
    expect(parseSentences("I tried tech stuff... but it was hard. e.g. the setup took days.").map((s) => s.text)).toEqual([
      "I tried tech stuff... but it was hard.",
      "e.g. the setup took days.",
    ]);
  });

  it("ends a sentence at a full stop before a number and a lower-case word, not after an abbreviation", () => {
    // (Unicode's rule SB8 ends none there: "you were amazing. 45 loaves …" had been one sentence)
    expect(parseSentences("Thank you Levenshulme Market, you were amazing. 45 loaves and every single cinnamon knot gone by 1pm").map((s) => s.text)).toEqual([
      "Thank you Levenshulme Market, you were amazing.",
      "45 loaves and every single cinnamon knot gone by 1pm",
    ]);
    expect(parseSentences("We need approx. 45 people for the event.").map((s) => s.text)).toEqual(["We need approx. 45 people for the event."]);
    expect(parseSentences("Meeting is on Tues. 5 pm at the office.").map((s) => s.text)).toEqual(["Meeting is on Tues. 5 pm at the office."]);
    expect(parseSentences("Flight lands 5 Dec. 10 am local time.").map((s) => s.text)).toEqual(["Flight lands 5 Dec. 10 am local time."]);
  });
});
