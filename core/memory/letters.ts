/**
 * An email as the memory engine reads it: a letter to its recipient, not a chat's turn. Its greeting
 * ("Hi Sofia,", "Dear Ms Reyes,") and sign-off ("Best wishes, Mark") say nothing; what it says to
 * "you" is said of the recipient ("Your lease ends on 31 January" → "Sofia Reyes's lease ends on 31
 * January"; in a chat, words to the listener are mostly reactions, in a letter they are its news); a
 * request is what the recipient should do ("Please let me know by 15 December" → "Sofia Reyes should
 * reply to me by 15 December", the sender's "me" told as theirs later), but a favour asked as a question
 * is kept as asked, told by the engine as asked of the recipient (advice.ts `favourOf`); "Please find attached X" is
 * what the sender attached. Chats are read as they are.
 */
import nlp from "compromise";
import type { SourceRow } from "../db/types.js";
import { favourOf } from "./advice.js";
import { stripOpeners } from "./sentences.js";
import { metadataEntry } from "./source-metadata.js";

/** A greeting line that opens a letter. */
const GREETING = /^(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening)|morning|greetings)\b[^.!?\n]{0,40}[,!.:]?\s*$/i;
/** A closing line ("Best wishes,", "Kind regards", "Cheers,", "Thanks!"), after which come the sender's name and details. */
const CLOSING =
  /^(?:(?:best|kind|warm|warmest|many)\s+(?:wishes|regards|thanks)|regards|best|cheers|thanks|thank\s+you|thx|love|all\s+the\s+best|sincerely|yours(?:\s+(?:truly|sincerely|faithfully))?|take\s+care|speak\s+soon|talk\s+soon|see\s+you(?:\s+soon)?)[,!.]*\s*$/i;
/** Lines the ingest adds that a sign-off does not end ("Signature: …", "Attached: …"). */
const KEPT_AFTER_CLOSING = /^(?:Signature|Attached):\s/;
/** A line that is only a name (the sender signing): up to three capitalised words, no sentence mark. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * The one recipient an email source was sent to (its To), "" when it names none or several (a mail
 * to a group: its "you" is all of them, none to name), or null for any source that is no email. A text
 * message the user received is read so too (sms.ts: "the user", or none in a group text): "Reminder of
 * your appointment with Dr Okafor" is the user's appointment; and so is any message an importer marks as
 * a letter (`metadata.letter.to`: a LinkedIn message to the user alone, linkedin.ts).
 */
export function letterRecipient(source: Pick<SourceRow, "metadata">): string | null {
  const e = (metadataEntry(source, "email") ?? metadataEntry(source, "sms") ?? metadataEntry(source, "letter")) as { to?: unknown } | undefined;
  if (!e) return null;
  const to = Array.isArray(e.to) ? e.to.filter((x): x is string => typeof x === "string" && x.trim() !== "") : [];
  return to.length === 1 ? to[0]!.trim() : "";
}

/**
 * A word that names an organisation in a sender's name: a practice, a shop, a company, a public body
 * ("Smiles Dental Care", "Harbourside Lettings", "Fenwick Supplies Ltd", "Thames Water").
 */
const ORGANISATION_WORD =
  /\b(?:care|clinic|practice|surgery|dental|dentists?|medical|health|pharmacy|hospital|nhs|bank|building society|lettings|estates?|agency|agents|supplies|ltd|limited|inc|llc|plc|gmbh|services|support|team|energy|water|gas|electric|insurance|council|school|academy|university|college|nursery|group|company|store|shop|travel|airways|airlines|rail|hotel|restaurant|cafe|bakery|garage|motors|studios?|club|gym|centre|center|society|trust|foundation|association|office|reception|bookings?|orders?|customer)\b/i;

/**
 * Whether a letter's sender, by the name it signs with, is an organisation rather than a person: its name
 * holds an ORGANISATION_WORD, or compromise reads it as one ("Octopus Energy"). Its "we" and "us" are
 * itself ("call us on 020 7946 0555" → "call Smiles Dental Care on …"), not "Smiles Dental Care and others".
 * A name with no such word ("Monzo") is read as a person's.
 */
export function isOrganisation(name: string): boolean {
  return ORGANISATION_WORD.test(name) || nlp(name).organizations().found;
}

/** Lines of the letter without its greeting and its sign-off (the closing and the name lines after it). */
function body(text: string): string[] {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim());
  if (first >= 0 && GREETING.test(lines[first]!.trim())) lines.splice(first, 1);
  const out: string[] = [];
  let closed = false;
  for (const line of lines) {
    const t = line.trim();
    if (KEPT_AFTER_CLOSING.test(t)) out.push(line);
    else if (closed) continue;
    else if (CLOSING.test(t)) closed = true;
    else out.push(line);
  }
  // (a name signed with no closing: "…next week.\n\nSofia")
  while (out.length && (!out.at(-1)!.trim() || NAME_LINE.test(out.at(-1)!.trim()))) out.pop();
  return out;
}

/** "you need" → "Sofia Reyes needs": the verb after the recipient's name agrees with them. */
function agree(verb: string): string {
  if (!/^\p{Ll}+$/u.test(verb)) return verb;
  const v = nlp(verb).verbs();
  if (!v.found || nlp(verb).has("#PastTense") || nlp(verb).has("#Modal")) return verb;
  return (v.conjugate()[0] as { PresentTense?: string } | undefined)?.PresentTense ?? verb;
}

/** A modal or "do" ending the text before "you", after which a verb keeps its bare form ("Can you", "did you"). */
const AUXILIARY_BEFORE = /\b(?:can|could|would|will|shall|should|may|might|must|do|does|did|to)\s+$/i;

/**
 * What comes before a "you" that is a subject: nothing, a mark that ends a clause, or a word that opens
 * one ("If you want to stay", "and you need", "so that you can"); after any other word ("put you
 * forward", "send you the forms") it is an object, and the word after it no verb of its own.
 */
const SUBJECT_BEFORE =
  /(?:^|[,;:.!?(—–-]\s*|\b(?:and|but|or|so|if|when|whenever|once|that|because|as|while|unless|until|since|before|after|where|then|now|also|still|just|please)\s+)$/i;

/** A sentence's "you" and "your" as the recipient's (not in "thank you", "see you", "you know"). */
function toRecipient(sentence: string, to: string): string {
  return sentence
    .replace(/\byou(?:['’]re|\s+are)\b/gi, `${to} is`)
    .replace(/\byou(?:['’]ve|\s+have)\b/gi, `${to} has`)
    .replace(/\byou['’]ll\b/gi, `${to} will`)
    .replace(/\byou['’]d\b/gi, `${to} would`)
    .replace(/\byours\b/gi, `${to}'s`)
    .replace(/\byour\b/gi, `${to}'s`)
    .replace(
      /(?<!\b(?:thank|see|miss|love)\s)\byou\b(?!\s+know\b)(\s+(\p{Ll}+))?/giu,
      (_m, _space: string | undefined, verb: string | undefined, at: number, all: string) =>
        // (after a modal or "do" the verb stays as it is: "Can you believe it?" → "Can Sam believe it?"; and so does
        // the word after a "you" that is no subject: "I've put you forward" had become "… Sofia Reyes forwards")
        verb ? `${to} ${AUXILIARY_BEFORE.test(all.slice(0, at)) || !SUBJECT_BEFORE.test(all.slice(0, at)) ? verb : agree(verb)}` : to,
    );
}

/** A request to the recipient as what they should do, and an attachment as what the sender attached (or the sentence as it is). */
function request(sentence: string, to: string): string {
  const attached = /^(?:please\s+)?(?:find|see)\s+attached\s+|^attached\s+(?:is|are)\s+/i.exec(sentence);
  if (attached) return `I attached ${sentence.slice(attached[0].length)}`;
  // (asked as a question too: "Can you sort the cake?", "Could you please send me the invoice by Friday?")
  const can =
    /^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?!(?:believe|imagine|guess|tell\s+me\s+(?:what|how|why|if|whether))\b)(\p{Ll}[^?]*?)\s*\?+$/iu.exec(
      sentence,
    );
  if (can) return `${to} should ${can[1]}.`;
  const asked = /^(?:please|kindly|(?:please\s+)?(?:remember|don['’]t\s+forget)\s+to)\s+(\p{Ll})/iu.exec(sentence);
  // ("let me know" is a reply asked for: not the small talk it is in a chat)
  if (asked) return `${to} should ${sentence.slice(asked[0].length - 1).replace(/^let\s+me\s+know\b/i, "reply to me")}`;
  return sentence;
}

/**
 * The words of an email `text` sent to `to` as the engine reads them (see the module comment). `to`
 * "" (no recipient named): only the greeting and the sign-off go.
 */
export function asLetter(text: string, to: string): string {
  const lines = body(text);
  if (!to) return lines.join("\n");
  return lines
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
        .filter((s) => !PLEASANTRY.test(s))
        // (a favour asked as a question stays as asked: the engine tells it with the recipient as its listener, "Priya asked
        // Sam Carter to sort the cake", its day to come: facts.ts)
        .map((s) => (favourOf(stripOpeners(s), to) !== null ? s : toRecipient(request(s.replace(NEWS_CALLED, "$1:"), to), to)))
        .join(" "),
    )
    .join("\n");
}

/** A letter's pleasantry, which tells nothing: "I hope you're well.", "Hope you had a lovely weekend!", "Hope this finds you well". */
const PLEASANTRY =
  /^(?:i\s+)?hope\s+(?:you(?:['’]re|\s+are)\s+(?:well|keeping well|doing well|ok|okay|good)|you\s+(?:had|have|have\s+had)\s+an?\s+(?:\w+\s+)?(?:weekend|week|break|holiday|christmas|time|day)|(?:all\s+is|everything\s+is|this\s+(?:email|message|note)?\s*finds\s+you)\s+well)\b[^.!?]*[.!?]*$/i;
/** News that calls its reader before a colon: "Good news, Chloe:" (the name said to the reader goes). */
const NEWS_CALLED = /^((?:good|great|exciting|some|quick|big)\s+(?:news|update)),\s+\p{Lu}[\p{L}'’-]+:/iu;
