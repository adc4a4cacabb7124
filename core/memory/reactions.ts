// What a sentence says to the other person rather than of its speaker: words addressed to them, a
// reaction to what they said ("That's great!", "Sounds fun"), a first-person reaction ("Glad my chat
// helped", "I'll check it out"), a guess at what they lived, agreement, and encouragement ("Keep it up").
import { escapeRegExp } from "../util/quote.js";

/** A statement addressed to the listener ("you", "your") is about the conversation, not a fact about its speaker. */
export const ADDRESSED = /\b(you|your|yours|yourself|yourselves|ya|u|y['’]?all)\b/i;
/** Openers of a reaction to what the other person said ("That's great!", "Sounds fun", "Good luck", "Really appreciate it", "Would love to hear more"). */
export const REACTION =
  /^(?:(?:really|truly|totally|just)\s+)?(would love to (?:hear|see|know|read)|that'?s|that is|that was|that sounds|this is|sounds|it sounds|looks|seems|what an?|how|congrats|congratulations|good luck|best of luck|all the best|thanks|thank|glad|so glad|wishing|hope|cheers|take care|talk soon|see ya|bye|awesome|amazing|great|cool|nice|wow|lol|haha|same|me too|agreed|exactly|of course|no worries|no problem|np|anytime|appreciate|sure|love that|love it|love the|such an?|nothing|anything|keep it up|keep up|way to go|well done|good for|go for it|let'?s|hey|hi|hello|can'?t wait|cannot wait|have a (?:good|great|nice|lovely|fun)|enjoy (?:it|your|the)|here'?s|here is|here are|here it is|here they are|here you go|check (it )?out|look at|take a look|got it|feel free|(?:i )?bet (?:it|that|you|they)|(?:it|that|this|they|you) must(?: have|'ve) (?:been|taken|felt|meant|made)|must(?: have|'ve) (?:been|taken|felt)|(?:what an? )?bummer|too bad|sorry (?:to hear|about)|(?:it|that)(?:'s| has| is) (?:got(?:ta| to)|gotta) be)\b/i;
/**
 * Openers of a first-person reaction ("Glad my chat helped", "Love that painting of yours"), of
 * reassurance ("No worries, I'm here to help"), of empathy ("I understand how it feels", "I can imagine
 * that must be challenging"), of an invitation ("We should go together sometime"), of a wish ("Fingers
 * crossed we find a spot …", "I'm glad I could help", "Sending prayers and wishes", "Sending some positive vibes …"), of a promise to look at what the other
 * suggested ("I'll check it out", "I'll wait for the link"), of a guess at what they lived ("I bet those
 * rides brought back great memories"), of a request to see more ("I'd love to see any examples"), of
 * help offered ("Glad to be of assistance"), of a promise to try what was suggested ("I'll give those
 * websites a try"), of a wish to have been there ("I wish I could have been there") and a reply to
 * "How are you?" ("I'm good, thanks for asking"), or thanks ("Much appreciated!").
 */
export const OWN_REACTION =
  /^((?:i'?m|i am)\s+(?:doing\s+)?(?:(?:really|pretty|very|all)\s+)?(?:good|great|well|fine|ok|okay|alright)(?:[,.!]+\s*(?:thanks|thank you|cheers)\b[^.!?]*|\s+(?:thanks|thank you|cheers)(?:\s+for\s+asking)?)[.!]*$|(?:i'?ll|i will)\s+(?:definitely\s+|totally\s+|for sure\s+)?(?:check\s+(?:it|that|them|(?:those|these|the)\s+\w+)\s+out|check\s+out\s+(?:that|those|these|the)\s+\w+|wait\s+for)\b|glad|so glad|fingers crossed|(?:(?:it'?s|that'?s|it is|that is)\s+)?(?:much|greatly|really|very much)\s+appreciated|(?:i'?m|i am) (?:so |really |just )?glad (?:i|we) (?:could|can|was able to|were able to) help\b|congrats|congratulations|good luck|love that|love it|love the|love your|wishing|sending (?:you )?(?:my |our |lots of |so much |some )?(?:love|hugs|prayers|thoughts|(?:best |good )?wishes)(?: and (?:love|hugs|prayers|thoughts|(?:best |good )?wishes))?[.!]*$|sending (?:you )?(?:some |lots of |so much |good |positive |(?:some|lots of) (?:good|positive) )+vibes\b|cheers|can'?t wait|cannot wait|have a (?:good|great|nice)|no worries|no problem|not a problem|i wish i (?:could(?: have|'ve)|had|would(?: have|'ve)) been there\b|i (?:totally |completely |really )?(?:understand|get) (?:how|what|why|that|it)\b|i (?:totally |completely |really )?understand(?:,\s*[a-z]+)?[.!]*$|i hear you|i feel you|i can (?:only |just |totally )?imagine\b|(?:hey,? )?we should (?:\w+ )?(?:go|do|get|hang|meet|try|plan|grab|catch|check)\b.*\b(?:together|sometime|some time|one day|soon)\b|(?:i )?bet (?:it|that|this|those|these|you|your|they)\b|(?:i'?d|i would) (?:really |so |totally )?love to (?:see|hear|read|know) (?:it|them|that|those|these|some|any|more|your|how|what|about)\b|(?:i'?m|i am) (?:so |really )?glad (?:we|you)(?:'re| are) on the same page|(?:i'?m|i am) (?:so |really |always )?(?:glad|happy) to (?:be of (?:any )?(?:help|assistance|service)|help)\b|(?:i'?ll|i will) (?:definitely |totally |for sure )?give (?:it|them|that|those|these|this)(?: \w+)? a (?:try|go|shot|look)\b)/i;
/**
 * A guess at what the other person lived ("That vet trip must have been chaotic", "Taking them on hikes
 * must be awesome!", "It's really encouraging to hear that", "Kudos for helping kids learn"): said
 * about their story, it tells nothing the speaker knows.
 */
export const GUESS = /\bmust(?:'ve| have)? (?:be|been)\b|\b(?:good|great|nice|encouraging|awesome|amazing|sad|sorry) to hear\b|^kudos\b/i;
/** Agreement opening a sentence, after an interjection or a name: "It's true, …", "Yeah, that's true, …", "True, …", "It's true that …". */
export const AGREED_TRUTH = /^(?:[\p{L}'’]+[,!.]?\s+){0,2}?(?:(?:it|that)(?:['’]s| is)\s+(?:so\s+)?)?true(?:[,!.…]|\s+that\b)\s*/iu;
/** Agreement with what the other person said or advised ("Doing research and readying myself emotionally makes sense"): a reaction, whatever it repeats. */
export const AGREEMENT = /\b(?:makes?|made) (?:total |a lot of |perfect |complete )?sense[.!…]*$/i;
/** Advice to the listener, said without "you" ("Stay motivated and keep going", "Don't rush"). */
export const ADVICE = /^(stay|keep|don'?t|do not|remember|make sure|hang in|believe in|trust|never give up|be (?:sure|careful|proud|kind|patient|gentle))\b/i;

/** A sentence that turns to another topic ("By the way, …", "Anyway, …", "Oh and …"). */
export const NEW_TOPIC_OPENER = /^(?:by the way|btw|anyway|anyways|oh,? and|on another note|on a different note|in other news)\b/i;

/** Words for how someone feels: excited, thankful, nervous, proud … (an alternation for a RegExp). */
const FEELINGS =
  "excited|thankful|grateful|inspired|nervous|anxious|stressed|overwhelmed|proud|relieved|happy|thrilled|blessed|motivated|hopeful|scared|worried|sad|exhausted|tired|pumped|stoked|honou?red|humbled|lucky|content|calm|confident|determined|heartbroken|devastated|frustrated|ecstatic|elated|optimistic|nostalgic|emotional";

/** A feeling or two, with a degree: "so excited and inspired", "a bit nervous", "thrilled" (no object, no cause). */
const FELT = `(?:(?:so|really|super|very|pretty|quite|totally|just|a bit|a little|kinda|beyond)\\s+)?(?:${FEELINGS})(?:,?\\s+(?:and|but)\\s+(?:(?:so|really|a bit|a little|also)\\s+)?(?:${FEELINGS}))?`;

/**
 * How the speaker feels, said as a sentence of its own and nothing more: "I'm excited!", "I'm so
 * excited and inspired!", "Feeling a bit nervous", "I feel so blessed." (not "I'm so happy for you",
 * which is about the listener, nor "I'm excited to start", which tells what).
 */
export const OWN_FEELING = new RegExp(`^(?:i['’]m|i am|i feel|i['’]m feeling|i am feeling|feeling)\\s+${FELT}\\s*[.!…]*$`, "i");

/**
 * Whether a sentence only tells, in the third person, how `name` feels ({@link FELT}): "Jon is excited!",
 * "Caroline is feeling hopeful and optimistic (25 May 2023).", as a fact tells {@link OWN_FEELING}. The
 * pattern is compiled once for the name; the test is of each sentence given.
 */
export function toldFeeling(name: string): (sentence: string) => boolean {
  const told = new RegExp(`^${escapeRegExp(name)}\\s+(?:is|feels|is feeling)\\s+${FELT}(?:\\s*\\([^()]*\\))?\\s*[.!…]*$`, "iu");
  return (sentence) => told.test(sentence.trim());
}
