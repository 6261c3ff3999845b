/**
 * Question detection: which clauses ask the customer something, which one was asked last, and whether it
 * is open (invites a story, opinion or elaboration) or closed (yes/no, one fact, a number, a choice).
 */
import type { QuestionType } from './types';
import type { Clause } from './text';

/** The grammatical shape of a clause, which is most of what decides open versus closed. */
export type ClauseForm = 'wh' | 'inverted' | 'indirect' | 'proposal' | 'tag' | 'declarative';

export interface QuestionFinding {
  type: QuestionType;
  /** The clause that decides the type (the last question asked), if any. */
  clause?: Clause;
  form?: ClauseForm;
  reason?: string;
}

/** Discourse fillers that can precede a question without changing it ("okay so, um, how…"). */
const LEADING_FILLER =
  /^(?:(?:and|or|so|but|ok|okay|(?:roughly|ballpark)(?= how\b)|quickly|oh|ah|um+|uh+|er|erm+|uhm+|hmm+|ha(?:ha)*|well|right|sorry|no|fair(?! to\b)|totally|perfect|nice|lovely|brilliant|awesome|fair enough|now|then|also|like|yeah|yes|cool|great|sure|alright|gotcha|got it|i see|wow|quick one|one more|just|actually|honestly|out of curiosity|(?:just )?out of interest|in that case|coming back to [^,]+|beyond [^,]+|on [^,]+ side|on that|to start|first|second|and then|let me ask it a different way|and also|last one|one last thing|curious)[\s,]+)+/;

const AUX = '(?:do|does|did|is|are|was|were|am|have|has|had|can|could|would|will|should|shall|may|might|must|isn\'t|aren\'t|wasn\'t|weren\'t|don\'t|doesn\'t|didn\'t|haven\'t|hasn\'t|can\'t|couldn\'t|wouldn\'t|won\'t|shouldn\'t)';
const SUBJECT = '(?:you|your|we|they|it|that|this|there|the|he|she|i|any|anyone|anybody|anything|someone|somebody|something|those|these|a|an|all|each|every|most|some|either|[a-z]+\'s|[a-z]+)';

/** Aux-initial interrogative: "do you…", "is there…", "would Tuesday work"; not before "i'll" or "we're" ("…my notes, is I'll ask…"). */
const INVERTED = new RegExp(`^${AUX}\\s+${SUBJECT}\\b(?!'(?:ll|d|m|ve|re)\\b)`);
/** Elliptical yes/no questions in casual speech: "want me to…", "got a few min", "make sense", "anything else". */
const ELLIPTICAL = /^(?:any chance|is there any chance|want me to|wanna|want to|need me to|got (?:a|any|some)|make sense|makes sense\?|sound (?:ok|okay|good|fair|right)|sounds (?:ok|okay|good|fair|right)|fair enough|anything (?:else|specific|in particular|you)|any (?:questions|thoughts|concerns|other)|ever (?:tried|used|looked|considered)|everything (?:ok|okay)|you (?:guys )?(?:using|on|running|still|happy|ok|okay|good|familiar|doing|seeing|thinking)|you (?:guys |all )?(?:ever |already )?(?!(?:know|mean|see)\b)[a-z]{3,}ing\b|still (?:using|on|running)|free (?:on|next|this|for))\b/;

/** Open-intent frames that ask without grammar of a question ("Walk me through…", "I'm curious how…"). */
const INDIRECT_OPEN =
  /\b(?:walk (?:me|us) (?:through|thru)|talk (?:me|us) (?:through|thru)|take (?:me|us) (?:through|thru)|run (?:me|us) (?:through|thru)|(?:(?:could|would|can|might) you|you (?:could|might)) (?:start|begin) by (?:telling|walking|talking|taking|giving) (?:me|us)|(?:(?:could|would|can|might) you|you (?:could|might)) (?:start|begin) by (?:describing|explaining|sketching|outlining)\b|(?:would|is) it (?:be )?(?:ok|okay|alright|all right) if i ask(?:ed)? (?:what|how|why|where|who|about)\b|tell (?:me|us)(?: (?:like|kind of|sort of|maybe|just))?(?: a (?:bit|little)(?: more)?| abit| more| about| how| what| why| where| when| who| which| whether|$)|help (?:me|us) (?:understand|get a (?:sense|feel|picture)|picture)|(?:i'm|i am|i was|just|always|really) (?:curious|wondering|interested in (?:how|what|why|hearing|learning|understanding))|i wonder (?:how|what|why|whether|if)|\bi (?:just )?(?:wanted|want|was going|was gonna|meant) to ask (?:you )?(?:a (?:bit|little) )?(?:about )?(?:how|what|why)\b|i'd (?:really |also |just )?(?:love|like) to (?:hear|understand|learn|know|get a sense|get a feel|get your|dig|(?:start|begin) (?:with|by) (?:how|what|why|where|hearing|understanding))|i(?:'d| would) be (?:keen|curious|interested|glad) to (?:understand|hear|learn|know)|i(?:'d| would) be (?:curious|interested)(?: in)? (?:what|how|whether|why|where|who)\b|\btalk to me about\b|\bgive (?:me|us) (?:a|an) (?:quick |rough |brief |real |little )?(?:picture|sense|example|overview|rundown|feel|idea)\b|(?:it'd|it would) (?:probably |really )?help me to (?:know|understand|hear)\b|it(?:'d| would) (?:really )?be (?:useful|helpful|good|great|interesting|valuable) to (?:understand|hear|know|learn|get a sense)|i'd (?:rather|prefer to|sooner) (?:hear|understand|learn)|(?:wanted|want|wanna) to (?:follow up and )?hear more\b|(?:would|could|can) you (?:say (?:more|a bit|a little)|share|explain|describe|paint|give me|fill me|expand|elaborate|unpack)|say (?:a bit |a little )?more|fill (?:me|us) in|paint (?:me|us) a picture|give (?:me|us) (?:the lay of the land|a sense|an idea|a picture|an overview|a feel|a rundown|the background|some background|some context)|describe (?:for me |how |what |the |your )|explain (?:how|what|why|to me)|(?:do|would) you mind,? (?:(?:uh|um|er|erm|just|kind of|sort of|maybe),? )*(?:walking|walkin|telling|explaining|describing|sharing|talking|taking|running|giving)|share(?<!\b(?:happy to|love to|like to|i can|i could|i'll|let me|lemme|want to|wanted to|we can|glad to|i might|i may|i'd) share) (?:a bit|a little|more|how|what)|how (?:do|would) you (?:describe|explain))/;

/** Wh-words whose answer is a single fact (a number, a name, a date, a choice). */
const CLOSED_WH = /^(?:which|who|whom|whose|when|how (?:many|much|long|often|soon|big|far|old|large|frequently|likely|urgent|quickly|fast|sure|bad)|what (?!numbers\b)(?:time|day|date|percentage|percent|portion|share|proportion|number|size|version|year|month|quarter|age)|what'?s (?:the|your) (?:budget|headcount|timeline|deadline|date|number|volume|size) (?:on|for)\b|what(?:'s| is) (?:the|your) (?:budget|headcount|timeline|deadline|target|threshold|busiest (?:time|month|season|day|period))\b(?! (?:picture|situation|side|conversation|process|like))|what (?!kinda\b|kind of\b|sort of\b)(?:[\w-]+ )?(?:system|software|crm|erp|platform|tool|app|provider|vendor|make|model|brand|version|pms|lims|ehr|emr|pos|cad)s? (?:are|is|do|does|did) (?:you|your|they|the|that|it)\b|what(?:'s| is| would be) (?:a|the) (?:good|best|better|convenient|easy) (?:time|day|window|slot|date)\b|what(?:'s| is) (?:a|the|your) (?:typical|average|annual|monthly|weekly|total|current|rough|ballpark|normal) (?!(?:process|setup|set-up|routing|approach|workflow|plan|situation|way|system)\b)(?![\w' -]*\blooks? like\b)|what(?:'s| is) (?:a|the|your) [\w' -]{1,30}?(?:running|sitting) at\b|what(?:'s| is) (?:the|your|his|her|their) (?:(?:[a-z]+ )?[a-z]+'s )?(?:best |direct |full )?(?:email|e-mail|email address|phone number|number(?! (?:one|1)\b)|name|address|job title|title|extension)\b|what (?!else\b)(?:[\w-]+ )?(?:are|is) (?:you|you guys|they|the team|your team) (?:currently |mainly |mostly )?(?:using|on|running)\b|(?:how|what)(?:'s|s| is) (?:the|your|their) (?:[\w-]+ ){0,2}(?:rate|ratio|percentage)\b)/;
/** "How's Thursday at 2?", "How does next Wednesday afternoon look?": a time put to them to take or leave (coders: closed, 15 of 15). */
const PROPOSED_TIME = /^how(?:'s| is| does| do| would)? (?:(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|later today|early next week|next week)\b|(?:the )?\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)?(?![-\w]))/;
const OPEN_WH = /^(?:what|what's|whats|what're|what've|how|how's|how're|hows|how'd|why|why's|why'd|where|where's|wherever|whatever)\b/;
/** "what … cost …" asks for a number when the rep frames a quantity ("roughly", "per year", "for one shift"). */
const COST_NUMBER = /\bcost(?:s|ing)?\b[^?]*\b(?:roughly|approximately|ballpark|per|a (?:year|month|week|day|shift)|for (?:a|one|say)|across|in total|all in|say)\b|\b(?:roughly|ballpark|approximately)\b/;
const PROPOSAL = /^(?:how about|what if we|what if i|what if (?:the|our) [\w-]+|what about (?:a|we|if we|doing)|why don't we|why not (?:set|schedule|book|do|try|start))\b/;
/**
 * A tag with an auxiliary and a pronoun: "…isn't it", "…can he", "…won't they", "…don't you" (a positive one not with "you", "I"
 * or "we": "if I were you"). The tags below use it.
 */
const AUX_TAG = String.raw`(?:(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|hasn't|haven't|shouldn't) (?:he|she|it|they|you|we|i)|(?:is|are|was|were|does|did|can|could|will|would|has|have|should) (?:he|she|it|they))`;
const TAG = new RegExp(String.raw`(?:,\s*|\s)(?:right|yeah|yes|no|correct|true|isn't that|huh|eh|fair|${AUX_TAG})$|\b(?:did i get that right|is that right|is that fair|am i right|have i got that right|does that sound right|is that accurate|fair to say|does that make sense)$`);

/** A tag closing a turn written without sentence marks, straight after at least three words (not "that's, yeah"). */
const UNMARKED_TAG = new RegExp(String.raw`^(?:[\w'-]+[\s,]+){2,}[\w'-]+(?<!\b(?:um|uh|er|erm|like|that's|it's|so|and|oh|ok|okay|yeah|yes|right)) (?:right|yeah|isn't that|${AUX_TAG})$`);
const TAG_AFTER_COMMA = new RegExp(String.raw`,\s*(?:right|correct|${AUX_TAG})$|\b(?:did i get that right|is that right|is that fair|am i right|have i got that right|does that sound right|is that accurate|fair to say|does that make sense)$`);

/** Rep-centred statements that end in "?" through uptalk rather than asking anything. */
const UPTALK_SELF =
  /^(?:(?:so|and|but|um|uh|like|well|ok|okay|yeah|yep|right|look|honestly|basically)[\s,.]+)*(?:i (?:guess|was (?:hoping|thinking|going|gonna)|just wanted|wanted|thought|hope|think|don't (?:know|think)|mean(?!,? (?:isn't|aren't|wasn't|doesn't|don't|didn't|wouldn't|won't|can't|is|are|do|does|did|would|will|can|could|what|how|why|who|where|when)\b)|will|'ll)|i'm (?:hoping|thinking|going|gonna|just)|i'd (?:like|love) to (?!(?:hear|understand|learn|know))|we (?:are|were|have|do|can|will|offer|provide|help|make|also|just)|we're|we've|we'll|we'd|our\b|us\b)/;
const STRICT_INVERTED = new RegExp(`^${AUX}\\s+(?:you|we|i|they|she|he|there|it|that|this|anyone|anything)\\b`);
/** The clause's first word is an auxiliary, after at most a conjunction, a hesitation or a word and a comma ("and are the night scouts…", "great, would…"). */
const OPENS_WITH_AUX = new RegExp(`^(?:(?:and|but|also|plus|um|uh|er|erm)[\\s,]+|(?:ok|okay|great|right|yeah|yep|perfect|cool|sure|oh|so|fair enough|gotcha|got it|lovely|nice|brilliant|awesome|understood|totally|sorry)\\s*,\\s*)*${AUX}\\s`);
/** A negative auxiliary, then its subject: "wouldn't your team love that", "isn't the rota the real problem". */
const NEGATIVE_INVERTED = /^(?:wouldn't|isn't|doesn't|don't|aren't|won't|can't|didn't|haven't|hasn't)\s+(?:your|the|that|this|it|they|you|he|she|we)\b/;
/** The same in a turn with no punctuation at all, where "right but are your fans happy…" has no comma to give. */
const OPENS_WITH_AUX_UNMARKED = new RegExp(`^(?:(?:and|but|also|plus|um|uh|er|erm|ok|okay|great|right|yeah|yep|perfect|cool|sure|oh|so|fair enough)\\s+)*${AUX}\\s`);
/**
 * The same with a noun phrase for subject, then at least two more words: "is the front desk ever stuck waiting",
 * "do the fitters ever misread those", "would Thursday work for you". Not "do your best" or "could be worse".
 */
const NP_INVERTED = new RegExp(
  `^(?!do (?:your best|the (?:math|maths|rest|same|honou?rs|work|job|thing))\\b)(?:do|does|did|is|are|was|were|has|have|can|could|would|will|should)\\s+(?:the|your|our|these|those|most|all|any|each|every|everyone|everybody|anybody|[a-z]+'s|monday|tuesday|wednesday|thursday|friday|tomorrow|next)\\s+\\S+\\s+\\S+`,
);
/**
 * The same with a name for subject, as the rep wrote it: "is Dana gonna make it onto this call", "does Ruth do the
 * invoicing" (an auxiliary said twice in a transcript, "is is Dana…", counts once).
 */
const NAMED_INVERTED = /^(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Oo][Kk]|[Oo]kay|[Uu]m|[Uu]h|[Ee]r)[\s,]+)*([Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Dd]oes|[Dd]id|[Hh]as|[Hh]ave|[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill|[Ss]hould)(?:\s+\1)?\s+(?!I\b)[A-Z][a-z]+\s+\S+\s+\S+/;
/** The question after a condition asks for a count or a time: "…how many more depots…", "…how quickly would…" ("how much" asks what it is worth). */
const CONDITION_THEN_QUANTITY = /\bhow (?:many|quickly|soon|fast|long|often|far)\b/;
/** Leave to ask, and nothing else: "can I ask", "could I just ask you something". */
const BARE_ASK = /^(?:can|could|may|might) i (?:just |quickly )?ask(?: you)?(?: (?:something|a question|one thing|a quick one))?[\s,—-]*$/;
/** "How much pressure is the board putting on…", "how much do they lean on that app": a degree, not an amount. */
const HOW_MUCH_DEGREE = /^how much (?:of a )?(?:pressure|difference|flexibility|pushback|weight|say|influence|appetite|impact|effect|support|resistance|risk|control|visibility|trust|friction|tolerance|interest|buy-in|urgency|stress|headache|noise|grief)\b|^how much (?:do|does|did|would|will) (?:you|they|he|she|it|that|this|those|these|the [\w-]+|[a-z]+) (?:(?:really|actually|still|honestly) )?(?:lean|rely|matter|depend|care|affect|drive|weigh|hurt|influence|worry|trust|use|value|miss|struggle|notice|help|change)\b/;
/** A greeting or a single word said with a rising "?" (see askForm). */
const RISING_ASIDE = /^(?:(?:hi|hey|hiya|hello|morning|afternoon|good (?:morning|afternoon))[, ]+(?:(?:um|er|uh),? )?(?:(?:mr|mrs|ms|dr)\.? )?[a-z]+|right|honestly|seriously|really|exactly|see)$/;
/** A relative clause: "which (I think) would help", "which is £240 a month", "who cut their re-runs by 70%" (not "which would you…"). */
const RELATIVE_CLAUSE = /^(?:which (?:(?:i think|i reckon|i guess|i'd say|honestly|probably|frankly|basically|obviously|again|really|actually|might|would|could) )?(?:is|was|would|should|could|might|will|means|covers|helps|saves|takes|gives|lets|ties|sounds|fits|works|stops|cuts|makes|help|save|cover|stop|cut)\b(?!\s+(?:you|they|we|i|your|the team|better|easier|more|most|best|biggest|bigger|worse|worst|quicker|faster|it be|that be|matter|make (?:the|a|more)|mean (?:the|more))\b)|who (?:(?:i think|honestly|actually) )?(?:cut|did|had|went|was|switched|saved|got|moved|came|started|ran|built)\b(?!\s+(?:you|they|we|i)\b)|where (?:i|we|you|they|he|she)(?: (?:can|could|will|would|might|just|then))* (?!(?:are|is|were|was|do|does|did|have|has|had|think|reckon|see|feel|want|need|stand|land|lose|get|find|go|end up|usually|normally|typically|currently|actually|really)\b)[a-z]+)/;
/** "Tell me" said of others, not asked: "that's what our customers tell us". */
const OTHERS_TELL_US = /\b(?:customers|clients|they|people|everyone|everybody|users|members|folks|operators|guys) (?:always |all |often |usually )?tell (?:me|us)\b/;
/** Feedback invited on what the rep will send or show, without a "?": "…and you tell me what I've got wrong". */
const FEEDBACK_LATER = /\byou(?: can| could|'ll)? tell me (?:what|where|if|whether)\b[^?]*\b(?:wrong|missed|missing|short|fits?|works?|off)\b/;
/** A figure asked for: what something cost, was worth, came to or runs at. */
const ASKS_FIGURE = /\b(?:cost|costs|costing|worth|came to|ran to|run to|runs to|adds? up|added up|spent|spend|rate|budget|figure|total)\b/;
/** Something proposed and "work", "suit" or "any good": "does next week work", "would the 14th suit you", "is Thursday at two any good". */
const PROPOSES_WORKS = /^(?:does|would|will|could|is)\s+(?:[\w-]+\s+){1,3}(?:work|suit|any good|ok|okay|alright|good for you|better)\b(?:\s+[\w'-]+){0,5}$/;
/** A day, a part of the day, a date or an hour ("next Tuesday", "the twelfth", "half two", "10am"). */
const WHEN = String.raw`(?:(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:the )?(?:morning|afternoon|evening)|tomorrow|lunchtime|noon|(?:the )?\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|o'clock)?|(?:half |quarter past |quarter to )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock)?|(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|twenty-[a-z]+|thirty-first))`;
/**
 * Two times offered and nothing else, to end the turn without a "?" ("monday the tenth or wednesday the twelfth",
 * "thursday works, morning or afternoon"): a choice put to them (coders: closed, 7 of 7 such labelled turns).
 */
const BARE_CHOICE = new RegExp(String.raw`^(?:(?:maybe|say|either|so|then|or)\s+)?${WHEN}(?:\s+[\w']+){0,2}\s+or\s+${WHEN}(?:\s+[\w']+){0,2}$`);

/** "I understand you're reviewing…?" checks the rep's understanding, so it is a question. */
const CHECKING_SELF = /^(?:(?:so|and|but|um|uh|well|ok|okay)[\s,.]+)*i (?:understand|take it|gather|hear|think i heard)\b/;

/**
 * A question word that ends a clause without a question mark ("…when those get there late what happens"); not after a
 * preposition or a verb of knowing ("…would feel like a red flag after what happened", "I want to understand what happened").
 */
const TRAILING_WH = /\b(?<!\b(?:after|about|of|from|since|with|by|before|at|for|on|over|know|knew|see|saw|remember|explain|hear|heard|understand|tell you|matter) )(?:what happens|what happened|and why|how come|in what ways?|how so)$/;
/** A condition, then the question, with no mark between ("when one leaves what happens to the routes"). */
const CONDITION_THEN_WH = /^(?:(?:and|so|but|ok|okay|um|uh|like)\s+)*(?:when|if|once|whenever)\b(?:\s+[\w'-]+){1,16}?\s+(?:what|how|who(?:'s)?(?!\s+(?:are|is|was|were)\b))\s+(?:(?:much|many)(?: [\w-]+){0,2}\s+|(?:kind|sort|type) of [\w-]+\s+|(?:quickly|soon|fast|long|often|far)\s+)?(?:actually |usually |typically |normally |really |then )?(?:happens|happened|does|do|did|would|will|is|are|was|gets|goes|changes|gonna|going to|[a-z]{3,}s)\b/;
/** A fragment that ends in "how?" or "why?" asks the customer to explain their own words ("Not great how?"); a bare probe ("Meaning?", "And then?") asks them to go on. */
const ECHO_WH = /\b(?:how|why|how so|in what way|like what)(?: (?:tho|though|exactly|today|now))?$|^(?:meaning|and then|then|then what|such as|how do you mean|in what sense|for example|for instance)$/;
/** A few words and a closing "how" (not "that's how", "I know how", "no matter how"). */
const SHORT_HOW = /^(?!.*\b(?:that's|this is|here's|know|knew|see|saw|it's|exactly|matter|wonder|show|learn|is|was|are)\b)(?:[\w'-]+ ){1,3}how(?: (?:tho|though|exactly|today|now|late|bad|much))?$/;
/** A question word that asks for one fact, not the start of a relative clause ("which means…", "who is…"). */
const LAST_FACT = /^(?:which (?!(?:is|was|means|meant|reminds|leaves|left|puts|brings|costs|leads|led|explains|sounds|seems|tells|shows|adds|goes|comes|happens|matters|works|fits|suits|covers|includes|sits|gets|got|has|had|does|did|should|might|must|may|i|we|you|they|it|that|this|would|will|could|can|makes|made|gives|lets|helps|saves|takes|keeps)\b)|who (?!(?:is|was|are|were|i|we|you|they)\b)|how (?:many|much|long|often)\b(?! (?:i|we)\b))/;
/** A wh-word then an auxiliary and its subject: the order of a question, not of a relative clause. */
const WH_QUESTION_ORDER = /^(?:which|who|when|where)(?: else)?(?: [\w-]+){0,2}? (?:are|is|do|does|did|would|will|can|could|should|were|was|has|have)\s+(?:you|your|they|we|the|he|she|it|i|be|there|all|most)\b|^(?:who|where) else\b|^(?:when|where) (?:is|are|was|were|do|does|did|would|will|can|could|should)\b|^(?:when|where)'s\b/;
/**
 * The rep offers to do the telling ("Let me share a bit about how we work, and you tell me where it doesn't fit", "I'll
 * describe how we'd approach it"): "describe how…" and "tell me where…" there ask nothing (coders: 189 of 189 such
 * turns without a "?" are not questions).
 */
const OFFERS_TO_TELL = /\b(?:let me|i'll|i will|i should(?: probably)?|i can|i could|allow me to) (?:just |briefly |quickly |now |first )?(?:describe|explain|share|tell you|walk you through|take (?:a|two|a couple of) (?:minutes?|moments?))\b/;
/** "I was hoping to (just) hear / understand / learn / get a feel for how…": an invitation when it ends in "?". */
const HOPE_TO_HEAR = /\bi(?:'m| am| was|'d)?(?: just| really| kind of| sort of| basically| mostly)? (?:hoping|wanted|want|meant|going) to (?:(?:just|like|kind of|kinda|sort of|maybe|er|erm|um|uh|,|\s)+)?(?:hear|understand|learn|get a (?:feel|sense|picture)|find out|ask)\b[^?]*\b(?:how|what|why|where|who|about)\b/;
/**
 * An offer said with a rising "?" ("maybe we could do a demo with you and Graham sometime?", "I can line up a reference
 * call if you like?"): it asks their consent, even in a turn that pitches.
 */
const OFFERS_WITH_RISE = /\b(?:i|we) (?:could|can) (?:(?:[\w'-]+ ){0,2})?(?:show|set (?:up|you up)|send|line up|connect|pull up|book|pencil|run|do|get)\b|\bmaybe (?:we|i) (?:could |can )?(?:do|get|set|book|show|look|run)\b|\bif (?:you (?:like|want|'d like)|that(?:'s| is| would be|'d be) (?:ok|okay|alright|all right|useful|helpful|easier))\b/;
/** "And when something is weird?": a condition asked as a question means "what happens then", not "at what time". */
const ELLIPTICAL_WHEN = /^(?:when|whenever|if|once) (?:something|someone|somebody|anything|it|that|this|they|you|we|the|a|an|your|their|there|things|stuff|people|he|she)\b/;
/** "How many nurses r on the night shift": a quantity question without "?", with its verb a few words on. */
const QUANTITY_NO_MARK = new RegExp(`^how (?:many|much|long|often)\\b(?:\\s+[\\w'-]+){0,5}?\\s+(?:${AUX.slice(3, -1)}|r|u)\\b|^how (?:many|much) [\\w-]+(?: [\\w-]+)? (?:on|in|at|per|across)\\b`);
/** "does the fee come out of your budget or is that absorbed": an either-or question needs no question mark. */
const ALTERNATIVE_NO_MARK = new RegExp(`^${AUX}\\s+\\S+.*\\bor (?:is|are|was|were|do|does|did|will|would|has|have|can) `);
/** "…and so do you.", "neither have we": agreeing by ellipsis, not asking. */
const SO_DO_I = new RegExp(`^(?:(?:and|but)\\s+)?(?:so|neither|nor)\\s+${AUX}\\s+[\\w'-]+$`);
/** "you guys survive the rush?": a yes/no question with its "did" dropped, not a statement. */
const DROPPED_AUX = /^(?:you|you guys|y'all) (?:ever |still |already |all )?(?:survive\w*|get|got|manage\w*|make|made|catch|caught|find|found|hear|heard|see|saw|try|tried|need|want|end up|happen to|plan)\b/;
/** "Curious how…": the curiosity frame without "I'm" still asks. */
const BARE_CURIOUS = /^(?:(?:so|and|but|ok|okay|oh)[\s,]+)*curious (?:how|what|why|where|whether|if|about|to hear)\b/;
/** Frames that embed a question ("I'm curious how many…"); the embedded question decides open or closed. */
const EMBEDDING = /^(?:(?:so|and|but|ok|okay|oh)[\s,]+)*(?:(?:i'm|i am|i was|just|always|really) (?:curious|wondering)|curious|i wonder|i'd (?:love|like) to know|i(?:'d| would) be (?:curious|interested)(?: in)?) (?:about )?(.*)$/;
/** A wh-question followed by three or more short options ("Where do those live, SharePoint, a validated system, paper?"). */
const OPTION_LIST = /^(?!what would (?:it|that|this) (?:mean|change|be worth|do)\b)(?:what|where|which|who|how)\b[^,]+(?:,\s*(?:or\s+)?[^,\s]+(?:\s+[^,\s]+){0,3}){3,}$(?<!\b(?:kind of thing|sort of thing|etc|and so on|or whatever|stuff like that|anything like that))/;
/** "How much is that costing the business?" asks about the impact, not for a figure. */
const IMPACT_MUCH = /^how much (?:is|are|has|have|does|did|was|were) (?:[\w'-]+ ){1,4}(?:costing|hurting|affecting|impacting|slowing|holding back|setting back)\b|^how much (?:would|will|could|might|does|did) (?:that|this|it) (?:really )?(?:matter|change|help|mean|affect|improve|hurt|solve)\b|^how much of (?:your|the|their|that) (?:[\w-]+ )?(?:problem|pain|issue|headache|trouble|work|load) (?:would|could|will|does)\b/;
/** Asks for a sum: "what does that come to", "what's a lost member worth over a year" (not "when it comes to…"). */
const SUM_NUMBER = /\b(?:add|adds|added) up to\b|\b(?<!\b(?:when|if|once) (?:it|that|this|[a-z]+) )(?:come|comes|came|amount|amounts) to\b(?! (?:see|light|that|audit|think|terms|mind|an end|a head|the|it|this|a)\b)|\bworth\b[^?]*\b(?:over a|per|a (?:year|month|week))\b/;
/** Describing the plan of the call ("I'd love to hear X and then share a bit about us") is agenda, not a question. */
const AGENDA_PLAN = /\b(?:and )?then (?:if [\w' ]{1,30}?,? )?(?:we|i|i'll|we'll|share|show|decide|talk|go|dig)\b|\bto set expectations\b|\bmy plan\b|\bthe plan (?:is|was|for (?:today|the call|this call|our call))\b/;
/** Afterthoughts that soften a question already asked ("…, would you say?"); they don't ask anything new. */
const AFTERTHOUGHT = /^(?:would you say|do you think|you think|y'think|d'you reckon|do you know|any idea|do you reckon|would you guess|if you don't mind me asking|if that makes sense|if you know what i mean|if that's ok(?:ay)?|roughly|approximately|more or less|if (?:there is|there's|there are|any|anywhere|at all|so|not|ever|you have one))$/;
/** A bare check of the rep's summary ("Did I get that right?"): its SPIN comes from what is being checked. */
export const CHECK_ONLY = /^(?:(?:so|and|ok|okay)[\s,]+)?(?:did i get that right|is that right|right|yeah|correct|is that fair|am i right|have i got that right|does that sound right|is that accurate|fair to say|did i miss anything|anything i missed|what did i miss|(?:is )?that (?:about )?right|sound about right|that fair)$/;

/** The last clause stripped: askForm, clauseForm and openOrClosed each ask for the same clause in turn. */
let lastStripped = { text: '', stripped: '' };
function stripFiller(text: string): string {
  if (lastStripped.text !== text) lastStripped = { text, stripped: text.replace(LEADING_FILLER, '').replace(/^[\s,.]+/, '') };
  return lastStripped.stripped;
}

/** Classifies the grammatical form of a clause (lower-cased, end mark removed). */
export function clauseForm(clauseText: string): ClauseForm {
  const t = stripFiller(clauseText);
  if (PROPOSAL.test(t)) return 'proposal';
  if (BARE_CURIOUS.test(clauseText)) return 'indirect';
  if (OPEN_WH.test(t) || /^(?:which|who|whom|whose|whos|when)\b/.test(t)) return 'wh';
  if (INDIRECT_OPEN.test(t)) return 'indirect';
  if (/^(?:can|could|may|might) i (?:just )?ask\b/.test(t)) return 'indirect';
  if (INVERTED.test(t) || ELLIPTICAL.test(t)) return 'inverted';
  if (TAG.test(t)) return 'tag';
  return 'declarative';
}

const WH_THEN_VERB = new RegExp(`^(?:what|how|why|where|when|who|which)(?!ever)(?:'s|'re|'d|'ve)?\\s*(?:(?:kind|sort|type|part) of\\s+)?(?:\\w+\\s+){0,2}?(?:${AUX.slice(3, -1)}|happens|happened|goes|went|gets|got|makes|made|drives|drove|would|'s|broke|breaks|works|suits|changed|changes|caused|causes|failed|fails|stopped|stops|surprised|surprises|led|leads|slowed|slows|kept|keeps|worries|bothers|frustrates|annoys|scares|hurts)\\b`);

/**
 * A free relative as the subject, not a question: "what matters is that it works", "how we do it is simple", "What
 * SunCrest does is put panels up there" (what something does, then what it is). "What system is that", "what time was
 * that again" end on their subject: those ask, and so does "how big is the wholesale side" (how, a word, then the verb).
 */
function isFreeRelative(t: string): boolean {
  return (
    /^what [\w'-]+(?: [\w'-]+){0,3} (?:does|did|do|offers?) is\b/.test(t) ||
    /^(?!how [\w-]+ (?:is|was|are|were)\b)(?:what|how|where|when|why|who) (?!(?:would|do|did|does) you (?:say|think|reckon|guess)\b)[\w'-]+(?: [\w'-]+){0,4} (?:is|was|are|were) (?:that|the|to|what|how|why|a|an|just|really|not|because|where|when|simple|easy|pretty|very|so)\b(?!(?: (?:sorry|again|exactly|then|now|called|there))*$)/.test(t)
  );
}

/** A wh-word straight before its subject, so not asking in question order: "what they need…", "how we do it…" (but "how are…"). */
function whBeforeSubject(t: string): boolean {
  return /^(?:what|how|where|when|why) (?:i|we|you|they|he|she|it|that|this|those|these|the|our|your)\b/.test(t) && !/^how (?:are|is|do|does|did)\b/.test(t);
}

/** The rep saying what they know, feel or picture of the customer's world: "I can imagine how often that phone goes". */
const KNOWS_WH = /\bi (?:(?:can|could|completely|totally|fully|really|definitely|do|kind of|just) )*(?:get|imagine|appreciate|see|know|understand|remember|realise|realize|hear|love|like) (?:exactly |just |now )?(?:how|why|what|where|when|who)\b|\b(?:tells|told|shows|showed) (?:me|us) (?:a (?:fair |great |good )?(?:bit|lot) )?(?:about )?(?:how|why|what|where|when|who)\b/;

/**
 * A turn whose wh-words only embed a statement: a free relative opening one of its sentences or clauses ("What I heard
 * is that the warehouse is understaffed"), what the rep knows or pictures ("I completely get why a deposit would feel
 * risky") or what they offer to tell ("Let me explain what the crew meant"). A word model hears a question in "what",
 * "how" and "why" there; the rules do not.
 */
export function whOnlyStates(norm: string): boolean {
  return KNOWS_WH.test(norm) || OFFERS_TO_TELL.test(norm) || norm.split(/[.!;:,\u2014]\s*|\s+-\s+/).some((part) => {
    const t = stripFiller(part.trim());
    // A free relative, or a wh-word before its subject in a clause that says what something is ("what they need is…").
    return isFreeRelative(t) || (whBeforeSubject(t) && /\b(?:is|was|are|were)\b/.test(t));
  });
}

/** A wh-clause is a question only when an auxiliary or verb follows the wh-word ("what do you…", "why'd…"). */
function whIsInterrogative(t: string, end: Clause['end']): boolean {
  if (end === '?') return !/^(?:which|what|who)\s+(?:is|was)\s+(?:exactly|why|what|how|where)\b/.test(t);
  if (/^what (?:a|an)\b/.test(t)) return false; // exclamation
  // "how come you're not sure", "what time's good for Kofi": "how come" asks; so does a wh-word, its noun and "'s".
  if (/^how come\b|^(?:what|which) [a-z]+'s (?!(?:the|a|an|my|our|your|their|his|her)\b)/.test(t)) return true;
  // "How often is that happening, per week": a quantity asked in question order, whatever follows.
  if (/^how (?:often|long|much|many)(?: [\w-]+)? (?:is|are|was|were|do|does|did|has|have|will|would|can)\b/.test(t)) return true;
  if (isFreeRelative(t)) return false;
  if (QUANTITY_NO_MARK.test(t)) return true;
  // "Flats, sure. What about the slow leaks": a follow-up that names the next thing to talk about.
  if (end === '' && /^what about (?:the|your|their|those|that|this|[a-z]+s)\b/.test(t)) return true;
  // A clipped question: "How often.", "Who else", "Why not".
  if (/^(?:how (?:often|many|much|long|come|so)|who else|what else|why not|why|how|when|where|which (?:suits|works|is better|would suit|would work)(?: you| for you)?(?: best| better)?)$/.test(t)) return true;
  // The turn's last words, unpunctuated, in question order: "what falls through the cracks most",
  // "how many units you guys managing", "and how many returns a week".
  if ((end === '' || end === '.') && (/^(?:what|who) (?:usually |typically |normally |actually |really |ever |kind of [\w-]+ (?:usually |typically )?|sort of [\w-]+ (?:usually |typically )?)?(?!(?:is|was|means|makes|sounds|tells|matters|counts|knows|helps|works)\b)[a-z]{3,}s\b(?!.*\b(?:is|are|was)\b)/.test(t) || /^how (?:many|much) [\w-]+(?: [\w-]+)? (?:you|you guys|y'all|do|does|are|is|a|per|each) /.test(t) || /^how (?:many|much)(?: of)? [\w-]+(?: [\w-]+)? (?:go|goes|come|comes|get|gets|run|runs|need|needs|use|uses|hit|hits|end up|ring|call|turn|turns|show|shows|drop|drops|fail|fails|break|breaks|happen|happens|sit|sits|land|lands|slip|slips|go out|come in)\b(?! (?:is|was|are|were)\b)/.test(t))) return true;
  if (/^(?:which|who)\s+(?:is|are|was|means|makes|would|could|can|will|might|sounds|tells)\b(?!\s+(?:you|i|we|they|he|she)\b)|^which (?:goes|gives|lets|helps|saves|takes|speaks|keeps|puts|ties|fixes|solves|covers)\b/.test(t)) return false; // relative clause
  // "…award, which the team are chuffed about.", "…, which I think would cut…": a relative clause in a statement.
  if (end === '.' && /^which (?:i|we|you|they|he|she|the|that|this|it|honestly|basically|obviously|again)\b/.test(t)) return false;
  if (whBeforeSubject(t)) return false;
  if (/^(?:when|whenever|where) (?:a|an|someone|somebody|something|anyone|people|nobody|no one)\b/.test(t)) return false; // "when an agency is late, …"
  // "what sort of things go wrong": a plural kind of thing and its verb.
  if (/^(?:what|which) (?:kinds?|sorts?|types?) of [\w-]+s (?:go|get|break|happen|come|cause|slip|fall|fail|end up|stop)\b/.test(t)) return true;
  return WH_THEN_VERB.test(t) || /^(?:what's|whats|how's|hows|why's|why'd|how'd|what'd|where'd|who'd|where's|who's|whos|when's)\b/.test(t);
}

/** The clause is in a turn without a single sentence mark (its one sentence has no end). */
function inUnmarkedTurn(clause: Clause): boolean {
  return clause.sentence === 0 && clause.sentenceEnd === '';
}

/** An indirect frame that asks, not one that plans the agenda, offers to tell, reports what others tell us or invites feedback later. */
function indirectAsks(t: string, clause: Clause): boolean {
  return !AGENDA_PLAN.test(t) && !OFFERS_TO_TELL.test(t) && !OTHERS_TELL_US.test(t) && !(clause.end !== '?' && FEEDBACK_LATER.test(t));
}

/** The two times a clause ends on after its last comma, when that is all it offers (see BARE_CHOICE). */
function offeredTimes(t: string): string | undefined {
  const choice = t.slice(t.lastIndexOf(',') + 1).trim();
  return BARE_CHOICE.test(choice) ? choice : undefined;
}

/** Is this clause asking the customer something, and in what form? */
export function askForm(clause: Clause): ClauseForm | undefined {
  const t = stripFiller(clause.text);
  const form = clauseForm(clause.text);
  if (form === 'indirect') return indirectAsks(t, clause) ? form : undefined;
  // "I was hoping to just hear how the co-op handles settlements? If that's ok.": with its "?", the hope asks.
  if (clause.end === '?' && HOPE_TO_HEAR.test(t) && !OFFERS_TO_TELL.test(t)) return 'indirect';
  // "…, when those get to the office late what happens": the question word comes last.
  if (clause.end !== '?' && (TRAILING_WH.test(t) || CONDITION_THEN_WH.test(t))) return 'wh';
  if (clause.end === '?' && form === 'declarative' && ECHO_WH.test(t)) return 'wh';
  // "Scheduling done how", "Messy how tho", "Late how late.": a few words, then "how" to close the turn.
  if (clause.end !== '?' && clause.last === true && SHORT_HOW.test(t)) return 'wh';
  // "Which vendor", "Who in finance signs off on software, usually", "How many separate systems, roughly": a
  // fact asked for as the turn's last sentence (not an example tacked on: "like which KPIs").
  if (clause.end !== '?' && clause.last === true && clause.first === true && LAST_FACT.test(t) && !/^(?:like|such as|say)\b/.test(clause.text)) return 'wh';
  if (form === 'proposal') return clause.end === '?' || clause.end === '' ? form : undefined;
  // In a sentence that ends in a full stop, "which", "who", "when" or "where" after a comma continues the statement
  // ("…, which should cover both of those.", "…, who's still waiting."), unless it asks in question order ("Sorry, which
  // CRM are you on", "timing-wise, when are you hoping…", "who else…").
  if (form === 'wh' && (clause.sentenceEnd === '.' || clause.sentenceEnd === '!') && clause.first === false && /^(?:which|who|who's|whose|when|where)\b/.test(t) && !WH_QUESTION_ORDER.test(t)) return undefined;
  // Whatever ends the sentence, "…, which I think would help?" and "…a customer in Leeds, who cut their re-runs by 70%?" go on
  // with the statement (a rising "?" on a relative clause, or no mark at all).
  if (form === 'wh' && clause.first === false && RELATIVE_CLAUSE.test(t) && !/^(?:and|or)\b/.test(clause.text)) return undefined;
  if (form === 'wh') {
    if (whIsInterrogative(t, clause.end)) return form;
    // "when it was a real one walk me through what that looks like": a time or condition, then an indirect question.
    return /^(?:when|whenever)\b/.test(t) && INDIRECT_OPEN.test(t) && indirectAsks(t, clause) ? 'indirect' : undefined;
  }
  if (form === 'inverted') {
    if (clause.end === '?' || /^(?:want me to|need me to)\b/.test(t)) return form;
    if (ELLIPTICAL.test(t) || SO_DO_I.test(clause.text)) return undefined;
    // Without a question mark only a clear aux + pronoun inversion counts ("do you use…"), not "will do",
    // or an either-or question ("are reminders automatic or is Carla calling").
    // A noun-phrase subject only where the clause opens its sentence ("…, does the checklist" lists what he does) and
    // its first word is the auxiliary, after at most a conjunction ("Okay is the new bad" has "okay" for subject).
    const npAsks = clause.first === true && (NP_INVERTED.test(t) || NAMED_INVERTED.test(clause.raw)) && (OPENS_WITH_AUX.test(clause.text) || (inUnmarkedTurn(clause) && OPENS_WITH_AUX_UNMARKED.test(clause.text)));
    // A negative auxiliary before its subject asks wherever it stands ("…, wouldn't your drivers love that").
    // A time or a number proposed at the end of the turn asks, whatever came before: "…, does next week work", "would forty five work".
    const proposes = clause.last === true && PROPOSES_WORKS.test(t);
    return STRICT_INVERTED.test(t) || npAsks || proposes || ALTERNATIVE_NO_MARK.test(t) || NEGATIVE_INVERTED.test(t) ? form : undefined;
  }
  // Without a "?", a tag needs its comma and must end the turn ("…three days, right."): "ha yeah.", "that's fair.",
  // "Excel, yeah." and "cheers for squeezing me in, eh." ask nothing (coders: 1 question in 75 such turns).
  // A turn with no punctuation at all has no comma to wait for: "pretty slick right", "you're on Shopify yeah" (coders: 9 of 9
  // unpunctuated turns ending in "right" ask).
  if (form === 'tag') return clause.end === '?' || (clause.last === true && (TAG_AFTER_COMMA.test(t) || (inUnmarkedTurn(clause) && UNMARKED_TAG.test(t)))) ? form : undefined;
  if (clause.end !== '?') return clause.last === true && form === 'declarative' && offeredTimes(t) !== undefined ? 'proposal' : undefined;
  // A declarative ending in "?": a checking question about the customer's world, or mere uptalk.
  if (CHECKING_SELF.test(t)) return 'declarative';
  // "So you got burned by the last vendor?" checks a summary; "you guys survive the rush?" drops its "did".
  if (DROPPED_AUX.test(t) && !/^(?:(?:ok|okay|right|oh|wow)[\s,]+)*so\b/.test(clause.text)) return 'inverted';
  if (UPTALK_SELF.test(t)) return undefined;
  // "Right?! Now here's the thing…", "Honestly? That's a non-issue.", "Hey, Marcus? It's Jen from…": a word or a greeting
  // with a rising "?" before the rep carries on asks nothing.
  if (clause.last !== true && RISING_ASIDE.test(clause.text)) return undefined;
  return 'declarative';
}

/** Open or closed, with a reason that quotes the cue. */
function openOrClosed(clause: Clause, form: ClauseForm): { type: 'open' | 'closed'; reason: string } {
  const t = stripFiller(clause.text);
  const quote = (s: string) => `'${s}'`;
  switch (form) {
    case 'indirect': {
      const cue = INDIRECT_OPEN.exec(t)?.[0] ?? HOPE_TO_HEAR.exec(t)?.[0] ?? /^\w+ i (?:just )?ask\b/.exec(t)?.[0] ?? 'can i ask';
      const inner = EMBEDDING.exec(clause.text)?.[1];
      const embedded = /^(?:(?:can|could|may|might) i (?:just )?ask|(?:is it|would it be) (?:ok|okay|alright|all right) if i ask(?:ed)?) (?:you )?(.*)$/.exec(t)?.[1] ?? (inner && /^how (?:many|much)\b/.test(inner) ? inner : undefined);
      if (embedded && (CLOSED_WH.test(embedded) || !OPEN_WH.test(embedded) || /\bor (?:whether|if)\b/.test(embedded)))
        return { type: 'closed', reason: `closed question: asks for a specific fact (${quote(embedded.split(' ').slice(0, 3).join(' '))})` };
      return { type: 'open', reason: `open question: invites them to explain (${quote(cue)})` };
    }
    case 'proposal': {
      const choice = clause.end !== '?' ? offeredTimes(t) : undefined;
      if (choice !== undefined) return { type: 'closed', reason: `closed question: offers times to choose from (${quote(choice)})` };
      return { type: 'closed', reason: `closed question: proposes an option to accept or decline (${quote(t.split(' ').slice(0, 3).join(' '))})` };
    }
    case 'tag':
    case 'declarative':
      return { type: 'closed', reason: 'closed question: checks a statement for a yes or no' };
    case 'inverted': {
      const embeddedWh = /^(?:do you (?:know|think|have a sense of|remember)|would you say|could you (?:say|guess)|can you (?:say|guess))\s+(?:roughly\s+)?(what|how|why|where|who|which|when)\b(.*)$/.exec(t);
      // "Do you know roughly what that renewal ended up costing you?" asks for a figure (coders: closed, 25 of 25).
      if (embeddedWh && OPEN_WH.test(embeddedWh[1] ?? '') && !CLOSED_WH.test(`${embeddedWh[1]}${embeddedWh[2]}`) && !ASKS_FIGURE.test(embeddedWh[2] ?? ''))
        return { type: 'open', reason: `open question: asks ${quote(embeddedWh[1] ?? '')} about their situation` };
      if (/^(?:could|can|shall|should) we (?:start|begin|kick off) (?:with|by)\b.*\b(?:what|how|why)\b/.test(t))
        return { type: 'open', reason: "open question: proposes to start with what they think ('start with … what')" };
      return { type: 'closed', reason: `closed question: a yes/no question (${quote(t.split(' ').slice(0, 2).join(' '))})` };
    }
    case 'wh': {
      if (clause.end !== '?' && TRAILING_WH.test(t)) return { type: 'open', reason: "open question: asks 'what happens'" };
      if (!OPEN_WH.test(t) && !CLOSED_WH.test(t) && ECHO_WH.test(t)) return { type: 'open', reason: `open question: asks them to explain (${quote(t.split(' ').slice(-2).join(' '))})` };
      // "if you win it how many more cleaners are we talking", "if the trial works how quickly would you want…": a number.
      const quantity = ELLIPTICAL_WHEN.test(t) ? CONDITION_THEN_QUANTITY.exec(t) : null;
      if (quantity) return { type: 'closed', reason: `closed question: asks for a number (${quote(quantity[0])})` };
      // "once Dave retires who's gonna pick up the maintenance": who, after a condition.
      if (/^(?:when|whenever|if|once)\b/.test(t) && /\bwho(?:'s)?\s+(?:\S+\s+)?\S+$/.test(CONDITION_THEN_WH.exec(t)?.[0] ?? '')) return { type: 'closed', reason: 'closed question: asks who' };
      if (ELLIPTICAL_WHEN.test(t)) return { type: 'open', reason: `open question: asks what happens then (${quote(t.split(' ').slice(0, 3).join(' '))})` };
      if (IMPACT_MUCH.test(t)) return { type: 'open', reason: "open question: asks how much it is hurting them" };
      if (HOW_MUCH_DEGREE.test(t)) return { type: 'open', reason: 'open question: asks how much it weighs with them' };
      // "Which part of that bothers you most?": a choice within their own story, which coders hear as open (20 of 27).
      if (/^which (?:part|parts|bit|bits|piece|side|aspect|aspects)\b/.test(t)) return { type: 'open', reason: "open question: asks which part matters, inviting them to explain" };
      if (PROPOSED_TIME.test(t)) return { type: 'closed', reason: `closed question: proposes a time to take or leave (${quote(t.split(' ').slice(0, 2).join(' '))})` };
      if (OPTION_LIST.test(t)) return { type: 'closed', reason: 'closed question: offers a list of options to choose from' };
      if (CLOSED_WH.test(t)) {
        const cue = CLOSED_WH.exec(t)?.[0] ?? '';
        return { type: 'closed', reason: `closed question: asks for one fact (${quote(cue)})` };
      }
      if (/^what/.test(t) && COST_NUMBER.test(t)) return { type: 'closed', reason: "closed question: asks for a number ('what … cost')" };
      if (/^what/.test(t) && SUM_NUMBER.test(t)) return { type: 'closed', reason: "closed question: asks for a total ('what … come to')" };
      if (/^(?:what|where)\b[^,]*\b(?:or)\b\s+\w+$/.test(t) && /\bor\b/.test(t) && /^what (?:do|does|are|is)\b/.test(t) && t.split(' ').length <= 12)
        return { type: 'closed', reason: 'closed question: offers a choice between options' };
      const wh = /^(\w+)/.exec(t)?.[1] ?? 'what';
      return { type: 'open', reason: `open question: asks ${quote(wh.replace(/'.*$/, ''))}, inviting them to explain` };
    }
  }
}

/**
 * Finds the questions in a turn. The last question asked decides the type (guide: stacked questions are
 * labelled by the last one).
 */
/** What the rep will do after hearing them, or the call's plan: "…and then maybe I could tell you about us", "mostly I want to hear…". */
const AGENDA_AFTER = /\b(?:then|see if|about us|tell you|plan|agenda|a few questions|some questions|mostly|before i|at the end|a fit|slides|take long|few minutes|listen|what we do|our stuff|product)\b/;

/**
 * "So I guess I just wanted to learn how you do rostering right now, like how you keep track of the crews": a hope to
 * hear about their world with no "?" asks when nothing but examples follow it (coders: 29 of 36 such turns ask). Followed
 * by the call's plan ("…and then maybe I could tell you about us") it sets the agenda (23 of 26 not a question); followed
 * by a question, that question is the one asked. Not used before the customer has spoken (see SETS_AGENDA in index.ts).
 */
export function hopesAsk(cls: Clause[], forms: (ClauseForm | undefined)[]): (ClauseForm | undefined)[] {
  const at = cls.findIndex((c, i) => forms[i] === undefined && c.end !== '?' && HOPE_TO_HEAR.test(c.text));
  if (at < 0 || cls.slice(at).some((c) => c.end === '?') || forms.slice(at).some((f) => f !== undefined) || OFFERS_TO_TELL.test(cls[at]!.text)) return forms;
  if (AGENDA_AFTER.test(cls.slice(at).map((c) => c.text).join(' '))) return forms;
  return forms.map((f, i) => (i === at ? 'indirect' : f));
}

export function findQuestion(
  cls: Clause[],
  isStatement: (c: Clause) => boolean = () => false,
  forms: (ClauseForm | undefined)[] = cls.map(askForm),
): QuestionFinding {
  let last: { clause: Clause; form: ClauseForm } | undefined;
  let choice: Clause | undefined;
  let opened: { examples: Clause; reason: string } | undefined;
  for (const [i, c] of cls.entries()) {
    const form = forms[i];
    if (!form) continue;
    if (last && last.clause.sentence === c.sentence && AFTERTHOUGHT.test(stripFiller(c.text))) continue;
    // "…cost you, roughly, when you add it all up?": a condition after a question belongs to it.
    if (last && last.clause.sentence === c.sentence && ELLIPTICAL_WHEN.test(stripFiller(c.text))) continue;
    // "I'd love to start with how you decide — who's involved and how it moves": a list that spells out an
    // invitation; "Walk me thru how it gets built, like who does it and with what?": examples that spell it out.
    // So does a "who…?" that spells out what the invitation is about ("Talk me through the driver side, who's actually doing
    // the drops?"); "Tell me about the night shift, how many staff?" asks for the number.
    // A bare "can I ask," hands over to the question after it: "Can I ask — who else besides Alan signs off?".
    if (last && last.form === 'indirect' && last.clause.sentence === c.sentence && !BARE_ASK.test(stripFiller(last.clause.text)) && (c.end !== '?' || /^(?:like|e\.g|such as|for example|for instance)\b/.test(c.text) || (form === 'wh' && /^(?:and )?(?:who|who's|whose)\b/.test(stripFiller(c.text))))) continue;
    // "How does a decision get made, like who's involved and how it moves?": examples after an open question
    // keep it open (the examples still say what it is about).
    // So does a "who" or "which" after a "how" question ("How are vendor assessments done today, who owns them?": coders
    // called 16 of the 20 such questions in the labelled sets open).
    const elaborates = /^like (?:who|what|when|where|which|how|whether)\b/.test(c.text) || (/^(?:who|who's|which)\b/.test(c.text) && /^how (?:do|does|did|are|is|would)\b/.test(stripFiller(last?.clause.text ?? '')));
    const asked = last && last.form === 'wh' && last.clause.sentence === c.sentence && elaborates ? openOrClosed(last.clause, last.form) : undefined;
    if (asked?.type === 'open') {
      opened = { examples: c, reason: asked.reason };
      last = { clause: c, form };
      continue;
    }
    if (form === 'declarative') {
      // A fragment after a real question elaborates it ("How's the team set up — size, channels?"),
      // and a product statement with a rising "?" is still a statement. A fragment that offers a choice
      // ("What do you forecast with today, the ERP module or spreadsheets?") makes the question closed.
      if (last && last.clause.sentence === c.sentence) {
        if (c.end === '?' && last.form === 'wh' && /\bor\b/.test(c.text) && c.text.split(' ').length <= 12) choice = last.clause;
        continue;
      }
      if (isStatement(c) && !OFFERS_WITH_RISE.test(c.text)) continue;
    }
    last = { clause: c, form };
  }
  if (!last) return { type: 'none' };
  if (choice === last.clause) return { type: 'closed', clause: last.clause, form: last.form, reason: 'closed question: offers a choice between options' };
  if (opened?.examples === last.clause) return { type: 'open', clause: last.clause, form: last.form, reason: opened.reason };
  const { type, reason } = openOrClosed(last.clause, last.form);
  return { type, clause: last.clause, form: last.form, reason };
}
