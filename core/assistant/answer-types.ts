/**
 * Expected answer types (Moldovan et al., "The Structure and Performance of an Open-Domain Question
 * Answering System", ACL 2000): what a question asks for (a place, a duration, an age, a price, a
 * phone number …) and whether a memory states one without the question's word for it, as recall.ts
 * judges a hit; and whether a hit shares only the names a question asks about.
 */
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { escapeRegExp } from "../util/quote.js";
import { parseSentences } from "../memory/sentences.js";
import { sharedWords } from "./format.js";
import { namesIn } from "./hit-names.js";

/**
 * The noun of a question that asks for places ("Which cities has Jon visited?", "What European
 * countries has Maria been to?": group 1): an expected answer type (Moldovan et al., "The Structure and
 * Performance of an Open-Domain Question Answering System", ACL 2000), which a memory naming a place
 * answers without saying the noun ("Jon has been to Paris").
 */
const ASKS_PLACE = /\b(?:which|what)\s+(?:[\p{L}.]+\s+)?(cit(?:y|ies)|countr(?:y|ies)|places?|towns?|states?)\b/iu;
/** A part of a place named, asked for as a place ("Which part of Sheffield do I live in?", group 1; not "Which part of the plan …?"). */
const ASKS_PART_OF_PLACE = /\b(?:[Ww]hich|[Ww]hat)\s+(part|area|neighbou?rhood|district|suburb)s?\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/**
 * Whether the question asks for a part of a place it names ("Which part of Sheffield do I live in?")
 * and `text` names one before the place's name: "based in Walkley, Sheffield".
 */
function namesPartAsked(query: string, text: string): boolean {
  const place = ASKS_PART_OF_PLACE.exec(query)?.[2];
  return place != null && new RegExp(`\\p{Lu}[\\p{L}'’-]+,\\s+${escapeRegExp(place)}(?![\\p{L}])`, "u").test(text);
}

/** An organisation's name that is also a place one goes to: a university, a school, a hospital, by its capitalised word ("University of Leeds", "Kingsdown Grammar School"; not "school" in "after school"). */
const PLACE_OF_ORGANISATION = /\b(?:University|College|School|Academy|Institute|Hospital|Clinic|Museum|Library|Airport|Station|Hotel|Church|Stadium)\b/;

/** A street address: a house number, the street's name and its kind ("7 Vallis Road", "14 Henrietta Street", "3B Raleigh Road"). */
const STREET_ADDRESS =
  /\b\d{1,4}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Place|Grove|Crescent|Terrace|Court|Gardens|Square|Hill|Row|Walk|Mews|Parade|Rise|Brow|Green)\b/u;

/**
 * Whether a text names a place (compromise's place tags, as the engine finds them), an organisation
 * that is one ({@link PLACE_OF_ORGANISATION}), or a street address ({@link STREET_ADDRESS}: "7 Vallis
 * Road, Frome", whose town the tagger may not know).
 */
export function namesPlace(text: string): boolean {
  return PLACE_OF_ORGANISATION.test(text) || STREET_ADDRESS.test(text) || parseSentences(text).some((s) => s.entities.some((e) => e.kind === "place"));
}

/** A question that asks for a duration ("How long was I in the terminal?"): an expected answer type, as ASKS_PLACE. */
const ASKS_DURATION = /\bhow\s+long\b/i;

/** A time span ("09:21–09:34") or a duration ("12 min", "3 hours", "two weeks") in a memory's text. */
const STATES_DURATION =
  /\b\d{1,2}:\d{2}\s*[–-]\s*\d{1,2}:\d{2}\b|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:min(?:ute)?s?|hours?|h|days?|weeks?|months?|years?)\b/i;

/**
 * Kinds a question asks of and the names of what is of that kind: pets and their breeds (and young),
 * "What's my dog's name?" answered by "a rescue greyhound called Dot", which never says "dog"; and
 * exercises, "What exercises did the physio give me?" answered by "3 sets of 15 slow squats and calf raises".
 */
const KINDS: Record<string, RegExp> = {
  exercise:
    /\b(?:squats?|lunges?|push-?ups?|press-?ups?|sit-?ups?|pull-?ups?|chin-?ups?|planks?|burpees?|deadlifts?|crunches|calf raises|leg raises|bridges|stretch(?:es|ing)?|reps|\d+\s+sets\s+of)\b/i,
  dog: /\b(?:pupp(?:y|ies)|pups?|greyhounds?|labradors?|labs?|retrievers?|beagles?|poodles?|terriers?|spaniels?|collies?|huskies|husky|dachshunds?|pugs?|bulldogs?|shepherds?|chihuahuas?|corgis?|boxers?|whippets?|lurchers?|schnauzers?|rottweilers?|dobermans?|greyhound|mutts?|doodles?|labradoodles?|cockapoos?|shih tzus?|border collies?)\b/i,
  cat: /\b(?:kittens?|kitties|kitty|tabby|tabbies|siamese|persians?|maine coons?|ragdolls?|bengals?|sphynx)\b/i,
};

/** A question that asks for an age ("How old is Pixel?"): an expected answer type, as ASKS_PLACE. */
const ASKS_AGE = /\bhow\s+old\b/i;
/** An age in a memory's text: "is 12", "turns 30", "a 4 year old", "aged 7". */
const STATES_AGE = /\b(?:is|was|turns?|turned|turning)\s+\d{1,3}\b|\b\d{1,3}[-\s](?:years?|yrs?|months?)[-\s]old\b|\baged?\s+\d{1,3}\b/i;

/** A question that asks a price ("How much does Chloe charge?", "What did the flight cost?", "How much is Lumen's quote?", "What's the budget for the honeymoon?", "How much petrol money did Tom want?", not "What did I highlight about saving money?"): group 1 its verb or noun (2: "money"). */
const ASKS_PRICE =
  /\b(?:how\s+much|what)\b.*?\b(charges?|charged|costs?|paid|pays?|price|fees?|rent|quotes?|quoted|budgets?)\b|\bhow\s+much\s+(?:[\p{L}-]+\s+)?(money)\b/iu;
/** An amount of money in a memory's text: "£12", "$ 40", "€9.50", "240 euros", "30 quid". */
export const STATES_MONEY = /[£$€¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:pounds|dollars|euros|yen|quid|bucks|usd|gbp|eur|jpy)\b/i;
/** "How much was the pan?", "How much is the cake?", "How much was dinner at Time Out Market?": what a thing cost, though no word of a price is said (not "How much is there left?"). */
const ASKS_WHAT_IT_COST = /\bhow\s+much\s+(?:was|were|is|are)\s+(?!there\b|it\s+worth\b|left\b)[\p{L}]/iu;

/** Whether `question` asks what something cost or costs ("How much was the Le Creuset pan?", "What did the boiler service cost?"). */
export function asksPrice(question: string): boolean {
  return ASKS_PRICE.test(question) || ASKS_WHAT_IT_COST.test(question) || ASKS_EARNINGS.test(question);
}

/**
 * A question for what someone earns ("What's Yuki's salary at Rakuten?", "What salary did Deliveroo
 * offer me?", not "Which salary guide did I save?"): an amount answers it, but any
 * amount is no word of it (an offsite's "€8,000 budget" is no one's salary), so it is no answer type of
 * {@link sharedWithQuestion}.
 */
const ASKS_EARNINGS =
  /^\s*(?:(?:what(?:['’]s|\s+is|\s+was|\s+are|\s+were)|how\s+much)\b[^?]*\b(?:salar(?:y|ies)|wages?|earnings)\b(?=\s*(?:\?|$|(?:at|for|in|now|these|this)\b))|what\s+(?:salary|wages?|pay)\s+(?:did|does|do|will|would|could|can)\b)/i;

/**
 * Whether `text` states what a price can be: money ("£95"), or a bare amount as a chat writes one
 * ("It's 310 each", "I paid 420 for my flight"); not a day, a year or a time of day ("12 December",
 * "7pm", "18:30").
 */
export function statesAmountPaid(text: string): boolean {
  return (
    STATES_MONEY.test(text) ||
    [...text.matchAll(BARE_AMOUNT)].some((m) => !/\p{Lu}\p{Ll}*\s$/u.test(text.slice(0, m.index)) && !numbersListItem(text, m.index, m[0].length))
  );
}

/** Whether the number at `at` (`length` characters) numbers an item of a list: "A few tips: 1. Put numbers first. 2. Mention …". */
function numbersListItem(text: string, at: number, length: number): boolean {
  return /(?:^|[:.!?]\s+|\n\s*)$/.test(text.slice(0, at)) && /^\.\s+\p{Lu}/u.test(text.slice(at + length));
}

/** A question for a birthday ("When is Jill's birthday?"), and what tells one: "turns 30 on October 14", "was born on …". */
const ASKS_BIRTHDAY = /\bbirthday\b/i;
const STATES_BIRTHDAY = /\bturn(?:s|ed|ing)?\s+\d{1,3}\b|\bborn\b/i;

/** A question that asks who made a work ("Who wrote Piranesi?"): an expected answer type, as ASKS_PLACE. */
const ASKS_MAKER = /\bwho\s+(?:wrote|written|authored|directed|painted|composed|designed|illustrated|created|made|sang|sings)\b/i;
/** A work's maker after "by" ("Piranesi by Susanna Clarke"), or named as its author, director … ("Piranesi's author: Susanna Clarke"): a capitalised name. */
const MADE_BY = /\b(?:by|(?:author|writer|director|artist|composer|designer|illustrator|creator)s?:?)\s+\p{Lu}\p{Ll}/u;

/** A question for what someone is to do ("What does Sam need to do?"): group 1 its verb ("need"). */
const ASKS_TASK = /\bwhat\s+(?:do|does|did)\s+(?:\S+\s+){0,2}?(need|have|has)\s+to\s+do\b/i;
/** What is to do in a memory's text: a to-do list ("to-do", a task's "To do: …"), action items, tasks. */
const STATES_TASK = /\bto-do\b|\bto do:|\baction items?\b|\btasks?\b/i;
/** A question for what was finished ("Which books have I finished?"): group 1 its verb. */
const ASKS_DONE = /\b(finished|completed)\b/i;
/** A to-do list's item checked done ("Atomic Habits by James Clear (done)"; note.ts). */
const STATES_DONE = /\(done\)/;

/** A question for what was chosen ("Which builder did we choose?", "What worktop did we pick?"): group 1 its verb. */
const ASKS_CHOICE = /\b(choose|chose|chosen|pick|picked|select|selected|decide|decided|opt|opted)\b/i;
/** A choice a memory states: "went with Hartley & Sons", "settled on oak", a note's "Decisions". */
const STATES_CHOICE = /\b(?:went with|going with|go with|chose|chosen|picked|decided|decisions?|opted|selected|settled on)\b/i;

/** A question for the tools a thing is made with ("What stack does Ledgerly use?", "What framework is the site built in?"): group 1 the word. */
const ASKS_STACK = /\b(stack|framework|tech\s+stack|programming\s+language)\b/i;
/** Tools a memory names as what a thing is made with: "building … Ledgerly with Django and Postgres", "written in Astro", "using React" (not "demoed it in London"). */
const STATES_STACK =
  /\b(?:build(?:s|ing)?|built|writ(?:es|ing|ten)|cod(?:es|ing|ed)|made|making|develop(?:s|ing|ed)?|runs?|running|uses?|using)\b[^.;]*?\b(?:with|in|on|using)\s+\p{Lu}[\w.+#-]*/u;

/** A question for a venue by its kind ("Which restaurant did we go to …?", "What pub is the leaving do at?", "Which coffee shop …?", "Which cinema …?"): group 1 the kind. */
const ASKS_VENUE = /\b(?:which|what)\s+(?:coffee\s+)?(restaurant|caf[eé]|pub|bar|venue|hotel|gym|club|shop|cinema|theatre|theater)\b/i;
/** A venue a memory names where someone was or will be: "checked in at Casa Marino", "at The Harp", "at the Everyman Leeds", "at Dishoom" (not "at Christmas", "at 7"). */
export const STATES_VENUE = new RegExp(
  `\\bchecked in at\\b|\\b(?:at|to)\\s+(?!(?:Christmas|Easter|New Year|Halloween|${DAY_NAMES}|${MONTH_NAMES})\\b)(?:[Tt]he\\s+)?\\p{Lu}\\p{Ll}+`,
  "u",
);

/** A question for what was bought ("Which bike light did I buy?", "Where did I buy the roof paint?"): group 1 its verb. */
const ASKS_BOUGHT = /\b(buy|bought|purchase|purchased)\b/i;
/** A purchase a memory states in other words: "went with the Lezyne … from Bike Boutique", "ordered a pair of tyres", "Everything came from Midland Chandlers", "Dolly is the user's new Rofco B40 deck oven". */
const STATES_BOUGHT =
  /\b(?:bought|buys?|buying|purchased?|ordered|went with|picked up|came from|paid|splashed out)\b|\b(?:my|our|their|the user['’]s|\p{Lu}\p{Ll}+['’]s)\s+new\b/iu;

/** A question for an amount of something ("How much paint did I order?"), and an amount a memory states with its unit ("2.5 litres"). */
const ASKS_AMOUNT =
  /\bhow\s+(much|many)\b(?!.*\b(?:charges?|charged|costs?|paid|pays?|price|fees?|rent|quotes?|quoted|budgets?|money|salar(?:y|ies)|wages?)\b)/i;
const STATES_AMOUNT =
  /\b\d+(?:[.,]\d+)?\s*(?:litres?|liters?|ml|kg|kilos?|grams?|g|lbs?|bags?|boxes?|bottles?|tins?|cans?|packs?|rolls?|metres?|meters?|cm|sheets?|pieces?|pairs?|tubs?|jars?|sacks?)\b/i;
/** A question for how many people ("How many people was the table for?", "How many guests are coming?"), and a count of them a memory states ("a table for 12", "8 guests"). */
const ASKS_HEADCOUNT = /\bhow\s+(many)\s+(?:people|guests|adults|kids|children|persons|of\s+us)\b/i;
const STATES_HEADCOUNT =
  /\b\d+\s+(?:people|guests|adults|kids|children|persons|of\s+us)\b|\b(?:table|booking|party|reservation)\s+(?:for|of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
/** "How much" before its verb, of no thing named ("How much did the seller want for the Niche Zero?"): a sum of money answers it too. */
const ASKS_MUCH_OF_NOTHING_NAMED = /\bhow\s+much\s+(?:did|does|do|will|would|should|could|can|was|is|are|were)\b/i;
/** A sum of money a memory states ("£420", "$1,200"). */
const STATES_SUM = /[£$€¥]\s?\d/;

/** A question for an amount of a liquid ("How much water did I drink?"), which a volume answers, not a weight. */
const ASKS_LIQUID = /\bhow\s+much\s+(?:water|milk|wine|beer|juice|coffee|tea|oil|paint|petrol|fuel|diesel|alcohol)\b(?!\s+(?:money|costs?|cost|price|bill)\b)/i;
/** A volume a memory states: "2 litres", "500 ml", "3 glasses", "a pint" not counted (no number). */
const STATES_VOLUME = /\b\d+(?:[.,]\d+)?\s*(?:litres?|liters?|l|ml|cl|cups?|glasses?|pints?|bottles?|cans?|tins?|gallons?|fl\.?\s?oz)\b/i;

/** A question for a vehicle's registration ("What's the car's reg?", "What is the van's number plate?"): the words a plate answers, the vehicle's and the registration's. */
const ASKS_PLATE = /\b(?:reg|registration|(?:number|licen[cs]e)\s+plate)\b/i;
const PLATE_WORDS = /\b(?:car|van|motorbike|reg|registration|number\s+plate|licen[cs]e\s+plate)\b/gi;
/** A registration plate a memory states: a UK one ("WK19 HXD", "Reg WK19 HXD"), or one after "reg" or "plate". */
const STATES_PLATE = /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b(?:reg|registration|plate)\b:?\s+[A-Z0-9]{2,4}[\s-]?[A-Z0-9]{2,4}\b/;

/** A question for a dose ("What dose of sertraline do I take?"), and one a memory states ("50 mg", "1000 IU"). */
const ASKS_DOSE = /\b(dose|dosage)\b/i;
const STATES_DOSE = /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|iu|g)\b/i;

/** A question for where someone stays ("Where am I staying in Porto?", "Which hotel are we staying at?"), and a place to stay a memory states ("Hotel: Torel Avantgarde"). */
const ASKS_STAY = /\b(?:where|which|what)\b.*\b(stay(?:ing)?|sleeping|put up)\b/i;
const STATES_STAY =
  /\b(?:hotels?|hostels?|airbnb|b&b|bnb|inns?|guest\s?houses?|apartments?|villas?|cottages?|lodges?|resorts?|motels?|campsites?|staying|stay(?:s|ed)? at)\b/i;
/** A question for a membership or a subscription, and a payment a memory states as repeated ("by Direct Debit", "a month"): "What's my gym membership?" and "The user paid £24.99 to PureGym by Direct Debit". */
const ASKS_MEMBERSHIP = /\b(memberships?|subscriptions?|subscribed)\b/i;
const STATES_REPEATED_PAYMENT =
  /\b(?:direct debit|standing order|subscriptions?|subscribed|memberships?|(?:a|per|every) (?:month|year)|monthly|annual(?:ly)?|recurring)\b/i;
/** A question for a book ("What book am I reading?", not "When is my book club meeting?"), and a book a memory states: by its author, on a reading list, as a novel, or its title in quotes. */
const ASKS_BOOK = /\b(books?|novels?)\b(?!\s+(?:club|group|shop|store|fair)s?\b)/i;
const STATES_BOOK = /\b(?:authors?|novels?|reading list|books?|by\s+\p{Lu}\p{Ll})|["“]\p{Lu}[^"”]{2,80}["”]/u;

/**
 * A question for someone's job title ("What is my job title?", "What's Priya's role?", "What's my new
 * job?": its words the role stands for), and a role a memory states ("as Senior Product Designer", "works as a pharmacist", "Senior
 * product designer at Monzo").
 */
const ASKS_ROLE =
  /\b(job\s+title)\b|\b(role|position)\b|^\s*what(?:['’]s|\s+is|\s+was)\s+(?:my|your|his|her|their|\p{Lu}\p{L}*['’]s)\s+((?:new\s+|current\s+|old\s+|first\s+)?job)\b(?!\s+title)/iu;
/** The words of a job's title that say what someone does ("designer", "analyst"). */
const ROLE_NOUN =
  "(?:designer|engineer|developer|manager|director|analyst|teacher|nurse|doctor|lead|head|officer|consultant|assistant|researcher|scientist|writer|editor|producer|architect|accountant|lawyer|specialist|coordinator|administrator|intern|associate|executive|founder|chef|pharmacist|planner|strategist)";
const STATES_ROLE = new RegExp(
  `\\b(?:(?:works as|(?:as|appointed(?: as)?|promoted to|hired as|made) (?:an? |the )?(?:[\\p{L}-]+\\s){0,3}${ROLE_NOUN})\\b|${ROLE_NOUN}\\s+at\\s+\\p{Lu})`,
  "iu",
);

/** A question for the way to reach someone ("How does Sofia like to be contacted?", "What's the best way to reach Dan?"), and a way a memory states ("Prefers WhatsApp to calls"). */
const ASKS_CONTACT_WAY = /\b(?:how|way)\b.*\b(contact(?:ed)?|reach(?:ed)?|get hold of)\b/i;
const STATES_CONTACT_WAY = /\b(?:whats\s?app|signal|telegram|imessage|texts?|texting|sms|calls?|calling|phone|ring|e-?mails?|messages?|voice\s?notes?)\b/i;

/**
 * A question for a deadline ("When is the submission deadline?"), and a day a memory states
 * ("Submission: 20 May", "due October 16"), not the day a fact was said or resolved, in brackets ("(8 May 2023)").
 */
const ASKS_DEADLINE = /\b(deadline|due)\b/i;
/** A question for the day of the week something is done ("Which day do the bins go out?"): group 1 "day". */
/** A question for a time of day ("What time is the hike?"). */
const ASKS_CLOCK = /\bwhat\s+time\b/i;
/** A clock time ("8:00", "7:30pm", "8pm", "noon"), not a price ("£3.40") nor a decimal ("6.2 km"). */
const STATES_CLOCK =
  /(?<![\d£$€¥.,])\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b(?:noon|midday|midnight)\b/iu;
/**
 * Whether the question asks for a time of day and `text` states one: "What time is the hike?" and
 * "Meet at Shinjuku station, 8:00" (bookmarks' "get there by 6.30pm" says a time too, so a clock time
 * alone makes no memory relevant: same-day.ts counts it for the plan of a day already found).
 */
export function statesClockTimeAsked(question: string, text: string): boolean {
  return ASKS_CLOCK.test(question) && STATES_CLOCK.test(text);
}
/** A clock time something happens at, not one to be somewhere by ("get there by 6.30pm", advice a bookmark keeps): the "time" of "What time …?" as {@link sharedWithQuestion} counts it. */
const STATES_CLOCK_OF_EVENT = new RegExp(`(?<!\\bby\\s)(?:${STATES_CLOCK.source})`, "iu");
/** A question for a temperature ("What temperature should I bake the loaf at?", "How hot should the oven be?"): group 1 its word. */
const ASKS_TEMPERATURE = /\b(temperature|hot)\b/i;
/** A temperature a memory states: "240°C", "200 degrees", "gas mark 6". */
const STATES_TEMPERATURE = /\d\s?°\s?[CF]?|\b\d+\s?(?:degrees|celsius|fahrenheit)\b|\bgas\s+mark\s+\d/i;
const ASKS_WEEKDAY = /\b(?:which|what)\s+(day)\b/i;
/** A day of the week a memory names ("every Tuesday at 7pm"). */
const STATES_WEEKDAY = new RegExp(`\\b(?:${DAY_NAMES})s?\\b`, "i");
const STATES_DAY = new RegExp(`(?<!\\()\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b|(?<!\\()\\b(?:${MONTH_NAMES})\\s+\\d{1,2}\\b`, "i");

/** A question for a surname ("What is Ollie's surname?"), and a full name that gives one ("Ollie Barnes"). */
const ASKS_SURNAME = /\b(surname|last name|family name|full name)\b/i;
const STATES_FULL_NAME = /\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/**
 * Who someone's professional is, as a question asks ("Who is my dentist?"), and how a memory that
 * names them says what they do: the practice's word for it beside a titled name ("BrightSmile Dental:
 * reminder of the user's appointment with Dr Okafor"). Only for "Who is …?": "When is my dentist
 * appointment?" is not answered by a cat's dental clean.
 */
const PRACTICES: Record<string, RegExp> = {
  dentist: /\b(?:dental|dentistry|orthodontics?)\b/i,
  vet: /\b(?:veterinary|vets?)\b/i,
  doctor: /\b(?:medical|surgery|clinic|GP|practice)\b/i,
  gp: /\b(?:medical|surgery|clinic|practice)\b/i,
  optician: /\b(?:optical|optometry|opticians?|eye\s+test)\b/i,
  physio: /\b(?:physiotherapy|physical\s+therapy)\b/i,
};
/** "Who is my dentist?", "Who's Leo's vet?": group 1 the professional asked for. */
const ASKS_PRACTITIONER = /^\s*who(?:'s|’s|\s+is|\s+was)\s+(?:my|our|\S+?['’]s)\s+(dentist|vet|doctor|gp|optician|physio)\s*\??\s*$/i;
/** A titled name ("Dr Okafor", "Dr. Hale", "Mrs Patel"). */
const TITLED_NAME = /\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+\p{Lu}/u;

/** For each professional, the answer type a "Who is my dentist?" question asks for: the practice's word beside a titled name (PRACTICES). */
const PRACTITIONERS = Object.entries(PRACTICES).map(([role, practice]) => ({
  asked: (q: string) => (ASKS_PRACTITIONER.exec(q)?.[1]?.toLowerCase() === role ? role : undefined),
  states: { test: (text: string) => practice.test(text) && TITLED_NAME.test(text) },
}));

/**
 * "At the moment", "right now", "these days" of a question, and the "currently" or "now" of a memory
 * that says the same ("What am I reading at the moment?" and "The user is currently reading Orbital"):
 * counted as the question's word, never required (a memory in the present tense answers as well).
 */
const NOW_SAID = {
  asked: (q: string) => /\b(?:at the moment|right now|these days|nowadays|at present)\b/i.exec(q)?.[0],
  states: /\b(?:currently|now|at the moment|these days|nowadays|at present)\b/i,
};

/**
 * What a browsing record (Google My Activity, a browser's history: "The user visited "…" on
 * theperfectloaf.com", "The user searched Google for "…"") says for a question's verbs of browsing:
 * a page visited is the "article" or "page" the user "read", and a page visited or a search is what
 * they "looked at", "looked up" or "checked out". "Read" counts only beside a word for a page ("What
 * was that sourdough hydration article I read?"): a book read is no page visited.
 */
const BROWSED = [
  {
    asked: (q: string) => (/\b(?:articles?|pages?|posts?|blogs?|websites?|sites?|guides?)\b/i.test(q) ? /\bread\b/i.exec(q)?.[0] : undefined),
    states: /\bvisited\s+["“]/,
  },
  { asked: (q: string) => /\b(?:articles?|web\s?pages?)\b/i.exec(q)?.[0], states: /\bvisited\s+["“]/ },
  { asked: (q: string) => /\blook(?=(?:ed|ing)?\s+(?:at|up|into)\b)|\bcheck(?=(?:ed)?\s+out\b)/i.exec(q)?.[0], states: /\b(?:visited|searched|viewed)\b/ },
];

/** The "ride" of a bike ride ("When did I go for a bike ride?"), and cycling a memory tells ("The user cycled 24.6 km"). */
const RIDDEN = { asked: (q: string) => /\b(?:bike|cycle|bicycle)\s+(ride)s?\b/i.exec(q)?.[1], states: /\b(?:cycl(?:ed|ing|es)|biked|rode)\b/i };

/** The "play" of a song played ("When did I first play Starburster?"), and listening a memory tells ("The user listened to "Starburster" … 3 times"). */
const PLAYED = { asked: (q: string) => /\bplay(?:ed|ing|s)?\b/i.exec(q)?.[0], states: /\blistened\s+to\b|\bon\s+repeat\b/i };
/** The "see" of a band, a show or a friend seen ("When did I see Fontaines D.C.?"), and where one was that a memory tells ("The user checked in at O2 Academy Brixton …", "watched", "went to"). */
const SEEN = { asked: (q: string) => /\b(?:see|saw|seen)\b/i.exec(q)?.[0], states: /\bchecked\s+in\s+at\b|\bwatched\b|\bwent\s+to\b|\battended\b/i };
/**
 * The "go" of going to a place ("When did we go to Whitstable?", "When did I go to Kyoto?"), and a
 * trip or a visit a memory tells ("Photo in the user's album "Whitstable day trip"", "visited Kyoto").
 */
const TRAVELLED = {
  // (not "going to" of what is to come: "When are we going to move?")
  asked: (q: string) => /\b(go|gone)\s+to\b/i.exec(q)?.[1],
  states: /\b(?:(?:day\s+)?trips?|visit(?:s|ed|ing)?|holidays?|getaway|travel(?:led|ed|ling|ing)?|journey)\b/i,
};
/** The "fly" of a question ("When do we fly to Lisbon?") and a flight a memory tells ("Priya booked the Lisbon flights! EasyJet …"). */
const FLOWN = { asked: (q: string) => /\b(?:fly|flying|flew|flown)\b/i.exec(q)?.[0], states: /\bflights?\b|\bflew\b|\bflying\b/i };
/** And the other way: the "listening" of a question ("What was I listening to on 18 April?") and a song a memory says was played ("The user played once on Last.fm …"). */
const LISTENED = { asked: (q: string) => /\blisten(?:ed|ing|s)?\b/i.exec(q)?.[0], states: /\bplayed\b|\bon\s+repeat\b/i };

/**
 * Sites that sell one kind of thing, whose page is about a thing of that kind: a page visited on
 * booking.com is a "hotel" of a question ("Which hotel in Porto did I look at?" and "The user visited
 * "Torel Avantgarde, Porto – Updated 2026 Prices" on booking.com"), one on ryanair.com a "flight".
 */
const SITES_OF_KIND = [
  { asked: (q: string) => /\bhotels?\b/i.exec(q)?.[0], states: /\b(?:booking\.com|hotels\.com|expedia\.[a-z.]+|airbnb\.[a-z.]+|trivago\.[a-z.]+)\b/i },
  {
    asked: (q: string) => /\bflights?\b/i.exec(q)?.[0],
    states: /\b(?:ryanair|easyjet|jet2|skyscanner|kayak|britishairways|ba|lufthansa|klm|wizzair|vueling|tap(?:airportugal)?)\.(?:com|co\.uk|[a-z]{2})\b/i,
  },
];

/** A question for a number that is no phone's ("What are our seat numbers?", "What's my locker number?"). */
const ASKS_NUMBER = /\b(?<!(?:phone|mobile|cell|telephone)\s)(numbers?)\b/i;
/** A number a memory states ("seats 41 and 42"), not a day's nor a year's ("(3 November 2026)", the day it was said). */
const STATES_NUMBER = new RegExp(`(?<!\\b(?:${MONTH_NAMES})\\s+(?:\\d{1,2},?\\s+)?)\\b\\d+\\b(?!(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b)`, "i");
/**
 * What a number counts when it is said before it, so that it is no price: a compound ("2-bedroom",
 * "4-pack"), a count of seats, rooms, pieces, people ("Snoozer 3 seater sofa", "a table for 12 people"),
 * or a measure of distance, time or weight ("6.2 km", "35 minutes", "20 kg").
 */
const COUNTED =
  "\\s?-\\s?\\p{L}|\\s+(?:seaters?|burners?|wheelers?|doors?|beds?|bedrooms?|pieces?|packs?|person|people|stars?|speeds?|storeys?|players?|kids|children|guests|seats|km|kms|kilometres?|kilometers?|miles?|mi|metres?|meters?|m|minutes?|mins?|hours?|hrs?|h|seconds?|secs?|s|kg|kilos?|grams?|g|lbs?|laps?|reps?|sets?|times|plays|songs|tracks|episodes|visits)\\b";
/** A bare amount: a number that is no day's, year's or time of day's, nor a count of what it is said before ({@link COUNTED}), nor a name's after a capitalised word ("Trail 6", "Platform 4"). */
const BARE_AMOUNT = new RegExp(`(?<![:.])${STATES_NUMBER.source}(?!\\s?(?:am|pm)\\b|[:.]\\d|${COUNTED})`, "giu");
/** A question for what someone or something is called ("What is the photographer called?"): its "called" or "named". */
const ASKS_CALLED = /\b(called|named)\s*\??\s*$/i;
/** A name a memory states: a capitalised word after its first ("Ana says Lucy is the photographer Priya used"). */
const STATES_NAME = /(?<=[\p{L},;:]\s+)\p{Lu}\p{Ll}+/u;

/**
 * Contact details a question may ask for, and how a memory gives one: a phone number (seven digits
 * or more, spaces, dashes or a leading "+" between), an email address, or a postal address (a house
 * number before a street, a UK postcode, or the word "address").
 */
export const CONTACT_DETAILS = [
  // (not a "mobile game" or a "cell" of a spreadsheet: "mobile" and "cell" only as a number's; nor a phone a
  // "Which …?" question tells of the thing it asks for: "Which article said checking your phone …?")
  {
    word: "phone",
    asked: /^(?!\s*which\s+(?!(?:tele)?phone|mobile|cell|number)\p{L})[\s\S]*?(?:\b(?:tele)?phone\b|\b(?:mobile|cell)(?:\s+(?:phone\s+)?number|\s*\?*$))/iu,
    states: /\+?\d(?:[\s-]?\d){6,}/,
  },
  // (an email asked about by when, where, who, why or how is a thing: "When is the launch email due?")
  { word: "email", asked: /^(?!\s*(?:when|where|who|why|how)\b)[\s\S]*\be-?mail\b|\be-?mail\s+address\b/i, states: /[\w.+-]+@[\w-]+\.[\w.]+/ },
  // (a postal one: not an email's, a website's or an IP's; told by a house number and a street, a UK postcode, or the word)
  {
    word: "address",
    // (nor a server's or a website's: "What is the Minecraft server address?")
    asked: /(?<!\b(?:e-?mail|web|website|server|ip|ip\s+v\d|mac|wallet)\s)\baddress\b/i,
    states:
      /\b\d+[a-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Way|Place|Crescent|Court|Terrace|Gardens|Grove|Hill|Square|Boulevard|Blvd|Row|Mews|Parade)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\baddress\b/u,
  },
];

/** A type of answer: the word of a question that asks for it, if it does, and how a memory states one. */
interface AnswerType {
  asked: (query: string) => string | undefined;
  states: { test(text: string): boolean };
}

/** A price: the "much" of "How much is the rent?", whether or not a memory says "rent"; and "How much is the Rainy City Rye?", what a thing costs, though no word of a price is said. */
const PRICE: AnswerType = {
  asked: (q) =>
    ASKS_PRICE.test(q) || ASKS_WHAT_IT_COST.test(q) ? (/\bhow\s+(much)\b/i.exec(q)?.[1] ?? ASKS_PRICE.exec(q)?.[1] ?? ASKS_PRICE.exec(q)?.[2]) : undefined,
  states: STATES_MONEY,
};
/** A number ("What is my library card number?"). */
const NUMBER: AnswerType = { asked: (q) => ASKS_NUMBER.exec(q)?.[1], states: STATES_NUMBER };
/** A place stayed at ("Which hotel did I stay at in Tokyo?"). */
const STAY: AnswerType = { asked: (q) => ASKS_STAY.exec(q)?.[1], states: STATES_STAY };

/** An airline ("Which airline are we flying to Copenhagen with?"), and one a memory names, by its name or a flight number ("EasyJet", "TAP", "BA982"). */
const AIRLINE: AnswerType = {
  asked: (q) => /\b(?:which|what)\s+(airline|carrier)\b/i.exec(q)?.[1],
  states:
    /\b(?:airlines?|airways|easyjet|ryanair|wizz|jet2|lufthansa|klm|tap|emirates|qatar|iberia|vueling|norwegian|finnair|aer\s+lingus|united|delta|virgin|loganair|swiss|air\s+\p{Lu}\p{L}+)\b|\b[A-Z]{2,3}\d{2,4}\b/u,
};

/** A word of paying beside a bare amount, which makes it a price ("I paid 420 for my flight", "it's 310 each"; not "1000 then 8000 grit"). */
const PAYING = /\b(?:paid|pay|pays|paying|cost|costs|costing|price|priced|each|per\s+(?:person|head|night)|split|owes?|owed|charged?|spent)\b/i;

/** The types of answer a memory must state to answer at all, whatever else it shares with the question (recall.ts): a value, not a topic; a price as a chat says one too ({@link PAYING}). */
const VALUE_TYPES: AnswerType[] = [
  { asked: PRICE.asked, states: { test: (t) => STATES_MONEY.test(t) || (PAYING.test(t) && statesAmountPaid(t)) } },
  NUMBER,
  STAY,
  AIRLINE,
];

/**
 * Expected answer types a memory answers without the question's word for them: `asked` gives that
 * word when the question asks for the type ("long" of "How long…?"), `states` whether a memory's text
 * states an answer of it (a duration).
 */
const ANSWER_TYPES: AnswerType[] = [
  { asked: (q) => (ASKS_DURATION.test(q) ? "long" : undefined), states: STATES_DURATION },
  { asked: (q) => (ASKS_AGE.test(q) ? "old" : undefined), states: STATES_AGE },
  { asked: (q) => (ASKS_BIRTHDAY.test(q) ? "birthday" : undefined), states: STATES_BIRTHDAY },
  { asked: (q) => ASKS_MAKER.exec(q)?.[0].split(/\s+/)[1], states: MADE_BY },
  PRICE,
  { asked: (q) => ASKS_TASK.exec(q)?.[1], states: STATES_TASK },
  { asked: (q) => ASKS_DONE.exec(q)?.[1], states: STATES_DONE },
  { asked: (q) => ASKS_SURNAME.exec(q)?.[1], states: STATES_FULL_NAME },
  { asked: (q) => ASKS_CALLED.exec(q)?.[1], states: STATES_NAME },
  NUMBER,
  { asked: (q) => ASKS_CHOICE.exec(q)?.[1], states: STATES_CHOICE },
  { asked: (q) => ASKS_BOUGHT.exec(q)?.[1], states: STATES_BOUGHT },
  { asked: (q) => ASKS_VENUE.exec(q)?.[1], states: STATES_VENUE },
  { asked: (q) => ASKS_STACK.exec(q)?.[1], states: STATES_STACK },
  {
    asked: (q) =>
      ASKS_WHAT_IT_COST.test(q) || ASKS_LIQUID.test(q) || ASKS_MUCH_OF_NOTHING_NAMED.test(q) || ASKS_HEADCOUNT.test(q) ? undefined : ASKS_AMOUNT.exec(q)?.[1],
    states: STATES_AMOUNT,
  },
  { asked: (q) => ASKS_HEADCOUNT.exec(q)?.[1], states: STATES_HEADCOUNT },
  {
    asked: (q) => (ASKS_MUCH_OF_NOTHING_NAMED.test(q) && ASKS_AMOUNT.test(q) && !ASKS_WHAT_IT_COST.test(q) && !ASKS_LIQUID.test(q) ? "much" : undefined),
    states: new RegExp(`${STATES_AMOUNT.source}|${STATES_SUM.source}`, "i"),
  },
  { asked: (q) => (ASKS_LIQUID.test(q) ? "much" : undefined), states: STATES_VOLUME },
  { asked: (q) => ASKS_DOSE.exec(q)?.[1], states: STATES_DOSE },
  { asked: (q) => (ASKS_PLATE.test(q) ? (q.match(PLATE_WORDS) ?? []).join(" ") : undefined), states: STATES_PLATE },
  { asked: (q) => ASKS_CONTACT_WAY.exec(q)?.[1], states: STATES_CONTACT_WAY },
  STAY,
  { asked: (q) => ASKS_MEMBERSHIP.exec(q)?.[1], states: STATES_REPEATED_PAYMENT },
  {
    asked: (q) => {
      const m = ASKS_ROLE.exec(q);
      return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    },
    states: STATES_ROLE,
  },
  { asked: (q) => ASKS_BOOK.exec(q)?.[1], states: STATES_BOOK },
  { asked: (q) => ASKS_DEADLINE.exec(q)?.[1], states: STATES_DAY },
  { asked: (q) => ASKS_WEEKDAY.exec(q)?.[1], states: STATES_WEEKDAY },
  { asked: (q) => (ASKS_CLOCK.test(q) ? "time" : undefined), states: STATES_CLOCK_OF_EVENT },
  { asked: (q) => (/^\s*(?:what|which)\b|^\s*how\s+hot\b/i.test(q) ? ASKS_TEMPERATURE.exec(q)?.[1] : undefined), states: STATES_TEMPERATURE },
  ...CONTACT_DETAILS.map(({ word, asked, states }) => ({ asked: (q: string) => (asked.test(q) ? word : undefined), states })),
];

/**
 * The kinds of pet a question names, each a word a breed stands for ("What's my dog's name?" and "a
 * rescue greyhound called Dot"): not what the question asks for (a name), so no answer lacks it.
 */
const KINDS_NAMED = Object.entries(KINDS).map(([kind, breeds]) => ({
  asked: (q: string) => (sharedWords(kind, q).shared > 0 ? kind : undefined),
  states: breeds,
}));

/**
 * How many of the question's words the memory holds, a place it names counting for the noun a
 * place question asks with, a maker it names after "by" for the verb of "Who wrote…?", an amount of
 * money for the "charge" or "cost" of "How much does … charge?", a to-do list or action items for the
 * "need" of "What does Sam need to do?", an age for the "old" of "How old…?", a breed for the "dog" or "cat" of a question,
 * a practice's word beside a titled name for the "dentist" of "Who is my dentist?", "currently" for "at the moment" (NOW_SAID), a page visited for
 * the "article I read" or what was "looked at" (BROWSED), a booking site for a "hotel" (SITES_OF_KIND), and a time span or duration it states for the "long" of "How long…?"
 * (a screen activity "Working in the terminal …, 09:21–09:34" answers "How long was I in the
 * terminal?" without the word "long"). Shapes: `shared` of the question's `words` (content words).
 */
export function sharedWithQuestion(query: string, text: string): { shared: number; words: number } {
  const found = sharedWords(query, text);
  // (and the practice's word beside a titled name for "Who is my dentist?": "BrightSmile Dental … Dr Okafor")
  for (const type of [
    ...ANSWER_TYPES,
    ...KINDS_NAMED,
    ...PRACTITIONERS,
    NOW_SAID,
    ...BROWSED,
    ...SITES_OF_KIND,
    RIDDEN,
    PLAYED,
    LISTENED,
    SEEN,
    TRAVELLED,
    FLOWN,
  ]) {
    const word = type.asked(query);
    // (each of its words the memory lacks: the "job" and "title" of "What is my job title?")
    const said = word ? sharedWords(word, text) : null;
    if (said && said.shared < said.words && type.states.test(text)) found.shared += said.words - said.shared;
  }
  const noun = (ASKS_PLACE.exec(query) ?? ASKS_PART_OF_PLACE.exec(query))?.[1];
  if (!noun || sharedWords(noun, text).shared > 0) return found;
  return namesPlace(text) ? { ...found, shared: found.shared + 1 } : found;
}

/**
 * Whether the question asks for a type of answer (a birthday, a duration, a price, a surname …;
 * ANSWER_TYPES) that `text` neither names nor states: "When is Sophie's birthday?" and "Sophie says the
 * train gets in at 6:40 tomorrow", however close the two are in meaning.
 */
export function missesAnswerType(query: string, text: string, types: readonly AnswerType[] = ANSWER_TYPES): boolean {
  return types.some((type) => {
    const word = type.asked(query);
    return word !== undefined && sharedWords(word, text).shared === 0 && !type.states.test(text);
  });
}

/**
 * Whether the question asks for a value (a price, a number, a place stayed at; VALUE_TYPES) that `text`
 * neither names nor states: "How much did my flight to Boston cost?" and the flight's seat and times,
 * though they share "flight" and "Boston".
 */
export function missesValueAsked(query: string, text: string): boolean {
  return missesAnswerType(query, text, VALUE_TYPES);
}

/**
 * Whether `text` shares with the question only the names of the people it names (`people`), while
 * the question asks something besides them ("What is Dev's job?" and "Dev is visiting from Toronto").
 */
export function sharesOnlyNames(query: string, text: string, people: ReadonlySet<string>): boolean {
  if (people.size === 0) return false;
  const rest = withoutNames(query, people);
  if (sharedWords(rest, rest).words === 0 || sharedWithQuestion(rest, text).shared > 0) return false;
  // (the place a part of is asked of is no name the question is about: "Walkley, Sheffield" for "Which part of Sheffield …?")
  if (namesPartAsked(query, text)) return false;
  // (what the question asks for, said in other words: a liking for "What does Jill like?")
  return !(ASKS_LIKING.test(query) && STATES_LIKING.test(text));
}

/**
 * Whether `text` names one of the people (or things) the question names and shares a word of the
 * question besides, said as the question says it (not only a type of answer it states): "What tone does
 * Brightwell want?" and "Brightwell – Spring 2027 campaign brief: The user's tone of voice: Warm, …",
 * not "What is Ana's flight number?" and "Ana Costa says garlic is in, 3 rows …".
 */
export function sharesNameAndWord(query: string, text: string, people: ReadonlySet<string>): boolean {
  return [...people].some((name) => namesIn(text, name)) && sharedWords(withoutNames(query, people), text).shared > 0;
}

/** The question without the names it says (and their possessive "'s"). */
function withoutNames(query: string, people: ReadonlySet<string>): string {
  return [...people].reduce((q, name) => q.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?:['’]s)?(?![\\p{L}])`, "gu"), " "), query);
}

/** A question for what someone likes, and a liking a memory states ("Jill loves hiking", "a fan of jazz"). */
const ASKS_LIKING = /\b(?:like|likes|love|loves|enjoy|enjoys|into)\b/i;
const STATES_LIKING = /\b(?:lik(?:e|es|ed)|lov(?:e|es|ed)|enjoy(?:s|ed)?|ador(?:e|es|ed)|into|fan of|favou?rite|passion(?:ate)?)\b/i;
