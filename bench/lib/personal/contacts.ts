/**
 * The contacts person: Jamie, whose address book knows what their chats never say (phone numbers,
 * birthdays, addresses, where people work, a note of an allergy). Their data: contacts.vcf as a phone
 * exports it: vCard 3.0 cards as Google Contacts and iCloud write them (folded lines, escaped commas,
 * typed numbers, a birthday with and without its year, an address's seven parts, ORG and TITLE, a
 * NOTE, a base64 PHOTO, item-grouped labels) and one vCard 2.1 card as Android writes a name with a
 * letter past ASCII (CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE). Hand-written by the developers while
 * trying Engram as its users would, with the questions such a person asks later and the words a right
 * answer holds, and questions nothing here answers. Written in session 29 before Engram could read a
 * vCard (the first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** A vCard's line folded as RFC 6350 folds it: 75 characters, then CRLF and a space. */
function fold(line: string): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
  return parts.join("\r\n ");
}

const PHOTO = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL".repeat(30);

const CARDS: string[][] = [
  [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Lena Fischer",
    "N:Fischer;Lena;;;",
    "TEL;TYPE=CELL:+49 170 1234567",
    "EMAIL;TYPE=INTERNET;TYPE=HOME:lena.fischer@example.de",
    "ADR;TYPE=HOME:;;Leopoldstraße 12;München;;80802;Germany",
    "ORG:BMW Group",
    "TITLE:Product Designer",
    "BDAY:1994-03-14",
    "NOTE:Met at Sofia's wedding\\, 2019. Allergic to peanuts.",
    `PHOTO;ENCODING=b;TYPE=JPEG:${PHOTO}`,
    "CATEGORIES:friends,myContacts",
    "END:VCARD",
  ],
  [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Marco Rossi",
    "N:Rossi;Marco;;;",
    "TEL;TYPE=CELL:07700 900555",
    "TEL;TYPE=WORK:020 7946 0321",
    "item1.URL:https\\://www.viaroma22.example",
    "item1.X-ABLabel:Cookery school",
    "ADR;TYPE=WORK:;;Via Roma 22\\, 14 Upper Street;London;;N1 0PQ;United Kingdom",
    "BDAY:--0709",
    "END:VCARD",
  ],
  [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Dr Amara Okafor",
    "N:Okafor;Amara;;Dr;",
    "ORG:BrightSmile Dental",
    "TITLE:Dentist",
    "TEL;TYPE=WORK:020 7946 0999",
    "NOTE:Check-up every 6 months. Ask for the early slots.",
    "END:VCARD",
  ],
  [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Mum",
    "N:;Mum;;;",
    "TEL;TYPE=HOME:01632 960123",
    "TEL;TYPE=CELL:07700 900123",
    "ADR;TYPE=HOME:;;3 Orchard Close;Bath;;BA1 2QT;United Kingdom",
    "BDAY:1961-11-30",
    "END:VCARD",
  ],
  [
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Martin;Zo=C3=AB;;;",
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB Martin",
    "TEL;CELL;PREF:07700900777",
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Owns Caf=C3=A9 Zo=C3=AB on Brick Lane. Godmother of Ella=",
    " .",
    "END:VCARD",
  ],
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What is Lena's phone number?", expect: ["+49 170 1234567"] },
  { question: "What is Lena's email?", expect: ["lena.fischer@example.de"] },
  { question: "When is Lena's birthday?", expect: ["14 March"] },
  { question: "What is Lena allergic to?", expect: ["peanuts"] },
  { question: "Where does Lena work?", expect: ["BMW"] },
  { question: "When is Marco's birthday?", expect: ["9 July"] },
  { question: "What is Mum's address?", expect: ["3 Orchard Close"] },
  { question: "When is Mum's birthday?", expect: ["30 November"] },
  { question: "What is my dentist's phone number?", expect: ["020 7946 0999"] },
  { question: "Who owns Café Zoë?", expect: ["Zoë Martin"] },
  { question: "What is Sofia's phone number?", expect: null },
  { question: "When is Dad's birthday?", expect: null },
  { question: "Where does Marco live?", expect: null },
];

/** Jamie: a phone's contacts exported as contacts.vcf, asked on Friday 20 November 2026. */
export const contacts: Person = {
  name: "contacts",
  files: [{ name: "contacts.vcf", text: `${CARDS.map((card) => card.map(fold).join("\r\n")).join("\r\n")}\r\n`, mtime: Date.UTC(2026, 9, 1, 12) }],
  askedAt: Date.UTC(2026, 10, 20, 9),
  questions: QUESTIONS,
};
