/**
 * Pressure: false urgency or scarcity, pushing to close before needs are known, dismissing the
 * customer's concern, fear-mongering, assumptive close. A normal, agreed next step is not pressure.
 */

import { gatedCues, gateIndex, ungatedCues, type TurnText } from './gate';

interface PressureCue {
  pattern: RegExp;
  label: string;
  /** Words of which every alternative of the pattern contains one (see ./gate.ts): speed only. */
  gate: readonly string[];
}

const CUES: PressureCue[] = [
  {
    // What leaving or waiting would cost them, made to sound dire, and their worry waved off: "switching systems is a
    // nightmare", "you'd be walking away from all of that", "every month you go without it…", "most people don't until
    // it's too late", "they come crawling back", "I wouldn't read anything into it", "it's a bit time-sensitive".
    label: 'fear-mongering or false urgency',
    gate: ['nightmare', 'chaos', 'disaster', 'walking', 'every', 'crawling', 'pay', 'late', 'read', 'ocean', 'fast', 'quickly', 'sensitive'],
    pattern:
      /\b(?:switching|moving|leaving|cancel(?:l?ing)?|rebuilding|starting over|going elsewhere|migrating)\b[^.?!]{0,50}?(?:\bis|'s|\bwould be|\bwill be|'d be|'ll be) (?:a |an )?(?:absolute |total |complete |real |just )?(?:nightmare|chaos|disaster)\b|\bwalking away from (?:all )?(?:of )?(?:that|this|it)\b|\bevery (?:single )?(?:day|week|month) (?:that )?you (?:go without|don't have|put (?:it|this|that) off)\b|\bcome crawling back\b|\byou get what you pay for\b|\b(?:most people|people|folks|everyone) (?:don't|wait|leave it|put it off)(?: [\w-]+){0,3}? (?:until|till|til) it's too late\b|\bi wouldn't read (?:anything|too much) into (?:it|that)\b|\bdrop in the ocean compared to what you(?:'ll| will| would|'d) lose\b|\b(?:need|have) to move (?:fast|quickly)\b|\btime[- ]sensitive\b/,
  },
  {
    // Their trouble turned into a deadline or a threat: "which is why you need cover sorted today", "it could just as
    // easily have been you", "anyone who tells you otherwise is cutting corners", "if you don't go Premium these problems
    // will keep happening".
    label: 'fear-mongering or false urgency',
    gate: ['why', 'easily', 'anyone', 'keep', 'again', 'guarantee'],
    pattern:
      /\b(?:which|that)(?:'s| is) (?:exactly |precisely )?why you (?:need|have|want|must|should|can't wait)\b[^.?!]{0,60}?\b(?:today|now|this week|right away|asap|immediately)\b|\b(?:could|might) (?:just as |very |so )?easily (?:have been|be) you\b|\banyone (?:who|that) (?:tells|says|quotes|promises) you (?:otherwise|different|less|cheaper)\b|\bif you don't (?:go|sign|switch|upgrade|buy|get|take|move|act)\b[^.?!]{0,60}?\b(?:will keep|keep happening|happen again|guarantee)\b/,
  },
  {
    // Scarcity of our capacity and deadlines to decide: "the spring slots are almost gone", "install crews book
    // out fast", "you need to decide this month", "the sooner we have a signed order the better", "I wouldn't wait".
    label: 'false urgency or scarcity',
    gate: ['slot', 'slots', 'spot', 'spots', 'seats', 'openings', 'calendar', 'schedule', 'queue', 'capacity', 'book', 'books', 'booked', 'fills', 'only', 'sooner', 'decide', 'grab', "wouldn't", 'would', 'raising'],
    pattern:
      /\b(?:our|spring|summer|autumn|fall|winter|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december) (?:[\w-]+ ){0,2}?(?:slots?|spots?|seats?|openings?|calendar|schedule|queue|capacity) (?:is |are )?(?:almost |nearly |pretty much |basically |already )?(?:gone|full|booked)\b|\bbook(?:s|ed)? (?:up|out) fast\b|\bfills up\b|\bonly (?:onboard|take|accept|sign|work with) (?:\w+ ){0,3}(?:a|per|each|in each) (?:month|quarter|week|market|region|territory|city|area|county|state)\b|\bthe sooner (?:we|you) (?:have|get|sign)\b[^.?!]*\bbetter\b|\b(?:need|have|got) to decide (?:\w+ ){0,2}(?:this (?:week|month|quarter)|fast|soon|quickly)\b|\bgrab (?:one|it|a slot|a spot) (?:now|today)\b|\bi (?:wouldn't|would not) wait\b|\braising (?:our )?prices\b/,
  },
  {
    // Fear and assumptive closes: "every team that waits ends up…", "just a matter of when", "that's your name on
    // it", "when we get you started next week".
    label: 'fear-mongering or assuming the sale',
    gate: ['every', 'any', 'matter', 'name', 'neck', 'job', 'when', 'once', 'watch'],
    pattern:
      /\b(?:every|any) (?:[\w-]+ ){0,2}(?:that|who) (?:waits?|hesitates?|holds? off|delays?)\b|\bjust a matter of (?:time|when)\b|\bthat(?:'s| is) your name on\b|\bon your watch\b|\byour (?:name|neck|job)(?:'s| is)? on the line\b|\bwhen we get you (?:started|set up|signed|onboarded|live|going)\b|\bonce (?:you're|you are) signed\b|\bonce we get you (?:started|signed|set up)\b/,
  },
  {
    label: 'false urgency or scarcity',
    gate: ['only', 'just', 'filling', 'ends', 'expires', 'goes', 'disappears', 'runs', 'increase', 'increases', 'promo', 'promotion', 'promise', 'decide', 'act', "don't", 'afford', 'waiting', 'every', "shouldn't", 'move', 'lock', 'if', 'sign', 'commit', 'left', 'remaining', 'gone', 'table', 'lost', 'spoken'],
    pattern:
      /\b(?:only|just) (?:\w+ ){0,4}(?:slots?|spots?|seats?|units?|openings?) left\b|\b(?:one|two|three|four|five|a few|a couple of|\d+|last) (?:[\w-]+ )?(?:slots?|spots?|seats?|openings?|places?) (?:left|remaining)\b|\b(?:price|pricing|offer|deal|promo|discount|rate|slot|spot|seat) (?:is|'s|will be|would be) (?:gone|off the table|lost)\b|(?<!\bhow (?:much|many) (?:[\w'-]+ ){0,4})\balready spoken for\b|\bonly taking (?:\w+ ){0,2}(?:new|more)\b|\b(?:need|have|got) to decide (?:\w+ ){0,2}(?:now|today|tonight)\b|\bdecide (?:right|pretty much) now\b|\b(?:slots?|spots?|seats?|calendar|schedule|capacity|cohort|places?|openings?) (?:are |is )?(?:\w+ )?filling up\b|\b(?:it's|they're|we're) (?:\w+ )?filling up (?:fast|quick|quickly|already|now)\b|\b(?:price|pricing|offer|deal|promo|discount|rate) (?:\w+ ){0,3}(?:ends|expires|goes away|disappears|runs out|goes up|increases)\b|\b(?:ends|expires|goes away|disappears|runs out) (?:on |at |by )?(?:friday|monday|tuesday|wednesday|thursday|the \d+(?:st|nd|rd|th)?|the end|end of|tomorrow|tonight|this|today|after)\b|\bonly (?:until|through|till|good until|valid until)\b|\bonly for (?:\w+ ){0,2}(?:that|who) sign\b|\bprice increase\b|\bpromo(?:tion)? (?:running|pricing|price|ends)\b|\bcan't promise (?:you )?(?:a|the|that)\b|\bdecide fast\b|\bact (?:now|fast|quickly)\b|\bdon't (?:wait|delay|sit on)\b|\b(?:can't|cannot|can not) afford to (?:wait|sit|delay|hold off)\b|\bpush back on waiting\b|\bevery (?:day|week|month|year|quarter) (?:you|this|that|it) (?:wait|sit|drag|delay|hold)\w*\b|\bshouldn't wait\b|\bmove on this (?:now|today)\b|\block (?:it|that|this|in)\b.*\b(?:today|now|before)\b|\bif (?:you|we) (?:don't |do not |can't |cannot |won't )?(?:sign|commit|can get it|get (?:it|this|that)|decide|move|get (?:the )?paperwork)\b[^.]*\b(?:this (?:week|month|quarter)|today|by|before|end of)\b|\b(?:sign|commit) (?:by|before) (?:the|end|friday|monday|\w+day|[a-z]+ \d)/,
  },
  {
    label: 'pushes to close',
    gate: ["let's", 'lets', 'let', 'get', 'po', 'contract', 'paperwork', 'agreement', 'order', 'purchase', 'yes', 'sign', 'signed', 'reserve', 'skip', 'e-sign', 'commit', 'agree', 'docusign', 'sow', 'statement'],
    pattern:
      /\b(?:let's|lets|let us) (?:just )?(?:get (?:you|this|the|a|it|that) (?:\w+ )?(?:started|signed|going|moving|cut|rolling|done)|sign|close|do the deal|get the (?:contract|paperwork))\b|\bget (?:a|the) (?:po|contract|paperwork|agreement|order|purchase order) (?:cut|signed|started|moving|going|over)\b|\b(?:paperwork|contract|agreement|po) (?:started|moving|signed) (?:this|today|by|in the next)\b|\bget (?:the )?paperwork (?:started|moving|going)\b|\bi'll (?:go ahead and |just )?(?:send|shoot|fire|email|draw up|write up) (?:over |you |across )?(?:the|an|our|a) (?:agreement|contract|order form|purchase order|po|paperwork|docusign|sow|statement of work)\b|\b(?:e-sign|sign) (?:it|that|this|the \w+) (?:tonight|today|right now|now)\b|\b(?:get|have) you (?:to )?(?:commit|sign|agree)\b[^.?!]*\b(?:this|today|now|by|before|tonight)\b|\bcommit (?:this|today|right now|by|before)\b|\bjust say yes\b|(?<!\b(?:nobody's|nobody is|no one's|no one is|not|never|don't|won't|no need to|don't have to|doesn't have to|no rush to|no pressure to) (?:[\w']+ ){0,3})\bsign(?:ed)? (?:up )?(?:today|this week|now|right away)\b|\bcontract started\b|\bget you signed\b|\bsigned up today\b|\breserve your\b|\bget you (?:set up|started|signed|onboarded|live) (?:today|this week|now|right away|by)\b|\bskip the (?:whole )?(?:process|rfp|review)\b/,
  },
  {
    label: "dismisses the customer's concern",
    gate: ['everyone', "everyone's", 'everybody', 'all', 'people', 'nerves', 'feet', 'fear', 'says', 'say', 'over', 'around', 'push', 'problem', 'concern', 'issue', "wouldn't", "don't", 'outdated', 'involved', 'trust', 'hostage', 'tells', "can't", "they'll", 'round', 'always'],
    pattern:
      /\b(?:everyone|everybody) says that\b|\b(?:everyone|everybody|they all|most people)(?:'s| is| are|'re)? (?:\w+ )?(?:skeptical|nervous|worried|hesitant|unsure) at first\b|\b(?:that's|it's) (?:just|only) (?:nerves|cold feet|fear of change)\b|\b(?:always|all) say (?:that|they)\b|\bthey (?:get over it|come around|always push back)\b|\b(?:\w+ )?always push back\b|\b(?:(?:that's|it's|that is|it is|this is|that'll be|it'll be)(?: really| honestly| just| genuinely)? not|isn't|is not) (?:really |even )?a (?:real )?(?:problem|concern|issue)\b|(?:^|[.!?]\s*)not an issue\b|\b(?:that's|that is|it's) not (?:really |even )?an issue\b|\b(?:that's|that is|it's) not (?:really |even )?the (?:real )?(?:problem|concern|issue)(?: here)?(?=[.!]|$)|\bwouldn't worry\b|\bdon't worry about (?:that|it|them|him|her|those)\b|\bthey(?:'ll| will) come (?:round|around)\b|\bthey always do\b|\b(?:kind of |a bit |pretty )?outdated\b|\bdoesn't (?:really )?need to be involved\b|\btrust me\b|\bnot a real (?:issue|problem|concern)\b|\bhostage\b|\bthat's not (?:a|an) (?:real )?(?:issue|problem)\b|\bthat tells you who\b|\bjust can't do what\b/,
  },
  {
    label: 'fear-mongering',
    gate: ['liability', 'news', 'crushed', 'disaster', 'consent', 'losing', 'behind', 'ahead', 'explain', 'away', "don't", 'hurt', 'end', 'hesitate', 'wait', 'regret', 'bad'],
    pattern:
      /\bliability\b(?<=\b(?:is|are|'s|were|was|becomes?|becoming) (?:a|an) (?:real |huge |massive |total |serious |legal |big )?liability)(?!-| (?:concern|worry|thing|issue|question|module|report|dashboard|policy|insurance|cover|stuff))|\bevening news\b|\b(?:get|getting|gonna get|going to get) crushed\b|\bdisaster\b(?:(?= waiting to happen\b)|(?<=\b(?:recipe for|away from(?: a)?) disaster))|\bconsent orders?\b|\blosing (?:clients|customers|business)\b|\bfall(?:ing)? behind\b(?<=(?<!\bwhere )\b(?:you(?:'re| are)|youre) falling behind(?! (?:on|with)\b)|\b(?:you(?:'ll| will|'re going to|'re gonna)) fall behind|\bthat's how (?:[\w-]+ )?fall behind)|\b(?:gonna|going to|will|'ll) (?:get|be) left behind\b(?<!\b(?:worried|concerned|afraid|scared|nervous)\b[^.?!]*)|\bmoves? ahead\b|\bhard thing to explain\b|\b(?:one|a) \w+ (?:\w+ )?away from\b|\byou don't want to be the\b|\bkids (?:get|got|have been|were) hurt\b|\bthe ones (?:that|who) end up\b|\bthe (?:firms|companies|districts|banks|plants|teams) (?:that|who) (?:hesitate|wait|don't)\b|\bregret it\b|\b(?:look|looks|looking) (?:really |very |pretty )?bad (?:for|on) you\b/,
  },
  {
    // A time-limited offer and the fear of missing it: "a special this month that you don't want to miss",
    // "move fast before that setup waiver's gone", "this pricing won't last".
    label: 'false urgency or scarcity',
    gate: ['miss', 'fast', 'gone', 'last', 'special', 'deal', 'offer', 'promo', 'discount', 'pricing', 'waiver', 'incentive'],
    pattern:
      /\bdon't (?:think )?(?:you )?(?:want to|wanna) miss\b|\bmove (?:fast|quick|quickly) before\b|\bbefore (?:that|the|it|this|those) (?:[\w-]+ ){0,2}(?:is |are |'s )?gone\b|\bwon't last\b|\b(?:special|deal|offer|promo|discount|incentive|waiver)s? (?:\w+ ){0,6}(?:this|end of the) (?:month|week|quarter)\b/,
  },
  {
    // Fear of what happens to those who don't buy: "firms that don't fix this end up dropped", "if you don't
    // move on this your competitors will", "you're leaving six figures on the table".
    label: 'fear-mongering',
    gate: ["don't", 'competitors', 'competition', 'leaving'],
    pattern:
      /\b(?:firms|companies|teams|shops|practices|carriers|districts|dealers|dealerships|people|those|folks|schools|hospitals|clinics|banks|stores|brands|suppliers|agencies) (?:that|who) don't (?:fix|act|move|switch|change|adopt|modernize|modernise|upgrade|get ahead|address|solve)\b|\byour (?:competitors|competition) (?:will|are already|already|is already)\b|\bif you don't (?:move|act|do something|fix|switch|change|get ahead)\b[^.?!]*\b(?:will|won't|going to|gonna)\b|(?<!\bhow much (?:[\w'-]+ ){0,5})\byou(?:'re| are) (?:probably |likely |definitely |easily )?leaving (?:[\w$,-]+ ){0,3}on the table\b/,
  },
  {
    // Brushing the concern aside: "it's not a big deal", "you'll be fine", "everybody knows that", "most suppliers
    // are switching anyway", "IT just rubber-stamps these", "start outside the formal process".
    label: "dismisses the customer's concern",
    gate: ['deal', 'fine', 'knows', 'anyway', 'rubber-stamps', 'rubber-stamp', 'outside', 'whether'],
    pattern:
      /\bnot (?:really |even |that )?(?:a )?big deal\b|\byou(?:'ll| will) be (?:totally |just )?fine\b|\b(?:everybody|everyone) knows (?:that|it)\b|\b(?:switching|moving|doing it|doing this|going this way) anyway\b|\brubber-stamps?\b|\boutside (?:the |your )?(?:formal |normal |usual )?(?:process|rfp|procurement|review)\b|\bwhether (?:they|you) (?:measure|know|admit|see|like) it or not\b/,
  },
  {
    // Brushing a concern aside as settled: "nobody's ever had a problem with that", "it's not something you
    // need to dig into", "you don't need to worry about that part".
    label: "dismisses the customer's concern",
    gate: ['nobody', "nobody's", 'no', 'never', 'need', 'needs'],
    pattern:
      /\b(?:nobody|no one|no customer|none of our (?:customers|clients))(?:'s| has)? (?:ever )?(?:had|has|complained about|run into|had an issue with) (?:a |any )?(?:problem|issue|trouble|complaints?)\b|\b(?:not|isn't|never) (?:something|anything) you (?:really )?need to (?:dig into|worry about|think about|look into|check)\b|\byou (?:don't|do not|won't) (?:even )?need to (?:dig into|worry about|check on|look into) (?:that|this|it)\b/,
  },
  {
    // Assumptive close: "should I just send the order form over so we lock in that rate", "I'll bring the
    // paperwork so we can wrap it all up", "can you really afford another year on paper?".
    label: 'fear-mongering or assuming the sale',
    gate: ['order', 'paperwork', 'contract', 'agreement', 'wrap', 'afford', 'lock'],
    pattern:
      /\b(?:send|shoot|bring|email|pop|fire|drop) (?:you |over )?(?:the |an |our )?(?:order form|paperwork|contract|agreement|signature page)\b[^.?!]*\b(?:lock in|wrap (?:it|this|things) (?:all )?up|sign|signed|get (?:it|you) started)\b|\bwrap (?:it|this|everything) (?:all )?up (?:same day|today|on the call|in one)\b|\bcan you (?:really |honestly )?afford (?:another|to (?:wait|keep|lose|sit))\b/,
  },
  {
    // The cost of waiting and the concern waved off: "you're losing money every single day you wait", "I
    // wouldn't sit on it", "you're overthinking it".
    label: 'false urgency or dismissing the concern',
    gate: ['every', "wouldn't", 'sit', 'overthinking', 'overthink', 'afford'],
    pattern: /\bevery (?:single )?(?:day|week|month) you(?:'re| are)? (?:wait|waiting|hold off|holding off|delay|delaying|sit on|sitting on)\b|\bcan't afford not to\b|\b(?:i |you )?(?:wouldn't|shouldn't|don't) sit on (?:it|this|that)\b|\b(?:you're|you are) (?:totally |really |just )?overthinking\b|\bdon't overthink\b/,
  },
  {
    // Guilt and a close assumed before the customer agreed: "my manager's expecting me to get one in the diary",
    // "that's a non-issue", "sending paperwork today", "ready to sign when you are", "pencil in a kickoff so we
    // don't lose momentum".
    label: 'guilt, dismissal or assuming the sale',
    gate: ['manager', "manager's", 'boss', "boss's", 'non-issue', 'blocker', "they'll", 'adapt', 'wouldnt', 'sending', 'paperwork', 'sign', 'signature', 'momentum', 'kickoff', 'kick-off', 'wait'],
    pattern: /\bmy (?:manager|boss)(?:'s| is)? (?:kind of |really |sort of )?(?:expecting|counting on|on me|breathing)\b|\b(?:a |kind of a )?non-issue\b|\bnot (?:a |really a )?(?:real |big )?blocker\b|\bthey'll (?:adapt|get over it|come around)\b|\bi (?:honestly )?wouldnt worry\b|\bsending (?:the |over the )?(?:paperwork|contract|agreement|order form) (?:today|tonight|now|over)\b|\b(?:order form|contract|agreement|paperwork)\b[^.?!]*\b(?:ready (?:to sign|for (?:your )?signature)|so you can sign)\b|\b(?:go ahead and|i'll) (?:pencil|book|lock|put) (?:in )?(?:a |the )?kick-?off\b|\bso we don't lose (?:the )?momentum\b|\bskip the wait\b/,
  },
  {
    // The concern waved off as old news: "that's what everyone says until…", "age doesn't matter at all", "that's
    // an old concern", "it just isn't a thing anymore", "I wouldn't overthink the union side".
    label: "dismisses the customer's concern",
    gate: ['says', 'say', 'said', 'thinks', 'think', 'matter', 'concern', 'worry', 'myth', 'objection', 'fear', 'anymore', 'more', 'overthink'],
    pattern:
      /\b(?:that's|that is) what (?:everyone|everybody|they all|people|most people|every [\w-]+(?: [\w-]+)?) (?:says|say|said|thinks|think)\b|\b(?:doesn't|does not|won't|wouldn't) (?:really )?matter (?:at all|one bit|in the slightest)\b|\b(?:that's|that is|it's) (?:an? )?(?:old|outdated|dated|common|classic|old-school) (?:concern|worry|myth|objection|fear)\b|\b(?:isn't|is not|aren't|are not) (?:really )?(?:a thing|an issue|a problem|a concern) any ?more\b|\b(?:wouldn't|shouldn't|no need to) overthink\b/,
  },
  {
    // A deadline or scarcity to force the decision: "I'll need a decision within the week to hold your slot",
    // "that slot won't stay open forever", "while they're still open".
    label: 'false urgency or scarcity',
    gate: ['decision', 'hold', 'forever', 'long', 'while'],
    pattern:
      /\bneed (?:a|your|the) decision (?:within|by|this|before|today|tomorrow|in the next)\b|\bto hold (?:your|the|that|this) (?:slot|spot|place|seat|price|rate|pricing)\b|\b(?:won't|will not|isn't going to|is not going to|not going to) (?:stay|be|remain) (?:open|available|around|there) (?:forever|for long|long)\b|\bwhile (?:they're|they are|it's|it is|there are|those are|the (?:slots|spots|places) are|spots are) (?:still )?(?:open|available|going)\b/,
  },
  {
    // Fear, guilt and a close assumed: "one crash claim and you're looking at fifty grand", "the shops that wait
    // end up stuck", "your residents deserve better", "I'll send the onboarding form so you're ready to go live".
    label: 'fear, guilt or assuming the sale',
    gate: ["you're", 'wait', 'waits', 'deserve', 'onboarding', 'should', 'hold', 'honour', 'honor', 'keep', 'offer', 'booked', 'move', 'act', 'matter'],
    pattern:
      /\bone (?:[\w-]+ ){1,3}and you(?:'re| are|'ll be| will be| could be) (?:staring at|looking at|facing|on the hook|done|finished)\b|\b(?:[a-z]+s|those|people|folks) (?:that|who) wait (?:\w+ ){0,2}?(?:end up|get|lose|fall|are stuck|stay stuck|regret|pay|discover|find out)\b|\b(?:residents|patients|students|kids|staff|customers|members|families|clients|drivers|nurses|guests|fans|people) deserve better\b|\bonboarding form\b[^.?!]*\b(?:ready to go|go live|get (?:you )?started)\b|\byou should be (?:too|worried|scared|concerned|nervous|losing sleep)\b|\b(?:can|could) only (?:hold|honou?r|keep|offer) (?:[\w-]+ ){0,3}(?:through|until|till|to) (?:the end|end of|friday|monday|tuesday|wednesday|thursday|this|next|tomorrow)\b|\bbooked (?:solid|up) (?:into|through|until|till)\b|\b(?:i'd|you'd want to|you'll want to|you'd better|better) (?:move|act) (?:quick|quickly|fast)\b|\bwon't matter (?:much )?when (?:you're|you are|they're)\b/,
  },
  {
    // "Every month you stay on spreadsheets is another month of exposure", "our summer slots are almost all
    // gone", "I'll put you down for the fleet-wide package", "kick off the paperwork": the clock, scarcity
    // and a close taken for granted.
    label: 'false urgency or assuming the sale',
    gate: ['every', 'gone', 'taken', 'booked', 'put', 'kick', 'start'],
    pattern:
      /\bevery (?:[\w-]+ ){1,7}?is (?:another|one more|a) (?:[\w-]+ ){0,2}?(?:chance|day|week|month|minute|hour|shift|risk|quarter|run|order|batch|sale|shipment|customer|patient|load)s?\b|\b(?:slots?|spots?|seats?|places?|openings?|dates?) (?:are|is|'re|'s) (?:(?:almost|nearly|pretty much|mostly) (?:all )?|all )(?:gone|taken|booked|spoken for)\b|\bi'll (?:go ahead and )?put you down for\b|\b(?:kick off|start|get going on|get started on) the (?:paperwork|contract|order form|purchase order)\b/,
  },
  {
    // "It's not a question of if, it's when", "do you really want to be the one who let that go?", "I'd hate to
    // be around when your partner finds out", "the fall block is down to the last couple".
    label: 'fear, guilt, scarcity or assuming the sale',
    gate: ['question', 'matter', 'want', 'hate', 'last', 'thinks', 'says', 'feels', 'send', 'drafted', 'ready', 'straight', 'write', 'when', 'first', 'fast', 'overblown'],
    pattern:
      /\bnot a (?:question|matter) of if\b|\bit's a when\b|\byou (?:do not|don't|really don't) want to be the (?:one|person|guy|team|manager|owner|company)\b|\bonly (?:open|available) to the first\b|\b(?:it's|they're|slots are|spots are|places are|dates are) going fast\b|\b(?:is|are|'s) (?:way |totally |completely |massively |so |kind of )?overblown\b|\b(?:do|would) you (?:really )?want to be the (?:one|person|guy|team|manager) (?:who|that)\b|\bi'd hate (?:for another|to be around when|to see another|to be the one|to see (?:it|this|that|the (?:deal|project|pilot)) (?:stall|slip|die|fall through|drag|get lost))\b|\b(?:everyone|everybody) (?:thinks|says|feels) that (?:until|right up until|till|before)\b|\bsend (?:over )?(?:the|our) (?:contract|order form|paperwork|agreement|po)\b[^.?!]{0,30}?\b(?:with|along with|alongside) the (?:invite|deck|demo|recap|summary)\b|\b(?:contract|agreement|order form|paperwork) (?:drafted|ready) (?:alongside|at the same time|in parallel)\b|\bgo straight to (?:the )?(?:paperwork|contract|signing|signature)\b|\bwrite (?:the |a )?(?:[\w-]+ )?(?:po|order|contract) up\b|\b(?:down to|only have|only got|i've got|we've got) (?:the |my |our )?(?:very )?last (?:couple|few|one|two|three|slot|spot|unit|seat|place)s?\b/,
  },
  {
    // "Don't worry about the science, it works", "'most of it' is what every plant manager tells me right
    // before…", "Apex said the exact same thing before…": their concern brushed aside, or met with a warning.
    label: "dismisses the customer's concern",
    gate: ['worry', 'same', 'before'],
    pattern:
      /\bdon'?t worry about the\b(?! (?:time|delay|short notice|late|reschedul\w*)\b)|\b(?:said|says|say|tells? (?:me|us)|told (?:me|us)) (?:the )?(?:exact |very )?same thing (?:right |just )?before\b|\bwhat (?:every|everyone|everybody|they all) (?:[\w-]+ ){0,2}?(?:says|said|say|tells (?:me|us)|told (?:me|us)) (?:right |just )?before\b/,
  },
  {
    // "every single day you don't have eyes on them", "you're rolling the dice", "it's not if, it's when",
    // "wouldn't you rather be the guy who catches it than the guy explaining…".
    label: 'fear-mongering',
    gate: ['every', 'dice', 'if', 'rather'],
    pattern:
      /\bevery (?:single )?(?:day|week|month|quarter|shift|season|weekend) (?:that )?you(?:'re| are)? (?:wait|stay|sit|hold|remain|delay|don't|do not|leave|put|not)\b|\b(?:rolling|roll) the dice\b|\broll of the dice\b|\bnot if\b[^.?!]{0,50}?\bit's when\b|\brather be the (?:[\w-]+ ){1,3}?(?:who|that)\b[^.?!]{0,80}?\bthan the\b/,
  },
  {
    // "a lawsuit waiting to happen", "agencies your size fold over one class action", "you're one of the last ones
    // left", "every agency your size has already moved", "it's not dramatic, it's just the reality", "they still
    // regret missing Christmas week", "is your partner gonna thank you for passing on…", "this is urgent".
    label: 'fear-mongering',
    gate: ['waiting', 'seen', 'watched', 'under', 'bust', 'left', 'last', 'already', 'dramatic', 'alarmist', 'scaremongering', 'reality', 'regret', 'regrets', 'regretted', 'regretting', 'thank', 'urgent'],
    pattern:
      /\bwaiting to happen\b|\b(?:go under|going under|go bust|went under|went bust)\b|\b(?:seen|watched) (?:[\w-]+ ){1,4}?fold\b|\blast (?:ones?|[\w-]+s)? ?left\b|\bone of the last\b|\b(?:every|most|all|everyone|everybody)\b[^.?!]{0,30}\b(?:has|have|'s) already (?:moved|switched|gone|made the (?:move|switch))\b|\bnot (?:being )?(?:dramatic|alarmist|scaremongering)\b|\bjust the reality\b|\bregret\w* (?:missing|waiting|not)\b|\bthank you for (?:passing on|missing|waiting)\b|\b(?:this is|it's|its) (?:really |super |honestly |pretty |genuinely )?urgent\b(?<!(?:\bnot\b|n't\b|\bnever\b)[^.?!]{0,25}\b(?:this is|it's|its) (?:really |super |honestly |pretty |genuinely )?urgent)/,
  },
  {
    // "or you'll be the next guy explaining…", "not the next one bleeding money", "any delay here is a real risk",
    // "Friday's the last day for that 20%", "the 40% spot really will go", "let's just lock it in", "I'm putting
    // you down for the eighteen-tech package".
    label: 'fear, guilt, scarcity or assuming the sale',
    gate: ['next', 'delay', 'last', 'go', 'gone', 'disappear', 'lock', 'putting', 'put', 'pencil', 'penciling', 'pencilling', 'penciled', 'pencilled', 'signing', 'sign', 'signed', 'signs'],
    pattern:
      /\b(?:you'll|you'd|you will|you don't want to|don't want to) be the next\b|\bnot the next one\b|\bany delay (?:here |now )?(?:is|could be|would be|means)\b|\blast day (?:for|of|to get|to lock)\b|\b(?:spot|slot|deal|offer|discount|rate|price)s? (?:really |definitely |honestly )?(?:will|'ll|is going to|are going to|gonna) (?:go|be gone|disappear)\b|\blet'?s (?:just )?lock (?:it|that|this) in\b|\b(?:i'm|i am|i'll) (?:just )?(?:putting|put|pencil\w*|sign\w*) you (?:down|in|up) for\b/,
  },
  {
    // "the franchisees who ignore it end up with clubs half empty", "the guy explaining to corporate why…",
    // "that fear's mostly a holdover", "fine isn't good enough", "next time it won't be 5%", "in front of a jury",
    // "a single wrongful death settlement", "I'll ask our contracts team to prepare the agreement".
    label: 'fear-mongering, dismissal or assuming the sale',
    gate: ['end', 'explaining', 'fear', 'worry', 'concern', "fear's", "worry's", "concern's", 'fine', 'good', 'next', 'jury', 'judge', 'regulator', 'coroner', 'wrongful', 'prepare', 'prep', 'draft', 'draw'],
    pattern:
      /\b(?:the|those|most|many) (?:[\w-]+ ){0,2}(?:that|who) (?:ignore|ignores|wait|waits|hold off|delay|don't act|sit on|leave it|leaves it)\b[^.?!]*\bend up\b|\bexplaining (?:it |that |this |why [^.?!]{0,30})?to (?:corporate|the board|your board|the regulator|head office|the owners|the family|a jury|the insurer|your boss|the ceo)\b|\b(?:that|this|the) (?:fear|worry|concern)(?:'s| is) (?:mostly |just |really )?(?:a holdover|overblown|outdated|old news|a myth|unfounded)|\bfine isn't good enough\b|\bgood enough isn't\b|\bnext time it (?:won't|will|'ll|could)\b|\bin front of a (?:jury|judge|regulator|coroner)\b|\bwrongful death\b|\b(?:prepare|prep|draft|draw up) (?:the|an|our) (?:agreement|contract|order form|paperwork)\b/,
  },
  {
    // "after opening day it goes to $55K": the price rises unless they move now.
    label: 'false urgency or scarcity',
    gate: ['goes'],
    pattern: /\bgoes (?:up )?to \$|\bgoes up to\b/,
  },
  {
    // "so Richard can sign it on the call", "can I send the contract over today?", "so paperwork can move before
    // peak", "can we say you're in?", "a verbal yes today", "easier to cancel than to find a slot later".
    label: 'pushes to close',
    gate: ['sign', 'send', 'get', 'paperwork', 'say', 'call', 'count', 'put', 'yes', 'cancel'],
    pattern:
      /\bsign\b[^.?!]{0,30}?\b(?:on|during) the call\b|\b(?:send|get) (?:you )?(?:over )?(?:the|our) (?:contract|order form|agreement|paperwork)\b|\bpaperwork (?:can |could )?(?:move|moving|started|going|rolling)\b|\bcan (?:we|i) (?:say|call it|count you in|put you down as)\b[^.?!]{0,20}?\b(?:you're in|a yes|a deal|done|committed)\b|\b(?:verbal|a) yes (?:today|now|on this call|right now)\b|\beasier to cancel than\b/,
  },
  {
    // "you can't risk another year on RunReg", "nobody in this industry can afford to be…", "is that a risk your
    // company wants to carry?", "before the renewal window closes", "people way overthink rollout".
    label: 'fear-mongering',
    gate: ["can't", 'cant', 'afford', 'risk', 'before', 'overthink', 'overthinking', 'overthinks'],
    pattern:
      /\bcan'?t (?:risk|afford) (?:another|one more|to wait|to keep|to be|to sit|to hold off|to delay|to drag|to let)\b|\b(?:nobody|no one|no company|no [\w-]+) (?:in [\w ]{0,25}? )?can afford to\b|\bis (?:that|this) a risk (?:you|your)\b|\bbefore (?:the|your|that) [\w-]+ (?:window|deadline|offer|price|rate|season) (?:closes|ends|expires|runs out|shuts)\b|\boverthink(?:s|ing)?\b/,
  },
  {
    // "what's the worst that happens if you wait another quarter?", "you'll wish you'd done the lot", "I'd be wary
    // of waiting for that", "your competitors are eating your lunch".
    label: 'fear-mongering',
    gate: ['happens', 'happen', 'wish', 'kick', 'wary', "wouldn't", 'lunch'],
    pattern:
      /\bwhat(?:'s| is)? (?:the worst (?:that )?)?(?:happens|could happen|will happen|would happen)\b[^.?!]{0,20}?\bif you (?:wait|hold off|delay|leave it|put (?:it|this|that) off|sit on)\b|\byou(?:'ll| will|'re going to|'re gonna) (?:wish you(?:'d| had)|kick yourself)\b|\bi(?:'d| would) be wary of (?:waiting|holding off|delaying|leaving it)\b|\bi wouldn't (?:wait|hold off|delay|leave it) (?:on|for|till|until|any)\b|\beating your lunch\b/,
  },
  {
    // "I'll bring the order form along too", "the signature page already filled in", "we'd need to get moving today".
    label: 'pushes to close',
    gate: ['bring', 'signature', 'moving', 'going'],
    pattern:
      /\b(?:i'll|i will|i can|we'll|let me) bring (?:the|our|an) (?:order form|contract|agreement|paperwork)\b|\bsignature (?:page|line|block)s? (?:already )?(?:filled|ready|marked|flagged)\b|\b(?:need|have|got) to get (?:moving|going) (?:on (?:this|it) )?(?:today|right now|now|immediately)\b/,
  },
  {
    // The close assumed, as a choice between two ways of buying: "So shall I send the DocuSign to you or to Gareth?",
    // "shall I put you down for the Gold package?", "Which is better for the kick-off call, Monday or Wednesday?".
    label: 'assumes the sale',
    gate: ['shall', 'should', 'put', 'mark', 'pencil', 'sign', 'which', 'day', 'date', 'when'],
    pattern:
      /\b(?:shall|should) (?:i|we) (?:just )?(?:go ahead and )?(?:send|put|pencil|book|set up|get|lock|draw up|raise|start|kick off|schedule)\b[^.?!]*\b(?:docusign|contract|order form|paperwork|agreement|package|plan|tier|bundle|kick-?off|go-live|go live|onboarding|install|(?<!\b(?:after|before|when|once|until) (?:the |your |each |every )?(?:next |first |last )?)invoice|po|purchase order|start date)\b|\b(?:put|mark|pencil|sign) (?:you|them|it) (?:down|in) (?:for|as)\b|\b(?:which|what day|what date|when)\b[^.?!]*\b(?:kick-?off|go-live|go live|onboarding|training|install|installation|rollout|start date)\b[^.?!]*\bor\b[^.?!]*\?/,
  },
  {
    // A yes wanted now, or the customer's process cut short: "What would it take for you to say yes today?", "to get this
    // over the line this week", "Any way to fast-track that?", "Can you not get a chair's action on it?".
    label: 'pushes to close',
    gate: ['yes', 'move', 'moving', 'ahead', 'line', 'commit', 'started', 'going', 'sign', 'signed', 'fast-track', 'fast', 'speed', 'skip', 'shortcut', 'short-circuit', 'chair'],
    pattern:
      /\b(?:say yes|move forward|moving forward|go ahead|over the line|commit|get started|get going|sign (?:it|today|the (?:contract|order|agreement|paperwork))|signed(?! off))\b[^.?!]{0,30}\b(?:today|tonight|this week|this month|this quarter|by friday|by the (?:end|\d+\w*|thirtieth|first|fifteenth|twentieth)|before (?:friday|christmas|the end))\b|\b(?:any way|is there a way|can we|could we|can you|could you) (?:to )?(?:fast-?track|speed (?:that|it|this) up|skip|shortcut|short-circuit)\b|\bchair's action\b/,
  },
  {
    // A price held only for a while: "Can I at least hold the discount for you till Monday?", "The price I mentioned only
    // holds till the thirty-first".
    label: 'false urgency or scarcity',
    gate: ['hold', 'honour', 'honor', 'keep', 'lock', 'only'],
    pattern: /\b(?:hold|honour|honor|keep|lock) (?:the|that|this) (?:discount|price|pricing|rate|offer|deal)\b[^.?!]{0,15}\b(?:till|until|through)\b|\b(?:price|pricing|discount|offer|deal|rate)\b[^.?!]{0,25}\bonly (?:holds|stands|lasts|good|valid|runs)\b/,
  },
  {
    // The risk waved away: "that won't happen with us, mate", "Literally nothing to think about", "zero risk", "The
    // numbers don't lie", "it's rarely an issue", "Our migrations don't have problems".
    label: "dismisses the customer's concern",
    gate: ['us', 'nothing', 'zero', 'lie', 'rarely', 'our'],
    pattern:
      /\b(?:won't|doesn't|never|don't) (?:happen|have problems|have issues)\b[^.?!]{0,10}\bwith us\b|\bnothing to think about\b|\bzero risk\b|\bnumbers don't lie\b|\brarely an issue\b|\bour [\w-]+ (?:don't|never) (?:have|cause|go) (?:problems|issues|wrong)\b/,
  },
  {
    // "Which station would you want live first, Manchester or Leeds?", "you do not want to be explaining a second incident
    // to your insurer", "do you really want that happening again?", "October comes faster than you think", "slots fill
    // up before Q4", "everyone tells me their overtime is special, and it never is".
    label: 'fear, guilt, scarcity or assuming the sale',
    gate: ['which', 'want', 'faster', 'sooner', 'quicker', 'fill', 'fills', 'never', 'rarely'],
    pattern:
      /\bwhich (?:[\w-]+ ){0,6}(?:do|would|shall|should) (?:you|we) (?:want (?:us |me )?(?:to )?)?(?:start|go live|live|roll(?:ing)? out|launch|kick off|begin|onboard)\b[^.?!]{0,40}\bfirst\b|\byou (?:do not|don't|really don't) want to be (?:the (?:one|person|guy|team|manager) )?(?:explaining|telling|answering)\b|\bdo you (?:really )?want (?:that|this|it) (?:happening|to happen) again\b|\b(?:comes?|coming|creeps? up|sneaks? up|arrives?|gets? here) (?:around |round )?(?:a lot |way |much )?(?:faster|sooner|quicker) than you (?:think|expect|realise|realize)\b|\b(?:slots?|spots?|seats?|places?|openings?) (?:\w+ ){0,2}(?:fill|fills) up\b|\b(?:everyone|everybody) (?:tells|says to) me\b[^.?!]*\b(?:and|but) (?:it|they|that) (?:never|rarely) (?:is|are|does|do)\b/,
  },
];

const GATES = gateIndex(CUES.map((c) => c.gate));

/** Pressure cues that match the turn with their gate shut (see `ungatedCues`: none, if the gates are right). */
export function pressureGateMisses(turn: TurnText): number[] {
  return ungatedCues(CUES.map((c) => c.pattern), GATES, turn);
}

/** Finds the first pressure tactic in a turn (lower-cased). */
export function findPressure(turn: TurnText): { label: string; quote: string } | undefined {
  for (const i of gatedCues(GATES, turn)) {
    const cue = CUES[i] as PressureCue;
    const m = cue.pattern.exec(turn.norm);
    if (m) return { label: cue.label, quote: m[0].trim() };
  }
  return undefined;
}
