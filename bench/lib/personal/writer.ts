/**
 * The writer: Hannah Cole, a freelance copywriter in Brighton who works on a Mac and keeps her client
 * notes in TextEdit, which saves rich text (.rtf) by default, and a note holding a picture as a
 * rich text document with attachments (.rtfd: a folder holding `TXT.rtf` and the picture). All of
 * it is in `~/Documents/Clients`, which she imports as one folder (`engram import Documents/Clients`):
 * - Brightwell.rtf (TextEdit): her notes on a skincare brand, a bold title line set larger, her
 *   contact, a table of the rates they agreed (TextEdit's Format → Table: `\itap1\trowd … \cell … \row`);
 * - Harbour Cafe.rtfd/ (TextEdit): TXT.rtf, her notes on a café's new menu and web pages, with a
 *   photo of the old menu board pasted in (`{{\NeXTGraphic Pasted Graphic.png …}¬}`, the picture
 *   beside it as `Pasted Graphic.png`) and a bulleted list (`{\listtext\t\uc0\u8226 \t}…`);
 * - Brightwell spring campaign brief.odt: the brief the client sent from LibreOffice (a Title
 *   paragraph, headings, a table of deliverables, a footnote, a list, a budget changed with track
 *   changes on, the old figure left in `<text:tracked-changes>` as a deletion);
 * - Oakridge call notes.docx: a meeting note typed in Word;
 * - Standard terms.rtf: an older note WordPad wrote on her old Windows laptop (`{\*\generator
 *   Riched20 …}`, paragraphs spaced with `\sa200`, a pound sign as `\'a3`);
 * - Moodboard.rtf: pictures only (a PNG pasted in WordPad, `{\pict{\*\picprop}\pngblip …}`), no words.
 * The RTF is as TextEdit (macOS 15, `\cocoartf2822`) and WordPad write it: checked against public RTF
 * files TextEdit saved (their header, `\uc0\u8226` in list markers, `\'97` for a dash in
 * `\ansicpg1252`, a line ended by a backslash and a newline, tables' `\clvertalc … \cellx`), GNUstep's
 * RTFProducer (NeXTGraphic attachments, TXT.rtf inside the .rtfd) and Microsoft's RTF 1.9.1
 * specification (`\uN` and `\ucN`, `\*` destinations, `\pict`); the .odt as LibreOffice 7.6 writes it
 * (test/fixtures/opendocument.ts says what it was checked against).
 * Hand-written by the developers while trying Engram as its users would, in session 36, before Engram
 * could read RTF or OpenDocument (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import { docxDocument } from "../../../test/fixtures/documents.js";
import { odtDocument } from "../../../test/fixtures/opendocument.js";
import type { Person } from "./types.js";

/** The header TextEdit writes: its fonts (Helvetica and its bold), colours, paper and the default paragraph. */
const COCOA_HEADER = String.raw`{\rtf1\ansi\ansicpg1252\cocoartf2822
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;\red0\green0\blue0;}
{\*\expandedcolortbl;;\cssrgb\c0\c0\c0;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\pardirnatural\partightenfactor0
`;

/** A row of a TextEdit table: its cells' definitions (two columns), then each cell's paragraph, ended by `\cell`, and `\row` (`\lastrow\row` for the last). */
function cocoaRow(cells: [string, string], last = false): string {
  const cell = (x: number) =>
    String.raw`\clvertalc \clshdrawnil \clwWidth4200\clftsWidth3 \clbrdrt\brdrs\brdrw20\brdrcf2 \clbrdrl\brdrs\brdrw20\brdrcf2 \clbrdrb\brdrs\brdrw20\brdrcf2 \clbrdrr\brdrs\brdrw20\brdrcf2 \clpadl100 \clpadr100 \gaph\cellx${x}`;
  return String.raw`
\itap1\trowd \taflags1 \trgaph108\trleft-108 \trbrdrt\brdrnil \trbrdrl\brdrnil \trbrdrr\brdrnil 
${cell(4320)}
${cell(8640)}
\pard\intbl\itap1\pardeftab720\partightenfactor0

\cf0 ${cells[0]}\cell 
\pard\intbl\itap1\pardeftab720\partightenfactor0
\cf0 ${cells[1]}\cell ${last ? String.raw`\lastrow\row` : String.raw`\row`}`;
}

const brightwell = String.raw`${COCOA_HEADER}
\f1\b\fs32 \cf0 Brightwell Skincare\
\f0\b0\fs24 \
Contact: Zo\'eb Hartley, Head of Brand \'97 zoe.hartley@brightwell.co.uk, 01273 555 019\
They\'92re based in Hove, on Church Road. I started working with them in March.\
\
\f1\b Rates
\f0\b0 \
${cocoaRow(["\\f1\\b Work\\f0\\b0 ", "\\f1\\b Rate\\f0\\b0 "])}${cocoaRow(["Day rate", "\\'a3450"])}${cocoaRow(["Half day", "\\'a3250"])}${cocoaRow(["Blog post (800 words)", "\\'a3320"])}${cocoaRow(["Product description", "\\'a345 each"], true)}
\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\pardirnatural\partightenfactor0
\cf0 \
Invoice Brightwell at the end of each month, to accounts@brightwell.co.uk.\
}`;

const harbourCafe = String.raw`${COCOA_HEADER}
\f1\b\fs28 \cf0 Harbour Cafe \'96 new menu and website
\f0\b0\fs24 \
\
The owner is Tom Penrose (tom@harbourcafe.co.uk, 07700 900417). He\'92s in Tuesdays to Saturdays.\
\
{{\NeXTGraphic Pasted Graphic.png \width5120 \height3840 \appleattachmentpadding0 \appleembedtype0 \appleaqc
}¬}\
\
The copy for the menu and the five web pages is due on Friday 13 November; the menu goes to the printer on Monday 16 November.\
\
Dishes to feature:\
\pard\tx220\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\li720\fi-720\pardirnatural\partightenfactor0
\ls1\ilvl0\cf0 {\listtext	\uc0\u8226 	}crab sandwiches on sourdough\
{\listtext	\uc0\u8226 	}Cornish pasties from Portreath Bakery\
{\listtext	\uc0\u8226 	}the Sunday roast, served from 12pm\
\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\pardirnatural\partightenfactor0
\cf0 \
My fee for the job is \'a3600, half up front.\
}`;

/** A 1×1 PNG, the picture TextEdit keeps beside TXT.rtf in the .rtfd (and WordPad inside Moodboard.rtf as hex). */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e5b4e2de0000000049454e44ae426082",
  "hex",
);

const standardTerms = String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1 
\pard\sa200\sl276\slmult1\f0\fs22\lang9 Standard terms for new clients\par
Payment terms: invoices are due within 14 days of the invoice date.\par
Kill fee: if a client cancels a job after I\rquote ve started, they pay 50% of the agreed fee.\par
Two rounds of amends are included; further rounds are charged at \'a340 an hour.\par
}
`;

const moodboard = `{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}
{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 
\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9{\\pict{\\*\\picprop}\\pngblip\\picw26\\pich26\\picwgoal15\\pichgoal15 
${PNG.toString("hex")}
}\\par
}
`;

/** The brief Brightwell sent, as LibreOffice Writer saved it: the budget was changed with track changes on. */
const brief = odtDocument({
  meta: { title: "Brightwell – Spring 2027 campaign brief", created: "2026-10-19T16:42:10.512000000", modified: "2026-10-20T09:15:33.204000000" },
  body:
    '<text:tracked-changes text:track-changes="false"><text:changed-region xml:id="ct2143478384" text:id="ct2143478384"><text:deletion><office:change-info><dc:creator>Zoë Hartley</dc:creator><dc:date>2026-10-20T09:14:02</dc:date></office:change-info><text:p text:style-name="P2">£2,000</text:p></text:deletion></text:changed-region><text:changed-region xml:id="ct2143478385" text:id="ct2143478385"><text:insertion><office:change-info><dc:creator>Zoë Hartley</dc:creator><dc:date>2026-10-20T09:14:10</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes>' +
    '<text:p text:style-name="P1">Spring 2027 campaign brief</text:p>' +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Background</text:h>' +
    '<text:p text:style-name="Text_20_body">Brightwell is launching its new Rosehip Night Oil in March 2027, alongside the refreshed vegan range.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Every Brightwell product is certified vegan by the Vegan Society.</text:p></text:note-body></text:note></text:p>' +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Tone of <text:span text:style-name="T1">voice</text:span></text:h>' +
    '<text:p text:style-name="Text_20_body">Warm, confident and a little playful. Never salesy, and no exclamation marks.</text:p>' +
    '<text:list xml:id="list3489" text:style-name="L1"><text:list-item><text:p text:style-name="P3">Use British spelling.</text:p></text:list-item><text:list-item><text:p text:style-name="P3">Say “skin”, not “complexion”.</text:p></text:list-item></text:list>' +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Deliverables</text:h>' +
    '<table:table table:name="Table1" table:style-name="Table1"><table:table-column table:style-name="Table1.A" table:number-columns-repeated="3"/>' +
    '<table:table-header-rows><table:table-row><table:table-cell table:style-name="Table1.A1" office:value-type="string"><text:p text:style-name="Table_20_Heading">Deliverable</text:p></table:table-cell><table:table-cell table:style-name="Table1.A1" office:value-type="string"><text:p text:style-name="Table_20_Heading">Length</text:p></table:table-cell><table:table-cell table:style-name="Table1.A1" office:value-type="string"><text:p text:style-name="Table_20_Heading">Due</text:p></table:table-cell></table:table-row></table:table-header-rows>' +
    '<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">Launch email</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">300 words</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">Friday 20 November</text:p></table:table-cell></table:table-row>' +
    '<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">Product page</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">250 words</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">Friday 27 November</text:p></table:table-cell></table:table-row>' +
    '<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">Three blog posts</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">800 words each</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">Friday 4 December</text:p></table:table-cell></table:table-row>' +
    "</table:table>" +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Budget</text:h>' +
    '<text:p text:style-name="Text_20_body">The budget for the copy is <text:change text:change-id="ct2143478384"/><text:change-start text:change-id="ct2143478385"/>£2,400<text:change-end text:change-id="ct2143478385"/>, invoiced on delivery.</text:p>',
});

const oakridge = docxDocument([
  { title: "Call with Oakridge Gardens" },
  "Tuesday 3 November 2026, with Marcus Reid, their marketing manager.",
  { heading: "What they need" },
  { bullet: "A 12-page brochure for their garden design service." },
  { bullet: "Copy for the About page of their new website." },
  { heading: "Next steps" },
  "The budget for the brochure is £1,800. Marcus will send the photos by Friday 6 November.",
  "Our next call is on Thursday 19 November at 2pm.",
]);

export const writer: Person = {
  name: "writer",
  folder: "Documents/Clients",
  files: [
    { name: "Documents/Clients/Brightwell.rtf", text: brightwell, mtime: Date.parse("2026-10-14T10:20:00Z") },
    { name: "Documents/Clients/Harbour Cafe.rtfd/TXT.rtf", text: harbourCafe, mtime: Date.parse("2026-10-28T15:05:00Z") },
    { name: "Documents/Clients/Harbour Cafe.rtfd/Pasted Graphic.png", text: PNG, mtime: Date.parse("2026-10-28T15:04:00Z") },
    { name: "Documents/Clients/Brightwell spring campaign brief.odt", text: brief, mtime: Date.parse("2026-10-20T09:16:00Z") },
    { name: "Documents/Clients/Oakridge call notes.docx", text: oakridge, mtime: Date.parse("2026-11-03T16:40:00Z") },
    { name: "Documents/Clients/Standard terms.rtf", text: standardTerms, mtime: Date.parse("2024-02-12T11:30:00Z") },
    { name: "Documents/Clients/Moodboard.rtf", text: moodboard, mtime: Date.parse("2026-09-30T13:00:00Z") },
  ],
  askedAt: Date.parse("2026-11-05T10:00:00Z"),
  questions: [
    { question: "What's my day rate for Brightwell?", expect: ["450"] },
    { question: "When is the Harbour Cafe copy due?", expect: ["13 November"] },
    { question: "What tone does Brightwell want?", expect: ["warm", "playful"] },
    { question: "Who is my contact at Harbour Cafe?", expect: ["Tom Penrose"] },
    { question: "Who is my contact at Brightwell?", expect: ["Hartley"] },
    { question: "How much is my fee for the Harbour Cafe job?", expect: ["600"] },
    { question: "When is the Brightwell launch email due?", expect: ["20 November"] },
    { question: "What is the budget for the Brightwell spring campaign?", expect: ["2,400"] },
    { question: "Who certifies Brightwell's products as vegan?", expect: ["Vegan Society"] },
    { question: "When is my next call with Oakridge Gardens?", expect: ["19 November"] },
    { question: "What's the budget for the Oakridge brochure?", expect: ["1,800"] },
    { question: "What's my kill fee?", expect: ["50%"] },
    { question: "What's my accountant's phone number?", expect: null },
    { question: "When does my car insurance renew?", expect: null },
    { question: "How much did I pay for my new laptop?", expect: null },
  ],
};
