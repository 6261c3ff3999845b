import { describe, expect, it } from 'vitest';
import { analyzeByRules, analyzeTurn } from '../../../core/analyzer/index';

/**
 * Constructions behind the misses on an independently written set (fresh.jsonl), each tested with new
 * sentences written for this file, so the rules are held to the construction and not to one line.
 */

type Row = [text: string, want: string | boolean, prev?: string];

/** Each row: a turn (with the customer's previous turn when it matters) and the value `field` must take. */
function table(field: 'question' | 'spin' | 'pitch' | 'valueLink' | 'pressure' | 'reflect', rows: Row[]) {
  it.each<Row>(rows)(`%s → ${field} %s`, (text, want, prev) => {
    expect(analyzeTurn(text, { prev })[field]).toBe(want);
  });
}

describe('question form', () => {
  table('question', [
    // Found on fresh7-9 (scored once before any tuning), each written anew here.
    ['Oh no. What happened to the Friday orders?', 'open'],
    ['Oh no. How did the auditors take it?', 'open'],
    ['How much would that matter to the board in March?', 'open'],
    ['If the nurses could see it on their phones, how much of your problem would that solve?', 'open'],
    ['What broke during the last upgrade, do you know?', 'open'],
    ['Talk me through how the rota gets made, like who signs it off and when?', 'open'],
    ['How often.', 'closed'],
    ['What usually trips new starters up', 'open'],
    ['Say the stock counts were live. What changes for the buyers.', 'open'],
    ["I'd be keen to understand what the last rollout taught you.", 'open'],
    // Once the customer has spoken (as the call opens, coders read it as the plan for the call: see below).
    ["Before I talk about us, I'd rather hear where the project stands.", 'open', 'Happy to give you twenty minutes.'],
    ['Tell me who else signs off on this.', 'open'],
    ["Our dashboard pulls every job into one view, it'll honestly make more sense once you've seen it?", 'none'],
    ['So it is mostly the month-end matching that slows you down?', 'closed'],
    // Either-or questions need no question mark.
    ['and do the refunds come out of the store budget or is that handled by finance', 'closed'],
    ['so are the invoices keyed in by hand or does the scanner pick them up', 'closed'],
    // A quantity asked without a verb or a question mark.
    ['how many drivers on the night route', 'closed'],
    ['ok and whos in charge of the rota', 'closed'],
    // A dropped "did" is still a yes/no question, even after a small-talk question.
    ['hey Priya, how are things, you guys get through the audit week?', 'closed'],
    // "and how…" starts a new question; the last one decides.
    ['how many vans do you run and how are routes planned each morning', 'open'],
    ['which EHR are you on, and like, how do the nurses feel about it?', 'open'],
    // A yes/no question after a comma, even when its subject is "a".
    ['what do you think is the right first step, would a short call with your ops lead help?', 'closed'],
    // Naming the tool in use is one fact.
    ['Got it. What are you running for payroll right now?', 'closed'],
    ["And what's your return rate looking like these days?", 'closed'],
    ['how is the churn rate trending', 'closed'],
    // The curiosity frame asks, with or without "I'm", and the embedded question decides.
    ['Curious how the warehouse is coping with the new carrier.', 'open'],
    ["I'm curious how many sites still print their own labels.", 'closed'],
    ["I'd really like to hear how the last rollout went.", 'open', 'We moved the north sites last spring.'],
    // An invitation spelt out by a list of wh-words stays open.
    ["I'd love to start with how you pick vendors today — who signs off and how long it takes.", 'open'],
    ['Could we begin with what each of you wants from the new system?', 'open'],
    // The plan of a call is not a question.
    ['First I want to understand how your intake works, and then if it is useful I can show a bit of what we do.', 'none'],
    // A relative "which" clause does not ask.
    ['Our scheduler texts every patient the day before, which cuts the gaps you told me about.', 'none'],
    // Found on fresh16-21, written anew: "that's fair." and "ha yeah." are not tag questions without a "?" or a
    // comma before the tag, and a "which" clause in a statement is a relative clause.
    ["Totally fair. I'll send the case study over tonight.", 'none'],
    ['Ha yeah. The Leeds site had the same issue last spring.', 'none'],
    ['So the close takes three days, right.', 'closed'],
    ["We've just been shortlisted for a logistics award, which the whole team is thrilled about.", 'none'],
    ['It reads the supplier catalogue directly, which I think would save your buyers a lot of typing.', 'none'],
    // "It would be useful to understand…" invites them to explain; "What about the slow leaks" asks without a "?".
    ['It would be useful to understand how the team is set up today.', 'open'],
    ['Flats, sure. What about the slow leaks', 'open'],
    // A yes/no question with its "are" dropped ("You tracking tyre wear at all?").
    ['You tracking fuel use per van at all?', 'closed'],
    // Agreeing by ellipsis ("and so do you") is not a yes/no question.
    ['Your drivers deserve a proper break, and so do you.', 'none'],
    ['The board wants it fixed by spring, and so does your CFO, I imagine.', 'none'],
  ]);
});

describe('SPIN type', () => {
  table('spin', [
    // Found on fresh22-27, written anew.
    ['What has the front desk been dealing with since the move?', 'problem'],
    ['What have your drivers been dealing with on the new routes?', 'problem'],
    ["What do patients say when they can't get through on the phone?", 'problem'],
    ["Three missed pickups last month. What's each one run you?", 'implication'],
    ['What would it take for the audit module to be worth a look?', 'need_payoff'],
    ['How would having the numbers before the board meeting change your position?', 'need_payoff'],
    ["How's that new rota holding up in practice?", 'problem'],
    ['How are the drivers finding it all', 'problem'],
    ["Can you tell me about any incidents you've had this year?", 'problem'],
    ["I'm curious why this feels worth fixing now rather than after the merger.", 'need_payoff'],
    ['It would be useful to understand how a decision like this gets made here.', 'situation'],
    // Found on fresh16-21, written anew: why it matters now, the problem gone and what they would do instead,
    // a hedged "what would it actually mean" after a condition, and costs fed through into a budget.
    ["So why's this, like, a priority for the team this year?", 'need_payoff'],
    ["If your nurses weren't chasing paper all shift, what would you want them doing instead?", 'need_payoff'],
    ['Um, and I guess, if you had this running by March, what would that, what would it actually mean for your week?', 'need_payoff'],
    ["How's that fed through into the repairs budget?", 'implication'],
    // Found on fresh10-12 (scored once before any tuning), each written anew here.
    ['How come the rota never gets updated?', 'problem'],
    ['Which system is giving you more grief right now?', 'problem'],
    ['How do you think the overtime feeds into that?', 'implication'],
    ['How did the trustees react when the audit came back?', 'implication'],
    ['What would cutting those late invoices in half mean for you?', 'need_payoff'],
    ['What would a win look like for the clinic leads?', 'need_payoff'],
    // Found on fresh7-9 (scored once before any tuning), each written anew here.
    // An offer of a next step ("Would it help if I sent…") is situation to the rules: see the rules-only check below.
    ['Would it help if your team could see every late order before lunch?', 'need_payoff'],
    ['Where does it hurt most at the moment?', 'problem'],
    ['Tell me what a really bad Friday looks like.', 'problem'],
    ['How do the charge nurses feel about the way handover works today?', 'problem'],
    ['What would a trial have to prove for finance to back it?', 'need_payoff'],
    ['Say every order showed up on one screen. What changes for you?', 'need_payoff'],
    // Found on fresh6 (scored once before any tuning), each written anew here.
    ['Walk me through what went sideways at the last stock count.', 'problem'],
    ['What tripped the team up when you moved payroll over?', 'problem'],
    ['Where are the soft spots in the calendar?', 'problem'],
    ['So the planners are basically buried under change requests?', 'problem'],
    ['What actually happens to walk-ins once the ratings start sliding', 'implication'],
    ['If the late fees drop by half, does it not pretty much pay for itself?', 'need_payoff'],
    ['What would make this an easy yes for the board?', 'need_payoff'],
    // Consequences reaching people and places downstream are implication.
    ['How did the auditors take it?', 'implication'],
    ["How'd the franchisees take that news?", 'implication'],
    ["How's the delay landing with your investors?", 'implication'],
    ['If the scanner goes down during peak, what happens to the outbound dock?', 'implication'],
    ["With the backlog growing, what's happening to your response times?", 'implication'],
    ['And if she leaves before the migration, what then?', 'implication'],
    ['how bad are we talking', 'implication'],
    ['How many of those fines did you get hit with in the spring?', 'implication'],
    ['Are your planners burning out on it?', 'implication'],
    ['What ends up slipping when the month-end crunch hits — is it the forecast?', 'implication'],
    ['What are your engineers not doing while they babysit the old server?', 'implication'],
    ['So when the regulator asks for the audit trail, what do you tell them?', 'implication'],
    ['Has it come up with a customer yet, or is it more of a risk on paper?', 'implication'],
    // Satisfaction, visibility, bad rates, findings and the reason for the call are problem questions.
    ['And how happy are the planners with the current tool, honestly?', 'problem'],
    ['Do you get any visibility into which jobs run over before the invoice goes out?', 'problem'],
    ["What's the cancellation rate on the Monday slots?", 'problem'],
    ['What did the inspection findings mostly cover?', 'problem'],
    ['So what got you to take a look at this now?', 'problem'],
    ['Tell me more about that.', 'problem', 'Honestly the bit I struggle with is getting the site reports in on time.'],
    // Decision criteria (see the rules-only check below) and small talk are situation.
    ['hi Tom, how\'s it going', 'situation'],
    ['Could we do quick introductions and what each of you wants to get out of the call?', 'situation'],
    // Wanting to tackle a problem is the value of solving it.
    ['Is fixing that something you want to tackle before the busy season?', 'need_payoff'],
  ]);
});

describe('pitch', () => {
  table('pitch', [
    // What our product does to their data, and what we grant.
    ['Our AI matches each delivery note to the purchase order and flags the gaps.', true],
    ['We have a three way messaging tool that confirms the slot before it books.', true],
    ['We archive every chat your brokers send and keep it searchable.', true],
    ['We can also mask the customer names in the exports.', true],
    ['We usually have clinics like yours live in six weeks.', true],
    ['Honestly we do barcode scanning and route printing, the drivers love it.', true],
    ['And if you start before June we waive the setup.', true],
    // Price in other shapes.
    ["It's 249/mo per site, cancel anytime.", true],
    ["We're raising prices for new accounts in the spring.", true],
    // Work for other customers and our procurement vehicles.
    ['That is the same migration we did for a hospital group in Leeds last year.', true],
    ['We have a 30-bed clinic in Ghent that switched in the autumn, they would happily talk to you.', true],
    ['Most counties buy through the state contract we hold, so there is no tender.', true],
    ['Yes, four of the largest regional banks in the country.', true],
    ["That's pretty much what Field Ledger does.", true],
    // Offers of a trial or demo.
    ["I'll spin up a sandbox so your team can try it on a real file.", true],
    ["Then let's book the demo for your ops lead.", true],
    // What comes with it, said without "we" or "our" (found on fresh4/fresh5, written anew here).
    ['Sage, Xero and QuickBooks Online are all supported, and the mapping carries over.', true],
    ["Audit trails? That's baked in, every edit is stamped.", true],
    ['It hooks straight into Active Directory, so accounts come across on day one.', true],
    // Other customers as proof.
    ["We've got dozens of happy clinics on it already, happy to connect you.", true],
    ['Every store we\'ve rolled out to says the same thing about the rota.', true],
    ['Harbor Foods and Velo both rolled this out in the spring.', true],
    ['A dairy co-op in Vermont, about your size, cut spoilage by a fifth in the first year.', true],
    // Not ours, or not an offer.
    ['How many trucks are you running at the Leeds depot?', false],
    ['So you handle payroll for about 40 clinics plus the head office?', false],
    ["Just so you know, I'm not going to do a demo today, I'd like to hear about your process first.", false],
    ["I'll put together a short pilot plan and send it over.", false],
    ['Our onboarding queue is packed in spring, so I would not wait.', false],
    // Found on fresh6, written anew: scope, a price tier in words, positioning, a purchase it pays for.
    ['It covers the whole contract, from the first quote to the final invoice.', true],
    ['Teams your size usually sit in the plan that starts around twelve thousand a year.', true],
    ["And that's exactly where this shines, because the rota fills itself.", true],
    ['Honestly this basically pays for the new van by itself.', true],
    // Found on fresh7-9, written anew: showing it, what it is for, price against a loss, peers that run it.
    ['Can I hop over to the scheduling screen for a sec?', true],
    ["That's exactly what the low-stock alerts are for.", true],
    ['It works out cheaper than one missed delivery a month.', true],
    ['Three practices your size run it across every site.', true],
    ["I'll have our support lead call you tomorrow with the answer.", false],
    ["I'll make sure our team sends the security pack first.", false],
    ['What plan are you on with your current provider?', false],
    ['Is single sign-on supported by your current vendor?', false],
    ['Did a site in Leeds have the same outage last week?', false],
    ['So the new people are all supported by a buddy for the first month?', false],
    // Found on fresh17-21, written anew: a demonstration offered, other sites as proof, our people, their costs.
    ['Happy to arrange a 30-minute product demonstration for your planners.', true],
    ["We've done this at a couple of regional airports already, mostly in older terminals.", true],
    ['What does the downtime cost you per month, roughly?', false],
    ['The standard plan is 400 dollars per site per month.', true],
    // Found on fresh16-21, written anew: what the price includes, a price rise, a result claimed for the
    // product, the AI doing the work, and a yes to their question about what we offer.
    ["It's included in the annual licence for up to ten users.", true],
    ['Worth knowing the price increase lands in April.', true],
    ['One avoided recall covers it five times over.', true],
    ['With the scheduler cutting overtime by around 20 percent, your leads get their evenings back.', true],
    ['The AI handles any file format you send it.', true],
    ['It does, every alert can go to a shared inbox as well as the phone.', true, 'Can it send alerts to a shared inbox?'],
    ["It does take a while, yeah. How long did the last one run?", false, 'Honestly the month-end close takes forever.'],
    ['How would you normally run a pilot for something like this?', false],
    // Found on fresh22-27, written anew.
    ["Ours don't crack in the cold. Not an issue.", true],
    ['Say we pilot five vans for a month, install on our dime.', true],
    ['It drops straight into whatever historian you run.', true],
    ['It uses the published API, so nothing changes in your core system.', true],
    ['Would the week of the 9th suit you for a short demonstration?', true],
    ["I'll put one together with a case study from a firm your size.", true],
    ['So it could more or less pay for itself in the first winter.', true],
    ['Quick agenda: I want to hear how you plan routes today, and then we can see if we are a fit.', false],
    ['Before I say anything about our product, who else would weigh in on a decision like this?', false],
    ['What would a pilot have to show for your CFO to take it seriously?', false],
    ['Honestly, clinics are the number one target for phishing right now.', false],
    ["How many jobs have you got live at any one time?", false],
    ['We can get into pricing later. Who signs off on tools like this?', false],
    // Found on fresh28-33, written anew.
    ['We currently run patient messaging for twelve dental groups across the state.', true],
    ["I'll send the spec sheet and pricing over tonight.", true],
    ['Because the billing team is swamped, our work queues rank every claim by what it is worth.', true],
    ["What's utilisation running at for the north depot?", false],
    ["I'll keep us on track, I promise. Who owns the rota today?", false],
    ['How do discount approvals work on your side today?', false],
    ['Are all of your sites certified to ISO 9001, or just the main plant?', false],
    ["I'd mostly like to listen today, and if it looks like we can help we'll work out a next step.", false],
    // The customer's own figure repeated back is not our price.
    ['Right, so $450 a month for a system nobody trusts.', false, "We pay $450 a month for the old system and nobody trusts it."],
    ['Ours comes in at $450 a month for the whole team.', true, 'We pay about $600 a month now.'],
  ]);
});

describe('decision criteria and offers of a next step are situation to the rules', () => {
  // Coders call 125 of 194 decision-criteria questions in the labelled sets situation (the rest need-payoff), and 193 of 320
  // offers ("Would it help if I…"). The model may overrule the rules' type when it is at least 0.7 sure (see
  // ./model/README.md); on such questions it had not been trained on (five folds), that changed none. So this checks the
  // rules' own reading.
  it.each([
    'What would your board need to see before approving it?',
    'What does finance want to see before they sign off on a pilot?',
    'Would it help if I sent the security pack over to IT this week?',
    'Would it be useful to see how two other clinics set up their rotas?',
  ])('%s', (text) => {
    expect(analyzeByRules(text).spin).toBe('situation');
  });
});

describe('a failure that got through is implication to the rules', () => {
  // "Has a wrong dose ever made it out to a ward?" asks whether the problem reached someone, which the rules read as
  // implication. Coders split on "has X ever slipped through / made it out" (3 problem, 1 implication in the labelled
  // sets) and the model, at p >= 0.7, hears problem here. So this checks the rules' own reading.
  it('Has a wrong dose ever made it out to a ward?', () => {
    expect(analyzeByRules('Has a wrong dose ever made it out to a ward?').spin).toBe('implication');
  });
});

describe('our people are not our product', () => {
  // The rules read "our … specialist" as a person. The learned model can still hear product talk in "our"
  // and "bring" (p just under 0.5 here): a known weakness, so this checks the rules' own reading.
  it.each(["I'll bring in our data migration specialist for the Thursday call.", 'yes, I will loop in our clinical solutions person.'])('%s', (text) => {
    expect(analyzeByRules(text).pitch).toBe(false);
  });
});

describe('value-linked pitch', () => {
  table('valueLink', [
    ['Our dispatch app was built for exactly those weekend crews, so the handover notes are never lost.', true],
    ['Given what you have said about audits, our audit log tracks every change with a timestamp.', true],
    ['Our app texts the tenant the moment a repair is booked, so nothing slips like that boiler job did.', true],
    ['Our portal keeps every signed form in one place, so the missing-form mess cannot happen again.', true],
    ["Our scheduling app fills the gap the same day instead of waiting for someone to call round.", true],
    ['Our dashboard ranks every site by spend, which speaks directly to the question your CFO keeps asking.', true],
    ['Our platform has a clean mobile interface.', false],
    // Found on fresh13-15: a demo offered "so you can see it" is not tied to a need they stated.
    ['Let me set up a trial on your own files so you can see the matching for yourself.', false],
  ]);
  // A pitch in the same breath as restating their point, and one only the learned model hears.
  // Found on fresh16-21, written anew: the link named outright, and a summary that names the product as the fix.
  table('valueLink', [
    ['Our route planner flags late pickups an hour ahead, which covers the depot delays you just described.', true, 'Honestly the depot delays are killing us every Monday.'],
    ["That's the gap Harbourline fills: it matches every invoice to its delivery note overnight.", true, 'Matching invoices by hand takes us three days a month.'],
  ]);
  it('reads a summary that names the product as the fix as a reflection and a linked pitch', () => {
    const prev = 'Our finance lead tracks write-offs every month and she hates that number.';
    const a = analyzeTurn('So your finance lead is already watching the exact number this fixes. Who else would weigh in?', { prev });
    expect(a).toMatchObject({ reflect: true, pitch: true, valueLink: true, question: 'closed' });
  });
  it('links a pitch made right after restating what they said', () => {
    const prev = 'Every Friday someone re-keys the timesheets from paper, and we still get overtime wrong.';
    const a = analyzeTurn('So Fridays go on re-keying and the overtime still comes out wrong. Our mobile app syncs timesheets straight into payroll.', { prev });
    expect(a).toMatchObject({ reflect: true, pitch: true, valueLink: true });
  });
  it('links a pitch the model heard when it points back to what they described', () => {
    const prev = 'When the auditor asks who moved a shift, we spend two days digging through emails.';
    const text = 'Every change on the schedule gets logged with who made it and exported in one click, given what you said about the auditor.';
    const a = analyzeTurn(text, { prev });
    expect(a).toMatchObject({ pitch: true, valueLink: true });
    expect(a.reasons).toContain("value-linked pitch: ties it to what you heard ('given what you')");
  });
});

describe('pressure', () => {
  table('pressure', [
    ['Our summer slots are almost gone, so I would grab one now.', true],
    ['Our install team books up fast, so you need to decide this week really.', true],
    ['The sooner we have the signed form the better, honestly.', true],
    ['Honestly I would not wait until the new budget year.', true],
    ['Every practice that holds off ends up paying for it later, it is just a matter of time.', true],
    ['If the inspector finds it first, that is your name on it.', true],
    ['Great, so when we get you started on Monday our team will load the data.', true],
    ['Everybody says that until they see their own numbers.', true],
    ['Would it help to set up a call with your finance lead next week?', false],
    ['How much time does the team lose when the queue is full?', false],
    // Found on fresh4/fresh5 (never tuned on before), each written anew here.
    ["Single sign-on? No customer has ever had an issue with that, so it's not something you need to worry about.", true],
    ['Great, I will email over the order form tonight so we lock in the March rate.', true],
    ["I'll bring the contract Tuesday so we can wrap it all up same day.", true],
    ['Honestly, can you really afford another winter of manual readings?', true],
    ["You're losing bookings every single day you wait, so I wouldn't sit on it.", true],
    ["Nah, you're overthinking it, the switch is painless.", true],
    ["I'll pop the agreement over tonight so we can lock in the spring rate.", true],
    ["My manager's kind of expecting me to get this signed this week, so it'd really help me out.", true],
    ["Honestly the data migration is a non-issue these days.", true],
    ["I'll send the recap with the order form so it's ready to sign when you are.", true],
    // Found on fresh16-21, written anew: concerns waved off as old news, deadlines, fear and guilt.
    ["That's what every plant manager says right before the next outage.", true],
    ["Honestly the file format won't matter at all, it reads everything.", true],
    ["Downtime during install is a classic worry, but it just isn't an issue anymore.", true],
    ["I'd need a decision by the 15th to hold that training slot for you.", true],
    ["Just remember the launch pricing won't be around for long.", true],
    ['Want me to grab one of those onboarding dates while they are still open?', true],
    ["One failed audit and you're looking at a six-figure fine.", true],
    ['The clinics that wait usually end up paying double when the rules change.', true],
    ['Your patients deserve better than a three-week wait, honestly.', true],
    ["I'll send the onboarding form tonight so you're ready to go live on Monday.", true],
    // Found on fresh22-27, written anew: exclusivity, a concern called beside the point, the cost of every day
    // of delay, an offer held only until a date, "you should be too", "on your watch", crews booked solid.
    ['Just so you know, we only work with one clinic per county.', true],
    ["Staffing's tight everywhere. That's not really the issue here.", true],
    ['Those were the old plastic ones. Ours are steel. Not an issue.', true],
    ["Every week you're holding off, another shipment goes out wrong.", true],
    ["Frankly, you can't afford not to fix this before winter.", true],
    ['I can only hold the pilot pricing until the end of the month.', true],
    ['Every facilities director I speak to is worried about this, and you should be too.', true],
    ["If a resident falls on your watch, nobody will ask which vendor you picked.", true],
    ["I'd move quickly though, our installers are booked solid into March.", true],
    ["I'll bring the agreement so you can sign it at the end of the demo.", true],
    ["Budget won't matter much when you're explaining an outage to the regulator.", true],
    // A concern taken seriously is not pressure.
    ['That is a fair concern, and it does matter, so let me find out properly.', false],
    ['We could start with the north site only, so the contract renewal is not an issue.', false],
    ["I'll go ahead and pencil in a kickoff for the 3rd so we don't lose momentum.", true],
    ['Would a kickoff in March suit your team, once the board has signed off?', false],
    ['Has anyone on your team had an issue with the current login?', false],
    ['Would you like me to send over a sample contract for your legal team to review?', false],
  ]);
});

describe('reflection', () => {
  table('reflect', [
    // Found on fresh22-27, written anew.
    ['I can hear how much that weighs on the whole team.', true],
    ["That's such a mixed feeling, all that growth and no one to handle it.", true],
    ['That sounds genuinely frightening for a small office.', true],
    ['Righto, so it really comes down to trust in the numbers.', true, "Honestly it's a trust thing, nobody believes the numbers."],
    ["Thursday it is. I'll send a short recap of what you told me today, the late pickups, the two lost drivers and the fuel bill.", true, 'Thursday works. Honestly the late pickups are what hurt, we lost two drivers over them.'],
    ['Perfect, first week of March it is. Thanks again.', false, 'The first week of March works better for us.'],
    ['With six depots and that much night work, what does overtime actually cost you?', false, 'We run six depots and a lot of it is night work.'],
    // Found on fresh16-21, written anew: feelings heard, a summary after "fair enough" or "so for you", and
    // "if I'm hearing you right" before the question it leads to.
    ["I can hear how draining it is when the same part fails twice in a month.", true],
    ['Sounds like a tricky position, stuck between the board and the site teams.', true],
    ['It all sounds a bit chaotic for the planners.', true],
    ['Fair enough, so the night crew trusts the paper log more than the screens.', true, 'Honestly the night crew trusts the paper log more than any screen.'],
    ["Ha, so for you it's as much about getting weekends back as it is about the money.", true, 'I just want my Saturdays back, to be honest.'],
    ["So if I'm hearing you right, the vans leave full but come back with half the returns missing, where does that hurt most?", true, 'The vans leave full and come back with half the returns missing.'],
    ["I'm so sorry, that sounds exhausting for the whole crew.", true],
    ["Honestly 15% is brutal for a small practice.", true],
    ["That's a really awkward position to be in with the board.", true],
    ['Okay, let me play it back: the forms go missing and the auditors noticed.', true],
    ['So this is a cash problem now, not just a paperwork one.', true],
    ['Hi Sam, thanks for the time, I know Fridays are rough.', false],
    ["That's a hard thing to explain to parents if you wait.", false],
  ]);
  // Found on fresh4/fresh5 (never tuned on before), each written anew here.
  const prev = 'We have two schedulers for six clinics, and when one is off the other just drowns. Last month we lost a whole Saturday of bookings.';
  table('reflect', [
    // A frame said on its own announces the restatement after it.
    ['Sorry, just so I have it right — two people cover six clinics, and one day off sinks the other?', true, prev],
    ['Let me check I have got this: two schedulers, six sites, and no slack when someone is out. Anything I missed?', true, prev],
    // "It wasn't about X, it was about Y" reframes their point; naming how thin it is names the weight of it.
    ["So it was never really about the software, it was about having nobody spare.", true, prev],
    ["Huh, so a single sick day ends up costing you a Saturday's bookings.", true, prev],
    ["Two people across six clinics, that's thin.", true, prev],
    // A bare "got it" before the question is not reflecting. (Saying their date back first, "Okay, last month, got it.
    // Which Saturday was it?", is borderline: coders called such echoes before a question reflections 54 times in 63.)
    ['Okay, got it. Which Saturday was it?', false, prev],
    ['Ok and the Saturday bookings, how do they normally come in', false, prev],
    ['And when one scheduler is off, walk me through who picks up the phones.', false, prev],
  ]);
  // Found on fresh6 (scored once before any tuning), each written anew here.
  const prev6 = 'Bookings come in by phone, by the website and through two agencies, and none of them match up at month end.';
  table('reflect', [
    // A turn that opens by summing up in its own words, with or without the customer's.
    ['Right, so four doors in and no single ledger behind any of them.', true, prev6],
    ['Ok so basically every month end turns into a matching exercise across four channels.', true, prev6],
    // The feeling, named with any subject.
    ['Reconciling that by hand every month sounds draining.', true, prev6],
    ['Finding out from the agency statement must have been pretty unnerving.', true, prev6],
    ['Which leaves you in an uneasy spot with the auditors.', true, prev6],
    // A summary announced mid-sentence is said in the next one.
    ["Before we move on, let me check I've got the full picture. Four channels, no common record, and a month-end scramble. What did I miss?", true, prev6],
    // Found on fresh7-9, written anew: the feeling named mid-sentence or after the fact.
    ["It's a lot of hours, and it sounds like what worries you is the agencies finding out first.", true, prev6],
    ['Losing the Hartley account over a late invoice must have really stung.', true, prev6],
    ["That can't have been a fun call with the auditors.", true, prev6],
    ['I imagine that month end was a long one for the team.', true, prev6],
    ['Three agencies at fifteen percent a booking stacks up fast.', true, prev6],
    ["So this isn't only a bookings problem, it's the month-end close riding on it.", true, prev6],
    ['Before we go on, let me play back what I heard: four channels, no common record, and a scramble every month.', true, prev6],
    ['So check this out, the ledger pulls all four channels in overnight.', false, prev6],
    // Found on fresh10-12 (scored once before any tuning), each written anew here.
    ['Four agencies and not one statement that matches, that sounds genuinely disheartening.', true, prev6],
    ["That's a fair worry, you've spent years getting those agencies to trust you.", true, prev6],
    ["Makes sense the finance lead would be wary after last year's audit.", true, prev6],
    ["I'm hearing real fatigue in how you talk about month end.", true, prev6],
    ["A clean close by the fifth, no more late nights — that's what you're after.", true, prev6],
    ['I hear you, you have tried three tools already and none of them stuck.', true, prev6],
    ['Matching by hand is a dealbreaker for you, got it.', true, prev6],
    ['Wow, so when an agency is late, your team is the one who chases the money.', true, prev6],
    ['So you got burned by the last vendor and you are wary of a repeat?', true, prev6],
    ["I'm wondering what the weekend looks like, when nobody is around to reconcile.", false, prev6],
    ['Ha, classic. Okay so, um, I kinda just wanted to hear how bookings work end to end.', false, prev6],
    ["That's a hard thing to explain to your board if the agencies find it first.", false, prev6],
    // A "so" that moves the call on is not a summary.
    ["So here's the thing, the booking engine pulls all four channels into one ledger overnight.", false, prev6],
    ['So next week works for a follow-up with your finance lead and the two agencies?', false, prev6],
  ]);

  // Found on fresh34-39 (scored once before any tuning), each written anew here.
  describe('mirroring: their own words said back as a short sentence', () => {
    table('reflect', [
      ['A week late. What happens to the order when that happens?', true, 'The parts usually show up a week late, sometimes more.'],
      ['Lost the account. How did the team take that?', true, 'We lost the account in March because of it.'],
      ['Nobody checks them?', true, 'The logs are there, but honestly nobody checks them.'],
      // An acknowledgement or a bare figure said back is not their point.
      ['Makes sense. How many sites?', false, 'It makes sense for us to start small.'],
      ['Four hours. OK, and who signs off?', false, 'It takes about four hours every Monday.'],
    ]);
  });
  describe('feelings and formal frames', () => {
    table('reflect', [
      ["That's frightening. How often does it happen?", true, 'A patient got the wrong dose last month.'],
      ['That would have been a tough few months for you.', true, 'We were down a supervisor from June to September.'],
      ["That's hard on everyone, the crews and the dispatchers.", true, 'The crews have been pulling doubles since the storm.'],
      ['If I understand correctly, the delays start at intake; could you say more about that step?', true, 'Honestly the delays start at intake, before anyone even looks at the file.'],
      ['It would appear, then, that the reports are both late and hard to trust.', true, 'The reports come out two weeks after month end and half the time the numbers are wrong.'],
      ["Whew, so you're basically running two warehouses under one roof.", true, 'Half the stock is tracked on paper and half in the system.'],
      ['Just to recap on my side: fewer rekeyed orders, faster quotes, and one view of stock.', true, 'Yes, that would help.'],
      // A feeling word about something other than their situation is not one.
      ["Honestly that's hard to say until I see your numbers.", false, 'Would it work for us?'],
    ]);
  });
});

// Found on fresh34-39 (scored once before any tuning), each written anew here.
describe('pitch: customers counted, track record, free trials and demos, a yes about the product', () => {
  table('pitch', [
    ["For what it's worth, we've got around 1,100 dental practices on the platform. How do reminders go out today?", true, 'Reminders are mostly phone calls from the front desk.'],
    ["We've delivered over sixty implementations in county government, so the paperwork won't scare us.", true, 'Procurement here is slow.'],
    ["I'll send you a few names of practices already running on us in your state.", true, 'Can I talk to someone who uses it?'],
    ['How would the board feel if you came in with a free energy audit of one of your plants?', true, "They won't approve anything without proof."],
    ['Would Thursday work to see it running on a copy of your own data?', true, "Sure, I'd like to see it."],
    ["Yes, there's a built-in Xero connector. Who does the reconciliation today?", true, 'Do you integrate with Xero? We live in it.'],
    // Their numbers and their own operation are not our claims; a rate asked about is not our price.
    ['We have 40 people on the night shift, how many do you have?', false],
    ['Did you ever see the old system running at the other site?', false],
    ["I'll build the payback sheet around your $2.1M figure and send it Friday.", false],
    ['Understood. I would be interested to learn whether the hosted sites are billed per seat or per location.', false],
  ]);
});

// Found on fresh40-45 (scored once before any tuning), each written anew here.
describe('fresh40-45 constructions', () => {
  describe('SPIN: stakes, how it sits with people, where the setup lets them down', () => {
    table('spin', [
      ['What happens the day your only welder calls in sick?', 'implication'],
      ["Big target. What's riding on it for you personally?", 'implication'],
      ['How is all that sitting with the drivers?', 'implication'],
      ["How's it hitting the warehouse side?", 'implication'],
      ['How does a missed pickup land, cost-wise?', 'implication'],
      ['And where does the current setup let you down?', 'problem'],
      ["How's yours holding up when the season peaks?", 'problem'],
      ['Where else does the paper process get in the way?', 'problem'],
      ["Is there a week when a short trial wouldn't get in the way of the audit?", 'situation'],
    ]);
  });
  describe('question: "thru", "you could start by telling me", fillers, examples and afterthoughts', () => {
    table('question', [
      ['Walk me thru how a job gets quoted today.', 'open'],
      ['Perhaps you could start by telling me how bookings come in at the moment.', 'open'],
      ['OK. Do you mind, um, walking me through how a claim gets approved?', 'open'],
      ["So how does, um, how does a purchase like this get signed off, like who's involved and how long it takes?", 'open'],
      ["What's the tricky part of running it that way, if there is one?", 'open'],
      ["Which of your supervisors would push back, d'you reckon?", 'closed'],
    ]);
  });
  describe('pitch: counted customers in words, a connector we have, what our plan comes in at', () => {
    table('pitch', [
      ["Fair. We've well over three hundred bakeries on it now, and support answers in minutes.", true],
      ['Acme, nice — we have a native connector for Acme, yep. How long have you been on it?', true, 'We run everything through Acme.'],
      ['Our whole plan for 50 seats comes in under what you pay now.', true],
      ['Relay monitors every cooler and texts you when one drifts.', true],
      // Their people and a month doing something are not our product.
      ['So you have forty drivers on nights and twelve on days.', false],
      ["March gives us plenty of time to plan. I'll call you Thursday.", false],
      ["Makes sense, they're the people who'd live with it every day. Does Tuesday suit them?", false],
    ]);
  });
  describe('value link: "just so you have some context" introduces us, it does not tie to them', () => {
    table('valueLink', [
      ["Good to know. Just so you have some context on us, we're cloud-hosted and SOC 2 certified.", false, 'We keep everything on paper for now.'],
      ['Our app texts the driver so you never chase a signature again.', true, 'I spend every Friday chasing signatures.'],
    ]);
  });
});

// Found on fresh46-51 (scored once before any tuning), each written anew here.
describe('fresh46-51 constructions', () => {
  describe('pitch: "imagine getting…", "how nice would it be if…", "it does X too"', () => {
    table('pitch', [
      ['Imagine getting a flag on a bad batch before it ever ships — how much of that rework would just go away?', true],
      ['Imagine walking into the audit with every record already signed and nobody chasing a wet signature.', true],
      ['How nice would it be if every invoice matched itself overnight?', true],
      ["It does shift swaps too, for what it's worth. How do the nurses swap today?", true],
      // Asking them to imagine their own pain, or asking what the product does, is not presenting it.
      ['Can you imagine running that by hand for a whole year?', false],
      ['Does it do anything for shift swaps too?', false],
    ]);
  });
  describe('reflection: a feeling on its own, "must have rattled"', () => {
    table('reflect', [
      ['Brutal.', true, 'I was there until two in the morning re-keying orders.'],
      ['Stressful all around, then.', true, 'The auditors are in next week and half my team is out sick.'],
      ["I'm sorry, that must have rattled the whole crew. What happened next?", true, 'We had a forklift tip over in the yard last month.'],
      ['Great.', false, 'We signed off the budget yesterday.'],
    ]);
  });
});

// Found on fresh52-57 (scored once before any tuning), each written anew here.
describe('pressure: the clock, scarcity said as "almost all taken", a close taken for granted', () => {
  table('pressure', [
    ['Every week you run payroll by hand is another week of exposure to a filing error.', true],
    ["Our spring install dates are almost all taken, so I'd lock one in today.", true],
    ["Great, I'll put you down for the twelve-site bundle then.", true],
    ['Could we get your CFO on a call Thursday to kick off the paperwork?', true],
    ["One missed calibration and you're staring at a recall.", true],
    ['Every site is a little different, so what does yours look like?', false],
    ['Which dates are taken already on your side?', false],
    ['When would you want to start the pilot?', false],
  ]);
});

// Found on fresh58-63 (scored once before any tuning), each written anew here.
describe('fresh58-63 constructions', () => {
  describe('pitch: a customer won ("moved over to us", "left X for us", "one of ours")', () => {
    table('pitch', [
      ['Funny, Marlow Freight had the same setup when they moved over to us in March. How many dispatchers do you have?', true],
      ['That is what happened at Ashby Clinics before they came to us. What would that mean for you?', true],
      ['Oh, Pell & Co actually left Brightline for us last spring. Who else is involved in the decision?', true],
      ["I just got off a call with Delta Rentals, they're one of ours.", true],
      ['When did you move over to the new ERP?', false],
    ]);
  });
  describe('SPIN: how it is landing, how people are responding', () => {
    table('spin', [
      ["How's that been landing with your partners?", 'implication'],
      ['How is the board responding to the numbers?', 'implication'],
      ['How have the parents been reacting since then?', 'implication'],
    ]);
  });
});

// Found on fresh73-78 (scored once before any tuning), each written anew here.
describe('fresh73-78 constructions', () => {
  describe('pitch: a demo offered as "shall I", a screen-share, showing the report, a pilot proposed', () => {
    table('pitch', [
      ['Shall I set up a demo for you and the two site leads?', true],
      ['How about a quick screen-share on Thursday so your planner can click around the rota view?', true],
      ['Maybe a half-hour session where I show the variance report live, with your controller on the call?', true],
      ['Then a four-week pilot on one depot would be the simplest way to prove it out.', true],
      ['Happy to jump on with both of you so I can play them a recording of the voice prompts.', true],
      ['What would a pilot on your own data need to show before you called it a success?', false],
    ]);
  });
  it('the rules hear no offer in "whether a demo" and no track record in "a lot of thinking" (the model may still weigh the words)', () => {
    expect(analyzeByRules('I thought we could spend twenty minutes on how your depots run and then decide together whether a demo even makes sense.').pitch).toBe(false);
    expect(analyzeByRules("We've done a lot of thinking on our side about how to keep this call short.").pitch).toBe(false);
  });
  describe('pitch: our story, our track record, what pays for the system, a yes about the product', () => {
    table('pitch', [
      ['Funny enough, we started out building apps for ferry operators and only moved into rail later.', true],
      ["We've been doing this since 2011, mostly for regional distributors.", true],
      ["Honestly, we've done loads of Sage migrations, it's the easy part.", true],
      ["We've got nine bus operators in Scotland on the platform already.", true],
      ['Avoiding one recall pays for the sensors about twice over.', true],
      ['Our hub pulls the readings every minute and the controller texts whoever is on call.', true],
      ['For sure, it’s a one-day install and the readings start flowing the same afternoon.', true, 'Does it work with the old boilers?'],
    ]);
  });
  describe('pitch: their money and their quantities are not our price', () => {
    table('pitch', [
      ['So on top of the late shipment you lost $8,000 in penalties. What else went wrong that month?', false],
      ['What would it mean for the budget if that $60k had stayed with the branch?', false],
      ['Three years of delivery logs per depot. Could you send those over by Monday?', false],
      ['It’s priced per vehicle, and the tablets are included.', true],
    ]);
  });
  describe('reflection: how it would feel to me, a jolt, not a nice place to be, "I get that you…"', () => {
    table('reflect', [
      ["Oof, I'd find that pretty exhausting, chasing the same three suppliers every single Monday.", true],
      ['That must have given the whole team a nasty scare. What did the insurer say?', true],
      ["Right, that's not a comfortable position to be in. Who else knows about it?", true],
      ["Completely understand that you don't want another system for the drivers. How do they log trips now?", true],
      ["I'd find that report useful too, could you send it over?", false],
    ]);
  });
  describe('reflection: a "so" that opens a pitch only the model hears is not a summary', () => {
    const prev = 'Chasing fees takes up half of Mondays.';
    table('reflect', [
      ['Okay so with Feewise, parents get a link, pay on their phone, and the reminders go out every three days until it clears.', false, prev],
      ['Yeah so out of the box there are payment plans, automatic reminders and a daily export to your accounts package.', false, prev],
      ['So chasing fees eats half your Monday, every week.', true, prev],
    ]);
    table('pitch', [
      ['Okay so with Feewise, parents get a link, pay on their phone, and the reminders go out every three days until it clears.', true, prev],
    ]);
  });
});

// Found on fresh79-84 (scored once before any tuning), each written anew here.
describe('fresh79-84 constructions', () => {
  describe('pitch: a demo suggested, a unit brought to show, what we would put in, a rate held, "it handles that"', () => {
    table('pitch', [
      ["I'd recommend a demo with you and your two shift leads, whenever suits.", true],
      ["How 'bout I set up a live demo for you and the office team next week?", true],
      ["Shall I book the site visit for the 9th, and I'll bring a sensor along to show the crew?", true],
      ["For the loading bay we'd probably go with a ceiling-mounted counter instead.", true],
      ['Leave it with me, I can get finance to hold the 45 rate until your board meets.', true],
      ['Oh yeah, it handles all of that, the crews never touch it.', true, 'Can it cope with the night shifts as well?'],
      ["We'd go with a call on Tuesday if that works for you?", false],
    ]);
  });
  describe('reflection: saying back the day of the next call is not a reflection', () => {
    table('reflect', [
      ['Speak Monday. Good luck with the audit.', false, "Let's speak Monday then."],
    ]);
  });
});

// Found on fresh85-90 (scored once before any tuning), each written anew here.
describe('fresh85-90 constructions', () => {
  describe("pitch: our connectors, loan units, our footprint, \"ours don't\", a yes that names a feature", () => {
    table('pitch', [
      ["We've got connectors for most payroll systems, Sage included.", true],
      ["We've got ready-made integrations with the big ticketing platforms, which one are you on?", true],
      ['Would it help if I sent a couple of loan units over so your techs can try them on a real job?', true],
      ['We run yard planning at 40 depots across the UK, so I know the patterns.', true],
      ["Ours basically don't drift, so the monthly calibration goes away.", true],
      ['Yep, two-way sync with Xero, nothing gets typed twice.', true, 'Does it hook into Xero?'],
      ['Yeah, open API, and it talks to most of the warehouse systems out there.', true, 'Does it connect to anything?'],
    ]);
  });
  describe('pitch: their losses and their places are not our price or our product', () => {
    table('pitch', [
      ['So roughly $40k a year walking out the door on spoiled stock, just from that one freezer.', false],
      ["That's about 60 grand a year gone on overtime. Who signs that off?", false],
      ['Summer is when your Denver routes blow up, right?', false],
    ]);
  });
  describe('pressure: "not a question of if", "do you want to be the one who", the last few, whoever waits', () => {
    table('pressure', [
      ["With pumps that old, it's not a question of if one fails this winter, it's when.", true],
      ['Do you really want to be the one who explains a missed recall to the board?', true],
      ["I'd hate to be around when the auditor finds that gap.", true],
      ["Heads up, we're down to the last two install slots before Christmas.", true],
      ['In my experience councils that wait usually end up paying twice.', true],
      ['Every month you leave it is another batch of orders keyed by hand.', true],
      ["I'd hate to waste your time, so tell me if this isn't a fit.", false],
      ['What would it take for you to feel you were not the last to know?', false],
    ]);
  });
  describe('question: "how often is that…" without a mark, "when the plan changes" is theirs, "help me get a sense of"', () => {
    table('question', [
      ['So the vans sit idle half the morning. How often is that happening, per month', 'closed'],
      ['How long was the line down for, roughly', 'closed'],
      ['Do you mind walking me through how the dispatchers decide who goes out when the plan changes?', 'open'],
      ['Help me get a sense of who signs off on a change like this.', 'open'],
      ["The plan for today is to hear how things run and then decide together what's next.", 'none'],
    ]);
  });
});

// Found on fresh91-96 (scored once before any tuning), each written anew here.
describe('fresh91-96 constructions', () => {
  describe('pitch: a discount we give is a price; the discounts they give away are their trouble', () => {
    table('pitch', [
      ['We can give you a multi-site discount if all four stores come on together.', true],
      ["There's a 10% discount if you commit to two years.", true],
      ['So a late van means a refund, and sometimes a discount on top. Who decides that?', false],
      ['So one order in ten ships at a twenty percent discount because it went out late?', false],
      ['Just so you know, we look after bookings for about thirty UK theatres right now.', true],
    ]);
  });
  describe('pressure: "everyone thinks that until", the contract sent with the invite, straight to paperwork', () => {
    table('pressure', [
      ['Honestly, everybody says that right up until the inspector turns up.', true],
      ["Great, I'll send the agreement over with the invite so you can sign on the day.", true],
      ["I'll have the order form ready alongside the demo, so we can go straight to signing.", true],
      ['Most sites your size, I just write the order up off the first call.', true],
      ["I'd hate to see this stall while the committee is on holiday.", true],
      ["I'll send the recap with the invite so everyone has the same notes.", false],
    ]);
  });
});

// Found on fresh97-102 (scored once before any tuning), each written anew here.
describe('fresh97-102 constructions', () => {
  describe('pitch: what our customers get, references, a free trial "no cost for you", awards taken, a named product that has a view', () => {
    table('pitch', [
      ['Most of our clinics see no-shows halve in the first quarter.', true],
      ['I can send you a couple of references after this, both happy to talk.', true],
      ["We'd run the pilot on one line for a month, no cost for you.", true],
      ['Quick brag, we took the regional innovation award again this year.', true],
      ['If you sign this week I can lock today’s price for all three sites.', true],
      ['Gridwise has a fault view that flags any feeder running hot.', true, 'We only find out when the breaker trips.'],
      ['Sure, we can do that. Who else should be on the invite?', false],
    ]);
  });
});

// Found on fresh103-108 (scored once before any tuning), each written anew here.
describe('fresh103-108 constructions', () => {
  describe('pitch: ours in use, piloting us, "we auto-…", our template, a rate held, covered three times over', () => {
    table('pitch', [
      ["There's a bakery in Leeds running ours on a twenty-year-old oven.", true],
      ['Everyone doubts it until they try ours.', true],
      ['Two trusts in the region are already piloting us.', true],
      ['We auto-match every delivery note to its order, so nobody types them twice.', true],
      ["We've actually got a tender response template that's been through three councils.", true],
      ["I'll hold the autumn rate for you until the board meets.", true],
      ['If one extra table a night books through it, you have covered it twice over.', true],
      ['We do the maintenance scheduling for about half the ferry operators in Norway.', true],
    ]);
  });
  describe('pitch: not the paperwork of a pilot, a report they might ask for, or empathy', () => {
    table('pitch', [
      ["I'll send the pilot agreement over this afternoon, thanks again.", false],
      ['Does your IT lead usually want a SOC 2 report before a call like this?', false],
      ['I can imagine having three spreadsheets for one rota is exhausting.', false],
      ['If she leaves, nobody else knows how the old system works.', false],
    ]);
  });
});

// Found on fresh109-114 (scored once before any tuning), each written anew here.
describe('fresh109-114 constructions', () => {
  describe("pitch: a named product's module, a price locked in", () => {
    table('pitch', [
      ["Honestly, Rotawise's got a holiday-planning module as well, it does the whole summer in one go.", true],
      ["Let's get the form over today and lock in the £900 before the new price list lands.", true],
    ]);
  });
  describe('pitch: not the logistics of a pilot they asked for, the customer showing their boss, "number one way or the other"', () => {
    table('pitch', [
      ['Great, which depot would you want to pilot at first?', false],
      ['When would a pilot fit best, before or after the audit?', false],
      ['If you could show her the overtime alone had halved, what would she say?', false],
      ["If you can't prove the number one way or the other, where does that leave you?", false],
      ["Let me check that with our product folks and come back to you today.", false],
    ]);
  });
  describe('pressure: "it\'s a when", "you don\'t want to be the one", first-ten offers going fast, "overblown"', () => {
    table('pressure', [
      ["With that many sites it isn't an if, it's a when.", true],
      ["You don't want to be the one explaining a missed recall to the regulator.", true],
      ["The intro price is only available to the first five schools, and it's going fast.", true],
      ['Honestly the data-protection stuff is totally overblown for a business your size.', true],
      ['When would suit you for a follow-up?', false],
    ]);
  });
});


describe('fresh121-126 constructions', () => {
  describe('pitch: "out of the box", a payback claimed, a customer "been with us", a price per annum', () => {
    table('pitch', [
      ['Yep, the Avaline reader pairs with both systems out of the box.', true],
      ['Most sites find the sensors pay back inside a year on fuel alone.', true],
      ["Happy to put you in touch with Marta, her clinic's been with us four years.", true],
      ['The standard licence is £4,200 per annum for up to ten users.', true],
      ['Let me show you what we do with the overnight data.', true],
    ]);
  });
  describe('pitch: not their own figure said back in thousands, leave asked to mention something, a demo only "if it\'s relevant", a turn that says it will not pitch', () => {
    table('pitch', [
      ['$25K a quarter in credits is a lot to eat. Who signs those off?', false, "We're giving back about $25,000 a quarter in service credits."],
      ['Right, $60K on rework. Is that across both plants?', false, 'We spent about sixty grand, $60,000, on rework last year.'],
      ['So $1.2M all in, is that just the fines or the clean-up too?', false, 'All in, the spill cost us 1.2 million.'],
      ['Mind if I mention how we deal with multi-site rotas?', false],
      ["Plan is I ask about how intake works today, and if it's relevant I'll show you what we do at the end.", false],
      ["I'm not going to pitch you anything today, I mostly want to hear how the season went.", false],
    ]);
  });
  describe('pressure: "don\'t worry about the…", "what every… says right before", "rolling the dice", "not if but when", signing on the call', () => {
    table('pressure', [
      ["Don't worry about the migration, it's honestly never a problem.", true],
      ["That's what every controller tells me right before the audit goes sideways.", true],
      ['The last hospital said the exact same thing before their cold room failed.', true],
      ["With four old compressors you're rolling the dice every summer.", true],
      ["Every single week you don't fix this is another truck going out half empty.", true],
      ["It's not if a tank overflows again, it's when.", true],
      ["Wouldn't you rather be the director who fixed it than the one explaining it to the board?", true],
      ["I'll bring the order form so you can sign it on the call Thursday.", true],
      ["We've only got a handful of install slots left this spring.", true],
      ["Don't worry about the short notice, Tuesday is fine.", false],
      ["You're worried the night staff will get left behind. What would help them most?", false],
      ['And the pallets left behind at the dock, who counts those?', false],
    ]);
  });
  describe('reflection: "I can hear how much…", a summary put as "would it be fair to say…?"', () => {
    table('reflect', [
      ['I can hear how much that night shift has worn on you.', true, 'Honestly the night shift has worn me down this year.'],
      ['Would it be fair to say the board is losing patience with the delays?', true, 'The board has asked about the delays at every meeting since March.'],
      ['Is it fair to ask what the budget is?', false, 'We have not set one yet.'],
    ]);
  });
  describe('question form: "might I ask how…" is open, "Meaning?" and "And then?" ask them to go on; the rep offering to share is no question', () => {
    table('question', [
      ['Might I ask how the trustees felt about the last audit?', 'open'],
      ['May I ask which payroll system you use?', 'closed'],
      ['Meaning?', 'open', 'Stock is technically fine. Mostly.'],
      ['And then?', 'open', 'Then the driver rings the office.'],
      ["I'm happy to share how other councils have made the case to their cabinet.", 'none'],
      ['Let me share a little about what we do, then you tell me if any of it fits.', 'none'],
      ["So the plan, per my notes, is I'll ask about your depots and then show you a few screens.", 'none'],
      ['Your reports go straight to the regulator, which could save Anna most of a week.', 'none'],
    ]);
  });
});

describe('fresh133-138 constructions', () => {
  describe('pitch: "it does integrate with…", "more with us", customers who switched to us or use us, "we make … software for", "pays back fast"', () => {
    table('pitch', [
      ['It does integrate with Xero, so no double entry. Who handles the books?', true],
      ["You'll get far more with us than with the spreadsheet.", true],
      ['A third of the clubs in your league have already switched from Teamly to us.', true],
      ["I'll bring figures from two councils like yours that use us.", true],
      ['Hi Dana, Sam from Crewly, we make rostering software for care homes.', true],
      ['Once the line is steady, the sensors pay back fast.', true],
      ["The engine only suggests the slots that fit each driver's hours.", true],
    ]);
  });
  describe('pitch: not their certified staff, their overrun in dollars, a leading-edge part, "our kids", leave asked to share', () => {
    table('pitch', [
      ['How many certified technicians do you have on nights?', false],
      ['So the $30,000 overrun on the roof job, how did the board take it?', false],
      ['Which leading-edge parts give you the most scrap?', false],
      ['Our kids actually play in the same league, small world. How long have you run it?', false],
      ["Would it be all right if I shared how we've handled this for other trusts?", false],
    ]);
  });
  describe('value-linked pitch: not a demo so "the team can actually try it"', () => {
    table('valueLink', [['I can bring a demo kiosk to the Leeds site so the team can actually try it.', false, 'The Leeds site is where most of the queues are.']]);
  });
  describe('pressure: the contract sent before needs are known, "a verbal yes today", "can\'t risk another year", "overthink", a risk they want to carry', () => {
    table('pressure', [
      ['Great, so can I send the order form over this afternoon?', true],
      ["Let's get finance on Monday's call so the paperwork can move before the holidays.", true],
      ["Can we say you're in, subject to the site visit?", true],
      ["I'll hold the launch price if you give me a verbal yes today.", true],
      ["You can't risk another winter on the old boilers.", true],
      ['Nobody in food retail can afford to be counting fridges by hand now.', true],
      ['Honestly, most teams overthink the migration, it takes an afternoon.', true],
      ['Is that a risk your board wants to carry into the audit?', true],
      ["I'll pencil the install in for the 9th, it's easier to cancel than to find a slot later.", true],
      ['Would it help if I sent the case study over before Thursday?', false],
    ]);
  });
});

describe('fresh127-132 constructions', () => {
  describe('pitch: "would it suit" a demo, "our X only answers…", "fit ours", a rating on the app store, sample units shipped, "no charge", "both preloaded", "cheaper than"', () => {
    table('pitch', [
      ['Would it suit to get you and the site lead on a demo next week?', true],
      ['Our scheduler only books slots your managers have opened.', true],
      ['Most depots fit ours during the spring service.', true],
      ['Nurses rate it 4.7 on the app store, so adoption is rarely the problem.', true],
      ["I'll ship you three sample trackers on Monday.", true],
      ['We can run it on one line for a month, no charge.', true],
      ['Xero and Sage are both preloaded.', true],
      ["Honestly it's still way cheaper than a second dispatcher.", true],
    ]);
  });
  describe('pitch: not "a bit about us at the end", "our product" left for the end, something that "doesn\'t pay for itself", the pilot order form or dates', () => {
    table('pitch', [
      ["I thought we'd talk about how intake works, and I'll say a bit about us at the end if that's alright.", false],
      ["I'd suggest we spend the call on your process and leave our product for the end.", false],
      ["I'd never want you buying something that doesn't pay for itself. How would you judge that?", false],
      ["I'll send the pilot order form tonight so Dev can sign it this week.", false],
    ]);
  });
  describe('pressure: a lawsuit "waiting to happen", firms seen to fold, "the last ones left", "already moved", "just the reality", regret, urgency, a price that "goes to $…"', () => {
    table('pressure', [
      ['Every unlogged delivery is a dispute waiting to happen.', true],
      ["I've seen clinics your size fold over one data breach.", true],
      ["You're honestly one of the last practices left on paper.", true],
      ['Most labs in your network have already switched to something like this.', true],
      ["It's not alarmist, it's just the reality for hauliers right now.", true],
      ['Two of our customers waited a season and still regret missing the summer peak.', true],
      ['Is your board going to thank you for passing on a rate this low?', true],
      ["Honestly, this is urgent for any trust your size.", true],
      ["You can't afford to sit on this until the spring.", true],
      ["That's the early rate; after the launch it goes to $62K.", true],
      ["I'll send over the contract for both sites tonight.", true],
      ['The towels come out of the dryer and the machine folds them.', false],
    ]);
  });
});

describe('fresh139-144 constructions', () => {
  describe('pitch: our founder\'s story, "years behind us", "setup is super easy", "400 cafes run it", "we hook into…"', () => {
    table('pitch', [
      ['That is actually why our founder started the company.', true],
      ['Honestly the other vendors are years behind us on mobile.', true],
      ['And setup is dead simple, most teams are live in a week.', true],
      ['Something like 300 clinics run it already.', true],
      ['We hook into every major EHR out there.', true],
    ]);
  });
  describe('pitch: not leave asked to share, "before I describe our product", our software left to the very end, their staff "currently certified", a summary with their overtime bill', () => {
    table('pitch', [
      ["If it's alright, I'll share a little about how we might help, and you tell me if it fits.", false],
      ['Before I describe our product, let me check I have your priorities right.', false],
      ["I'd suggest we spend the hour on your process and only touch on our own software at the very end.", false],
      ["If the supervisors could see who's currently certified, what would that change?", false],
      ["Let me play back what I'm hearing: four sites, $38,000 in overtime, and no view of who's on shift.", false],
    ]);
  });
  describe('pressure: "you\'ll be the next…", "any delay is a risk", the last day for a discount, "the spot will go", "let\'s lock it in", putting them down for a package', () => {
    table('pressure', [
      ["Don't let it drift, or you'll be the next plant explaining a recall to the board.", true],
      ['Any delay here is a real compliance risk for you.', true],
      ["Remember Friday's the last day for that launch discount.", true],
      ['That 30% slot really will go if we wait.', true],
      ["It's a no-brainer, let's just lock it in.", true],
      ["Great, I'm putting you down for the twelve-seat plan.", true],
    ]);
  });
});

describe('fresh145-150 constructions', () => {
  describe('pitch: demo offers as "would it be easier if I walked you through it", "I could demonstrate…", "show you quickly how…", "show it working on your files"', () => {
    table('pitch', [
      ['Would it be easier if I walked you and Sam through it on a screen share next week?', true],
      ['Would you mind if I set up a call at which I could demonstrate the rota engine?', true],
      ['Can I show you quickly how Tallyboard works?', true],
      ["Next step, a session where I show Folio working on a few of your own files?", true],
    ]);
  });
  describe('pitch: not their figure said back when they spelled it out, "our calendar" at fault', () => {
    table('pitch', [
      ['So $150 a unit, times forty. What does that do to the budget?', false, 'Each one costs us about a hundred and fifty bucks to replace.'],
      ['Twenty grand, or $20K a year. Who signs that off?', false, "It's about twenty grand a year, give or take."],
      ['Sorry I am late, our calendar put it in the wrong time zone.', false],
    ]);
  });
  describe('pressure: "the ones who ignore it end up…", "the guy explaining to corporate", a fear called a holdover, "fine isn\'t good enough", "next time it won\'t be…", a jury, the agreement prepared early', () => {
    table('pressure', [
      ['The clinics who ignore it end up rebuilding the whole schedule in August.', true],
      ['Do you want to be the manager explaining to the board why the numbers fell?', true],
      ["Honestly that worry's mostly a holdover from the old systems.", true],
      ["Fine isn't good enough with margins where they are.", true],
      ["Next time it won't be a late fee, it'll be the contract.", true],
      ["'We think so' isn't something you want to say in front of a regulator.", true],
      ["I'll have our legal team prepare the agreement so nothing holds up a March start.", true],
      ['Who would need to see the agreement before anything is signed?', false],
    ]);
  });
});

describe('fresh151-168 constructions', () => {
  describe('pressure: the cost of waiting made into a threat, "you\'ll wish you\'d…", "I\'d be wary of waiting", "most… that leave it… end up", eating their lunch', () => {
    table('pressure', [
      ["What's the worst that could happen if you hold off until the spring audit?", true],
      ['And what happens to your licence if you leave it another year?', true],
      ["When the next flood hits the basement store, you'll wish you'd tagged every box.", true],
      ["I'd be wary of delaying on this one, to be honest.", true],
      ['Most councils that leave it until budget season end up paying double for rush installs.', true],
      ['Meanwhile the two new clinics across town are eating your lunch on online bookings.', true],
      ['What happens if a delivery is late on a Friday?', false],
      ['What happens when you leave it in the oven too long?', false],
      ['I wish we had met sooner, this is a great use case.', false],
    ]);
  });
  describe('pressure: the paperwork brought to the meeting, a signature page ready, "get moving today"', () => {
    table('pressure', [
      ["Great, I'll bring the order form with me on Thursday so we can get it done there.", true],
      ["You'll find the signature page already filled in, just initial and send it back.", true],
      ['Honestly we have to get moving today if the tablets are going to arrive in time.', true],
      ['Should I bring the technician along on Thursday?', false],
      ['How did the move go, was the team up and running quickly?', false],
    ]);
  });
});

describe('fresh237-248 constructions', () => {
  describe('a rhetorical question that takes the answer for granted sells the value: need-payoff and a pitch; a bare tag only checks', () => {
    table('spin', [
      ["Isn't that exactly the visibility your depot managers keep asking for?", 'need_payoff'],
      ['Three clicks and the rota is out. Doesn\'t that beat chasing everyone on the group chat?', 'need_payoff'],
      ["Don't you want your auditors to find everything in one place?", 'need_payoff'],
      ["Honestly, who wouldn't want the invoices matched before they've had their coffee?", 'need_payoff'],
      ["So it's the warehouse team who books the couriers, isn't it?", 'situation'],
      ["And you've got four sites on the same rota, haven't you?", 'situation'],
      ["Don't you have someone who checks those readings?", 'situation'],
      ["Isn't it infuriating when one late delivery holds up the whole line?", 'problem'],
    ]);
    table('pitch', [
      ["Isn't that exactly the visibility your depot managers keep asking for?", true],
      ['Most sites see the payback inside a season — wouldn\'t that make the budget meeting easier?', true],
      ["Don't you think your members deserve a booking page that works on a phone?", true],
      ['So the close takes four days and nobody trusts the numbers, doesn\'t it?', false],
      ["Don't you have someone who checks those readings?", false],
    ]);
  });
  describe('pitch: "With <Product>, …" says what the customer gets with a named product; a person is not a product', () => {
    table('pitch', [
      ['With HarbourDesk, every berth request lands in one queue with the tide times attached.', true],
      ['And with Quayline your skippers see their slot before they leave the harbour.', true],
      ["With Priya, it's always the spreadsheet that causes the argument.", false],
      ['With Salesforce, how do you keep the contact records in step with the billing side?', false],
    ]);
  });
  describe('value link: in a turn that pushes, only a citation of what they said ties the pitch to it', () => {
    const prev = 'Our drivers keep missing the loading slots, so the trucks queue for hours at the gate.';
    table('valueLink', [
      ['Our slot-booking module texts each driver their window, so your drivers stop queuing at the gate.', true, prev],
      ["Since you said the trucks queue for hours, our slot-booking module is the fix, and the price goes up on Friday.", true, prev],
    ]);
    // Their words said back in a pushing pitch: the rules do not link it. Coders linked 167 of 430 labelled pushing pitches
    // that share two or more words with the customer's line, so the model may (its bar there is p >= 0.5, chosen out-of-fold).
    it('the rules link no pitch that only repeats their words in a turn that pushes', () => {
      const text = "Honestly that's not a real issue, everyone says that at first. Our module means the trucks stop queuing, so let's get the order in this week.";
      expect(analyzeByRules(text, { prev }).valueLink).toBe(false);
      expect(analyzeByRules(text, { prev }).pitch).toBe(true);
    });
  });
  describe('SPIN: how a hoped-for result would go down with the people who decide is need-payoff; how something did land is implication', () => {
    table('spin', [
      ['If the rota was done by Thursday every week, how would that go down with the ward sisters?', 'need_payoff'],
      ['How do you think a saving that size would play with the trustees?', 'need_payoff'],
      ['How did the missed deadline land with the trustees?', 'implication'],
    ]);
  });
});

describe('fresh249-260 constructions', () => {
  describe('SPIN: a tag question asks about the statement it hangs on; "Can you picture…?" and "Pretty slick, right?" sell the value', () => {
    table('spin', [
      ['Against the overtime you described, it pays for itself inside a quarter, doesn\'t it?', 'need_payoff'],
      ['Results like that speak for themselves, don\'t they?', 'need_payoff'],
      ['Can you picture the whole estate on one screen before your first coffee?', 'need_payoff'],
      ['Every van, every job, live on the map. Pretty neat, right?', 'need_payoff'],
      ['So the boiler alarms go to a shared inbox nobody watches, don\'t they?', 'problem'],
    ]);
    table('pitch', [
      ['Every van, every job, live on the map. Pretty neat, right?', true],
      ['So it was a pretty rough winter for the crews, right?', false],
    ]);
  });
  describe('SPIN: barriers, blockers, objections, "how bad", "worrying" and the toughest part ask what is hard', () => {
    table('spin', [
      ['What are the real barriers to getting the depots on one system?', 'problem'],
      ['Which of the clinics would be the toughest to win over?', 'problem'],
      ['What would the drivers object to most?', 'problem'],
      ['How bad has the backlog got since March?', 'problem'],
    ]);
  });
  describe('reflection: a bare nod to their worry ("I can imagine.", "That\'s a fair worry.") acknowledges; naming the weight of what they said reflects', () => {
    const prev = 'Honestly the night team has been running on fumes since the two seniors left.';
    table('reflect', [
      ['I can imagine. Who covers the weekend rota at the moment?', false, prev],
      ["That's a fair worry. Who signs off the agency spend?", false, prev],
      ['Ha, I can imagine, sorry. Who covers the weekend rota at the moment?', false, prev],
      ['Losing two seniors at once, that must be exhausting for whoever is left.', true, prev],
    ]);
  });
  describe('reflection: their want or worry said back in the second person ("You\'d rather not…", "Part of you wants…")', () => {
    const prev = "The last rollout was a nightmare. Part of me wants to switch, but I don't want to go through that again.";
    table('reflect', [
      ["You'd rather not go through another rollout like the last one.", true, prev],
      ['Part of you wants to switch and part of you is dreading another rollout.', true, prev],
      ["You'd rather not go through that again? What made it such a nightmare?", true, prev],
      ['You want to sign before the price goes up on Friday.', false, prev],
    ]);
  });
  describe('pitch: a screen shown to them ("So this is the admin view", "this little widget shows…") presents the product', () => {
    table('pitch', [
      ["So this is the admin view. Up here you've got labour cost by building, and this little widget shows who's late.", true],
      ['Here is the dispatch dashboard, every van on one map.', true],
      ['Is this the screen your planners use every morning?', false],
    ]);
  });
  describe('reflection: their dates and numbers after a "so" or an "oof", and "weigh in", are not their point said back', () => {
    table('reflect', [
      ["Mother's Day, the Super Bowl of flowers. So kick off the trial the week of Feb 24 and we're wrapped up way before May — does that work?", false, "Last week of February we breathe again. Then Mother's Day hits."],
      ["oof, fifty minutes. do you get loads of coaches? like how many on a busy day roughly, and do they book ahead or just rock up", false, "Queue goes out past the drawbridge and down the hill. We've had people wait fifty minutes in the sun. Then the coach parties arrive and it's worse."],
      ['Got it. And who else on your side would weigh in on something like this?', false, 'Jo handles that side with one of the nurses.'],
      ['So the reminders go out from four different systems and nobody owns them.', true, "Each site sends its own reminders from its own system, and honestly nobody really owns it."],
    ]);
  });
  describe('pressure: the sale assumed as a choice, a yes wanted now, a price held till a date, the risk waved away', () => {
    table('pressure', [
      ['So shall I send the DocuSign to you or to Gareth?', true],
      ['Which is better for the kick-off call, Monday or Wednesday?', true],
      ["Fair enough. So shall I put you down for the Gold package, then?", true],
      ['Of course. What would it take for you to say yes today?', true],
      ['So what do you need to see in the proposal to get this over the line this week?', true],
      ['Two weeks is a long time. Any way to fast-track that?', true],
      ['Can I at least hold the discount for you till Monday?', true],
      ["Yeah, that won't happen with us, mate. We do the whole migration ourselves.", true],
      ['You will. There is a ninety-day get-out, so there is zero risk.', true],
      ['How do experiments get signed off today?', false],
      ['For 23 sites it comes to about $6,200 a year, and we hold that price for three years.', false],
      ['Which day works for a call with your finance lead, Tuesday or Thursday?', false],
    ]);
  });
  describe('pitch: a short answer about what the product can do ("there\'s a Sage integration too", "It runs in any browser")', () => {
    table('pitch', [
      ["No problem, there's a Sage integration too. What's the biggest headache in the office?", true],
      ['Ha, they all are! We can import those. How many recipes are we talking?', true],
      ["It runs in any browser, so as long as you've got basic broadband you're good.", true],
      ['And it talks to pretty much every pharmacy system out there. What are you on?', true],
      ['Is there an export your finance team relies on?', false],
      ['There is a spreadsheet your team keeps, right?', false],
    ]);
  });
  describe('reflection: a reframe in a turn that pushes argues with them ("it\'s not about my month end, it\'s about saving you money")', () => {
    const prev = "Then it's gone. I'm not making a decision like this to hit your month end.";
    table('reflect', [
      ["It's not about my month end, it's about saving you money. Can we get the paperwork started today?", false, prev],
      ["So it's not really a software problem, it's a handover problem.", true, 'The software is fine, honestly. It falls apart when the day shift hands over to nights.'],
    ]);
  });
  describe('pitch: our price or offer held or running out, a deck, "let me show you…", "sells itself"', () => {
    table('pitch', [
      ["Look, what I can do is hold the thirty percent if you give me a letter of intent by the 30th.", true],
      ['Gareth is keen, and the spring pricing ends on the 31st.', true],
      ["I've got a quarter-end deal on TrackMint I can only hold for labs that commit by Friday.", true],
      ["Hi Mark, thanks for jumping on. I've got a few slides on Turnwise I think you'll like.", true],
      ['Let me show you reporting, because owners love this.', true],
      ["Honestly, it's the most complete system on the market right now.", true],
      ['Ouch, a whole month of your best slots going out at the cheapest price. What did that cost you?', false],
      ['So the worry is not really the price tag, it is paying for another tool nobody uses.', false],
    ]);
  });
  describe('question: a price mentioned on the way to a real question leaves it a question', () => {
    table('question', [
      ["So if I send the agreement over with the Friday pricing, you'll pass it to Helen?", 'closed'],
      ["I've got a short deck, twelve slides, I'll whip through it and then we can chat, sound good?", 'closed'],
    ]);
  });
  describe('value link: "because I think you\'re a great fit" gives our reason, not theirs', () => {
    const prev = "We've been on the same spreadsheet for nine years and the month-end close takes a week.";
    table('valueLink', [
      ["Our platform automates the close, and I'm reaching out because I think you're a great fit for us.", false, prev],
      ['Because your close takes a week, our auto-matching would give your team most of that time back.', true, prev],
    ]);
  });
  describe('pitch: a count of their own sites ("your team into 310 stores", their "26 stores" said back) is not our customers', () => {
    table('pitch', [
      ["I'd love to understand how a price change gets from your team into 140 branches today.", false],
      ['How often does that happen across the 26 depots, would you say?', false, 'We run 26 depots across the north-west.'],
      ['Over 300 depots rely on us for exactly this.', true],
    ]);
  });
});

describe('a turn with no punctuation at all still has its question found', () => {
  // Fully unpunctuated copies of fresh249-284 scored question kappa 0.39 before the run-on split, 0.63 after and 0.66
  // once a modal, "does" or "what happens" could start the question too.
  table('question', [
    ['that sounds painful what does it cost you each month', 'open'],
    ['yeah the audit was rough do you keep the logs on paper', 'closed'],
    ['ok cool how many vans do you run', 'closed'],
    ['ok cool how many vans go out on a monday', 'closed'],
    ['and roughly how many of those calls come in after six', 'closed'],
    ['what kind of fallout do you end up dealing with', 'open'],
    ['i know how much time it takes so no worries', 'none'],
    ['fair enough does she handle the payroll side too or just the bills', 'closed'],
    ['great i will email you the pen test would that be helpful do you think', 'closed'],
    ['we can do that for you and the team can keep the old reports', 'none'],
    ['so um we actually have CertiFlow has this thing where it checks the schedule for you', 'none'],
    ['the scheduler does it for you every night so nobody has to', 'none'],
    ['so when a parent enquires your coordinators only see tutors who are actually free', 'none'],
    ['walk me through what goes sideways when a driver calls in sick', 'open'],
    ['oh no. if she walks what happens to the review queue', 'open'],
    ['ok so when the data is late what happens with the client', 'open'],
    ['ah so the one person who did it left and now its just not happening', 'none'],
  ]);
});

describe('a turn with no punctuation: later question onsets split the run-on too', () => {
  // Unpunctuated copies of fresh393-416 (not used to write these rules): accuracy 0.734 -> 0.778 on the question label.
  table('question', [
    ['right that makes sense when does the board next sit', 'closed'],
    ['got it so three depots which of those hurts the most right now', 'closed'],
    ['we plug into xero already which payroll are you running', 'closed'],
    ['ok noted who else would need to be in the room for this', 'closed'],
    ['sure thing can i just grab twenty minutes with your finance lead next week', 'closed'],
    ['lovely would next thursday suit the two of you', 'closed'],
    ['fair enough is there a budget line for this already', 'closed'],
    ['yeah um sorry so how often do the vans come back late', 'closed'],
    ['right uh sorry how long does a new driver take to get up to speed', 'closed'],
    ['yeah fair um what sort of paperwork is your auditor going to ask for', 'open'],
    ['oh no um what what went wrong with the order after that', 'open'],
    ['okay and is um is there a budget for this yet or not really', 'closed'],
    ['Sure. Is, uh, is Friday any good for a call with the two of them', 'closed'],
    ['we plug straight into Xero so the invoices land on their own, pretty neat right', 'closed'],
    ["you're over in Leeds yeah", 'closed'],
    ['a nightmare in what way', 'open'],
    ['ha yeah the paper forms. so with all that paper how is that going for the front desk', 'open'],
    ['um and the team leads are they salaried or hourly', 'closed'],
    ['and apart from March are there other dates driving this', 'closed'],
    ['when the rota changes, does anybody else get told', 'closed'],
    ["we plug into Sage already. so which Sage are you on", 'closed'],
    ['no pressure at all. what time Friday works for her', 'closed'],
    ["it's all on your phone, wouldn't your drivers love that", 'closed'],
    ['Whatever works for you.', 'none'],
    ['and your planner is she full time or part time', 'closed'],
    ['no worries I can send the pricing want me to include the onboarding costs too', 'closed'],
    ['so the night drivers do they use the same app', 'closed'],
    ['how does that play out with the crews is this a one-off or does it happen a lot', 'closed'],
    ["what's the biggest headache is it the rota or the payroll side", 'closed'],
    ['how do you decide who gets the overtime', 'open'],
    ['fair enough. so say it went well on the first site what would that mean for the team', 'open'],
    ['That works. I will send the invite and what we covered today and what happens next', 'none'],
    ['right but are your drivers happy with the new rota', 'closed'],
    ['call it two hundred a month which next to one lost contract is nothing is it', 'closed'],
    ['we can do Tuesday at ten or Thursday at two, which suits', 'closed'],
    ['lovely so is Friday still good for the walkthrough', 'closed'],
    ['the install is Friday at ten and the training is after lunch', 'none'],
    ["oh ok so half the crews just ring in, that's um yeah", 'none'],
    ['the portal handles that side, what sorts of jobs go missing in the handover', 'open'],
    ['so it matters. if you had that tomorrow how much time do you think it would save', 'open'],
    ['Once you see the dashboard you will wonder how you managed without it.', 'none'],
    ['Sorry. Erm, what kind of problems does that cause for the night shift?', 'open'],
    ['Hi Jo, it\'s Sam from Rotaly. Sorry, I think I\'m a couple of minutes late?', 'none'],
    ['right so you kinda have your own backup crew for that', 'none'],
    ["okay so what's it like when two of the team call in sick", 'open'],
    ['the vans can do it themselves overnight so nobody waits', 'none'],
    ["i'll do that today and send the notes over", 'none'],
    ['my boss would want me to talk to the whole team first', 'none'],
  ]);
});


describe('fresh381-392 constructions', () => {
  describe('question: a proposed time, the tool they are on, "I wanted to ask how…"', () => {
    table('question', [
      ["How's Friday at half nine for the three of us?", 'closed'],
      ['Brilliant. How does the 12th look for a walkthrough with Mel?', 'closed'],
      ['How does the six-week wait affect the crews on site?', 'open'],
      ['And what are you on for payroll these days?', 'closed'],
      ['What is the team currently running for dispatch across the depots?', 'closed'],
      ['What else are you running alongside the old rota tool?', 'open'],
      ['So, um, I just wanted to ask how the handover works when a shift lead is off', 'open'],
    ]);
  });
  describe('pitch: the problem they named is what we fix; customers we onboarded', () => {
    table('pitch', [
      ["Honestly, that's exactly what we solve. How many of those calls land after six?", true],
      ["That's what the reorder alert is there to catch, so the shelf never runs dry.", true],
      ["We've onboarded three depots your size this spring.", true],
      ["So is that what your team is there to fix?", false],
      ["That's what I'd want to fix first too, if I were you.", false],
    ]);
  });
  describe('pressure: their trouble turned into a deadline or a threat', () => {
    table('pressure', [
      ["Which is exactly why you need the backup cover in place this week.", true],
      ['Honestly, it could just as easily have been you, one bad night and the lot is gone.', true],
      ['Anyone who quotes you less than that is cutting corners.', true],
      ["If you don't upgrade, the late deliveries will keep happening.", true],
      ['That is why you asked for the breakdown, and I will send it today.', false],
      ['If you do not want the add-on, we can keep the plan as it is.', false],
    ]);
  });
  describe('pressure: leaving made to sound dire, a worry waved off, "time-sensitive"', () => {
    table('pressure', [
      ['Honestly, switching providers mid-contract is a nightmare, I would not do it.', true],
      ["If you cancel now you'd be walking away from all of that.", true],
      ['Every month you go without it is money out the door.', true],
      ["Most people don't think about it until it's too late.", true],
      ["It was a one-off, I wouldn't read anything into it.", true],
      ["I've got some news and it's a bit time-sensitive.", true],
      ["So the staff only find out until it's too late to fix anything?", false],
      ['Switching sounds like it was a nightmare last time, what went wrong?', false],
    ]);
  });
  describe('value link: their worry named back, "which is why you need…"', () => {
    table('valueLink', [
      ["And our mail filter catches the invoice fraud you're worried about.", true, 'We had a fake invoice paid last month.'],
      ['Which is why you need our priority tier: a named coordinator and next-day dispatch.', true, 'Three sites were left waiting a week.'],
      ["That's the kind of thing our stock alerts catch before it bites.", true, 'The line stopped twice for a missing bearing.'],
    ]);
  });
  describe('pitch: not yet pitching, "if anything we do turns out…", "before we do anything", "we\'re also applying…"', () => {
    table('pitch', [
      ["I'd rather hear how the depot runs before I say a word about our software.", false],
      ["If anything we do turns out to be useful, we'll come back to it at the end.", false],
      ["Send the contract over and I'll have it read before we do anything with it.", false],
      ["Honestly, I've got a feeling we're gonna do something big together.", false],
      ['Our scheduler turns a week of rota work into ten minutes.', true],
      ["We're RotaDeck, the scheduling app most care groups in the north already use.", true],
    ]);
  });
  describe('reflection: an unpunctuated question reuses their words to ask, it does not play them back', () => {
    table('reflect', [
      ["ok so what's the part of the rota that isn't working", false, "Most of the rota is fine, it's the weekends that aren't working."],
      ["So the weekends are the part that isn't working.", true, "Most of the rota is fine, it's the weekends that aren't working."],
    ]);
  });
  describe('reflection: empathy said as "I can see why…", "I can hear the frustration", "that caution makes sense"', () => {
    table('reflect', [
      ["Yeah, I can see why that would wind you up.", true],
      ['I can hear the frustration in that, and fair enough.', true],
      ['That caution makes complete sense after last year.', true],
      ['I can see why we lost that one, our pricing was off.', false],
    ]);
  });
  describe('question: "…after what happened." states, it does not ask', () => {
    table('question', [
      ['I completely get why a deposit would feel risky after what happened.', 'none'],
      ['So when a driver calls in sick at six what happens', 'open'],
    ]);
  });
  describe('pitch: a price said in words, not their losses said in words', () => {
    table('pitch', [
      ["It's eleven pounds a user a month, and that's everything in.", true],
      ['For the whole group you would be on about three hundred and fifty dollars a site.', true],
      ['So that is over a hundred thousand pounds a year going out the door on overtime.', false],
      ['Call it two hundred quid a week just written off.', false],
    ]);
  });
  describe('SPIN: "why now", what bugs them, a praise tag with "huh"', () => {
    table('spin', [
      ['And why now, after six years on the old system?', 'need_payoff'],
      ['Why is this quarter the right time to sort it out?', 'need_payoff'],
      ['What annoys your dispatchers most about the current board?', 'problem'],
      ['Look at that, every depot on one map. Pretty neat, huh?', 'need_payoff'],
    ]);
  });
  describe('pressure: the start assumed as a choice, a warning, time shrinking, their case waved off', () => {
    table('pressure', [
      ['Which depot would you want to go live first, Leeds or Hull?', true],
      ['Which depot had the worst winter?', false],
      ["You don't want to be explaining another missed audit to the board.", true],
      ['Do you really want that happening again next Christmas?', true],
      ['Spring comes round faster than you think.', true],
      ['Install slots fill up quickly after Easter.', true],
      ['Everybody tells me their rota is unique, and it never is.', true],
      ['Everyone tells me the Leeds rollout went fine.', false],
    ]);
  });
  describe('question: an auxiliary and a noun-phrase subject open a question without a "?"', () => {
    table('question', [
      ['ok. is the warehouse team still on the old scanners', 'closed'],
      ['Right. Do the drivers ever skip the checklist when it rains', 'closed'],
      ['great, would next thursday work for you and Sam', 'closed'],
      ['Has the overtime bill gone up since the merger', 'closed'],
      ['Do your best with the numbers and send them over.', 'none'],
      ['The inspector taps the tag, does the checklist, and the photos go up.', 'none'],
      ['Okay is the new normal for most of our clients.', 'none'],
    ]);
  });
  describe('typed chat: "u", "ur", "whats", "dont" read as written out; a contact detail is one fact', () => {
    table('question', [
      ['r u still doing the rota by hand', 'closed'],
      ['ok and whats the hardest part of month end for ur team', 'open'],
      ['so how does that work thru the night shift', 'open'],
      ["What's the best email for Priya?", 'closed'],
      ["What's the number one thing you'd fix?", 'open'],
    ]);
    table('spin', [['ok so whats going wrong with the paper forms rn', 'problem']]);
  });
  describe('question: "I\'d be curious what…", "talk to me about…", "give me an example…"', () => {
    table('question', [
      ["I'd be curious what the auditors made of it.", 'open'],
      ["I'd be interested in how the night team copes with that.", 'open'],
      ['Talk to me about the weekend rota.', 'open'],
      ['Give me an example of a week where it fell apart.', 'open'],
      ["It'd help me to know what your MD looks for in a proposal.", 'open'],
    ]);
  });
  describe('question: a closing "how", a last fact asked without a "?"', () => {
    table('question', [
      ['Rota built how', 'open'],
      ['ok, patchy how tho', 'open'],
      ["That's how we do it at the other depots.", 'none'],
      ['Fair. Which depot', 'closed'],
      ['Who in procurement signs these off, usually', 'closed'],
      ['How many vans on the road, roughly', 'closed'],
      ['Which reminds me, the pilot is free.', 'none'],
    ]);
  });
  describe('question: "which", "who" or "when" after a comma continues a statement, unless it asks in question order', () => {
    table('question', [
      ['We send the DPIA template with the spec sheet, which should cover both of those.', 'none'],
      ['Our board shows the vans, who is off sick and who is covering.', 'none'],
      ['Sorry, which CRM are you on, if you do not mind me asking', 'closed'],
      ['So timing-wise, when are you hoping to have something in', 'closed'],
      ['Pilot at one depot, agreed. Which depot, and when is Carla free', 'closed'],
    ]);
  });
  describe('question: without a "?", an acknowledgement with "yeah", "eh" or "huh" is not a tag question', () => {
    table('question', [
      ['Excel, yeah. Most of our clients started there too.', 'none'],
      ['Cheers for squeezing me in between trucks, eh.', 'none'],
      ['Chaos, huh.', 'none'],
      ["So that's lost time for the whole crew, right", 'closed'],
      ['If people could book online that would help a lot, wouldn\'t it?', 'closed'],
    ]);
  });
  describe('question: the rep offering to do the telling, or setting the agenda as the call opens, asks nothing', () => {
    table('question', [
      ["Let me share a bit about how we'd approach it, and you tell me where it doesn't fit.", 'none'],
      ["I'll briefly describe how the scheduler works and you can tell me whether it's relevant.", 'none'],
      ["Hi Sam, thanks for the time. Before I say anything about us, I'd like to understand how bookings reach your team.", 'none'],
      ["That helps. I'd like to understand how bookings reach your team after six.", 'open', 'We get most of them by phone.'],
    ]);
  });
  describe('question: a rising "?" on a statement the rep hedges about is uptalk', () => {
    table('question', [
      ["I think it syncs every fifteen minutes? Don't quote me, I'll check with our engineer.", 'none'],
      ["It's per site, so about four hundred a month? I'd have to double check that.", 'none'],
      ["Let me check I've got this right: the audit is in March and Dana signs off?", 'closed'],
      ["So the audit is in March and Dana signs off?", 'closed'],
    ]);
  });
  describe('question: the target, the budget or the system they are on is one fact', () => {
    table('question', [
      ["What's the target for new sites this year?", 'closed'],
      ['What accounting system are you on?', 'closed'],
      ["What's the budget picture look like for next year?", 'open'],
    ]);
  });
  describe('question: degree ("how confident", "how seriously"), "which part of that", an invitation spelt out by "who…"', () => {
    table('question', [
      ['How confident are you that the logs are filled in on the day?', 'open'],
      ['How seriously is the board taking it?', 'open'],
      ['How many depots are on the new system?', 'closed'],
      ['Which part of that eats most of your week?', 'open'],
      ['Which depot is the worst for it?', 'closed'],
      ["Talk me through the night shift, who's actually covering the phones?", 'open'],
      ['Tell me about the night shift, how many staff are on?', 'closed'],
    ]);
  });
  describe('SPIN: a sticking point, what weighs on them, what has bitten them, clunky, pushback', () => {
    table('spin', [
      ["What's usually the sticking point with finance?", 'problem'],
      ['Has the old scanner ever bitten you at an audit?', 'problem'],
      ['Where does the booking side feel clunky?', 'problem'],
      ['How much pushback are you getting from the drivers?', 'problem'],
    ]);
  });
  describe('question: a hope to hear with its "?", an offer said with a rising "?", "…, shall I…"', () => {
    table('question', [
      ["So I was hoping to just hear how the depot handles returns? If that's ok.", 'open'],
      ['Do you want to hear about pricing?', 'closed'],
      ["I'll send the summary over, and maybe we could do a demo with you and Graham sometime? If that's ok.", 'closed'],
      ["We've got a demo unit free in the Swindon showroom on Thursday, shall I pencil you in?", 'closed'],
    ]);
  });
  describe('question: "I think…?" and "I mean…?" are uptalk, "I mean, isn\'t that…?" still asks', () => {
    table('question', [
      ['So I think the install is about two weeks?', 'none'],
      ["I mean isn't that the whole point of the upgrade?", 'closed'],
      ["I'm guessing the audit is in March?", 'closed'],
    ]);
  });
  describe('question: "could you start by describing…", "tell me like how…", "do you mind kind of walking me through…"', () => {
    table('question', [
      ['Could you start by describing how returns are logged today?', 'open'],
      ['ok cool, can you tell me like how check-in works right now', 'open'],
      ['Do you mind kind of walking me through the Monday handover?', 'open'],
      ['Would it be okay if I asked how the results reach your stability sheets?', 'open'],
      ['Is it ok if I ask who else would be in on a decision like this?', 'closed'],
    ]);
  });
});

describe('pitch: owning a failure names our systems without presenting them', () => {
  table('pitch', [
    ["Here's what happened on our end: a schema change we shipped on Friday broke the export for accounts with custom fields.", false, 'The export broke again and nobody told us.'],
    ["Honestly, that one's on us, our release notes never mentioned the new export format.", false, 'The export broke again and nobody told us.'],
    ['That was on us. Our failover should have switched the calls to the backup line within a minute, and it took forty.', false, 'We were offline for most of the morning.'],
    ['Our new export format handles custom fields automatically, and it is included in your plan.', true, 'The export broke again and nobody told us.'],
  ]);
});

describe('unpunctuated questions: "how come", "what day\'s…", "what X is that", a question after "um" or "then"', () => {
  table('question', [
    ['oh ok how come the depot stopped using it', 'open'],
    ["what day's easiest for the install team", 'closed'],
    ['um what software is that again', 'closed'],
    ["and with the night shift what's morale like", 'open'],
    ["ah that's a shame um what's been happening with the renewals", 'open'],
    ["ok let's start with the depot then how does the handover work", 'open'],
    ["I don't know um what's the best way to put it", 'none'],
  ]);
  describe('a statement before the question may play their words back', () => {
    table('reflect', [['so half the team on nights then what does the handover look like', true, 'Honestly about half the team are on nights now, and the handover is a mess.']]);
  });
});

describe('unpunctuated questions after a condition, "what\'d…", a time proposed after a comma', () => {
  table('question', [
    ['ok and if the pilot goes well how many more depots are we talking', 'closed'],
    ['out of interest if the trial lands how quickly would you want the other sites on', 'closed'],
    ['and if the rota was sorted how much would that help the supervisors', 'open'],
    ['if your drivers had the route on their phone before they left the yard and could see every drop what would change for you', 'open'],
    ['what part of the rota worries you most', 'open'],
    ["Got it, thanks. so you had a look at the quote what'd you think", 'open'],
    ['Great, I will get the demo booked in with you and Priya, does Thursday work', 'closed'],
  ]);
});

describe('question: a time proposed after a comma, "what it does is…", a contact detail or a good time asked for', () => {
  table('question', [
    ['right, the board meets monthly, would the twelfth work for Helen', 'closed'],
    ['ok so the rota goes out on Fridays, does next Tuesday suit you', 'closed'],
    ['What Ledgerly does is match every invoice to its purchase order before it reaches you.', 'none'],
    ["Lovely. What's your finance manager's email?", 'closed'],
    ["What's a good window for the two of you next week?", 'closed'],
  ]);
});

describe('reflection: a long "so…" that uses none of their words tells our side', () => {
  const prev = 'Our biggest headache is the weekly stock count across the three shops.';
  table('reflect', [
    ['So the supervisor opens the checklist on their phone, scores each room and the client gets the report that evening.', false, prev],
    ['So the weekly stock count across three shops is eating your Mondays.', true, prev],
    ['So this is a Monday-morning problem, every week.', true, prev],
  ]);
});

describe('transcript questions: "who are you using", "what would you say is…", a question after "when…" or "once…"', () => {
  table('question', [
    ['oh who are you using for payroll', 'closed'],
    ['so what would you say is the biggest headache on the floor', 'open'],
    ['when the late shift is short what usually kicks it off', 'open'],
    ["and once Dave retires who's gonna pick up the maintenance", 'closed'],
    ['ok thanks for that. sorry one sec what software are you guys on', 'closed'],
    ["right ok. and with the audit what's driving the deadline", 'open'],
    ['fair enough. of the breakdowns last year how many do you reckon gave a warning first', 'closed'],
    ["Got it. you said speed's what's killing you so the estimate is the whole point", 'none'],
  ]);
});

describe('pressure: a liability policy, "Not a problem, …" as an answer, a meeting after the next invoice, urgency denied', () => {
  table('pressure', [
    ['Your general liability policy has a small data-breach endorsement on it right now.', false],
    ['Honestly, that old server is a liability.', true],
    ['Not a problem at all, the app works fully offline.', false],
    ["Trust me, it's really not a problem.", true],
    ['Shall I book ten minutes after the next invoice lands so we can go through it together?', false],
    ["Worth adding at some point, though I'm not saying it's urgent.", false],
    ['Is he looking at mpg per driver, or at where they are filling up?', false],
    ["We're filling up fast for March, so I'd grab a slot now.", true],
  ]);
});

describe('pitch: the pilot or trial already agreed is logistics; a pilot offered is a pitch; "X is a disaster waiting to happen" pushes', () => {
  table('pitch', [
    ["Great, I'll send the trial logins over this afternoon and book the kickoff.", false],
    ['How many depots would you want in the pilot, all six?', false],
    ['Could we run a two-week pilot at the Leeds depot so you can see it working?', true],
  ]);
  table('pressure', [
    ['Honestly, that spreadsheet is a disaster waiting to happen.', true],
    ['Ha, total disaster, my coffee machine died this morning. How has your week been?', false],
    ['What happens when the returns fall behind?', false],
  ]);
});

describe('pitch: getting the paperwork signed is closing, not a capability', () => {
  table('pitch', [
    ["I'll bring the contract along so we can get it signed on the day.", false],
    ['I reckon we can get you sorted today.', false],
    ['We can get you live on the new rota in six weeks.', true],
  ]);
});

describe('pitch: money paid back for a failure is not our price; a ranking is a claim', () => {
  table('pitch', [
    ['Our finance team has signed off a goodwill credit of £900 against your next invoice.', false],
    ["We're applying a $1,200 credit to the June bill for the missed collections.", false],
    ["I'll refund the $95 delivery fee today, that visit should never have been charged.", false],
    ["It's $4,300 a month for all three depots, set-up included.", true],
    ["It was voted best wedding venue in Kent last year, so you're in good hands.", true],
  ]);
});

describe('SPIN: the trouble first, then what follows ("when the count is wrong, what happens next?") asks what it leads to', () => {
  table('spin', [
    ['And when the delivery note is wrong, what happens at the gate?', 'implication'],
    ["So when the agency can't send anyone, what actually happens on the ward?", 'implication'],
    ['When the count is wrong, how do you find out?', 'problem'],
  ]);
});

describe('pressure: a push denied, and "how much…" asked about what they lose, do not push', () => {
  table('pressure', [
    ["No one's asking you to sign today. What would you want to see first?", false],
    ["Roughly how much do you reckon you're leaving on the table with the manual claims?", false],
    ['So how much of the budget is already spoken for this year?', false],
    ["Honestly, you're leaving money on the table every week you wait.", true],
    ['Can we get you signed up today?', true],
  ]);
});

describe('value link: a purpose clause ties the pitch to them only with one of their words', () => {
  const prev = 'Our techs spend every Friday re-keying job sheets into Sage.';
  table('valueLink', [
    ['The mobile app writes each job straight into Sage, so your techs stop re-keying on Fridays.', true, prev],
    ["We run the whole thing in the cloud, so you'd never need a server on site.", false, prev],
  ]);
});

describe('SPIN: "…nobody looks at?" asks what is wrong; "what happens when nobody picks up" asks what it leads to', () => {
  table('spin', [
    ['So the reports land in a folder nobody really checks?', 'problem'],
    ['And what happens when nobody picks up the shift?', 'implication'],
  ]);
});

describe('transcript questions: either-or after a question in a last sentence, a name asked for, a time put to them', () => {
  table('question', [
    ['oh ok six sites. um and how do customers book in at the moment is it phone or online', 'closed'],
    ["oh yeah definitely um what's their name sorry so I can put them on the invite", 'closed'],
    ["brilliant thank you um would the week after next be ok, I think my manager's off next week", 'closed'],
    ["we'll show you in the demo. let's get it booked in with you and Jo, is Thursday at two any good", 'closed'],
    ['okay Thursday um is morning or afternoon better', 'closed'],
  ]);
});

describe('question: a hope to hear about their world asks with nothing after it but examples', () => {
  const prev = "Sure, fire away, I've got twenty minutes.";
  table('question', [
    ['So I guess I just wanted to learn how you do the rotas right now, like how you keep track of who is where', 'open', prev],
    ['So I was hoping to learn a bit about how you do the rotas, and then maybe I can tell you a little about us.', 'none', prev],
    ['So I was hoping to hear how the rotas work, and who signs them off at the end of the week', 'closed', prev],
  ]);
});

describe('question: a typical, average or current figure, or what a number is running at, is one fact', () => {
  table('question', [
    ["What's a typical repair bill on a damaged van?", 'closed'],
    ["And what's your no-show rate running at right now?", 'closed'],
    ["What's your current process for out-of-hours calls?", 'open'],
    ["What's a normal Saturday look like for the team?", 'open'],
  ]);
});

describe('question: "do you know what it cost…" asks for a figure', () => {
  table('question', [
    ['Do you know roughly what that recall ended up costing you?', 'closed'],
    ['Do you have a sense of what those lost clients were worth a year?', 'closed'],
    ['Do you know how the night shift hands over to days?', 'open'],
  ]);
});

describe('question: "can I ask," hands over to the question after it', () => {
  table('question', [
    ['Sorry, can I ask, who actually signs off on the rota each week?', 'closed'],
    ['Can I ask how the rota gets built each week?', 'open'],
  ]);
});

describe('question: "what numbers…", "what would it mean…" with a list, "how…, who…" stay open', () => {
  table('question', [
    ['What numbers would your finance director need to see?', 'open'],
    ['What would it change for you if the counts were live, any room, any day, any week?', 'open'],
    ['How are supplier audits done today, who owns them?', 'open'],
    ['How many sites do you run, and who manages them?', 'closed'],
  ]);
});

describe('question: "how much pressure…", "how much do they lean on…" ask a degree (open); "how much do you spend" a figure', () => {
  table('question', [
    ['How much pressure is head office putting on you over the audit?', 'open'],
    ['How much do the drivers lean on the app during a shift?', 'open'],
    ['How much do you spend on agency cover a month?', 'closed'],
  ]);
});

describe('question: "when it comes to…" does not ask for a sum; "what did that come to" does', () => {
  table('question', [
    ["What's the hardest part when it comes to the Friday handover?", 'open'],
    ['What did those three late loads come to in credits?', 'closed'],
  ]);
});

describe('SPIN: counting their trouble asks what is wrong', () => {
  table('spin', [
    ['How many no-shows are we talking about in a normal week?', 'problem'],
    ['How often do loads get rejected at the dock?', 'problem'],
  ]);
});

describe('question: "Right?!", "Honestly?" or "Hi, Ana?" before the rep carries on asks nothing', () => {
  table('question', [
    ["Right?! And it all lives in one place, the rota, the pay and the holiday requests.", 'none'],
    ["Hi, um, Ana? It's Josh from Terratrace, thanks for fitting me in.", 'none'],
    ['Honestly? That part is the easy bit, the import takes an afternoon.', 'none'],
    ['Right?', 'closed'],
  ]);
});

describe('question: a relative clause with a rising "?" goes on with the statement; a choice after a comma still asks', () => {
  table('question', [
    ["So the app tags techs with their licences, which I think would help with the termite jobs?", 'none'],
    ["We've got a customer in Leeds, who cut their re-runs by seventy percent in two months?", 'none'],
    ['I can do Wednesday at ten or Thursday at two, which is better for you?', 'closed'],
    ['If you could fix one of those, which would make the biggest difference?', 'closed'],
  ]);
});

describe('question: "you tell me what I got wrong" after a recap, and "what our customers tell us", invite nothing now', () => {
  table('question', [
    ["I'll send a short recap of today, and you tell me what I've got wrong.", 'none'],
    ["That's exactly what our customers tell us: the Friday reset just disappears.", 'none'],
  ]);
});

describe('question: ", where we…" after a proposal describes the occasion; "where do you…" still asks', () => {
  table('question', [
    ['Would a short session next week help, where we walk through a few of your real invoices?', 'closed'],
    ['Could we book an hour with your finance lead — where I show the approvals flow on your own data?', 'closed'],
    ['How many sites are you running now, and where do you see the most delays?', 'open'],
    ['That covers the depots, where are you with the new warehouse?', 'open'],
  ]);
});

describe('question: without punctuation, "I can imagine how…" and "I appreciate what…" state, they do not ask', () => {
  table('question', [
    ['I can imagine how often that phone goes', 'none'],
    ['i really appreciate what a week that must have been', 'none'],
    ['I remember how long the last migration took you', 'none'],
    ['ok so how often does that phone go on a monday', 'closed'],
  ]);
});

describe('pitch: anything of ours called award-winning; a failure owned ("we let them down", "the least we can do") is not', () => {
  table('pitch', [
    ["Friday it is, and I'll bring the award-winning dashboard along too.", true, 'Friday morning works.'],
    ['Congratulations on your award-winning menu, that must have been a great night.', false, 'We won best bistro in the county.'],
    ["On Tuesday we let them down, and I'm sorry.", false, 'Half the kids had no hot lunch.'],
    ['We let you pause the plan for any month you like.', true, 'What if we are away in August?'],
    ["It's the least we can do. Would it help if we wrote a short letter for parents?", false, 'Parents are furious.'],
  ]);
});

describe('pitch: walking them through the invoice or the paperwork is admin, through the dashboard a demo', () => {
  table('pitch', [
    ["Just come to the service desk and I'll walk you through the invoice.", false, 'Where do I pay?'],
    ["Let me walk you through the dashboard your supervisors would see.", true, 'Go on then.'],
  ]);
});

describe('pitch: a credit the rep is "going to" give, or a fix "at our cost", is money back, not our price', () => {
  table('pitch', [
    ["I'm going to credit your next three months of subscription, that's $1,470, and the weekend data work is free.", false, 'This migration has cost us a week of chaos.'],
    ["We'll swap the damaged tiles at our cost, about $900 of stock, this Friday.", false, 'Half the tiles arrived cracked.'],
    ['The premium plan is $1,470 a year and includes the weekend data work.', true, 'What does the premium plan cost?'],
  ]);
});

describe('question: without a mark, "how big is…" asks; "how we do it is…" still states', () => {
  table('question', [
    ['right thanks. how big is the night team these days', 'closed'],
    ['ok and how old are the freezers at the main site', 'closed'],
    ['How we schedule it is simple, the rota does the rest.', 'none'],
  ]);
});

describe('question: without a mark, an auxiliary and then a name asks ("is Dana the one who decides")', () => {
  table('question', [
    ["ok thanks for that. is Priya the one who'd sign this off", 'closed'],
    ['got it. does Marcus still do the invoicing on a Friday', 'closed'],
    ['Is it the rota that hurts most or the payroll side', 'closed'],
  ]);
});

describe('question: a tag of an auxiliary and a pronoun closes a statement into a question; "if I were you" does not', () => {
  table('question', [
    ["so it pays for itself twice over, the board can't really argue with that can they", 'closed'],
    ['the night shift takes the brunt of it, doesn\'t it', 'closed'],
    ["Honestly, if I were you I'd wait until the audit is done.", 'none'],
  ]);
});

describe('question: a name after a stuttered auxiliary asks ("is is Dana the the other…"); a time clause, then "walk me through", invites', () => {
  table('question', [
    ["right I'll send the figures over today. is is Tomasz the the person who signs off", 'closed'],
    ['and when it last went wrong walk me through what the drivers actually did', 'open'],
    ['When it went wrong we walked them through the fix ourselves.', 'none'],
  ]);
});

describe('question: two times offered to end the turn, without a "?", put a choice to them; times said of our own plans do not', () => {
  table('question', [
    ['great, so for the site visit. friday the ninth or monday the twelfth', 'closed'],
    ['Tuesday suits, morning or afternoon', 'closed'],
    ["We deliver Monday or Tuesday, depending on the route.", 'none'],
    ["Fine, I'll book the engineer in for Tuesday or Wednesday morning.", 'none'],
  ]);
});

describe('pitch: where something of ours "shines" or "comes into its own" is a claim for it; where theirs does is not', () => {
  table('pitch', [
    ['Can you tell me a bit about how Dave plans for the summer peak? That is where our seasonal templates really shine.', true],
    ["Honestly, handover week is when the snagging app comes into its own.", true],
    ["That's where your team really shines, from what you've said.", false],
  ]);
});
