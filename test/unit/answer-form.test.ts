/**
 * What a memory must say to answer a question of a given form (core/assistant/answer-form.ts): a
 * memory that only shares the question's words is no answer.
 */
import { describe, expect, it } from "vitest";
import { missesAnswerForm } from "../../core/assistant/answer-form.js";
import { missesAnswerType, missesValueAsked, sharedWithQuestion, sharesOnlyNames, statesClockTimeAsked } from "../../core/assistant/answer-types.js";
import { holdsUsersNote } from "../../core/memory/clippings.js";

const misses = (question: string, content: string) => missesAnswerForm(question)({ title: content.slice(0, 40), content });

describe("the form of an answer", () => {
  it("answers someone's address only with a memory that gives one, in a clause of theirs or in a memory that opens on them", () => {
    expect(misses("What is Auntie Jo's address?", "The user will ring Auntie Jo after work (3 October 2026).")).toBe(true);
    expect(misses("What is Auntie Jo's address?", "Auntie Jo lives at 14 Elm Road, Leeds LS6 2AB.")).toBe(false);
    // (an address book's card names whose it is once, before its clauses)
    const card = "Mum: home phone 01632 960123; mobile 07700 900123; home address 3 Orchard Close, Bath, BA1 2QT, United Kingdom; birthday 30 November 1961.";
    expect(misses("What is Mum's address?", card)).toBe(false);
    // (but a memory of two people's details gives each its own: the plumber's is no electrician's)
    const trades = "Plumber: Gary, 07700 900456, 12 Mill Lane; Electrician: Priya Nair, priya.nair@example.com";
    expect(misses("What is the electrician's address?", trades)).toBe(true);
    expect(misses("What is the plumber's address?", trades)).toBe(false);
    // (an email address is an email's)
    expect(misses("What is Mum's email address?", card)).toBe(true);
    expect(misses("What's Priya's email?", trades)).toBe(false);
    // (but an email asked about by when, where or who is a thing, not an address: "the launch email")
    const brief = "Brightwell campaign brief, deliverables: Launch email, length 300 words, due Friday 20 November (20 November 2026).";
    expect(misses("When is the Brightwell launch email due?", brief)).toBe(false);
    expect(misses("Who sent the email about the boiler?", "Gary sent the email about the boiler service on Monday.")).toBe(false);
    // (a server's address is no postal one: a host name answers it)
    expect(misses("What is the Minecraft server address?", "Priya says the Minecraft server IP changed: play.weekendcrew.net, port 25570.")).toBe(false);
  });

  it("asks for a phone number only where the phone is what is asked for, not a thing a 'Which …?' question tells", () => {
    const article = "Highlight from The Case for Slow Mornings by Hannah Keller: “A phone checked before breakfast sets the agenda for the whole day.”";
    expect(misses("Which article said checking your phone before breakfast sets the agenda?", article)).toBe(false);
    expect(misses("What is Mum's phone number?", "Mum's new flat is in Bath.")).toBe(true);
    expect(misses("Which phone number did the plumber give?", "The plumber gave his number: 07700 900456.")).toBe(false);
    expect(misses("Which phone number did the plumber give?", "The plumber will come on Monday.")).toBe(true);
    // (a number in a sentence of another's is theirs: a recruiter's signature under news of Gareth)
    const mail =
      "Gareth Lowe would like to do a video call on Thursday. Tom Reilly's signature: Tom Reilly, Consultant, Harbour Talent, 0161 496 0732 | 07700 900461.";
    expect(misses("What is Gareth Lowe's phone number?", mail)).toBe(true);
    expect(misses("What is Tom Reilly's phone number?", mail)).toBe(false);
    // (one that names no one goes on about whom the sentence before named)
    expect(misses("What is Gareth Lowe's phone number?", "Gareth Lowe is the engineering manager. His mobile is 07700 900123.")).toBe(false);
  });

  it("answers what something cost only with a memory that states an amount, money or a bare one, not a day or a time", () => {
    expect(misses("How much was the Le Creuset pan?", "Christmas gifts: Mum: Le Creuset pan; Tom: climbing chalk bag.")).toBe(true);
    expect(misses("How much is the cake?", "Mum told the user Dad's 60th is on Saturday 12 December (12 December 2026) at the Old Bell, 7pm.")).toBe(true);
    expect(misses("How much is the airbnb each?", "Asked about flight and airbnb split: It's 310 each, send it to Maya's Monzo.")).toBe(false);
    expect(misses("How much is the boiler service?", "Boiler service: Annual service costs £95.")).toBe(false);
    // (what a thing was, named with no "the": "How much was dinner at Time Out Market?" asks a price, not litres)
    const dinner = "The user paid €38.60 to Time Out Market Lisboa on Friday 9 October (Revolut).";
    expect(sharedWithQuestion("How much was dinner at Time Out Market?", dinner)).toEqual({ shared: 3, words: 4 });
    expect(misses("How much was dinner at Time Out Market?", dinner)).toBe(false);
    // (money asked for is a price: the amount said answers it, as a word of the question)
    const petrol = "Asked about petrol: £10 is fine. Tom Ashworth can drop the user at Meadowhall (21 October 2026).";
    expect(misses("How much petrol money did Tom want for the lift?", "Tom Ashworth is leaving Friday 30th at 2pm.")).toBe(true);
    expect(sharedWithQuestion("How much petrol money did Tom want for the lift?", petrol)).toEqual({ shared: 3, words: 6 });
    // (not money talked about: "What did I highlight about saving money?" asks for what was highlighted)
    expect(
      misses("What did I highlight about saving money?", "Highlight from The Psychology of Money: “Saving is the gap between your ego and your income.”"),
    ).toBe(false);
    // (a number that counts what it is said before is no price: "3 seater", "2-bedroom")
    const sofa = 'Bookmarked "Snoozer 3 seater sofa in Clever Linen Dove | Loaf" (loaf.com/products/snoozer-sofa) in Home on 2 May 2026.';
    expect(misses("How much does the Snoozer sofa cost?", sofa)).toBe(true);
    expect(misses("How much was the rent?", "The user looked at a 2-bedroom flat in Leith.")).toBe(true);
    expect(misses("How much did my Pegasus shoes cost?", 'Ran 6.2 km, "Easy run", in 35 minutes. Shoes: Pegasus 40.')).toBe(true);
    expect(misses("How much did I pay for the flight?", "The user paid 420 for the flight to Lisbon.")).toBe(false);
    // (so is a budget)
    expect(
      misses("What's the budget for the honeymoon?", "Idea: Honeymoon: Kyoto or the Amalfi coast? Sam Taylor's comment: Kyoto in cherry blossom season."),
    ).toBe(true);
    expect(misses("What's the budget for the honeymoon?", "Honeymoon: budget £4,000 for flights and hotels.")).toBe(false);
    // (a number after a capitalised word is a name's, "Trail 6", "Platform 4": no price; and a salary is one asked for)
    const plan = "Ken says plan for Saturday: meet at Shinjuku station, 8:00. Train at 8:12 to Takaosanguchi. Up Trail 6, down via Inariyama.";
    expect(misses("How much is the train to Takaosanguchi?", plan)).toBe(true);
    expect(misses("What's Yuki's salary at Rakuten?", "Yuki got the job at Rakuten, in the travel team.")).toBe(true);
    expect(misses("What's Yuki's salary at Rakuten?", "Yuki's salary at Rakuten is ¥6 million.")).toBe(false);
    expect(misses("What salary did Deliveroo offer me?", "Tom Becker moved to Deliveroo. Tom Becker offered to refer the user.")).toBe(true);
    expect(misses("What salary did Deliveroo offer me?", "Deliveroo offered the user £98,000.")).toBe(false);
    // (a list's numbers are no amount: an assistant's tips for a CV had answered what a job pays)
    const tips = "A few tips: 1. Put numbers first: staff paid, accuracy, deadlines met. 2. Mention the systems you know. 3. Keep it short.";
    expect(misses("What salary does the Arla Foods job pay?", tips)).toBe(true);
    expect(misses("What salary does the Arla Foods job pay?", "The agency says the Arla Foods job is 420 a week.")).toBe(false);
    // (a salary guide is no salary asked for)
    expect(misses("Which salary guide did I save?", 'The user bookmarked "UK Salary Guide 2026 | Hays" (www.hays.co.uk/salary-guide) in Job hunt.')).toBe(
      false,
    );
    // (but an amount is no word of a salary: "€8,000" of an offsite's budget shares only "Omar" with the question)
    expect(sharedWithQuestion("What is Omar's salary?", "Team offsite's budget: €8,000. Omar is vegetarian.")).toEqual({ shared: 1, words: 2 });
    // (a part of a town is a place: "Which part of Sheffield do I live in?" and a memory that names one)
    expect(sharedWithQuestion("Which part of Sheffield do I live in?", "The user says wedding & street photographer based in Walkley, Sheffield.")).toEqual({
      shared: 2,
      words: 3,
    });
    // (and Sheffield, the place asked a part of, is not all it shares: "based in Walkley, Sheffield" had been judged to share only the name)
    const sheffield = new Set(["Sheffield"]);
    expect(
      sharesOnlyNames("Which part of Sheffield do I live in?", "The user says wedding & street photographer based in Walkley, Sheffield.", sheffield),
    ).toBe(false);
    expect(sharesOnlyNames("Which part of Sheffield do I live in?", "The user went to a gig in Sheffield.", sheffield)).toBe(true);
    // (but not a part of a thing: no more shared than a step of it)
    expect(sharedWithQuestion("Which part of the plan did I like?", "The user met Sam in Leeds.")).toEqual(
      sharedWithQuestion("Which step of the plan did I like?", "The user met Sam in Leeds."),
    );
    // (a quote is a price)
    expect(misses("How much is Lumen's quote for the study?", "Lumen study: The main thing for Priya is people who order coffee on their phones.")).toBe(true);
    expect(misses("How much is Lumen's quote for the study?", "Lumen study: Sofia's quote is £3,400 including the incentives.")).toBe(false);
  });

  it("answers where something was done with a place, a university or a school among them, not with what names none", () => {
    expect(misses("Where did I do my MSc?", "Priya Shah's education: MSc Statistics, University of Leeds, 2019.")).toBe(false);
    expect(misses("Where did Sam go to school?", "Sam's CV: A levels, Kingsdown Grammar School, 2016.")).toBe(false);
    expect(misses("Where did I do my MSc?", "The user loved every minute of their MSc.")).toBe(true);
    expect(misses("Where did I park my car?", "The user works for Northwind Logistics as an analyst.")).toBe(true);
    // (a street address is a place, whatever its town: "7 Vallis Road, Frome")
    expect(misses("Where is Emma's house now?", "Emma Hart and others have bought a house! 7 Vallis Road, Frome. Completion is 20 August.")).toBe(false);
    expect(misses("Where is Emma's house now?", "Emma Hart has bought 3 new houseplants.")).toBe(true);
    // (a file, a document or a page is where its web address is)
    const figma = "Weekly design sync: Amara Osei shared the Figma file for the new booking flow: https://www.figma.com/file/Xy7Qp2Lk/Booking-flow-v3.";
    expect(misses("Where is the Figma file for the booking flow?", figma)).toBe(false);
    // (and of a thing named as someone's)
    const gifts = "Priya Shah's gift list is up: https://www.johnlewisgiftlist.com/giftint/guest/lists/walsh-shah-2018 (no pressure!) (10 June 2018)";
    expect(misses("Where is Tom and Priya's gift list?", gifts)).toBe(false);
    expect(misses("Where is Tom?", gifts)).toBe(true);
    expect(misses("Where are the usability test recordings?", "Amara Osei says usability test recordings from last week: https://drive.google.com/x")).toBe(
      false,
    );
    // (but no place where something was done: a link is no answer to where we had dinner)
    expect(misses("Where did we have dinner on Friday?", "Priya shared the menu for Friday: https://dishoom.com/menu")).toBe(true);
  });

  it("answers when something is held only with a memory that states a time besides the day it was said", () => {
    expect(misses("When is Kate's birthday?", "The user's shopping list: oat milk; bin bags; birthday card for Kate (28 November 2026).")).toBe(true);
    expect(misses("When is Kate's birthday?", "Kate turns 40 on 3 January (3 January 2027).")).toBe(false);
    expect(misses("When is Jonas's wedding?", "Jonas has a new number, 07700 900613 (28 October 2026).")).toBe(true);
    // (a day that repeats and an hour said with "at" are times)
    expect(misses("When is five-a-side?", "Five-a-side moved to Thursdays at 7, Goals Wembley (9 November 2026).")).toBe(false);
    expect(misses("When is five-a-side?", "Five-a-side is at 7, Goals Wembley (9 November 2026).")).toBe(false);
  });

  it("answers for an appointment of a kind with no other kind's appointment", () => {
    expect(misses("When is my dentist appointment?", "The user booked a physio appointment for next Tuesday (Tuesday 6 October 2026).")).toBe(true);
    expect(misses("When is Dad's next dentist appointment?", "Dad's cardiology appointment has been moved to Tuesday 8 December at 9:40am.")).toBe(true);
    expect(misses("When is my dentist appointment?", "Dentist appointment on 2 December at 9:30.")).toBe(false);
    // (one that names no kind may be it: a reminder from the practice)
    expect(misses("When is my dentist appointment?", "Reminder of your appointment with Dr Okafor on Tue 17 Nov at 09:30.")).toBe(false);
  });

  it("answers who someone is to another only with a memory that says it", () => {
    expect(misses("What is Priya's husband called?", "Call with Priya Shah about the Q1 roadmap (2 November 2026).")).toBe(true);
    expect(misses("What is Priya's husband called?", "Priya is married to Dev, a nurse.")).toBe(false);
    expect(misses("What are Priya's kids called?", "Priya Shah: Kids: Arjun (6) and Mira (3).")).toBe(false);
    expect(misses("Who is my sister?", "The user's sister Hannah lives in Leeds.")).toBe(false);
    expect(misses("Who is my sister?", "Hannah lives in Leeds.")).toBe(true);
  });

  it("answers for the way back of a journey only with a memory that says it is the way back", () => {
    const out = "Monday, 2 November 2026: The user booked the Lisbon trip flights: TAP TP1353 on 11 December at 07:05 from Heathrow.";
    expect(misses("When is my flight back from Lisbon?", out)).toBe(true);
    expect(misses("When is my flight back from Lisbon?", "Return flight TP1358 from Lisbon on 15 December at 18:40.")).toBe(false);
    expect(misses("When is my flight to Lisbon?", out)).toBe(false);
  });

  it("counts a name stated for 'called', and a number for 'numbers', as the words they ask for", () => {
    expect(sharedWithQuestion("What is the photographer called?", "Ana says Lucy is the photographer Priya used.")).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What is the photographer called?", "Ana says the photographer was great.")).toEqual({ shared: 1, words: 2 });
    expect(sharedWithQuestion("What are our seat numbers on the train?", "Tom says coach C, seats 41 and 42.").shared).toBe(2);
  });

  it("counts a purchase said in other words as the 'buy' of a question ('went with', 'ordered', 'came from')", () => {
    const light = "The poll said Lezyne, so the user went with the Lezyne Macro Drive 1300 from Bike Boutique. £55 and it's blinding.";
    expect(sharedWithQuestion("Which bike light did I buy?", light)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("Where did I buy the roof paint?", "Everything came from Midland Chandlers in Braunston.").shared).toBe(1);
    expect(sharedWithQuestion("Which bike light did I buy?", "The user's poll: Exposure Strada, Lezyne Macro Drive 1300 or Cateye Volt 800.")).toEqual({
      shared: 0,
      words: 3,
    });
  });

  it("counts a price as the 'much' of 'How much is the …?', though no word of a price is said", () => {
    // ("How much is the Rainy City Rye?" had wanted an amount with a unit, "2.5 litres", and abstained on "… at £6.50")
    const rye = "The user says the Rainy City Rye is 40% dark rye with black treacle and caraway. It'll be on the stall from next week at £6.50.";
    expect(sharedWithQuestion("How much is the Rainy City Rye?", rye)).toEqual({ shared: 4, words: 4 });
    expect(sharedWithQuestion("How much is the Rainy City Rye?", "The Rainy City Rye is 40% dark rye with black treacle.")).toEqual({ shared: 3, words: 4 });
  });

  it("answers 'How much' of no thing named with a sum of money, and 'How much paint' only with an amount of it", () => {
    const niche = "Beanmachine_hg is asking £420 for it. It's the black one, about 18 months old.";
    expect(missesAnswerType("How much did the seller want for the Niche Zero?", niche)).toBe(false);
    expect(missesAnswerType("How much did the seller want for the Niche Zero?", "The Niche Zero is the black one, about 18 months old.")).toBe(true);
    expect(missesAnswerType("How much paint did I order?", "The paint cost £40.")).toBe(true);
    expect(missesAnswerType("How much paint did I order?", "The user ordered 2.5 litres of paint.")).toBe(false);
    // (and "How many people" with a count of them: "a table for 12" had been no amount, wanting a unit)
    expect(sharedWithQuestion("How many people was the table for?", "David has booked a table for 12.")).toEqual({ shared: 2, words: 3 });
    expect(missesAnswerType("How many guests are coming?", "The user invited 8 guests.")).toBe(false);
    expect(missesAnswerType("How many people was the table for?", "David has booked a table at The Swan.")).toBe(true);
  });

  it("counts a venue named where someone was as the 'restaurant' or 'pub' of a question, not a holiday or a day", () => {
    const dinner = "Anniversary dinner and the seafood linguine was unreal. Emma Harding checked in at Casa Marino with Dan Harding.";
    expect(sharedWithQuestion("Which restaurant did we go to for our anniversary?", dinner)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("Which pub is the leaving do at?", "The leaving do is at The Harp from 6:30.")).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("Which restaurant did we go to for our anniversary?", "Our anniversary party was at Christmas.").shared).toBe(1);
    // (a cinema too: a film watched, checked in on IMDb, names none)
    const wicked = "The user watched the film Wicked: For Good (2025) on Saturday 28 November (28 November 2026), checked in on IMDb.";
    expect(missesAnswerType("Which cinema did I see Wicked: For Good at?", wicked)).toBe(true);
    // (and however many words it shares: "see" is what was watched)
    expect(misses("Which cinema did I see Wicked: For Good at?", wicked)).toBe(true);
    expect(misses("Which cinema did I see Wicked: For Good at?", "Saw Wicked: For Good at the Everyman Leeds with Priya.")).toBe(false);
    expect(missesAnswerType("Which cinema did I see Wicked: For Good at?", "Saw Wicked: For Good at the Everyman Leeds with Priya.")).toBe(false);
    // (and overspending is spending over: "Which month did I overspend …?" and "… overspent by £2.10")
    expect(
      sharedWithQuestion("Which month did I overspend on eating out?", "Assigned £60.00 to Eating Out for October 2026; spent £143.50; overspent by £2.10."),
    ).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("Which coffee shop am I doing the collab with?", "Our buns are on the menu at Little Amber Coffee.")).toEqual({
      shared: 2,
      words: 3,
    });
    // (and a new thing of someone's, as what was bought: "What oven did I buy?")
    expect(sharedWithQuestion("What oven did I buy?", "Dolly is the user's new Rofco B40 deck oven.")).toEqual({ shared: 2, words: 2 });
  });

  it("counts a place to stay as the 'staying' of a question, asked with 'where' or 'which hotel'", () => {
    const hotel = "Sophie says three nights at Hotel Alsik near the station.";
    expect(sharedWithQuestion("Which hotel are we staying at in Copenhagen?", hotel)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("Where am I staying in Porto?", "Hotel: Torel Avantgarde, 2 nights.").shared).toBe(1);
    expect(sharedWithQuestion("Which hotel are we staying at in Copenhagen?", "Sophie says the flights are from Bristol.").shared).toBe(0);
  });

  it("counts the tools a thing is built with as the 'stack' or 'framework' of a question, not a place it is in", () => {
    const app = "The user is building an invoicing app called Ledgerly with Django and Postgres.";
    expect(sharedWithQuestion("What stack does Ledgerly use?", app)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("What framework is the site built in?", "The site is written in Astro, hosted on Netlify.").shared).toBe(2);
    expect(sharedWithQuestion("What stack does Ledgerly use?", "Ledgerly's launch is in March.").shared).toBe(1);
    expect(sharedWithQuestion("What stack does Ledgerly use?", "The user demoed Ledgerly in London.").shared).toBe(1);
  });

  it("tells a clock time as the answer to 'What time …?', not a day, a price or a decimal", () => {
    expect(statesClockTimeAsked("What time is the hike?", "Meet at Shinjuku station, 8:00. Train at 8:12 to Takaosanguchi.")).toBe(true);
    expect(statesClockTimeAsked("What time is the dinner booking?", "Friday 4 December, 7:30pm. Hanabi, table for two.")).toBe(true);
    expect(statesClockTimeAsked("What time does the party start?", "The party starts at 8pm at Jo's.")).toBe(true);
    for (const text of ["The hike is on Saturday 5 December.", "The train costs £3.40.", "The trail is 6.2 km long."])
      expect(statesClockTimeAsked("What time is the hike?", text), text).toBe(false);
    expect(statesClockTimeAsked("Where are we meeting?", "Meet at Shinjuku station, 8:00.")).toBe(false);
    // (and counts it as the question's "time", as a price counts as its "much")
    const standup = "Nearly through week one at Northway.: Standup is at 9:15 every morning (8 October 2026).";
    expect(sharedWithQuestion("What time is standup at work?", standup)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("What time is standup at work?", "Standup is on Mondays (8 October 2026).")).toEqual({ shared: 1, words: 3 });
    // (not a time to be somewhere by: "What time is my flight to Lisbon?" and a viewpoint's "get there by 6.30pm")
    expect(sharedWithQuestion("What time is my flight to Lisbon?", "Best view of Lisbon at sunset, get there by 6.30pm.")).toEqual({ shared: 1, words: 3 });
  });

  it("counts a temperature as the question's 'temperature' ('What temperature should I bake the loaf at?')", () => {
    const bake = "Highlight from Slow Dough: “Bake at 240°C for the first twenty minutes with the lid on, then at 220°C without it.”";
    expect(sharedWithQuestion("What temperature should I bake the loaf at?", bake)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("How hot should the oven be?", "Preheat the oven to 200 degrees.")).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What temperature should I bake the loaf at?", "A tablespoon of honey in the rye loaf keeps it soft.")).toEqual({
      shared: 1,
      words: 3,
    });
  });

  it("counts a registration plate as the 'car' and the 'reg' of 'What's the car's reg?', not a car named without one", () => {
    const note = "Golf service: The user booked in at Kwik Fit on Gloucester Road. Reg WK19 HXD: MOT due 14 January.";
    expect(sharedWithQuestion("What's the car's reg?", note)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What is the van's number plate?", "The van is AB12 CDE, parked behind the shop.")).toEqual({ shared: 3, words: 3 });
    expect(sharedWithQuestion("What's the car's reg?", "The user took the car to the car wash on Sunday.")).toEqual({ shared: 1, words: 2 });
  });

  it("counts 'currently' or 'now' as the 'at the moment' or 'right now' of a question, never required", () => {
    const reading = 'The user is currently reading "Orbital" by Samantha Harvey.';
    expect(sharedWithQuestion("What am I reading at the moment?", reading)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What is Maya reading right now?", "Maya is reading Matilda now.")).toEqual({ shared: 3, words: 3 });
    expect(sharedWithQuestion("What am I reading at the moment?", "The user is reading Orbital.")).toEqual({ shared: 1, words: 2 });
    expect(misses("What am I reading at the moment?", "The user is reading Orbital.")).toBe(false);
  });

  it("counts a page visited as what was read or looked at, a search as what was looked up, and a booking site's page as a hotel", () => {
    const article = 'The user visited "Understanding Dough Hydration | The Perfect Loaf" on theperfectloaf.com (18:24).';
    const search = 'The user searched Google for "sourdough hydration 75%" (18:21).';
    // (the article read is the page visited, not the search that found it)
    expect(sharedWithQuestion("What was that sourdough hydration article I read?", article)).toEqual({ shared: 3, words: 4 });
    expect(sharedWithQuestion("What was that sourdough hydration article I read?", search)).toEqual({ shared: 2, words: 4 });
    const lodge = 'The user searched Google Maps for "Graham\'s Port Lodge" (19:38).';
    expect(sharedWithQuestion("Which port lodge did I look up in Porto?", lodge)).toEqual({ shared: 3, words: 4 });
    const hotel = 'The user visited "Torel Avantgarde, Porto – Updated 2026 Prices" on booking.com (17:02).';
    expect(sharedWithQuestion("Which hotel in Porto did I look at?", hotel)).toEqual({ shared: 3, words: 3 });
    expect(sharedWithQuestion("Which hotel in Porto did I look at?", "The user looked at the map around Ribeira, Porto on Google Maps (17:10).")).toEqual({
      shared: 2,
      words: 3,
    });
    // (a book read is no page visited: "read" is counted only as the memory's own word)
    expect(sharedWithQuestion("What book did Melanie read?", "Melanie visited her sister in Boston.")).toEqual({ shared: 1, words: 3 });
    const flight = 'The user visited "Cheap flights from Leeds Bradford to Porto | Ryanair" on ryanair.com (09:13).';
    expect(sharedWithQuestion("Which flight to Porto did I look at?", flight)).toEqual({ shared: 3, words: 3 });
    expect(sharedWithQuestion("Which hotel did Tim stay in?", "Tim visited his parents in Leeds.").shared).toBe(1);
  });

  it("counts the words of a name written as one ('PureGym', 'EasyJet') and a direct debit or standing order as a 'membership' or 'subscription'", () => {
    const gym = "The user paid £24.99 to PureGym by Direct Debit on Tuesday 1 September (1 September 2026) (Monzo, personal care).";
    expect(sharedWithQuestion("What's my gym membership?", gym)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What subscriptions do I pay for?", "The user pays £10.99 a month for Netflix by standing order.").shared).toBe(2);
    // (a payment made once is no membership, and a word inside a lower-case word is no word of it)
    expect(sharedWithQuestion("What's my gym membership?", "The user paid £12.00 to Gymshark on Friday 9 October.")).toEqual({ shared: 0, words: 2 });
  });

  it("answers calories eaten only with a memory of food, not with calories a workout burned", () => {
    const run = "The user ran 3.2 km in 17 minutes 20 seconds on Saturday 14 November, 09:00–09:17 (run workout, Charge 6, 190 calories burned).";
    expect(misses("How many calories did I eat on Saturday 14 November?", run)).toBe(true);
    expect(misses("How many calories did I burn on my run?", run)).toBe(false);
    expect(misses("How many calories did I eat on Saturday?", "The user logged 1,850 calories of food on Saturday: porridge, a wrap and a curry.")).toBe(false);
  });

  it("answers a price only with an amount, not with a count of plays", () => {
    const repeat =
      'The user had "Don\'t Stop Me Now" by Queen on repeat on Last.fm on Wednesday 14 October (14 October 2026): played it 4 times between 06:32 and 06:50.';
    expect(misses("How much do I pay for Last.fm Pro?", repeat)).toBe(true);
    expect(misses("How much do I pay for Last.fm Pro?", "The user pays 3 a month for Last.fm Pro.")).toBe(false);
  });

  it("answers a finishing position only with a memory that says a placing, not only that the race was run", () => {
    const ran = 'The user ran 30.4 km on trails in 3 hours 38 minutes on Saturday 17 October ("Kinder Trail 30K", a race, average heart rate 158 bpm).';
    expect(misses("What was my finishing position in the Kinder Trail 30K?", ran)).toBe(true);
    expect(misses("What was my finishing position in the Kinder Trail 30K?", "The user finished the Kinder Trail 30K this morning, legs destroyed.")).toBe(
      true,
    );
    expect(misses("What was my finishing position in the Kinder Trail 30K?", "The user came 14th out of 212 in the Kinder Trail 30K.")).toBe(false);
    expect(misses("What place did I come in the pub quiz?", "The user's team came third place in the pub quiz at the Crown.")).toBe(false);
    expect(misses("How long did the Kinder Trail 30K take me?", ran)).toBe(false);
    const ride = "The user took a 45-minute Power Zone ride with Denis Morton on Peloton on Saturday 3 October at 08:00 (live): 503 kJ output.";
    expect(misses("Where did I finish on the leaderboard in the live ride on Saturday 3 October?", ride)).toBe(true);
    expect(misses("Where did I finish on the leaderboard in the live ride?", "The user came 212th of 4,310 on the leaderboard in the live ride.")).toBe(false);
  });

  it("counts cycling as the 'ride' of a bike ride, and listening as the 'play' of a song", () => {
    const ride = "The user cycled 24.6 km in 1 hour 12 minutes on Sunday 25 October, 10:02–11:14 (outdoor bike workout, Charge 6).";
    expect(sharedWithQuestion("When did I go for a bike ride?", ride)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("When did I go for a ride on the train?", ride).shared).toBe(0);
    // (and a check-in is where one "saw" a band)
    const gig = 'The user checked in at O2 Academy Brixton on Swarm on Friday 3 July at 19:42 with Jess Okafor, and said: "Fontaines D.C.!! front row".';
    expect(sharedWithQuestion("When did I see Fontaines D.C.?", gig).shared).toBe(sharedWithQuestion("When did I see Fontaines D.C.?", gig).words);
    expect(sharedWithQuestion("When did I see Fontaines D.C.?", "The user loves Fontaines D.C.'s new album.").shared).toBeLessThan(2);
    // (and a song played is what was "listened" to)
    const played = 'The user played once on Last.fm on Saturday 18 April (18 April 2026): "Motion Sickness" by Phoebe Bridgers at 08:12.';
    expect(sharedWithQuestion("What was I listening to on the train?", played)).toEqual({ shared: 1, words: 2 });
    // (and listening the "play" of a song played)
    const listened = 'The user listened to "Starburster" by Fontaines D.C. on Apple Music 3 times on Wednesday 17 April (17 April 2024).';
    expect(sharedWithQuestion("When did I first play Starburster?", listened)).toEqual({ shared: 2, words: 3 });
    // (and a trip to a place is the "go" of going there)
    const album = 'The user\'s Google Photos album "Whitstable day trip". Its 3 photos were taken on Sunday 16 August.';
    expect(sharedWithQuestion("When did we go to Whitstable?", album)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("When did we go to Whitstable?", "The user loves Whitstable oysters.")).toEqual({ shared: 1, words: 2 });
    // (a word besides the place's name: the trip is no memory that shares only the name)
    expect(sharesOnlyNames("When did we go to Whitstable?", album, new Set(["Whitstable"]))).toBe(false);
    expect(sharesOnlyNames("When did we go to Whitstable?", "The user loves Whitstable oysters.", new Set(["Whitstable"]))).toBe(true);
  });

  it("reads a 'book club' as no book asked for, and a note typed at a highlight as the user's own words", () => {
    const highlight =
      "Highlight from Four Thousand Weeks by Oliver Burkeman, page 112: “The day will never arrive when you finally have everything under control.” Note: Read this before the Q1 planning meeting.";
    expect(sharedWithQuestion("When is my book club meeting?", highlight)).toEqual({ shared: 1, words: 3 });
    expect(sharedWithQuestion("What book is about time management?", "Four Thousand Weeks by Oliver Burkeman").shared).toBe(1);
    expect(holdsUsersNote(highlight)).toBe(true);
    expect(holdsUsersNote("Note on Meditations by Marcus Aurelius, page 75: Gift for Dad's birthday.")).toBe(true);
    expect(holdsUsersNote("Highlight from Deep Work by Cal Newport, page 101: “Clarity about what matters provides clarity about what does not.”")).toBe(false);
  });

  it("answers a question that names a version only with a memory that says that version", () => {
    const launch = "Priya Shah says launch of v2.4 moved to Thursday 26 November, 10:00 (26 November 2026) UK.";
    expect(misses("When is the v2.5 launch?", launch)).toBe(true);
    expect(misses("When is the v2.4 launch?", launch)).toBe(false);
    expect(misses("When is the 2.4 launch?", launch)).toBe(false);
    expect(misses("When is the v2.4 launch?", "Launch of v2.45 is in March.")).toBe(true);
  });

  it("counts a practice's word beside a titled name as the professional 'Who is my dentist?' asks for, and only for 'Who'", () => {
    const reminder = "BrightSmile Dental: reminder of the user's appointment with Dr Okafor on Tue 17 Nov at 09:30 (17 November 2026).";
    expect(sharedWithQuestion("Who is my dentist?", reminder)).toEqual({ shared: 1, words: 1 });
    // (no one named: a cat's dental clean names no dentist)
    expect(sharedWithQuestion("Who is my dentist?", "Pixel had a dental clean at the vet on Monday.").shared).toBe(0);
    expect(sharedWithQuestion("When is my dentist appointment?", reminder).shared).toBe(1);
  });
});

describe("a value asked for", () => {
  it("is stated by an answer, whatever else it shares: a price (as a chat says one too), a number, a place stayed at", () => {
    expect(missesValueAsked("How much did my flight to Boston cost?", "The user flew to Boston Logan (BOS), flight BA213: seat 31A, economy.")).toBe(true);
    expect(missesValueAsked("How much did my flight to Boston cost?", "The flight to Boston cost £412.")).toBe(false);
    // (an airline asked of a flight that names none: bench:personal's Copenhagen flights, once "flying" counted as "flights")
    expect(
      missesValueAsked("Which airline are we flying to Copenhagen with?", "Sophie says COPENHAGEN IS BOOKED. Flights from Bristol on Friday 4 December."),
    ).toBe(true);
    expect(missesValueAsked("Which airline are we flying to Lisbon with?", "Priya booked the Lisbon flights! EasyJet EZY8543 from Gatwick.")).toBe(false);
    // (a bare amount as a chat writes it: "I paid 420 for my flight", "it's 310 each")
    expect(missesValueAsked("How much did Kofi pay for his flight?", "Kofi paid 420 for his flight.")).toBe(false);
    expect(missesValueAsked("How much is the airbnb each?", "Maya says it's 310 each, send it to her Monzo.")).toBe(false);
    // (a number with no word of paying is no price: a comment on sharpening chisels)
    expect(missesValueAsked("How much did I pay for my Narex chisels?", "The user sharpened their Narex chisels on diamond plates, 1000 then 8000 grit.")).toBe(
      true,
    );
    expect(missesValueAsked("Which hotel did I stay at in Tokyo?", "The user flew to Tokyo Haneda (HND) with Japan Airlines.")).toBe(true);
    expect(missesValueAsked("Which hotel did I stay at in Lisbon?", "The user checked in at Memmo Alfama Hotel on Friday 22 May.")).toBe(false);
    expect(missesValueAsked("What is my library card number?", "The user's library card is from Leeds Central Library.")).toBe(true);
    expect(missesValueAsked("What is my library card number?", "The user's library card number is 2940018.")).toBe(false);
    // (a question for no value asks none)
    expect(missesValueAsked("When did I fly to Boston?", "The user flew to Boston Logan (BOS).")).toBe(false);
  });
});
