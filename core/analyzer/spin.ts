/**
 * SPIN type of the decisive question (Rackham): the semantic class of what it asks about.
 * Checked from the most specific to the most general: need-payoff (value of solving), implication
 * (consequences of a problem), problem (difficulty), else situation (facts about the current state).
 */
import { GRIEVANCE, PRAISE_TAG } from './lexicon';
import type { SpinType } from './types';

interface SpinRule {
  spin: Exclude<SpinType, 'none'>;
  pattern: RegExp;
  reason: string;
}

/** What they would do with what they got back, how they'd judge it worked, what would have to be true. */
const PAYOFF_EVERYDAY = /\bpays? for itself\b|\bwhat would make (?:it|this|that) (?:an easy yes|a no-brainer|worth it|a win)\b|\bwhat would (?:you|they|he|she|the team|your team|your [\w-]+) (?:be )?(?:doing|do|spend\w*) with (?:that|the|those|this|all that)\b|\bwould it (?:matter|make a difference) if\b|\bwhat would (?:need|have) to be true\b|\bhow would (?:you|they|we) (?:judge|know|measure|tell|decide) (?:whether|if)\b|\bwould look like\b|\bwouldn'?t it be (?:nice|great|good|amazing|awesome)\b/;
/** Effects in other words: what it is doing to them, where it shows up, who copes, what it hits. */
const IMPLICATION_EVERYDAY = /\bfeeds? into\b|\b(?:fed|feeds?|feeding) through (?:in)?to\b|\b(?:is|are|else) feeling (?:it|the pinch|the pain)\b|\bhow (?:do|does|did|would|will) (?:[\w-]+ ){1,5}(?:react|respond)\b|\bhow does (?:it|that|this|an? [\w-]+(?: [\w-]+)?|the [\w-]+(?: [\w-]+)?) land\b|\b(?:doing|done) to\b|\bshow(?:s|ing)? up (?:day to day|anywhere|for|with|at|on)\b|\bbite (?:you|them|us)\b|\bcop(?:e|ed|ing) with\b|\b(?:did|does|has|will|would) (?:that|it|this|those) (?:\w+ )?hit\b|\bplay(?:s|ed)? into\b|\b(?:been|be) worth\b|\bmean(?:s|t)? for\b|\boverlap with\b|\brepresent(?:s)? in\b|\bhow much pressure\b|\bwhat happens when you(?! try)\b|\bknock(?:s|ed|ing)? on\b/;
/**
 * What goes wrong, in everyday words: things falling through the cracks, messy, unreliable, the back and
 * forth, push-back, reservations, what hurts most, why people skip or avoid it, what causes it.
 */
const PROBLEM_EVERYDAY = /\bincidents?\b|\b(?:has|have|'s|'ve)(?: [\w-]+){0,3}? been dealing with\b|\bwhen (?:they|you|people|customers|members|patients|staff|guests|drivers|the team) (?:can't|cannot|couldn't|aren't able to)\b|\b(?:go|goes|went|gone|going) (?:sideways|south|pear-shaped)\b|\btrip(?:s|ped)? (?:you|them|him|her|us|people|the team) up\b|\b(?:soft|weak|sore) spots?\b|\bpain points?\b|\b(?:buried|drowning|swamped)\b|\bfall(?:s|ing)? through the cracks\b|\bmess(?:y|ier|iest)\b|\btroubl\w*|\breservations?\b|\bunreliab\w*|\bhurts? (?:the )?most\b|\bback(?: |-)and(?: |-)forth\b|\bpush(?:es|ing)? back\b|\bpushback\b|\bwhy do you think (?:\w+ ){0,3}(?:skip|don't|do not|avoid|ignore|miss|leave|quit|won't|aren't|never)\b|\bwhat (?:usually |typically |normally )?causes?\b|\b(?:didn't|did not|doesn't|don't) land\b|\bcompared (?:to|with) what you(?:'d)? (?:hoped|expected|wanted|planned)\b|\b(?:you're|you are|they're|they are) (?:missing|losing)\b|\bthat (?:\w+ )?(?:isn't|aren't|doesn't|don't|can't)\b|(?<!\b(?:when|if|once) |')\b(?:nobody|no one|no-one) (?:really |actually |ever |properly )?(?:watches|checks|reads|looks at|picks up|answers|owns|notices|follows up|chases|tracks|monitors)\b/;

/**
 * Substrings every alternative of these lexicons contains: a sentence without any of them skips the
 * regex (speed only, never a different answer).
 */
const NEEDS_ONE_OF = new Map<RegExp, readonly string[]>([
  [PAYOFF_EVERYDAY, ['what would', 'would it', 'how would', 'would look like', 'wouldn', 'for itself']],
  [IMPLICATION_EVERYDAY, ['feed', 'fed', 'feeling', 'react', 'respond', 'land', 'doing to', 'done to', 'show', 'bite', 'cop', 'hit', 'play', 'worth', 'mean', 'overlap', 'represent', 'pressure', 'happens when', 'knock']],
  [PROBLEM_EVERYDAY, ['incident', 'dealing with', 'cannot', 'sideways', 'south', 'pear-shaped', 'trip', 'spot', 'pain point', 'buried', 'drowning', 'swamped', 'cracks', 'mess', 'troubl', 'reservation', 'unreliab', 'hurt', 'back', 'why do you think', 'cause', 'land', 'compared', 'missing', 'losing', "n't", 'nobody', 'no one', 'no-one']],
]);

/** "If X were solved, what would it mean / change / help?" and explicit value words. */
const NEED_PAYOFF: RegExp[] = [
  /\bwhat would (?:it|that|this) (?:actually |really |honestly )?(?:mean|be worth|do for)\b/,
  /\bif\b(?!.*\b(?:keeps?|continues?|doesn't|don't|not|never|worse|fails?|slips?|stays? the same)\b).*\b(?:would|'d|could|might)\b.*\b(?:mean|change|changed|help|helped|look like|use|land|feel|free|do for|make possible|difference|worth|value|benefit|allow|let you|enable)\b/,
  /\b(?:would|'d|could)\b.*\b(?:mean|change|help|look like|land|feel|difference|be worth|do for|make possible|use that time)\b.*\bif\b/,
  /\b(?:success|successful|ideal|ideally|good outcome|great outcome|win look|payoff|pay off|worth to you|value to|valuable|useful|benefit)\b(?! to (?:understand|hear|know|learn|get a sense))/,
  /\bwhy(?:'s| is| would| does| are) .*\b(?:important|matter|a priority)\b|\bwhy\b[^?]*\bworth (?:addressing|fixing|solving|tackling|doing|changing)\b|\b(?:important|matter) (?:to you|for you|now)\b/,
  /\b(?:hoping|hope|hopes) (?:\w+ ){0,3}(?:will|would|to|can|could) (?:do|get|achieve|change|fix|solve|accomplish|deliver|improve)\b/,
  /\bwould (?:you|they|he|she) (?:want|like) to (?:be able|see|tell|show)\b/,
  // Wanting to tackle a problem is about the value of solving it.
  /\b(?:want|wanted|like) to (?:tackle|fix|solve|sort out|clean up|get ahead of)\b/,
  /\b(?:how|what) would (?:you|they|the team|your team) (?:use|do with|spend)\b/,
  /\bwhat would (?:a |the )?(?:good|great|better|ideal|successful|first|best)\b/,
  /\bwouldn't (?:it be|you (?:love|like|want|rather)|that be)\b|\bimagine (?:if|being|having|never)\b/,
  /\bwhat (?:would|could) (?:that|this|it) (?:make possible|open up|free up)\b/,
  // The problem gone and what they would do instead: "if the planners weren't stuck firefighting, what would you
  // want them spending that time on?"
  /\bif\b[^?]*\b(?:weren't|wasn't|didn't have to|no longer|never had to|could stop|stopped|got rid of)\b[^?]*\bwhat would\b|\bwhat would (?:you|they) (?:want|like) (?:[\w-]+ ){0,2}(?:spending|doing|to spend|to do|to focus|focusing)\b/,
  PAYOFF_EVERYDAY,
  // Offers of help and rhetorical pitches ask about the value of a solution.
  /\bwould (?:it|that|this) (?:help|be (?:useful|helpful|worth|valuable)|(?:give|get) (?:you|him|her|them|the team|your team))\b|\b(?:doesn't|don't|wouldn't) (?:every|any|all) (?:[\w-]+ ){0,2}(?:want|need|love)\b|\bwhat if (?:i (?:told|showed) you|(?:you|your team|they) could)\b|\b(?:time|hours|days|weekends|evenings|jobs?|lives|sleep|sanity|control) back\b/,
];

/**
 * A rhetorical question that sells the value ("Isn't that a massive upgrade for your viewers?", "Doesn't that beat a
 * group text?", "Who wouldn't want that?", "Could it be any simpler?", "Can you picture your Friday nights with half
 * the stress?", "Pretty slick, right?"). In the labelled sets coders call need-payoff 160 of 168 questions that open
 * with a negative ("Isn't that…"), 11 of 12 "Can you imagine/picture…" and all 6 praise tags. One that airs a
 * grievance ("Isn't it maddening when…") is not selling anything.
 */
const RHETORICAL_VALUE = new RegExp(String.raw`^(?:(?:and|so|but|well|honestly|seriously|come on|i mean|now|look|plus)[\s,]+)*(?:isn't|wouldn't|doesn't|won't|aren't|don't you (?:want|think|love|agree|wish)|who (?:wouldn't|doesn't|does not|would not))\b(?! (?:it|that|this|they|you|he|she|there|we)$)(?![^.?!]*\b(?:${GRIEVANCE})\b)|\bno-brainer\b|\bcould (?:it|this|that) be any (?:simpler|easier|better|faster)\b|\bcan you (?:just )?(?:imagine|picture)\b(?![^.?!]*\b(?:${GRIEVANCE})\b)|${PRAISE_TAG}|\bspeaks? for (?:itself|themselves)\b`);

/** The value of something lost ("what's each lost member worth to you") is a cost, not a payoff. */
const LOSS_VALUE = /\b(?:lost|losing|missed|empty|churned|cancel+ed|late|failed|idle)\b(?: [\w-]+){0,3} (?:worth|cost)\b/;

/** Small talk and the plan of the call ask for facts, whatever words they borrow ("what you hope to get out of the hour"). */
const SMALL_TALK = /\bget out of (?:the|this|today's|our) (?:hour|call|meeting|session|conversation|time)\b|^(?:(?:hey|hi|hello|so|um|uh)[\s,]+)*how's it going$/;

/** A rate of something going wrong ("the no-show rate", "mis-pick rate") measures a problem. */
const BAD_RATE = /\b(?:no-show|no show|error|mis-?picks?|churn|turnover|denial|defect|scrap|returns?|failure|cancellation|attrition|rework|miss|late|bounce|vacancy|dropout|absentee\w*|complaint|rejection|write-off) (?:rate|ratio|percentage)s?\b/;

const IMPLICATION: RegExp[] = [
  // Effects reaching people or places downstream: "what happens to the business if…", "how did the client take it",
  // "how's that landing with the board", "has it ever made it into a deliverable", "what's happening to your A/R".
  /\bwhat(?:'s| is)? happen(?:s|ing)? (?:to (?:the|your|their|them|him|her)|on (?:your|their|the) end (?:if|when)|(?:then |next )?if)\b|\bif\b[^?]*\bwhat (?:happens|then)\b|\bhow(?:'d| did| do| does| would| will| have| has| is| are|'s) (?:the |your |their |those |that )?(?:[\w-]+ )?(?:client|customer|patient|board|examiner|surveyor|auditor|regulator|physician|doctor|nurse|staff|designer|driver|teacher|principal|parent|owner|mayor|council|investor|partner|boss|manager|team|member|student|family|famil)\w* (?:view|viewed|viewing|react|reacting|handle|handled|handling) (?:it|that|this|those|these|the|them)\b|\bhow(?:'d| did| do| does| would| will| have| has| is| are|'s) (?:[\w-]+ ){1,3}(?:take|took|taken|taking) (?:it|that|this|those|these|the news)\b|\bland(?:s|ed|ing)? with\b|\bever (?:made it|make it|gotten|got|slipped|leaked|reached|gone) (?:\w+ ){0,3}(?:into|out to|through to|in front of)\b|\bhow (?:big|bad|expensive|costly) (?:are we talking|was (?:it|that|the hit)|of a hit)\b|\b(?:get|got|been|gotten|getting) hit\b|\bburn(?:ing|ed|t)? out\b|\bend(?:s|ed)? up (?:getting|being|paying|losing|dropping|costing|squeez\w*|slipping)\b|\bsqueez\w*|\bwhat (?:are|is) (?:[\w-]+ ){1,2}not (?:doing|getting to)\b|\bwhat do you (?:tell|say to) (?:them|him|her|the|your)\b|\bthrough (?:that|this|it) again\b|\bhappen again\b/,
  /\bleft on the table\b|\bleav(?:e|es|ing) (?:money )?on the table\b|\bwhat (?:would|could|will|might) happen\b|\bmeans? for (?:the|your|you|their|them)\b|\bland(?:s|ed)? on (?:you|them|him|her|the|your|their)\b|\b(?:come|comes|came|add|adds|added|amount|amounts) (?:up )?to\b|\bwalk(?:ing|ed|s)? out(?: the door)?\b|\bliabilit\w*|\bhow (?:did|do|does|would|will|have|has) (?:the |your |their )?(?:customers|clients|patients|leadership|board|management|parents|residents|members|growers|donors|guests|users|buyers|students|employees|investors|regulators|auditors|inspectors|boss|execs|executives|partners|council|cfo|ceo)\b(?: [\w-]+){0,2} (?:feel|felt|react|reacted|respond|responded|take|took)\b/,
  /\bcost(?:s|ing)? (?:you|the|your|us|them|him|her)\b|\bcosting\b|\bruns? you\b|\bsets? you back\b|\bwhat(?:'s| is| does| did| has| would) (?:[\w-]+ ){0,3}cost\b|\bcost of (?:that|this|those|the (?:delay|downtime|errors?|problem|mistakes?))\b|\b(?:affect|affects|affected|affecting|impact|impacts|effect|effects|consequence|consequences|ramification|knock-on|ripple|downstream|fallout|toll)\b/,
  /\bwhat (?:does|did|will|would) (?:\w+ ){1,3}do to\b|\b(?:do|does|did|doing|done) (?:\w+ ){0,2}to (?:your|the|you|their|how|morale|customers|renewals|delivery|revenue|cash)\b/,
  /\bhappens? (?:if|after|downstream)\b|\bhappened (?:to|after|next|since)\b|\bwhat (?:actually |really |usually |typically )?happens\b(?=.*\b(?:down|fail\w*|break\w*|late|slip\w*|miss\w*|wrong|errors?|stuck|short|behind|lose|lost|drop\w*|crash\w*|stop\w*|delay\w*|drag\w*|wait\w*|expire\w*|problems?|issues?|mistakes?|slow\w*|backlog|pile\w*|slid\w*|tank\w*|dip\w*|bounc\w*|not|don't|doesn't|can't|won't|keeps? growing|worse)\b)/,
  /\b(?:does|did|do) (?:it|that|this) mean for\b|\bwhat does (?:it|that|this) mean\b/,
  IMPLICATION_EVERYDAY,
  // The trouble first, then what follows from it: "When a ticket is wrong, what happens at the till?", "and when
  // something does slip through, what happens next?".
  /\b(?:when|whenever)\b[^?.]*\b(?:down|fail\w*|break\w*|broke|late|slip\w*|miss\w*|wrong|errors?|stuck|short|behind|lose|lost|drop\w*|crash\w*|stop\w*|delay\w*|problems?|issues?|mistakes?|backlog|not|don't|doesn't|can't|won't|isn't|aren't|off sick|out sick|off)\b[^?.]*\bwhat (?:actually |really |usually |typically )?happens\b/,
  // Stakes and how it sits with people: "what's riding on it", "how is that sitting with the staff",
  // "how's it hitting the gate side", "what happens the day Dale's out sick".
  /\bwhat(?:'s| is) riding on\b|\bhow(?:'s| is| has) (?:that|this|it|all (?:that|this))(?: [\w-]+)?(?: been)? (?:sitting with|hitting|hittin'|landing|flowing (?:through )?(?:to|into)|rippling)\b|\bhow (?:is|are|has|have) (?:[\w-]+ ){1,4}(?:been )?(?:reacting|responding)\b|\bwhat happens (?:on )?the day\b/,
  /\b(?:lose|lost|losing|loss|hurt|hurts|damage|risk|risks|penalt\w*|fines?|turnover|burnout|burn out|morale|churn|complain\w*|suffer\w*|overtime|write-offs?|written off|write them off|leave undone|left undone|fall behind|take away from|takes away)\b/,
  /\b(?:means|meant) for\b|\bplay (?:with|out)\b|\bland with\b|\bhow serious\b|\bshowing up\b|\bshow up in\b|\bcame out of\b|\bchanged since\b|\bhow did (?:that|the|it) (?:go|conversation)\b|\bhow did that (?:change|affect)\b|\bbecause of (?:that|this|it)\b|\bas a result\b|\bto do with\b|\bwait\b/,
];

const PROBLEM: RegExp[] = [
  PROBLEM_EVERYDAY,
  // Counting their trouble: "how many no-shows are we talking", "how often do loads get rejected".
  /\bhow (?:many|often)\b[^?.]*\b(?:no-shows?|errors?|complaints?|call-?outs?|breakdowns?|failures?|delays?|cancellations?|rejections?|rejected|mistakes?|disputes?|chargebacks?|incidents?|outages?|write-?offs?|refunds?|escalations?|breaches?|defects?|stockouts?|shortages?|accidents?|misses|missed|complain\w*|go(?:es)? wrong|fall(?:s)? through)\b/,
  // Satisfaction, visibility and the reason they took the call ask what is not working.
  /\bhow (?:happy|satisfied|pleased|comfortable) (?:is|are|were|was)\b|\b(?:visibility|insight) (?:into|over|on)\b|\bwhat (?:made|got|prompted|brought) you (?:want to |decide to |to )?(?:take|look|reach|explore|start|agree)\b|\b(?:findings|observations|citations|deficienc\w+|violations|write-ups)\b/,
  /\b(?:hard|harder|hardest|tough|tougher|toughest|barriers?|blockers?|objections?|object(?:s|ed|ing)? to|how bad|worrying|difficult|difficulty|difficulties|challenge|challenges|challenging|struggle|struggles|struggling|frustrat\w*|headache|headaches|hate|hates|dislike|annoy\w*|pain|painful|problem|problems|issue|issues|wrong|broken|breaks? down|fall short|falls short|bottleneck\w*|slow|slows|waste|wasted|gap|gaps|fail|fails|failed|failing|fix|tried|killed|stop using|stopped using|go wrong|went wrong|errors?|mistakes?|mess|bother\w*|worry|worries|worried|concern|concerns|keeps? you up|unhappy|not happy|not working|isn't working|aren't working|doesn't work|spike|spikes|behind it|not trust|don't trust|distrust|expensive|stuck|falling through|fall through|slipping|slips?|slipped|chokes?|choking|stall\w*|bog\w* down|bottlenecks?|drag\w*|pil\w+ up|fall\w* apart|break\w*|broke|mind-numbing|tedious|repetitive|manual|what happened with|when you try|fixing|hectic|chaos|chaotic|weird|skeptic\w*|hesitant|hesitation|nervous|ignor\w*|not (?:great|good|ideal)|(?:getting|got|gotten|gets) worse|behind (?:the|it|all)|(?:what's|what has|what have|what) (?:stopped|kept|held|prevented)|what(?:'s| is| do you think is) (?:really )?(?:driving|causing)|prompted|working (?:out )?for you)\b/,
  /\bhow (?:are|do|is|were|did) (?:you|they|the team|your team|he|she) (?:\w+ )?feel(?:ing)?\b/,
  /\blet (?:you|them|the team|us|him|her) down\b|(?<!(?:n't|not|never) )\bgets? in the way\b|\bhow(?:'s| is| are) (?:that|it|this|they|those|these|yours|theirs|the [\w-]+|your [\w-]+) (?:[\w-]+ ){0,2}(?:working|going|holding up)\b|\bhow (?:are|is|do|does|'s) (?:[\w-]+ ){1,3}finding (?:it|that|this|the|them|those)\b|\bhow well\b|\bwhat (?:do|does) (?:you|they|he|she) (?:like|not like)\b|\blike and (?:not like|dislike)\b|\bhow often\b|\bwhy'?d? .*\bstop\b|\bwhat'?s not\b|\bwhere (?:do|does) .*\b(?:break|fall|go wrong|tend)\b|\bwhat (?:makes|made) (?:you|them|it) (?:not|feel)\b|\bmakes you not\b|\bbiggest (?:gap|headache|problem|issue|challenge|pain)\b|\bwhat (?:went|goes) wrong\b/,
];

/** An offer of a next step ("Would it help if I sent…", "would it be useful to see how…") asks about their diary, not the value of solving anything. */
const OFFER = /\bwould (?:it|that|this) (?:be )?(?:help(?:ful)?|useful|worth(?:while)?|valuable)(?: (?:to|for) you)?(?: if (?:i|we|our|my)\b| to (?:see|have|get|set up|book|schedule|hop|jump|run|try|send|loop|bring))/;

/** Questions about what hurts, asked so plainly that an effect word in them doesn't make them implication. */
const PROBLEM_PLAIN = /^(?:(?:and|so|but|ok|okay)[\s,]+)?how come\b|\bsticking points?\b|\bweigh(?:ing|s)? on (?:you|your|them)\b|\bbit(?:ing|ten)? (?:you|your|them)\b|\bclunky\b|\bmoan(?:s|ing)? about\b|\bpush ?back\b|\b(?:giving|gives|give) (?:you|them|the team) (?:the most |more |any )?grief\b|\b(?:bugging|bothering|bugs|bothers|annoys|annoying) (?:you|them|your|their)\b|\bwhere (?:does|do) it (?:hurt|pinch)(?: (?:the )?most)?\b|\bkeep(?:s|ing)? you up at night\b|\b(?:bad|worst|rough|ugly|painful|nightmare) (?:day|night|week|month|shift|one|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\bgets? ugly\b|\bhow (?:do|does|did|are|is|were) (?:[\w-]+ ){1,4}feel(?:ing)? about\b/;

/** Success criteria and the hypothetical that frees them up ("What would a pilot have to prove…", "Say X. What changes?"). */
const PAYOFF_CRITERIA = /\bwhat would (?:a |the )?win\b|\bwhat would it take (?:for|to)\b|\bhow (?:would|could|might) (?:having|getting|winning|fixing|cutting|saving|recovering|solving|freeing|reducing|removing|ending|knowing|seeing) [^?]*\b(?:change|help|affect|shift|improve)\b|\bwhat would (?:winning|getting|having|fixing|cutting|saving|recovering|solving|freeing|reducing|halving|doubling|removing|ending)\b[^?]*\bmean\b|\bwhat would (?:a|the|your) [\w-]+(?: [\w-]+)? (?:have|need) to (?:prove|show|deliver|demonstrate|achieve)\b|\bgood enough\b|\bcall it a (?:win|success)\b|\btake it seriously\b|^(?:say|suppose|imagine|picture|let's say)\b.*\bwhat (?:changes|would change|would be different|does that change|would that change)\b/;

/**
 * How a hoped-for result would go down with the people who decide ("How would a number like that play with your
 * board?", "How do you think that would land with them?"): the value of solving it, where "how did it land with the
 * board" asks what a problem did. Coders call 17 of 19 such questions in the labelled sets need-payoff.
 */
const PAYOFF_LANDS = /\bhow (?:would|will|might|could|do you think|d'you think) (?:[\w-]+ ){0,6}(?:play|land|go down|sit) with\b/;

/** "Why now?", "Why is now the moment to tackle it?": why solving it matters now (the guide's "Why is fixing this important now?"). */
const WHY_NOW = /\bwhy now\b|\bwhy (?:is )?(?:now|this year|this quarter) (?:the |a )?(?:right |good )?(?:moment|time)\b/;

/** "What would your board need to see before approving it?": their decision criteria, a fact about how they buy. */
const DECISION_CRITERIA = /\b(?:need|needs|want|wants|have) to see\b[^?]*\b(?:before|sign(?:s|ing)? off|approv\w*|move forward|go ahead|get comfortable|feel comfortable|feel confident)\b/;

const RULES: SpinRule[] = [
  { spin: 'situation', pattern: SMALL_TALK, reason: 'situation: small talk or the plan of the call' },
  { spin: 'situation', pattern: OFFER, reason: 'situation: offers a next step' },
  { spin: 'problem', pattern: PROBLEM_PLAIN, reason: 'problem: asks about a difficulty or dissatisfaction' },
  { spin: 'need_payoff', pattern: PAYOFF_CRITERIA, reason: 'need-payoff: asks what success would have to look like' },
  { spin: 'need_payoff', pattern: WHY_NOW, reason: 'need-payoff: asks why solving it matters now' },
  { spin: 'need_payoff', pattern: PAYOFF_LANDS, reason: 'need-payoff: asks how the result would go down with them' },
  { spin: 'need_payoff', pattern: RHETORICAL_VALUE, reason: 'need-payoff: a rhetorical question about what it is worth' },
  { spin: 'implication', pattern: LOSS_VALUE, reason: 'implication: asks what a loss costs them' },
  { spin: 'problem', pattern: BAD_RATE, reason: 'problem: asks how often something goes wrong' },
  ...NEED_PAYOFF.map((pattern) => ({ spin: 'need_payoff' as const, pattern, reason: 'need-payoff: asks what solving it would be worth' })),
  ...IMPLICATION.map((pattern) => ({ spin: 'implication' as const, pattern, reason: 'implication: asks about the consequences of a problem' })),
  ...PROBLEM.map((pattern) => ({ spin: 'problem' as const, pattern, reason: 'problem: asks about a difficulty or dissatisfaction' })),
  // Checked last, so a payoff word ("…to call it a win", "…worth rolling out") still makes it need-payoff.
  { spin: 'situation', pattern: DECISION_CRITERIA, reason: 'situation: asks how they decide' },
];

/**
 * Classifies the SPIN type of a question from its sentence (lower-cased). Returns the first matching
 * class, most specific first, with the cue quoted in the reason.
 */
export function classifySpin(questionSentence: string): { spin: Exclude<SpinType, 'none'>; reason: string } {
  for (const rule of RULES) {
    const gate = NEEDS_ONE_OF.get(rule.pattern);
    if (gate && !gate.some((g) => questionSentence.includes(g))) continue;
    const m = rule.pattern.exec(questionSentence);
    if (m) return { spin: rule.spin, reason: `${rule.reason} ('${m[0].trim().split(/\s+/).slice(0, 5).join(' ')}')` };
  }
  return { spin: 'situation', reason: 'situation: asks about facts of their current setup' };
}
