/**
 * The splitter: Jordan Reyes, in Oakland, splits rent, dinners, trips and tickets with friends on Venmo
 * and sells what they no longer need through PayPal. On Saturday 28 November 2026 they save their Venmo
 * statements and a PayPal activity download into a Money folder and import it (`engram import Money`):
 *
 * - Venmo's monthly statements (Statements → a month → Download CSV: `VenmoStatement_Sep_2026.csv`,
 *   `…_Oct_2026.csv`, `…_Nov_2026.csv`): the preamble `Account Statement - (@Jordan-Reyes-7) ,,,…` and
 *   `Account Activity,,,…`, then the header `,ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount
 *   (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending
 *   Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer` (its first
 *   column blank), a row holding only the beginning balance, a row per transaction (Venmo's numeric ID,
 *   the time `2026-10-01T14:55:09` with no zone, Payment, Charge, Standard Transfer, Instant Transfer or
 *   Merchant Transaction, Complete, Issued or Pending, the note as typed with its emoji, From and To by
 *   name, the amount signed from the user's side with a space, `- $1,450.00`, `+ $215.00`, "Venmo" as the
 *   terminal location), then the ending balance's row with Venmo's disclaimer, several lines in one quoted
 *   cell. A charge is a request: its From is who asked, its To who paid.
 * - PayPal's activity download (Activity → Download → CSV: `Download.CSV`), the default columns since 2018:
 *   `"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To
 *   Email Address","Transaction ID",…,"Item Title",…,"Reference Txn ID",…,"Balance",…,"Subject","Note",
 *   "Country Code","Balance Impact"`, every cell quoted, US dates (`10/03/2026`) on PayPal's Pacific clock
 *   (PDT, PST), a byte-order mark first (as its public readers expect, opening it "utf-8-sig"); a sale paid with Goods and Services ("General Payment" with its
 *   fee negative), a sale through a checkout ("Express Checkout Payment" with the item's title), purchases
 *   and a subscription each followed by the card or bank deposit that paid it (its Reference Txn ID the
 *   payment's), an authorization (Balance Impact "Memo"), a refund and a withdrawal to the bank.
 *
 * Checked against public readers and their fixtures: Venmo's layout as cash-sync's importer spec and
 * ActualBudgetImport's notes describe it (the preamble, the beginning balance's row, the disclaimer's cell
 * of many lines, `VenmoStatement_Sep_2025.csv`), rows in importers' tests (`- $25.00,,0,,0,,Venmo
 * balance,,,,,Venmo,,`; `+ $500.00,,0,,0,,,Venmo balance,,,,Venmo,,`; Standard Transfer rows "Issued" to
 * "ALLY BANK *9391"), beancount-import's Venmo source and its transactions.csv (who paid whom in a payment
 * and in a charge, by the amount's sign; Merchant Transaction rows; amounts over a thousand quoted); PayPal's
 * columns as hledger's paypal-2018 rules and its paypal-custom.csv give them (a payment followed by its
 * "Bank Deposit to PP Account " row, the trailing space PayPal writes, referencing it; fees negative;
 * "Subscription Payment", "PreApproved Payment Bill User Payment"), OCA's bank-statement-import fixtures
 * (General Withdrawal, currency conversions, Payment Hold and Release), zaim-csv-converter's download (a
 * purchase's card deposit beside it, "Balance Impact" Debit, Credit or Memo) and beancount-paypal's.
 * Hand-written by the developers while trying Engram as its users would, in session 38, before Engram could
 * read Venmo's or PayPal's CSVs (the first run's figures are in bench/README.md). With it, the questions such
 * a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const FOLDER = "Money";
const ME = "Jordan Reyes";

/** A Venmo transaction: ID, time (UTC, no zone), type, status, note, from, to, amount as Venmo writes it, and what else it has. */
interface VenmoRow {
  id: string;
  at: string;
  type: string;
  status: string;
  note: string;
  from: string;
  to: string;
  amount: string;
  fee?: string;
  funding?: string;
  destination?: string;
}

/** A payment the user made from their Venmo balance. */
const paid = (id: string, at: string, note: string, to: string, amount: string, type = "Payment"): VenmoRow => ({
  id,
  at,
  type,
  status: "Complete",
  note,
  from: ME,
  to,
  amount: `- $${amount}`,
  funding: "Venmo balance",
});

/** A payment the user received into their Venmo balance. */
const received = (id: string, at: string, note: string, from: string, amount: string): VenmoRow => ({
  id,
  at,
  type: "Payment",
  status: "Complete",
  note,
  from,
  to: ME,
  amount: `+ $${amount}`,
  destination: "Venmo balance",
});

/** A request the user made that `payer` paid: a charge, its From the user. */
const charged = (id: string, at: string, note: string, payer: string, amount: string): VenmoRow => ({
  id,
  at,
  type: "Charge",
  status: "Complete",
  note,
  from: ME,
  to: payer,
  amount: `+ $${amount}`,
  destination: "Venmo balance",
});

/** A request someone made that the user paid: a charge, its From the one who asked. */
const chargedBy = (id: string, at: string, note: string, asker: string, amount: string): VenmoRow => ({
  id,
  at,
  type: "Charge",
  status: "Complete",
  note,
  from: asker,
  to: ME,
  amount: `- $${amount}`,
  funding: "Venmo balance",
});

const SAM = "Sam Okafor";
const PRIYA = "Priya Nair";
const LEO = "Leo Grant";
const TESS = "Tess Huang";
const LANDLORD = "Marisol Vega";
const BANK = "WELLS FARGO BANK *4417";

const SEPTEMBER: VenmoRow[] = [
  paid("4105938817230044121", "2026-09-01T15:12:40", "🏠 September rent", LANDLORD, "1,450.00"),
  received("4105982230917716408", "2026-09-01T18:30:02", "Sept rent half + internet", TESS, "790.00"),
  charged("4109127705538120937", "2026-09-05T03:41:18", "🍕 pizza night", LEO, "18.50"),
  received("4113640081265593812", "2026-09-13T04:02:55", "Ramen at Marufuku 🍜", PRIYA, "32.40"),
  paid("4116711298350077016", "2026-09-16T17:20:11", "", "Blue Bottle Coffee", "6.75", "Merchant Transaction"),
  chargedBy("4120098735512846630", "2026-09-22T02:14:47", "⚡ PG&E August", TESS, "61.37"),
  {
    id: "4124475519003289175",
    at: "2026-09-28T16:45:09",
    type: "Standard Transfer",
    status: "Issued",
    note: "",
    from: "",
    to: "",
    amount: "- $500.00",
    destination: BANK,
  },
];

const OCTOBER: VenmoRow[] = [
  paid("4129933106472260558", "2026-10-01T14:55:09", "🏠 October rent", LANDLORD, "1,450.00"),
  received("4130021870664419903", "2026-10-01T19:03:27", "Oct rent half + internet", TESS, "790.00"),
  received("4131770395126508814", "2026-10-04T17:26:30", "Tahoe cabin share 🏔️", SAM, "215.00"),
  received("4131802257714450269", "2026-10-04T18:11:42", "cabin 🏔️🛶", PRIYA, "215.00"),
  charged("4132516604188321097", "2026-10-06T01:37:15", "Tahoe cabin — your share", LEO, "215.00"),
  paid("4135079132861170442", "2026-10-09T16:05:51", "🎶 Concert tickets", SAM, "45.00"),
  chargedBy("4138843310076654281", "2026-10-17T02:52:08", "⚡ PG&E September", TESS, "58.12"),
  received("4142210567391828805", "2026-10-25T22:18:36", "Big Sur gas + snacks ⛽", LEO, "38.00"),
  paid("4143876012559940177", "2026-10-27T03:30:44", "Thai Basil dinner 🍛 my half", PRIYA, "27.80"),
];

const NOVEMBER: VenmoRow[] = [
  paid("4147760321983157730", "2026-11-02T16:22:19", "🏠 November rent", LANDLORD, "1,450.00"),
  received("4147915846230117268", "2026-11-02T20:41:05", "Nov rent half + internet", TESS, "790.00"),
  charged("4151342097816625514", "2026-11-08T05:09:33", "🏀 Warriors tickets", PRIYA, "89.00"),
  charged("4151349963305872240", "2026-11-08T05:10:02", "🏀 Warriors tickets", SAM, "89.00"),
  chargedBy("4155003218746653019", "2026-11-14T01:48:50", "⚡ PG&E October", TESS, "64.05"),
  {
    id: "4158825014471306682",
    at: "2026-11-20T18:03:12",
    type: "Instant Transfer",
    status: "Issued",
    note: "",
    from: "",
    to: "",
    amount: "- $200.00",
    fee: "- $3.50",
    destination: BANK,
  },
  { ...paid("4162447801992036115", "2026-11-27T23:15:40", "Thanksgiving groceries 🦃", TESS, "54.20"), status: "Pending" },
];

/** Venmo's disclaimer, as its statements end: several lines in the last row's last cell. */
const DISCLAIMER = `In case of errors or questions about your
        electronic transfers:
        - Telephone us at 855-812-4430
        - Write the Venmo Error Resolution Department at
          222  W. Merchandise Plaza, Suite 800, Chicago, IL 60654; or
        - Write to us through the Contact Us page
          (https://help.venmo.com/hc/en-us/requests/new)
        Contact us as soon as you can if you think your statement or
        receipt is wrong or if you need more information about
        a transfer on the statement or receipt.
        `;

/** A CSV cell as Venmo writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A Venmo monthly statement: its preamble, header, balances and rows (LF line ends). */
function venmoStatement(rows: VenmoRow[], beginning: string, ending: string, feesYtd: string, monthFees: string): string {
  const blank = (n: number) => Array.from({ length: n }, () => "");
  const header =
    ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer";
  const row = (r: VenmoRow) =>
    [
      "",
      r.id,
      r.at,
      r.type,
      r.status,
      r.note,
      r.from,
      r.to,
      r.amount,
      "",
      r.type === "Payment" || r.type === "Charge" ? "0" : "",
      r.fee ?? "",
      r.type === "Payment" || r.type === "Charge" ? "0" : "",
      "",
      r.funding ?? "",
      r.destination ?? "",
      "",
      "",
      "",
      "Venmo",
      "",
      "",
    ]
      .map(cell)
      .join(",");
  return `${[
    `Account Statement - (@Jordan-Reyes-7) ${",".repeat(21)}`,
    `Account Activity${",".repeat(21)}`,
    header,
    [...blank(16), beginning, ...blank(5)].map(cell).join(","),
    ...rows.map(row),
    [...blank(17), ending, monthFees, "", feesYtd, DISCLAIMER].map(cell).join(","),
  ].join("\n")}\n`;
}

/** PayPal's default columns of an activity download (2018 on). */
/** PayPal's default columns since 2018, as its activity download writes them (the paypal test's files too). */
export const PAYPAL_COLUMNS = [
  "Date",
  "Time",
  "TimeZone",
  "Name",
  "Type",
  "Status",
  "Currency",
  "Gross",
  "Fee",
  "Net",
  "From Email Address",
  "To Email Address",
  "Transaction ID",
  "Shipping Address",
  "Address Status",
  "Item Title",
  "Item ID",
  "Shipping and Handling Amount",
  "Insurance Amount",
  "Sales Tax",
  "Option 1 Name",
  "Option 1 Value",
  "Option 2 Name",
  "Option 2 Value",
  "Reference Txn ID",
  "Invoice Number",
  "Custom Number",
  "Quantity",
  "Receipt ID",
  "Balance",
  "Address Line 1",
  "Address Line 2/District/Neighborhood",
  "Town/City",
  "State/Province/Region/County/Territory/Prefecture/Republic",
  "Zip/Postal Code",
  "Country",
  "Contact Phone Number",
  "Subject",
  "Note",
  "Country Code",
  "Balance Impact",
] as const;

type PayPalRow = Partial<Record<(typeof PAYPAL_COLUMNS)[number], string>>;

const MY_EMAIL = "jordan.reyes.oak@gmail.com";

/** A PayPal row, its Date, Time and zone, and by name what else it has (Fee 0.00, Net the gross less the fee, unless given). */
function pp(date: string, time: string, zone: string, more: PayPalRow): PayPalRow {
  const gross = more.Gross ?? "0.00";
  const fee = more.Fee ?? "0.00";
  const net = (Number(gross.replace(/,/g, "")) + Number(fee)).toFixed(2);
  return { Date: date, Time: time, TimeZone: zone, Currency: "USD", Status: "Completed", Fee: fee, Net: net, ...more };
}

const PAYPAL: PayPalRow[] = [
  pp("09/14/2026", "10:22:41", "PDT", {
    Name: "Dana Whitfield",
    Type: "General Payment",
    Gross: "350.00",
    Fee: "-12.70",
    "From Email Address": "dana.whitfield@yahoo.com",
    "To Email Address": MY_EMAIL,
    "Transaction ID": "7MX51203LK926483S",
    Balance: "337.30",
    Note: "Trek FX 2 hybrid bike - will pick up Saturday",
    "Balance Impact": "Credit",
  }),
  pp("09/18/2026", "21:04:10", "PDT", {
    Name: "Spotify USA Inc",
    Type: "PreApproved Payment Bill User Payment",
    Gross: "-11.99",
    "From Email Address": MY_EMAIL,
    "To Email Address": "paypal-us@spotify.com",
    "Transaction ID": "3KV98126TD4417520",
    "Item Title": "Spotify Premium",
    "Reference Txn ID": "B-6WX20918MJ4471925",
    Balance: "325.31",
    "Balance Impact": "Debit",
  }),
  pp("09/21/2026", "09:15:02", "PDT", {
    Type: "General Withdrawal",
    Gross: "-300.00",
    "From Email Address": MY_EMAIL,
    "Transaction ID": "5TF03318GR7721045",
    Balance: "25.31",
    "Balance Impact": "Debit",
  }),
  pp("10/03/2026", "14:48:19", "PDT", {
    Name: "Kevin Park",
    Type: "Express Checkout Payment",
    Gross: "240.00",
    Fee: "-8.87",
    "From Email Address": "kpark.games@gmail.com",
    "To Email Address": MY_EMAIL,
    "Transaction ID": "0AB72945XN3318236",
    "Address Status": "Confirmed",
    "Item Title": "Nintendo Switch OLED (white) with 2 controllers",
    Quantity: "1",
    Balance: "256.44",
    "Balance Impact": "Credit",
  }),
  pp("10/11/2026", "19:33:57", "PDT", {
    Name: "Hollis Camera Co.",
    Type: "Express Checkout Payment",
    Gross: "-185.00",
    "From Email Address": MY_EMAIL,
    "To Email Address": "orders@holliscamera.com",
    "Transaction ID": "9RC60413WE2284517",
    "Address Status": "Confirmed",
    "Item Title": "Pentax K1000 35mm film camera with 50mm f/2 lens",
    Quantity: "1",
    Balance: "71.44",
    "Balance Impact": "Debit",
  }),
  pp("10/11/2026", "19:33:57", "PDT", {
    Type: "General Card Deposit",
    Gross: "185.00",
    "To Email Address": MY_EMAIL,
    "Transaction ID": "2LP88230FS0917346",
    "Item Title": "Pentax K1000 35mm film camera with 50mm f/2 lens",
    "Reference Txn ID": "9RC60413WE2284517",
    Balance: "256.44",
    "Balance Impact": "Credit",
  }),
  pp("10/18/2026", "21:04:33", "PDT", {
    Name: "Spotify USA Inc",
    Type: "PreApproved Payment Bill User Payment",
    Gross: "-11.99",
    "From Email Address": MY_EMAIL,
    "To Email Address": "paypal-us@spotify.com",
    "Transaction ID": "6HD21770PQ5590318",
    "Item Title": "Spotify Premium",
    "Reference Txn ID": "B-6WX20918MJ4471925",
    Balance: "244.45",
    "Balance Impact": "Debit",
  }),
  pp("10/24/2026", "11:02:48", "PDT", {
    Name: "Urban Outfitters",
    Type: "Express Checkout Payment",
    Gross: "-79.00",
    "From Email Address": MY_EMAIL,
    "To Email Address": "paypal@urbanoutfitters.com",
    "Transaction ID": "4GN05528HA7763190",
    "Item Title": "BDG corduroy trucker jacket",
    Quantity: "1",
    Balance: "165.45",
    "Balance Impact": "Debit",
  }),
  pp("10/30/2026", "08:40:05", "PDT", {
    Name: "Priya Nair",
    Type: "General Payment",
    Gross: "-40.00",
    "From Email Address": MY_EMAIL,
    "To Email Address": "priya.nair88@gmail.com",
    "Transaction ID": "8SW13069KC4428761",
    Balance: "125.45",
    Note: "Ana's birthday gift 🎁 my share",
    "Balance Impact": "Debit",
  }),
  pp("11/04/2026", "16:27:11", "PST", {
    Name: "Urban Outfitters",
    Type: "Payment Refund",
    Gross: "79.00",
    "From Email Address": "paypal@urbanoutfitters.com",
    "To Email Address": MY_EMAIL,
    "Transaction ID": "1ZK77402BD9925634",
    "Item Title": "BDG corduroy trucker jacket",
    "Reference Txn ID": "4GN05528HA7763190",
    Balance: "204.45",
    "Balance Impact": "Credit",
  }),
  pp("11/09/2026", "12:10:36", "PST", {
    Name: "Chevron",
    Type: "General Authorization",
    Status: "Pending",
    Gross: "-1.00",
    "From Email Address": MY_EMAIL,
    "To Email Address": "paypal@chevron.com",
    "Transaction ID": "7BE40017VV2201458",
    Balance: "204.45",
    "Balance Impact": "Memo",
  }),
  pp("11/15/2026", "17:55:24", "PST", {
    Name: "Marcus Bell",
    Type: "General Payment",
    Gross: "120.00",
    Fee: "-4.68",
    "From Email Address": "marcusbell.sf@gmail.com",
    "To Email Address": MY_EMAIL,
    "Transaction ID": "3QY92214MT0075863",
    Balance: "319.77",
    Note: "Standing desk frame - thanks!",
    "Balance Impact": "Credit",
  }),
  pp("11/18/2026", "21:05:02", "PST", {
    Name: "Spotify USA Inc",
    Type: "PreApproved Payment Bill User Payment",
    Gross: "-11.99",
    "From Email Address": MY_EMAIL,
    "To Email Address": "paypal-us@spotify.com",
    "Transaction ID": "0NT55831JW8836207",
    "Item Title": "Spotify Premium",
    "Reference Txn ID": "B-6WX20918MJ4471925",
    Balance: "307.78",
    "Balance Impact": "Debit",
  }),
  pp("11/22/2026", "10:48:29", "PST", {
    Name: "Mountain Hardwear",
    Type: "Express Checkout Payment",
    Gross: "-164.50",
    "From Email Address": MY_EMAIL,
    "To Email Address": "paypal@mountainhardwear.com",
    "Transaction ID": "5DU33680RY1140972",
    "Item Title": "Stretchdown hooded jacket, size M",
    Quantity: "1",
    Balance: "143.28",
    "Balance Impact": "Debit",
  }),
  pp("11/22/2026", "10:48:29", "PST", {
    Name: "Bank Account",
    Type: "Bank Deposit to PP Account ",
    Gross: "164.50",
    "To Email Address": MY_EMAIL,
    "Transaction ID": "9WA20147LE6653918",
    "Item Title": "Stretchdown hooded jacket, size M",
    "Reference Txn ID": "5DU33680RY1140972",
    Balance: "307.78",
    "Balance Impact": "Credit",
  }),
];

/** PayPal's activity download: a byte-order mark, every cell quoted, CRLF line ends. */
function paypalDownload(rows: PayPalRow[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  return `\uFEFF${[line(PAYPAL_COLUMNS), ...rows.map((r) => line(PAYPAL_COLUMNS.map((c) => r[c] ?? "")))].join("\r\n")}\r\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How much did Sam pay me for the cabin?", expect: ["215.00"] },
  { question: "When did I pay rent in October?", expect: ["1 October"] },
  { question: "How much did I pay Sam for the concert tickets?", expect: ["45.00"] },
  { question: "Who bought my Nintendo Switch?", expect: ["Kevin Park"] },
  { question: "How much did I get for the Trek bike?", expect: ["350.00"] },
  { question: "Who did I buy the Pentax camera from?", expect: ["Hollis"] },
  { question: "How much did Priya pay me back for ramen?", expect: ["32.40"] },
  { question: "How much did I pay Tess for PG&E in October?", expect: ["58.12"] },
  { question: "How much did Leo send me for the Big Sur gas?", expect: ["38.00"] },
  { question: "How much did I charge Priya for the Warriors tickets?", expect: ["89.00"] },
  { question: "How much does Tess pay me for her half of the rent?", expect: ["790.00"] },
  { question: "What did Marcus Bell buy from me?", expect: ["standing desk"] },
  { question: "How much did I pay for car insurance?", expect: null },
  { question: "How much did Sam pay me for the ski trip?", expect: null },
  { question: "When did I pay the plumber?", expect: null },
];

/** Jordan: three months of Venmo statements and a PayPal activity download in Money, imported as the folder, asked on Monday 30 November 2026. */
export const splitter: Person = {
  name: "splitter",
  files: [
    {
      name: `${FOLDER}/VenmoStatement_Sep_2026.csv`,
      text: venmoStatement(SEPTEMBER, "$212.40", "$260.50", "$0.00", "$0.00"),
      mtime: Date.UTC(2026, 10, 28, 18, 2),
    },
    {
      name: `${FOLDER}/VenmoStatement_Oct_2026.csv`,
      text: venmoStatement(OCTOBER, "$260.50", "$321.46", "$0.00", "$0.00"),
      mtime: Date.UTC(2026, 10, 28, 18, 3),
    },
    {
      name: `${FOLDER}/VenmoStatement_Nov_2026.csv`,
      text: venmoStatement(NOVEMBER, "$321.46", "$254.59", "$3.50", "$3.50"),
      mtime: Date.UTC(2026, 10, 28, 18, 4),
    },
    { name: `${FOLDER}/Download.CSV`, text: paypalDownload(PAYPAL), mtime: Date.UTC(2026, 10, 28, 18, 9) },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
