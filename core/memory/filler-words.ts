// The words that carry no fact, which fillers.ts drops from a statement: openers ("Wow,", "By the way"),
// interjections, intensifiers and hedges, and the words that close a statement by turning back to the talk.

/** Words that open a sentence without saying anything ("Wow, …", "Yeah, so …", "By the way, …"). */
export const FILLER_OPENERS = new Set([
  "oh",
  "wow",
  "whoa",
  "woah",
  "yeah",
  "yes",
  "yep",
  "yup",
  "hey",
  "hi",
  "hello",
  "haha",
  "hahaha",
  "lol",
  "omg",
  "well",
  "so",
  "anyway",
  "anyways",
  "btw",
  "okay",
  "ok",
  "aww",
  "awww",
  "awesome",
  "cool",
  "great",
  "perfect",
  "nice",
  "sure",
  "totally",
  "honestly",
  "actually",
  "man",
  "dude",
  "gosh",
  "ah",
  "ahh",
  "hmm",
  "um",
  "uh",
  "and",
  "but",
  "also",
  "plus",
  "yay",
  "ooh",
  "gee",
  "absolutely",
  "definitely",
  "right",
  "true",
  // (a turn of the argument set off by a comma: "Still, the photo is amazing")
  "still",
  "besides",
  "however",
  "otherwise",
  // (a group addressed: "guys my passport expires …", "ok team, Lisbon is booked")
  "guys",
  // (and one called by a pet name: "Hi love, Dad's op went fine")
  "love",
  "hun",
  "hon",
  "babe",
  "darling",
  "sweetie",
  "sweetheart",
  "mate",
  "team",
  "folks",
  "everyone",
]);
/** Openers dropped even without punctuation after them ("So I …", "And we …"). */
export const BARE_OPENERS = new Set(["so", "and", "but", "also", "plus", "actually", "honestly", "guys", "ok", "okay"]);
/** Openers of several words with the same role, dropped whatever follows them (the first three also mid-sentence before a comma: "I can't eat gluten btw, so …"). */
export const FILLER_PHRASES = [
  ["by", "the", "way"],
  ["you", "know"],
  ["btw"],
  ["to", "be", "honest"],
  ["guess", "what"],
  // how it goes, said before what does: "So far, so good - customers love …"
  ["so", "far", "so", "good"],
  ["oh", "my"],
  ["thank", "goodness"],
  // "Like I said, I do enjoy …": a reminder, not "I like"
  ["like", "i", "said"],
  ["as", "i", "said"],
  ["like", "i", "mentioned"],
  ["as", "i", "mentioned"],
  // a change of subject or of time, not part of what is said ("On another note, I just adopted …")
  ["on", "another", "note"],
  ["on", "a", "different", "note"],
  ["on", "a", "side", "note"],
  ["in", "the", "meantime"],
  ["speaking", "of", "which"],
  // asking to be remembered is no part of what is to be ("Remember that my car insurance renews on March 3")
  ["please", "remember", "that"],
  ["please", "remember"],
  ["remember", "that"],
  ["please", "note", "that"],
  ["note", "that"],
  ["do", "not", "forget", "that"],
  ["keep", "in", "mind", "that"],
  ["just", "so", "you", "know"],
  ["for", "the", "record"],
  ["for", "your", "information"],
  ["fyi"],
];
/** Openers that are fillers only when a comma or a stop ends them ("I see, so that's …", "I mean, …"; not "I see the sea"). */
export const SET_OFF_PHRASES = [
  ["i", "see"],
  ["i", "mean"],
  // a shrug before what is said ("What can I say, I love turtles")
  ["what", "can", "i", "say"],
  // (and "of course," before what goes without saying: "And, of course, very tasty street food")
  ["of", "course"],
  // (and an avowal: "I'll be honest, one of the criteria for our apartment was this bar")
  ["i", "will", "be", "honest"],
  ["i", "must", "say"],
  ["i", "have", "to", "say"],
  ["i", "must", "admit"],
  ["i", "have", "to", "admit"],
  ["not", "gonna", "lie"],
  ["no", "way"],
  ["no", "doubt"],
  ["no", "kidding"],
  // (what the other said taken in, before what the speaker will do: "Got it, I'll bring orange slices")
  ["got", "it"],
  // (and understood: "Totally get it, pets bring such joy")
  ...["", "i", "totally", "i totally"].map((who) => [...who.split(" ").filter(Boolean), "get", "it"]),
  // (and agreed with, before what is so: "You're right, the deposit is £1,609.62")
  ["you're", "right"],
  ["you", "are", "right"],
  ["you're", "so", "right"],
  ["good", "point"],
  ["fair", "point"],
  ["good", "catch"],
  // (what was said before, referred to: "As discussed, the rent will go up from £1,450 …", a letter's opening)
  ...["discussed", "mentioned", "promised", "agreed", "requested"].map((done) => ["as", done]),
  // news or a reminder announced before it is told ("Big news: I got a job at …", "Bad news, dinner on Friday is
  // cancelled", not "Great news is coming")
  ["big", "news"],
  ["good", "news"],
  ["great", "news"],
  ["exciting", "news"],
  ["bad", "news"],
  ["sad", "news"],
  ["some", "news"],
  ["news"],
  ["quick", "update"],
  ["update"],
  // and a reminder of what is told after it ("Reminder: Grandma's lunch is on Sunday 15 March")
  ["quick", "reminder"],
  ["friendly", "reminder"],
  ["reminder"],
  // and a favour announced before it is asked ("Huge favour to ask: could you feed Biscuit …?")
  ...["huge", "big", "quick", "small", ""].flatMap((size) =>
    ["favour", "favor"]
      .flatMap((f) => [
        [size, f, "to", "ask"],
        [size, f],
      ])
      .map((p) => p.filter(Boolean)),
  ),
];
/** Fillers set off by commas in the middle of a sentence: "I went, by the way, …", "… and, like I said, working on studies". */
export const MID_SENTENCE_FILLERS = FILLER_PHRASES.filter((p) => /^(?:by the way|you know|btw|(?:like|as) i (?:said|mentioned))$/.test(p.join(" ")));
/** Intensifiers dropped before an adjective or adverb ("so powerful" → "powerful"): they add words, not facts. */
export const INTENSIFIERS = new Set([
  "so",
  "really",
  "very",
  "super",
  "totally",
  "pretty",
  "quite",
  "truly",
  "absolutely",
  "incredibly",
  "extremely",
  "sooo",
  "soo",
]);

/** Words that end a statement by turning back to the talk, no part of what it states ("… on Friday though", "… anyway"). */
export const TRAILING_FILLERS = new Set(["though", "tho", "anyway", "anyways", "lol", "haha", "hahaha"]);

/** Kisses that sign off a text ("… after work x", "xx"). */
export const KISSES = /^x{1,4}$/;

/** Hedges dropped before a verb ("I really collect …" → "I collect …"). */
export const HEDGES = new Set(["really", "totally", "definitely", "actually", "honestly", "literally", "basically", "truly"]);

/** A laugh or an "aww" however long ("hahaha", "awww"). */
export const LAUGH = /^(?:(?:ha)+h?|aw+|a+h+|o+h+)$/;
/** Interjections, openers whatever follows them (compromise tags them Expression, which withoutFillers drops). */
export const INTERJECTIONS = new Set([
  "oh",
  "wow",
  "whoa",
  "woah",
  "yeah",
  "yep",
  "yup",
  "hey",
  "lol",
  "omg",
  "ooh",
  "gee",
  "yay",
  "hmm",
  "um",
  "uh",
  "gosh",
  "btw",
  "oof",
  "ugh",
  "yikes",
  "phew",
  "whew",
  // (compromise tags these nouns: "Woohoo, Nate!")
  "woohoo",
  "yum",
  "mm",
  "gotcha",
]);
