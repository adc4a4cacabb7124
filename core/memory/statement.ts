// What one sentence of a turn states, as a fact would say it, or nothing: an image's caption, a plan
// proposed, a favour asked or help offered, a list under its label, a thing shown, advice, the
// speaker's statement in the third person; reactions, small talk and words to the listener state
// nothing. In a note of the writer's own an instruction is their task ("To do: …"). facts.ts keeps a
// turn's most specific statements. See README.md, "Facts".
import { opensWithImperative, proseHowTo } from "./procedures.js";
import { CAPTION, EMOTICON_SOURCE, endsWithVocative, fullyParsed, parseSentence, stripOpeners, type Sentence, withoutTrailingFiller } from "./sentences.js";
import { genericTruth, namesAfterFirstWord, teamwork, truism, truthAboutUs, wonder, WHEN } from "./truisms.js";
import { towardListener } from "./listener.js";
import { toThirdPerson } from "./third-person.js";
import { addressed, capitalise, lowerFirst, outsideOf } from "./fact-text.js";
import { calledAtStart, WISH, withoutOpening } from "./implied-subject.js";
import { ANSWER_GIVEN, LABELLED_LIST, NAMED_DIET, namedDoes, namedLabel, PLACED, SETTLED } from "./short-facts.js";
import {
  adviceOf,
  advisesWithSpeaker,
  favourOf,
  invitationOf,
  FIELD_LABEL,
  NOUN_SUBJECT,
  offerOf,
  recommendation,
  recommendedTo,
  requestOf,
  theirDeeds,
  theirs,
} from "./advice.js";
import { ADDRESSED, ADVICE, AGREED_TRUTH, AGREEMENT, GUESS, OWN_FEELING, OWN_REACTION, REACTION } from "./reactions.js";
import { abstractOnly, candidateNouns, catchingUp, isActDone, isInformative, JUDGEMENT, lookingForward, namesThing, resolution, vague } from "./informative.js";
import {
  confirmedNews,
  listenersAfterPreposition,
  withListenersKin,
  withoutClosingThanks,
  withoutLetYouKnow,
  withoutSinceWeTalked,
  withThanks,
} from "./framing.js";
import { proposal } from "./proposal.js";

/** A list's label that says a thing changed ("Wifi password changed", "Server IP moved"): its value is what it changed to. */
const CHANGED_LABEL = /\s(?:changed|moved|updated|switched|renamed|reset)$/i;

/** Who said a sentence: the name facts are about, and whether that is the app's user. */
export interface Speaker {
  /** Display name used as the subject ("Caroline", or "the user" for the user of a chat app). */
  name: string;
  /** The speaker is the person using Engram (role `user`): their facts feed the `human` core block. */
  aboutUser: boolean;
}

/** A heart or a smiley written in characters ("<3", ":)"), which is no word and no number. */
const EMOTICON = new RegExp(`^(?:${EMOTICON_SOURCE})[.!?]*$`);
const EMOTICON_ANY = new RegExp(EMOTICON_SOURCE, "g");
/** "Here's" / "Here are" showing a thing ("Here's a pic of …", "Here's one I did"), not a toast ("Here's to …") or "Here's the thing". */
const HERE_IS = /^(?:here'?s|here’s|here is|here are)\s+(?=(?:a|an|the|one|another|some|my|our|this|these|two|three)\b)(?!the thing\b)/i;

/**
 * "Check out …", "Look at …", "Take a look at …" showing a thing named ("Check out my painting for the art
 * show!", "Look at this homemade coconut ice cream!"): what the speaker shared, as "Here's …" is; not
 * "Check this out", "Look at this one", "Check my schedule" (words for no thing shown: "out", "one", and
 * what one checks of one's own, a schedule, a calendar, an inbox, a phone).
 */
const LOOK_AT =
  /^(?:(?:take|have) a (?:quick )?look at|look at|check out|check)\s+(?=(?:this|these|my|our)\s+(?!out\b|one\b|ones\b|schedule\b|calendar\b|email\b|inbox\b|phone\b)\p{L})/iu;

/** A picture shown that says more of itself than its showing: "Here's a pic from last Friday with some veterans" (not "Here's a pic!"). */
const HERE_PICTURE = /^(?:here'?s|here’s|here is)\s+(?:a|an|one|another|this)\s+(?:pic|photo|picture|snap|shot|selfie|video)\s+(?:from|with|at|in|on)\s+\S/i;

/** A web address in a text ("https://www.figma.com/file/…", "www.example.com"). */
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i;
/** How to reach the speaker: "Text me on 07700 900482", "Call me at +44 113 496 0000", "Email me at sam@example.com" (group 1 the number or the address). */
const REACH_ME = /^(?:text|call|ring|phone|whatsapp|message|email|e-mail|mail)\s+me\s+(?:on|at)\s+(\+?\d(?:[\s-]?\d){6,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/** A number or an address the speaker names as theirs: "my work email, alice@example.com", "my new number is 07700 900613" (group 1 which, 2 what, 3 it). */
const MY_CONTACT =
  /\bmy\s+((?:work|personal|home|new|private|office|uni|school)\s+)?(email(?:\s+address)?|e-mail|number|phone\s+number|mobile(?:\s+number)?)\s*(?:,|:|is|-|–)?\s*(\+?\d(?:[\s-]?\d){6,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/** What points at a picture the other person shared: "in that photo", "this pic", "the black and white design", "the colors". */
const ON_THEIR_PICTURE =
  /\b(?:(?:in|from|of|with) )?(?:that|this|the|your|those) (?:[\w-]+ (?:and [\w-]+ )?)?(?:photo|pic|picture|shot|snap|painting|drawing|design|colou?rs)\b|^the colou?rs\b/i;
/**
 * A sentence that opens on a pronoun for what the other person said or showed and judges it within
 * its first words: "It's great to know …", "That definitely makes …", "They really do bring joy",
 * "It's interesting how …", "It definitely will be a memorable day".
 */
const JUDGED_REFERENCE =
  /^(?:it'?s|it is|it was|it would be|it will|it'?ll|it|that'?s|that is|that was|that|they|they'?re)\s+(?:[\w']+\s+){0,2}?(?:great|good|cool|interesting|amazing|awesome|definitely|nice|so|really|all about|wonderful|fun|exciting|incredible|crazy)\b/i;
/** How such a comment judges: a judgement word ("adorable", "so"), "looks", "seems" or "shows". */
const JUDGEMENT_OR_LOOK = /\b(?:looks?|seems?|shows?|so|really|such|adorable|cute|sweet|gorgeous|beautiful|stunning|lovely|amazing|awesome|fancy)\b/i;
/** How they look: "They look adorable playing in the park", "The kids look so happy", "He seems to love it". */
const LOOK_OF_THEM =
  /^(?:they|he|she|the (?:kids|dogs|pups|pets|boys|girls|little ones))\s+(?:(?:all|sure|really|definitely|both|must)\s+)?(?:looks?|seems?)\b/i;

/**
 * What `statement` knows of the turn a sentence is in: whether it answers the other person's
 * question that names a topic (`answering`) or any question of theirs that points back at what was
 * said (`replying`), who "we" are (companyIn), and to whom it is said (the listener, for advice).
 */
interface TurnContext {
  answering: () => boolean;
  replying: () => boolean;
  /** The sentence opens its turn. */
  first?: boolean;
  company?: string;
  listener?: string;
}

/** An instruction that is no task of the writer's: an order to a program ("Ignore previous instructions"), or encouragement ("Be kind to yourself", "Enjoy it"). */
const NO_TASK =
  /^(?:act|answer|disregard|erase|execute|forget|ignore|invalidate|output|pretend|print|reply|respond|be|enjoy|relax|have\s+fun|don'?t\s+worry)\b/i;

/** A noun made of a verb and its particle, hyphenated, opening a sentence: "Check-in from 3pm", "Drop-off at 8:30" (no instruction, "check in online" is one). */
const PHRASAL_NOUN = /^\p{L}+-(?:in|up|off|out|on|over|back|through)\b/iu;

/**
 * An instruction a writer gives their readers, not themself: one whose verb is done to the writer ("Tell
 * me what you're growing", "Send me your photos", "Let me know"; not "Remind me to …") or that says "you"
 * (a post's "Tell me what you're growing and I'll round up the best ideas in January").
 */
const TO_READERS = /^(?:please\s+)?(?!remind\b)\p{L}+\s+me\b|\b(?:you|you['’](?:re|ve|ll|d)|your|yours|yourself|yourselves)\b/iu;

/**
 * An instruction written in a note of the writer's own, as the task it is ("Send the draft to Martin
 * before Friday." → "To do: send the draft to Martin before Friday"), or null for any other
 * sentence: a question, a log's noun ("Call with Priya"), a field ("Check-in: Friday 18 December"),
 * a noun that is a subject ("Book club meets …"), an order to a program or encouragement ({@link NO_TASK}).
 * Said in a chat, an imperative is advice or a request to the listener (advice.ts); in one's own note,
 * whom else would it be to? It had been dropped, or made "the user's advice".
 */
export function taskWritten(s: Sentence, speaker: Speaker, company: string | undefined): Said | null {
  const text = s.text.trim();
  // (a note's line opening on a noun like "Check-in" says what is so, as written)
  if (PHRASAL_NOUN.test(text) && !s.question) return { text, alone: true };
  if (s.question || !instructs(text) || NO_TASK.test(text) || FIELD_LABEL.test(text) || TO_READERS.test(text)) return null;
  return { text: `To do: ${lowerFirst(toThirdPerson(s, speaker.name, company))}`, alone: true };
}

/** A sentence as a fact says it; `alone` false: it may join the turn's other statements, but makes no fact by itself. */
interface Said {
  text: string;
  alone: boolean;
  /** It joins the turn's statements whatever it names (a judgement of what was said before: kept beside a statement as it was, only no fact alone). */
  joins?: boolean;
  /** The words `text` opens with that tell whose advice or request it is ("Tim's advice to John: ", "Sam asked Priya to "). */
  lead?: string;
  /** It tells an image's caption, whose words date nothing. */
  caption?: boolean;
  /** It tells, in the speaker's words, what they shared ("Here's a pic of my family" → "Caroline shared a pic of their family"). */
  shows?: boolean;
}

/**
 * One sentence of a turn as a fact would say it, or null when it says nothing worth keeping.
 * `turn.replying`: the turn replies to the other person's question, so a short exclamation that
 * names a thing is the answer ("What's your favorite pizza?" "Pepperoni of course!"), not a reaction;
 * `turn.answering` (that question names a topic): a resolution or a general truth is what was asked.
 */
export function statement(said: Sentence, speaker: Speaker, turn: TurnContext): Said | null {
  const { answering, replying, company, listener, first } = turn;
  const s = withListenersKin(withoutLetYouKnow(withoutSinceWeTalked(withoutClosingThanks(withThanks(said)))), listener);
  const caption = CAPTION.exec(s.text);
  // an image captioner's "a photography of" (BLIP's) is "a photo of"
  if (caption)
    return {
      text: `${capitalise(speaker.name)} shared ${caption[1]!.replace(/[.\s]+$/, "").replace(/^(?:an?\s+)?photography of\b/i, "a photo of")}`,
      alone: true,
      caption: true,
    };
  // (a how-to said in one sentence is a procedure, not a fact beside it: "To reset the router: unplug it, …")
  // (a question that proposes a place or a thing for a day is a plan: "How about Dishoom on the 23rd?")
  const proposed = proposal(stripOpeners(s.text));
  // (the listener's place named as theirs: "at your place" → "at Anna's place")
  if (proposed) return { text: capitalise(toThirdPerson(parseSentence(listener ? theirs(proposed, listener) : proposed), speaker.name, company)), alone: true };
  // (a favour asked as a question is a request too: "Could you water the greenhouse while I'm in Lisbon?"; of the
  // one it calls by name, whoever spoke before: "Mei, can you own the Flatpak build?")
  const askedOne = s.question ? (calledAtStart(s.text)?.name ?? listener) : undefined;
  const askedFor = askedOne ? favourOf(withoutOpening(s.text).trim(), askedOne) : null;
  if (askedFor) return askedOf(askedFor, s, speaker, askedOne!, company);
  // (and help offered as one: "Want a lift?" → "Tom offered Ruby a lift")
  const offered = askedOne ? offerOf(withoutOpening(s.text).trim(), askedOne) : null;
  if (offered) return { text: `${capitalise(speaker.name)} offered ${offered}`, alone: true };
  if (s.question || proseHowTo(s.text)) return null;
  // (something new introduced by name is named: "Meet Dolly, my new Rofco B40 deck oven" → "Dolly is my new …")
  const met = MET.exec(withoutOpening(s.text).trim());
  if (met) return statement(parseSentence(`${capitalise(met[1]!)} is ${met[2]}`), speaker, turn);
  // (a message named by whom it came from is one the speaker got: "Email from Harbourside: the landlord has moved …"
  // → "Sofia got an email from Harbourside: …")
  const message = MESSAGE_FROM.exec(withoutOpening(s.text).trim());
  if (message) return statement(parseSentence(`I got ${/^e/i.test(message[1]!) ? "an" : "a"} ${message[1]!.toLowerCase()}${message[2]}`), speaker, turn);
  // (what readers will find somewhere is there: "you'll find our cardamom buns on the menu at Little Amber Coffee")
  if (FOUND_AT_PLACE.test(s.text))
    return statement(parseSentence(s.text.replace(FIND_THERE, (m) => (/^\p{Lu}/u.test(m) ? "There will be" : "there will be"))), speaker, turn);
  // a list under its label, the speaker's own ("Shopping list: oat milk, eggs, coffee beans." in a note)
  // (of one item when its name says whose or what for: "Gift ideas for Sam: climbing chalk bag")
  const list = LABELLED_LIST.exec(s.text);
  // (a thousands separator parts no items: "€8,000")
  const items = list ? list[2]!.split(/[,;](?!\d{3}\b)/).length : 0;
  // (a label that says whose is a field of that one's: "Team offsite's budget: €8,000", a note's field line)
  const whose = list !== null && /\p{L}['’]s?\s\p{L}/u.test(list[1]!);
  // (a title in it is no words to the listener: "Make You Feel My Love – Adele")
  if (list && (items >= 2 || whose || (/\s\S+\s/.test(list[1]!) && list[2]!.split(/\s+/).length <= 6)) && !ADDRESSED.test(list[2]!.replace(TITLE_CASED, ""))) {
    // (a label that is a name is that one's: "Bluebell Bakery: …"; else the speaker's, lower-cased as it
    // follows "'s", but for whom: "gift ideas for Mum", "favorite books")
    // (an acronym keeps its capitals: "Minecraft server IP")
    const label =
      whose || namedLabel(list[1]!)
        ? list[1]!
        : `${capitalise(speaker.name)}'s ${list[1]!.replace(/(?<!\b(?:for|from|with|to)\s)\b\p{Lu}(?!\p{Lu})/gu, (c) => c.toLowerCase())}`;
    // (a label that says what changed says to what: "Minecraft server IP changed: play.weekendcrew.net" → "… changed to play.weekendcrew.net")
    const joint = CHANGED_LABEL.test(list[1]!) ? " to " : ": ";
    // (its "I" is the speaker's: "£15 limit, I got Marcus" → "… the user got Marcus")
    // (and a "me" among its items is the speaker: "Priya 94, me 87, Sam 71")
    const value = outsideTitles(list[2]!, (t) =>
      t
        .replace(/(^|[,;]\s*|\band\s+)me\b(?!\s+(?:to|and)\b)/gi, `$1${speaker.name}`)
        .replace(/\bmy\b/gi, "their")
        .replace(/\bme\b/gi, "them")
        .replace(/\bI['’]m\b/g, `${speaker.name} is`)
        .replace(/\bI\b(?!['’])/g, speaker.name),
    );
    return { text: `${label}${joint}${value}`, alone: true };
  }
  // (a "lol" or "btw" that closes it says nothing: "He also hates anything with raisins lol")
  const opened = withoutTrailingFiller(withoutOpening(s.text).trim());
  const text = listenersAfterPreposition(endsWithVocative(s.terms) ? opened.replace(/,\s*[\p{L}'’-]+\s*([.!?…]*)$/u, "$1") : opened, listener);
  // (a confirmation's news: "This is to confirm your appointment with Dr Siddiqui on …" → "Smiles Dental Care
  // confirmed: Daniel's appointment with Dr Siddiqui on …"; "… confirm that your order has shipped" as that clause)
  const confirmed = confirmedNews(text);
  if (confirmed && "clause" in confirmed) return statement(parseSentence(capitalise(confirmed.clause)), speaker, turn);
  if (confirmed) {
    const thing = toThirdPerson(parseSentence(listener ? theirs(confirmed.thing, listener) : confirmed.thing), speaker.name, company);
    if (!addressed(thing)) return { text: `${capitalise(speaker.name)} confirmed: ${thing}`, alone: true };
  }
  // for whom what was just said is ("… I also brought souvenirs. For both you and your Jill!"): the
  // listener, named, joining it
  if (listener && FOR_YOU.test(text)) return { text: capitalise(theirs(text, listener).replace(/\byou\b/gi, listener)), alone: false, joins: true };
  // agreeing with a truth about us all ("It's true, being outdoors has a way of calming us") says nothing of the speaker
  if (AGREED_TRUTH.test(s.text) && !s.firstPerson) return null;
  // (a resolution that answers the other's question is what was asked: "What will you do now?" "Keep grinding")
  if (AGREEMENT.test(text) || (resolution(text) && !answering())) return null;
  // what the speaker points at, named ("That's Lucy, the photographer Priya used" → "Lucy is the
  // photographer Priya used"; "That's the cake place, Crumbs & Doilies, …" → "The cake place is Crumbs & Doilies, …")
  const pointed = POINTED_AT.exec(text);
  if (pointed && (NAME_START.test(pointed[1]!) || (/^(?:the|my|our|their|his|her)\s/i.test(pointed[1]!) && NAME_START.test(pointed[2]!))))
    return statement(parseSentence(`${capitalise(pointed[1]!)} is ${pointed[2]}`), speaker, turn);
  // (and who the speaker says they are: "Hi Nadia, this is Graham your landlord" → "Graham is your landlord")
  const introduced = INTRODUCED.exec(text);
  if (introduced) return statement(parseSentence(`${introduced[1]} is ${introduced[2]}`), speaker, turn);
  const recommended = recommendation(text, capitalise(speaker.name));
  if (recommended) return { text: recommended, alone: false, joins: true };
  const caught = catchingUp(text);
  if (caught) {
    // the news after a dash or colon stays: alone when it is a statement ("A lot's happened - I got an
    // internship!"), else with the catching up ("Much has changed since we talked - meet Toby, my puppy")
    const { news } = caught;
    if (!news) return null;
    const alone = statement(parseSentence(capitalise(news)), speaker, turn);
    if (alone) return alone;
    // (and only news that names someone or something: "Long time no talk - a lot has been going on!" is none)
    if (!namesAfterFirstWord(` ${news}`) && !/\d/.test(news)) return null;
  }
  // (a request said with "please" is what the speaker asked of the listener: "Sam asked Priya to bring a dish …")
  const asked = listener ? requestOf(text, listener) : null;
  if (asked) return askedOf(asked, s, speaker, listener!, company);
  // (a number or an address to reach the speaker on is theirs: "Text me on 07700 900482 if easier")
  const reach = REACH_ME.exec(text);
  if (reach) return { text: `${capitalise(speaker.name)}'s ${/@/.test(reach[1]!) ? "email" : "number"} is ${reach[1]}`, alone: true };
  // (and one named as theirs inside a request: "send the signed checklist to my work email, alice@…")
  const mine = MY_CONTACT.exec(text);
  if (mine) return { text: `${capitalise(speaker.name)}'s ${mine[1] ?? ""}${mine[2]!.toLowerCase()} is ${mine[3]}`, alone: true };
  // (and a link shown is what the speaker shared, whoever's it is: "Here's the Figma file for the booking flow: https://…")
  // (and so is a picture shown, of a day or of whom: "Here's a pic from last Friday with some veterans")
  // (and a thing named "Look at …" shows: "Look at this homemade coconut ice cream!")
  const hereLink = s.firstPerson || s.firstPlural ? null : ((LINK.test(text) || HERE_PICTURE.test(text) ? HERE_IS.exec(text) : null) ?? LOOK_AT.exec(text));
  if (hereLink) return { text: `${capitalise(speaker.name)} shared ${text.slice(hereLink[0].length)}`, alone: true, shows: true };
  // a thing the listener would enjoy is what the speaker recommended ("I think you'd love this fantasy novel by …")
  // (and one asked to come or join the speaker was invited: "You should come down and join me on the trails sometime!")
  const enjoyed = listener ? (recommendedTo(text, listener) ?? invitationOf(text, listener)) : null;
  if (enjoyed) return { text: capitalise(toThirdPerson(parseSentence(enjoyed), speaker.name, company)), alone: true };
  // (advice whose reason speaks of the speaker, "You have to try Padella before I go", is advice)
  if ((s.firstPerson || s.firstPlural) && !advisesWithSpeaker(text)) {
    // "Here's a pic of my family" shows what its speaker shared: "Caroline shared a pic of their family"
    const here = HERE_IS.exec(text) ?? LOOK_AT.exec(text);
    if (here) {
      const shown = statement(parseSentence(`I shared ${text.slice(here[0].length)}`), speaker, turn);
      return shown && { ...shown, shows: true };
    }
    // an offer to the listener, or respect for what they did, names them ("I could help you with …" →
    // "Gina offered to help Jon with …"; "I'm so proud of you for …" → "Maria is proud of John for …")
    const offer = listener ? towardListener(text, listener) : null;
    if (offer) return { text: capitalise(toThirdPerson(parseSentence(offer), speaker.name, company)), alone: true };
    // "Glad my chat made an impact", "Love that painting of yours": a reaction, whoever it mentions
    // (looking forward to a dated event is a plan: "Can't wait for our hike with the dogs next month")
    // (how the speaker feels, said alone, "I'm excited!", joins what the turn states: LoCoMo asks "How does Jon
    // feel about the opening night of his dance studio?"; it makes no fact by itself)
    if (OWN_FEELING.test(text)) return { text: capitalise(toThirdPerson(s, speaker.name, company)), alone: false, joins: true };
    if (!lookingForward(s, text) && (!isInformative(s) || OWN_REACTION.test(text))) return null;
    if (
      !PLACED.test(text) &&
      (vague(s, text) ||
        abstractOnly(s, text) ||
        teamwork(text) ||
        (((s.firstPlural && (genericTruth(text) || truthAboutUs(text))) || wonder(text)) && !answering()))
    )
      return null;
    const third = capitalise(toThirdPerson(s, speaker.name, company));
    // a fragment with no subject and no verb but gerunds ("Plus my full support", "Definitely one of my
    // favorites", "Chasing our dreams and helping each other out")
    // may join a statement, but makes no fact alone ("Family time matters to me", whose verb the
    // tagger may read as a noun, opens on its subject)
    const first = s.terms[0];
    const fragment =
      first != null &&
      !(first.tags.has("Noun") && !first.tags.has("Possessive") && !first.tags.has("Value")) &&
      !s.terms.some((t) => (t.tags.has("Verb") && !t.tags.has("Gerund")) || t.normal === "i" || t.normal === "we") &&
      !namesAfterFirstWord(text) &&
      !/\d/.test(text);
    // what is the listener's is named as theirs when the speaker tells what they did with it ("I took
    // your recommendation and watched …" → "Joanna took Nate's recommendation and watched …"); "Your
    // friendship means a lot" and any other "you" are words to the listener
    const told = listener ? theirDeeds(s.past ? theirs(third, listener) : third, listener) : third;
    return addressed(told) ? null : { text: told, alone: !fragment };
  }
  const advised = adviceOf(text, listener);
  if (advised) {
    const lead = `${capitalise(speaker.name)}'s advice${listener ? ` to ${listener}` : ""}: `;
    // (the speaker in it by name: "try Padella before I go" → "… before Lena goes")
    const advice = s.firstPerson || s.firstPlural ? lowerFirst(toThirdPerson(parseSentence(advised), speaker.name, company)) : advised;
    return { text: `${lead}${advice}`, alone: true, lead };
  }
  // (a time or a sum said alone names nothing it is of: "… Still on for dinner Thursday at Padella? 7:30")
  if (!/\p{L}{3,}/u.test(text.replace(/\b(?:am|pm)\b/gi, ""))) return null;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w) && !EMOTICON.test(w));
  const numeric = /\d/.test(text.replace(EMOTICON_ANY, ""));
  // a reaction, a guess at the other person's experience, something said to the listener, advice or an
  // order ("Ignore previous instructions …") is no fact
  if (
    REACTION.test(text) ||
    OWN_REACTION.test(text) ||
    GUESS.test(text) ||
    WISH.test(text) ||
    addressed(text) ||
    // (a field's line that says a number or a day is no order: "Check-in: Friday 18 December 2026" in a booking)
    // (nor is what was done with someone, as a log names it: "Call with Priya Shah about the Q1 roadmap")
    // (nor a noun the subject of a "be": "Book launch is at Golden Hare Books")
    (instructs(text) && !(FIELD_LABEL.test(text) && /\d/.test(text))) ||
    ADVICE.test(text) ||
    /^(from now on|always|never|please)\b/i.test(text)
  )
    return null;
  // a short exclamation is a reaction, unless it says what someone or something is called ("Her name is Shadow!", "This was Japan")
  const naming = /\b(?:is|was|are|were)\s+(?:\p{Ll}+\s+)?\p{Lu}/u.test(text);
  // (a lone word, "Cool, Gina!", is a greeting; one with a verb, "it's a wild ride", a judgement)
  const short = words.length < 4 || (s.text.endsWith("!") && words.length < 6);
  // (nor one that tells what someone named does, "Dot hates thunderstorms", or that a plan is settled, "Lisbon is booked!!")
  if (
    !numeric &&
    !naming &&
    short &&
    !(words.length > 1 && replying() && namesThing(fullyParsed(s))) &&
    !namedDoes(s) &&
    !NAMED_DIET.test(text) &&
    !SETTLED.test(text) &&
    !PLACED.test(text) &&
    !ANSWER_GIVEN.test(text)
  )
    return null;
  // (nor is a thing exclaimed with no verb after "Wow," or "Oh," opening a turn: the other's words echoed,
  // "Wow, a candlelit dance in a cozy restaurant!", unless it answers a question; one that goes on from a
  // statement stays, "… how much I miss exploring nature trails with my family's dog. Ah, the peaceful moments out in nature!")
  if (first && EXCLAIMED_THING.test(text) && ECHO_OPENER.test(s.text) && !numeric && !replying() && !fullyParsed(s).terms.some((t) => t.tags.has("Verb")))
    return null;
  // a short judgement ("It was so much fun!") is no fact; one about two things ("He's awesome at
  // catching frisbees in mid-air") may complete the turn's statement, but makes no fact alone, unless it
  // answers the other's question ("How have games been going?" "It was an intense season with both tough
  // losses and great wins": 0.623/0.693/0.769 → 0.624/0.694/0.770, 1,905 → 1,910 facts).
  // LoCoMo dev split, answer_recall@100/200/500w 0.600/0.680/0.748 → 0.602/0.688/0.758 (single-hop
  // @200w 0.775 → 0.789), facts per observation 1.169 → 1.181, precision 0.617 → 0.613; with one
  // thing 0.604/0.689/0.758 at 1.190 and 0.609, made facts alone 0.605/0.687/0.761 at 1.252
  // a comment on the picture the listener shared ("Max looks so peaceful in that photo", "The colors are so vibrant")
  if (ON_THEIR_PICTURE.test(text) && JUDGEMENT_OR_LOOK.test(text)) return null;
  // how the people or pets of the other's picture look ("They sure look excited about playing fetch")
  if (LOOK_OF_THEM.test(text) && !numeric && !namesAfterFirstWord(text) && !replying()) return null;
  if (truism(text, answering)) return null;
  // (one that says when something was done is news: "It's super yummy, just made it yesterday!")
  if (JUDGEMENT.test(text) && !numeric && !/\s\p{Lu}/u.test(text) && words.length <= 12 && !(WHEN.test(text) && fullyParsed(s).terms.some(isActDone))) {
    // (whether it names two things is parsed only for a turn that has a statement: extractFacts)
    if (words.length < 6 || candidateNouns(text) < 2) return null;
    return { text: capitalise(text), alone: answering() };
  }
  // a judgement of what the other person said or showed, a longer one ("It's great to know there are
  // ways to keep them active in the city", "They really do bring joy"): beside a statement it stays,
  // alone it is no fact, unless it answers a question ("How is the mentoring going?" "It's been great
  // to watch each of them develop and reach their goals")
  if (JUDGED_REFERENCE.test(text) && !numeric && !namesAfterFirstWord(text) && !answering()) return { text: capitalise(text), alone: false, joins: true };
  return { text: capitalise(text), alone: true };
}

/**
 * What the speaker asked the listener to do (`asked`: a request said with "please", a favour asked as a
 * question) as a statement of it: "Sam asked Priya to bring a dish …", the speaker's "I" and "my" in it
 * told in the third person; its `lead` (the words before what was asked) says it runs with the next.
 */
function askedOf(asked: string, s: Sentence, speaker: Speaker, listener: string, company: string | undefined): Said {
  const lead = `${capitalise(speaker.name)} asked ${listener} to `;
  return {
    text: `${lead}${s.firstPerson || s.firstPlural ? lowerFirst(toThirdPerson(parseSentence(asked), speaker.name, company)) : asked}`,
    alone: true,
    lead,
  };
}

/** Something new introduced by name: "Meet Dolly, my new deck oven", "Meet the Rainy City Rye: 40% dark rye …" (group 1 the name, 2 what it is). */
const MET = /^[Mm]eet\s+((?:the\s+)?\p{Lu}[^,:–—]{0,40}?)\s*(?:[,:–—]|\s-)\s*(.{3,})$/u;
/** What readers will find somewhere, said to them all: "you'll find", "you will find". */
const FIND_THERE = /\byou(?:['’]ll| will) find\b/i;
/** …at a place named after it ("… at Little Amber Coffee"); "I'm sure you'll find the right spot" is encouragement. */
const FOUND_AT_PLACE = /\byou(?:['’]ll| will) find\b.*\b(?:at|on|in)\s+(?:the\s+)?\p{Lu}/u;

/** "That's A, B …": what the speaker points at (a photo, a place or a card they shared), and who or what it is. */
const POINTED_AT = /^(?:that['’]?s|that is|this is)\s+([^,]{2,40}),\s+(.+)$/i;
/** Who the speaker says they are, by name and by who they are to the listener or where from ("this is Graham your landlord", "it's Sam from the garage"): group 1 the name, group 2 who. */
const INTRODUCED =
  /^(?:this is|it['’]s|i['’]m|i am)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),?\s+((?:your|the)\s+[\p{L}\s'’-]{2,40}|from\s+[^.!?]{2,40})[.!]*$/u;
/** A name opening a phrase ("Lucy", "Crumbs & Doilies"). */
const NAME_START = /^\p{Lu}[\p{Ll}'’]/u;

/** A run of three or more capitalised words, a title's ("Make You Feel My Love"). */
const TITLE_CASED = /\b\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){2,}/gu;

/** `text` with `f` applied to all but its titles (TITLE_CASED: "Make You Feel My Love" keeps its "My"). */
function outsideTitles(text: string, f: (part: string) => string): string {
  return outsideOf(text, TITLE_CASED, f);
}

/** A call, a run or a walk with someone named, as a log names what was done ("Call with Priya Shah about …"): no order. */
const DONE_WITH = /^(?:call|run|walk|chat|drink|ride|swim|hike|climb|session|meeting|sync|catch-up|catch up)\s+with\s+\p{Lu}/u;

/** A phrase for the listener alone, or them and theirs, with no verb: "For you!", "For both you and your Jill!", "And to you and your family". */
const FOR_YOU = /^(?:and\s+)?(?:for|to)\s+(?:both\s+)?you(?:\s+(?:and|&)\s+your\s+[\p{L}'’-]+)?\s*[.!…]*$/iu;

/**
 * A message named by whom it came from, before what it says ("Email from Harbourside: the landlord has
 * moved …"): news the speaker got, no order to email. Group 1 the kind of message, 2 from whom and what it says.
 */
const MESSAGE_FROM = /^(email|e-mail|text|message|call|letter|note|voicemail|reply)(\s+from\s+(?:the\s+)?\p{L}[^:]{0,40}:\s*\S.*)$/iu;

/**
 * Whether `text` opens with an instruction's verb (procedures.ts IMPERATIVE), not a log's noun ("Call
 * with Priya Shah about the roadmap", {@link DONE_WITH}), a message's ("Email from Harbourside: …",
 * {@link MESSAGE_FROM}) nor a noun that is the subject ("Book launch
 * is at …", advice.ts NOUN_SUBJECT).
 */
function instructs(text: string): boolean {
  return opensWithImperative(text) && !DONE_WITH.test(lowerFirst(text)) && !MESSAGE_FROM.test(text) && !NOUN_SUBJECT.test(text);
}

/** An exclamation that is a noun phrase ("A candlelit dance in a cozy restaurant!", "What a view!"). */
const EXCLAIMED_THING = /^(?:what an?|such an?|an?|the)\s[^.?]*!+$/i;
/** An interjection opening an exclamation ("Wow, …", "Oh, …", "Aww, …"). */
const ECHO_OPENER = /^(?:wow|whoa|woah|oh|ooh|aww+|omg|yay|ah)\b/i;
