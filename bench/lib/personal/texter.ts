/**
 * The texter: Dan, whose life is in his phone's text messages (his mum, his landlord, the dentist's
 * reminders, a courier, sign-in codes, a group text about five-a-side). Their data: the backup the
 * Android app "SMS Backup & Restore" writes (sms-20261120093012.xml: `<smses>` of `<sms>` elements,
 * each a message's number, contact name, time in ms, type 1 received or 2 sent, and body, newlines as
 * `&#10;` and emoji as a surrogate pair's two numeric references; group texts and photos as `<mms>`
 * with `<parts>` and `<addrs>`), hand-written by the developers while trying Engram as its users
 * would. With them, the questions such a person asks later and the words a right answer holds, and
 * questions nothing here answers. Written in session 29 before Engram could read the backup (the
 * first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** A text: when (ISO, UTC), the other's number and name, sent by Dan or received, and the words. */
type Text = [at: string, address: string, contact: string, sent: boolean, body: string];

const MUM = ["+447700900123", "Mum"] as const;
const LANDLORD = ["+447700900456", "Graham Landlord"] as const;
const DENTIST = ["BrightSmile", "(Unknown)"] as const;
/** Dan's own number. */
const DAN = "+447700900001";

const TEXTS: Text[] = [
  ["2026-10-03T17:02:00Z", ...MUM, false, "Hi love, Dad's op went fine, he's home on Tuesday. Can you ring Auntie Jo tonight?"],
  ["2026-10-03T17:10:00Z", ...MUM, true, "Great news! Will ring her after work x"],
  ["2026-10-03T17:11:00Z", ...MUM, false, "Thanks love \uD83D\uDE18 Sunday lunch is at 1 this week, not 12"],
  [
    "2026-10-12T08:30:00Z",
    ...LANDLORD,
    false,
    "Morning Dan, the gas safety check is on Thursday 15 October between 8 and 12. Leave the side gate unlocked please.",
  ],
  ["2026-10-12T08:45:00Z", ...LANDLORD, true, "No problem, gate will be open."],
  ["2026-10-20T19:00:00Z", ...LANDLORD, false, "Rent goes up to £1,150 from January, letter to follow."],
  ["2026-11-02T09:00:00Z", ...DENTIST, false, "BrightSmile Dental: reminder of your appointment with Dr Okafor on Tue 17 Nov at 09:30. Reply C to cancel."],
  ["2026-11-05T12:01:00Z", "60777", "(Unknown)", false, "Your Monzo verification code is 482913. Never share this code."],
  [
    "2026-11-06T15:20:00Z",
    "DPD",
    "(Unknown)",
    false,
    "Your DPD parcel from Argos will be delivered today between 15:50 and 16:50.&#10;Track: dpd.co.uk/t/abc123",
  ],
  ["2026-11-14T10:05:00Z", ...MUM, false, "Found your old Subbuteo set in the loft. Shall I keep it?"],
  ["2026-11-14T10:30:00Z", ...MUM, true, "Yes keep it please! I'll pick it up at Christmas."],
];

/** A group text (MMS) from Sam to Dan and Priya Shah, and a photo Mum sent with a line. */
const GROUP = {
  at: "2026-11-09T18:30:00Z",
  from: "+447700900789",
  name: "Sam Patel",
  text: "Five-a-side moved to Thursdays at 7, Goals Wembley. Bring £6 cash.",
};
const PHOTO = { at: "2026-11-14T10:04:00Z", from: MUM[0], name: MUM[1], text: "Look what I found" };

/** Characters as SMS Backup & Restore writes them in an attribute: XML's five escaped, a newline `&#10;`, each UTF-16 unit past ASCII's printable range a numeric reference. */
function attr(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = text.charCodeAt(i);
    if (c === "&" && /^&#\d+;/.test(text.slice(i)))
      out += c; // (already a reference: "&#10;")
    else if (c === "&") out += "&amp;";
    else if (c === "<") out += "&lt;";
    else if (c === ">") out += "&gt;";
    else if (c === '"') out += "&quot;";
    else if (c === "'") out += "&apos;";
    else if (code > 126) out += `&#${code};`;
    else out += c;
  }
  return out;
}

/** The backup's XML. */
function backup(): string {
  const ms = (iso: string) => Date.parse(iso);
  const readable = (iso: string) => new Date(iso).toUTCString().replace(" GMT", "");
  const sms = TEXTS.map(
    ([at, address, contact, sent, body]) =>
      `  <sms protocol="0" address="${attr(address)}" date="${ms(at)}" type="${sent ? 2 : 1}" subject="null" body="${attr(body)}" toa="null" sc_toa="null" service_center="${sent ? "null" : "+447958879879"}" read="1" status="-1" locked="0" date_sent="${sent ? 0 : ms(at) - 4000}" sub_id="1" readable_date="${readable(at)}" contact_name="${attr(contact)}" />`,
  );
  // (the app writes a group text's other members in `address`, "~" between them, and their names in `contact_name`, ", " between them)
  const mms = (m: { at: string; from: string; name: string; text: string }, others: Array<[string, string]>, image: boolean) =>
    [
      `  <mms date="${ms(m.at)}" rr="null" sub="null" ct_t="application/vnd.wap.multipart.related" read_status="null" seen="1" msg_box="1" address="${[m.from, ...others.map((o) => o[0])].join("~")}" sub_cs="null" resp_st="null" retr_st="null" d_tm="null" text_only="${image ? 0 : 1}" exp="null" locked="0" m_id="null" st="null" retr_txt_cs="null" retr_txt="null" creator="com.google.android.apps.messaging" date_sent="0" read="1" m_size="null" rpt_a="null" ct_cls="null" pri="null" sub_id="1" tr_id="null" resp_txt="null" ct_l="null" m_cls="personal" d_rpt="null" v="18" _id="1" m_type="132" readable_date="${readable(m.at)}" contact_name="${attr([m.name, ...others.map((o) => o[1])].join(", "))}">`,
      "    <parts>",
      '      <part seq="-1" ct="application/smil" name="null" chset="null" cd="null" fn="null" cid="&lt;smil&gt;" cl="smil.xml" ctt_s="null" ctt_t="null" text="&lt;smil&gt;&lt;head&gt;&lt;/head&gt;&lt;body&gt;&lt;par dur=&quot;5000ms&quot;&gt;&lt;text src=&quot;text.000000.txt&quot;/&gt;&lt;/par&gt;&lt;/body&gt;&lt;/smil&gt;" />',
      ...(image
        ? [
            `      <part seq="0" ct="image/jpeg" name="IMG_2041.jpg" chset="null" cd="null" fn="null" cid="&lt;0&gt;" cl="IMG_2041.jpg" ctt_s="null" ctt_t="null" text="null" data="${"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U".repeat(60)}" />`,
          ]
        : []),
      `      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" fn="null" cid="&lt;text.000000.txt&gt;" cl="text.000000.txt" ctt_s="null" ctt_t="null" text="${attr(m.text)}" />`,
      "    </parts>",
      "    <addrs>",
      `      <addr address="${m.from}" type="137" charset="106" />`,
      ...[DAN, ...others.map((o) => o[0])].map((a) => `      <addr address="${a}" type="151" charset="106" />`),
      "    </addrs>",
      "  </mms>",
    ].join("\n");
  return [
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
    "<!--File Created By SMS Backup & Restore v10.20.002 on 20/11/2026 09:30:12-->",
    '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>',
    `<smses count="${TEXTS.length + 2}" backup_set="6f1c0a52-5d0e-4a8e-9a51-2b7c1f0e9d11" backup_date="1763631012000" type="full">`,
    ...sms.slice(0, 9),
    mms(GROUP, [["+447700900321", "Priya Shah"]], false),
    mms(PHOTO, [], true),
    ...sms.slice(9),
    "</smses>",
    "",
  ].join("\n");
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is Dad home from hospital?", expect: ["Tuesday"] },
  { question: "What time is Sunday lunch at Mum's?", expect: ["1"] },
  { question: "When is the gas safety check?", expect: ["15 October"] },
  { question: "How much will my rent be from January?", expect: ["£1,150"] },
  { question: "When is my dentist appointment?", expect: ["17 Nov", "09:30"] },
  { question: "Who is my dentist?", expect: ["Okafor"] },
  { question: "When is five-a-side?", expect: ["Thursday", "7"] },
  { question: "Where do we play five-a-side?", expect: ["Goals Wembley"] },
  { question: "What did Mum find in the loft?", expect: ["Subbuteo"] },
  { question: "When am I picking up the Subbuteo set?", expect: ["Christmas"] },
  { question: "What is my Monzo PIN?", expect: null },
  { question: "When is my MOT due?", expect: null },
  { question: "What is Auntie Jo's address?", expect: null },
];

/** Dan: an SMS Backup & Restore backup of his texts (sms-20261120093012.xml), asked on Friday 20 November 2026. */
export const texter: Person = {
  name: "texter",
  files: [{ name: "sms-20261120093012.xml", text: backup() }],
  askedAt: Date.UTC(2026, 10, 20, 9, 45),
  questions: QUESTIONS,
};
