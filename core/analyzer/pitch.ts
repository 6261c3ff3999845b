/**
 * Pitch detection: the rep presents their own product, company, features, claims, customers, awards,
 * price or a demo. A pitch is value-linked when it is explicitly tied to a need the customer stated.
 */
import { GRIEVANCE, PRAISE_TAG } from './lexicon';
import { gatedCues, gateIndex, ungatedCues, type TurnText } from './gate';
import type { ProductVocabulary } from './types';

/** The label of every price cue; a turn that pays money back skips them (see `pitchCuesIn`). */
const TALKS_PRICE = 'talks price';

export interface PitchCue {
  pattern: RegExp;
  /** What the rep is doing, phrased for the rep ("describes our product"). */
  label: string;
  /** Only counts outside question clauses (asking "do you use our app?" is not presenting it). */
  statementOnly?: boolean;
  /**
   * Words of which every alternative of the pattern contains at least one ('#digit' stands for any
   * number, '#dollar' for '$'), so most turns skip the regex entirely. Speed only: never changes a decision.
   */
  gate: readonly string[];
  /** Does not count when every number in the clause is one the customer said ("So it's $210 a pop…" echoes theirs). */
  echo?: boolean;
  /** An offer (a demo, a trial): still counts when the rep asks leave to make it ("mind if I share my screen and show you…"). */
  offer?: boolean;
  /**
   * Said in passing on the way to a real question ("So if I send it over with the Friday pricing, you'll pass it to
   * Helen?", "I've got a short deck, I'll whip through it, sound good?"): a clause it matches is not uptalk.
   */
  inPassing?: boolean;
}

/**
 * Asking leave to tell them something ("Okay if I mention how we handle kits?", "If it's alright, I'll share a little
 * about how we might help"): the rep has not pitched yet. Not when the telling follows a colon in the same breath.
 */
export const ASKS_LEAVE = /\b(?:mind|ok|okay|alright|all right|fine) if i (?:mention|share|explain|tell you|talk about|run through|mentioned|shared|explained|told you|talked about|ran through)\b|\bif (?:it's|that's|it is|that is) (?:alright|all right|ok|okay|fine)(?: with you)?,? i(?:'ll| will| could| can)? (?:just )?(?:share|mention|explain|tell you)\b(?![^.?!]*:)/;

/**
 * The rep makes good on a failure with money back: "we're crediting you the full cost of the original job, $18,600",
 * "I'm applying a $6,000 credit to your October invoice", "the SLA credit note", "as a goodwill gesture", "we'll replace
 * them at our cost". The sums
 * named there are not our price, and explaining the fix is not presenting what we sell: coders called 1 of 13 such
 * turns in the labelled sets a pitch (one that also waived a fee "if you go ahead").
 */
export const COMPENSATES =
  /\b(?:we're|we are|we'll|we will|i'm|i am|i'll|i will|we've agreed(?: internally)? to|we've already|i've already) (?:also |now |just |already |going to |gonna )?(?:apply(?:ing)? an? (?:[^ ]+ )?credit|issu(?:e|ing) an? (?:[^ ]+ )?(?:credit|refund)|credit(?:ing)?|refund(?:ing)?|reimburs(?:e|ing))\b|\b(?:sla|goodwill) credit\b|\bcredit note\b|\bgoodwill gesture\b|\bat (?:our|no) (?:own )?(?:cost|expense) to you\b|\bat our (?:own )?(?:cost|expense)\b|\ba credit of\b|\b(?:[\d,.£$€]+k?|\w+-month|\w+-week) credit\b/;

/** A number in words, for prices said aloud ("six hundred and forty pounds a month"). */
const SPELLED_NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a hundred|a thousand)';

const SELF_TOKENS = ['we', "we're", "we've", "we'll", "we'd", 'our', 'ours', 'us'];

const SELF = "(?:we|we're|we've|we'll|we'd|our|ours|us)";
/** Nouns that name what a vendor sells. */
const OFFERING =
  '(?:platform|app|application|software|product|products|tool|tools|solution|solutions|ai|implementation|engine|system|module|modules|sensors?|model|dashboard|dashboards|api|integration|integrations|feature|features|bot|agent|service|services|suite|portal|workflow|workflows|panels?|reminders|analytics|network analysis|interface|connectors?|technology|tech|hardware|devices?|mobile app|cloud|onboarding|support team|pricing|price|customers|clients|users|partners?|team can|mode|program)';
/** Verbs of capability and claim when the subject is us or our product. */
const CAPABILITY =
  "(?:offer|offers|provide|provides|integrate|integrates|automate|automates|support|supports|handle|handles|deliver|delivers|give|gives|let(?! (?:me|us)\\b)(?!(?: [\\w'-]+){1,2} down\\b)|lets|help|helps|work with|works with|plug|plugs|hook into|hooks into|install|installs|sync|syncs|flag|flags|pull|pulls|dedupe|resolve|resolves|cut|cuts|reduce|reduces|eliminate|eliminates|save|saves|(?<!\\b(?:on|off|fast) )tracks?|rank|ranks|prioriti[sz]es?|monitor|monitors|alert|alerts|catch|catches|send|sends|keeps? (?:every|all|your|track)|connect to|connects to|plug into|sync with|syncs with|talk to|talks to|roll|rolls|collect|collects|verify|verifies|re-optimi[sz]es|optimi[sz]e|optimi[sz]es|scan|scans|pick up|picks up|clip|clips|ingest|ingests|watch|watches|manage|manages|puts|put|turn|turns(?! out\\b)|would kill|kill|kills|can have you|could have you|have you live|get you live|'d add|add|adds|include|includes|waive|waives|capture|captures|archive|archives|read|reads|classify|classifies|blur|blurs|mask|masks|redact|redacts|anonymi[sz]e|anonymi[sz]es|encrypt|encrypts|restock|restocks|(?:have|get) (?:[\\w-]+ ){1,3}live\\b|do (?:[\\w-]+ )?(?!(?:anything|something|nothing|everything)\\b)[\\w-]+ing|come with|comes with|auto-renew|auto-renews|are the|are a|'re the|'re a|were named|are live|'re live|are in|'re in|are on|'re on|have over|have about|have like|have (?:(?:this|a|an|some|the) )?(?:whole |new )?(?:[\\w-]+ ){0,3}(?:thing|platform|app|tool|module|features?|product|engine|dashboards?|solution|add-on|integrations?)|'ve got like|serve|serves|power|powers|specialize|specialise|do (?:recipe|fuel|availability|auto|all)|(?:basically |just |mainly |mostly |only )+do [a-z]+|also do|supply|supplies|ship|ships|host|hosts|replace|replaces|guarantee|guarantees|run (?:the|a|an|your|it|every|all)|runs|(?<!\\bthe least (?:we|i) )can do(?! (?:that|this|it|so|either|both)\\b)|can deploy|deploy|sign a|can (?:have|get(?! into| back| together| to (?:that|it|know)| (?:(?:it|this|that|the (?:paperwork|contract|order|agreement|install|kit)|things|everything|you|them) )?(?:all )?(?:signed|done|started|wrapped|sorted|over the line|moving|going|booked|kicked off)\\b)|set|deploy|turn|integrate|connect|migrate|configure|train)|(?:'re|are) (?:on|in|a|an|the|live|fully|certified|compliant|validated|accredited|approved|rated|partnered|used|built|available|integrated|hipaa|soc)(?! (?:same page|time|track|the call|a call|the phone|it|this|that|our end|my end)))";

/**
 * A demo, trial or material counts when it is offered, not when the customer's old pilot is asked about, nor when the
 * pilot or trial is already agreed ("I'll set up the trial accounts", "how many trucks would you want in the trial?"):
 * coders called 2 of 42 such turns in the labelled sets a pitch.
 */
const DEMO_OFFER =
  /\b(?:let me|let's|(?:i'll|we'll) (?:spin up|set up|book|run|bring|arrange|send|put (?:one|it|that|something) together)|spin up|i can|i could|i'd love to|we can|we could|we'd|we do|we offer|want me to|can i|could i|could we|can we|shall i|shall we|how about|how 'bout|i'd suggest|i'd recommend|i suggest|i recommend|what if we|happy to|set (?:that|you|it) up|(?<!\bnot (?:going to|gonna) |\b(?:won't|don't) |\b(?:you|you'd|you'll|they|they'd)(?: normally| usually| typically)? )(?:do|doing|did|run|running|ran) a|book (?:a|the)|schedule a|pencil in|free|no cost|give you a|(?:send|sent|sending) (?:you )?(?:a|an|our|over)|(?<!\b(?:what|which [\w-]+|where|when) )would (?:a|an|it (?:help|suit|be (?:ok|okay|worth|useful|helpful|easier|better))|you (?:like|want|be open)))\b[^.?!]*?\b(?:demo|demos|demonstration|demonstrate|pilot|trial|walkthrough|walk-through|screen-share|screen share|screenshare|proof of concept|poc|sandbox|loaner|test drive|test (?:import|run|migration)|reference call|case study|whitepaper|white paper|spec sheet|brochure|datasheet|data sheet|security (?:packet|docs|overview)|video of)\b(?<!\b(?:whether|if) (?:an? |the )?[\w-]+)(?<!\b(?:the|your) (?:[\w-]+ )?(?:pilot|trial|sandbox))(?! (?:summary|outline|recap|notes|plan|proposal|paperwork|agreement|terms|contract|order form|dates?))|\btry (?:it|us|the (?:app|platform|tool|product|system)) (?:out )?(?:at|for|with|on|in) (?:one|a|two|\d)|\b(?:say|suppose|what if|how about) we (?:pilot|trial|run a pilot|install|set (?:it )?up|deploy)\b|\bfor a (?:short |quick |live |tailored |full |product |\d+-minute )?(?:demo|demonstration|walkthrough|walk-through)\b|(?<!\byou (?:could |can |'d |would )?)\bshow(?:ed|ing)? (?:you|her|him|them|the team|your team) (?:(?:quickly|briefly|exactly|real quick|quick) )?(?:our|how (?:we|it|[a-z]+ works)|the (?!math\b|numbers\b|figures\b|data\b)|what(?! we do\b))\b|\bshow(?:ed|ing)? (?:you|her|him|them|the team|your team) what we do\b(?<!\bif\b[^.?!]{0,80})(?![^.?!]*\bif\b)|\b(?:i|we) (?:can |could |'ll |will |would )?(?:show|demo) (?:the|our) (?:[\w-]+ ){0,3}?(?:report|dashboard|screen|module|app|view|feature|workflow|tool|platform)s?\b|\bplay (?:you|her|him|them|the team) (?:a|the|some) (?:sample|recording|clip|demo)s?\b|\b(?:a|an|some|two|three|a couple of|a few|a pair of) (?:loan|loaner|demo|sample|trial|test) (?:units?|kits?|devices?|sensors?|headsets?|tablets?|loggers?|tags?|trackers?|cameras?|scanners?|probes?|gauges?|meters?|beacons?|readers?)\b|\bbring (?:a|one|an?|some|our) (?:[\w-]+ )?(?:unit|units|sensor|sensors|device|devices|kit|sample|samples|headset|headsets|tablet|scanner|camera|demo unit|loaner) (?:along|over|out|with me|in)\b|\b(?:a|one) (?:[\w-]+ )?(?:pilot|trial|proof of concept) (?:on|with|at|in|across) (?:one|a|two|three)\b/;

const CUES: PitchCue[] = [
  { pattern: new RegExp(`(?<!\\b(?:if|whether|like) )\\b${SELF}\\b(?!\\s+(?:[\\w-]+\\s+)?(?:team|lead|person|people|folks|guys|engineers?|managers?|reps?|ceo|cto|founder|colleagues?|boss|specialist|expert|calendar|diary|inbox|email|phones?|wifi|internet)\\b)(?:\\s+(?!(?:if|whether)\\b)[\\w-]+){0,4}?\\s+${CAPABILITY}\\b|(?<!\\b(?:if|whether) )\\b(?:we're|we are)\\s+(?:on|in|a|an|the|live|fully|certified|compliant|validated|accredited|approved|rated|partnered|used|built|available|integrated)\\b(?! (?:same page|time|track|the call|a call|the phone|it|this|that|our end|my end))`), label: 'says what we do', statementOnly: true, gate: SELF_TOKENS },
  { pattern: new RegExp(`(?<!\\bbefore (?:i|we) (?:say|talk|tell you|get into|go into|describe|present|explain|show you|get to|walk you through) (?:anything |much |a word )?(?:about )?)\\bour (?:[\\w-]+ ){0,3}?${OFFERING}\\b(?! (?:queue|calendar|schedule|slots?|backlog|person|people|team|lead|folks|guy|guys|expert|experts|specialist|specialists|manager|engineer|engineers|rep|consultant|consultants|architect|group|crew|staff)\\b)(?![^.?!]{0,20}\\b(?:for|till|until|to|at) the (?:very )?end\\b)`), label: 'describes our product', statementOnly: true, gate: ['our'] },
  { pattern: new RegExp(`\\b(?:the|this|it|that)(?<!\\bhow (?:the|this|it|that)) (?:[\\w-]+ )?(?:app|platform|software|sensors?|engine|bot|module|dashboard|tool|system|scanners?|readers?|portal|cameras?|probes?|kiosks?|tablets?|devices?|trackers?|beacons?|ai|optimi[sz]er|algorithm|controllers?|gateways?|hubs?) (?:only |also |automatically |then |just )?(?:works|installs|integrates|syncs|flags|pulls|lets|suggests|predicts|recommends|learns|calculates|runs|handles|includes|comes|supports|automates|gives|sends|takes|keeps|reads|texts|logs|records|tracks|catches|alerts|scans|detects|measures|checks|captures|is (?:live|built|used))\\b|\\bit (?:pulls|pins|captures|archives|catches|timestamps|installs|integrates|syncs|works (?:fully )?(?:offline|with)|includes|comes with|plugs in|plugs into|reads your|texts|alerts you)\\b|\\bthe [\\w-]+ (?:workflow|platform|app|module|dashboard|software|system|engine|sensors?|tool|panels?) (?:is|are) (?:fully |completely |totally )?(?:configurable|customi[sz]able|built|included|automatic|automated|magnet|wireless|cloud|mobile|real-time|designed)\\b`), label: 'describes what the product does', statementOnly: true, gate: ['ai', 'optimiser', 'optimizer', 'algorithm', 'controller', 'controllers', 'gateway', 'gateways', 'hub', 'hubs', 'app', 'platform', 'software', 'sensor', 'sensors', 'engine', 'bot', 'module', 'dashboard', 'tool', 'system', 'scanner', 'scanners', 'reader', 'readers', 'portal', 'camera', 'cameras', 'probe', 'probes', 'kiosk', 'kiosks', 'tablet', 'tablets', 'device', 'devices', 'tracker', 'trackers', 'beacon', 'beacons', 'it', 'workflow', 'panel', 'panels'] },
  { pattern: /\b(?:#1|no\.? ?1|number one(?! (?:target|priority|reason|thing|cause|complaint|question|concern|risk|issue|problem|worry|headache|way))|market leader|leading(?!-| (?:cause|indicator|edge|role)\b)|leader in|a leader|top-rated|top rated|best of show|fastest-growing|fastest growing|best (?:mobile |\w+ )?(?:app|platform|tool|solution|product)|only (?:\w+ ){0,2}(?:vendor|platform|provider|one) (?:with|that)|rated (?:number|#|no)|hitrust|(?:we're|we are|we've|fully|are|is) (?:\w+ )?soc ?2|(?<!\b(?:want|wants|need|needs|for|require|requires|expect|expects) (?:a |an |the |your )?)soc ?2 (?:type (?:ii|2|1|i) )?(?:certified|compliant|report)|gdpr compliant|iso ?27001|certified(?<!\b(?:currently|still|newly|stay|stays|get|gets|getting|be) certified)(?! (?:[\w-]+ )?(?:operators?|refs?|referees?|staff|techs?|technicians?|drivers?|nurses?|engineers?|inspectors?|instructors?|people|electricians?|welders?|crews?|trainers?|teachers?|pilots?|mechanics?|installers?|professionals?|accountants?|coaches?|officials?|members?|employees?|workers?|riggers?|fitters?)\b)|forrester|gartner|klas|capterra|g2|(?:nobody|no one) else (?:does|offers|has|can|gives|builds|makes|is doing|comes close))\b(?<!\b(?:your|their|you|they)\b[^.?!]{0,40}certified)/, label: 'makes a claim about us', gate: ['1', 'no1', 'number', 'market', 'leader', 'leading', 'top', 'top-rated', 'best', 'fastest', 'fastest-growing', 'only', 'hitrust', 'soc', 'soc2', 'gdpr', 'iso', 'iso27001', 'certified', 'forrester', 'gartner', 'klas', 'capterra', 'g2', 'nobody', 'no', 'rated'] },
  { pattern: /(?:\$(?<!\b(?:your|that|those|you (?:ate|lost|spent|wasted|paid|burned|burnt|refunded|forfeited|wrote off|gave back)) \$)\s?\d[\d,.]*(?:k|m|bn)?|\b\d+(?:\.\d+)? ?(?:cents|dollars|bucks|grand) (?:a|an|per)\b)(?![^.?!]{0,40}\b(?:walk|walked|walking|walks|gone|lost|losing|wasted|down the drain|out the door|bleeding|leaking|slipping away|overruns?|penalty|penalties|fines?|write-offs?|losses|cost you|costing you|in overtime|in refunds|in credits|in chargebacks|in shrink|in spoilage|in waste|in rework|in damages|in the bin|going to waste|sitting in)\b)|\b(?:our )?pricing(?:'s| is)\b|\bpromo\b(?! (?:week|weeks|period|season|day|days|calendar|months?))|\b\d+ ?(?:%|percent) off\b|\bno setup fee\b|\bonboarding fee\b|\bit's (?:only|just|usually|about|around|typically) (?:\$|\d)|\b(?:typically|usually) runs? (?:between|about|around)\b/, label: TALKS_PRICE, echo: true, gate: ['#digit', '#dollar', 'pricing', "pricing's", 'promo', 'fee', 'typically', 'usually'] },
  // The same in words: "nine dollars a user a month", "six hundred and forty pounds a month" (not their spend leaking out).
  { pattern: new RegExp(`(?<!\\b(?:over|more than|upwards of|north of|costing|cost you|costs you|spending|spend|spent|paying|pay|paid|losing|lost|lose|wasting|wasted)(?: about| around| roughly| like)? (?:a )?)(?<!\\b(?:${SPELLED_NUMBER}|and|a)[\\s-])\\b${SPELLED_NUMBER}(?:[\\s-]+(?:and|${SPELLED_NUMBER}))* (?:dollars|pounds|euros|bucks|quid)(?: and [\\w-]+)? (?:a|an|per) (?:user|seat|head|licen[cs]e|month|year|week|site|location|vehicle|truck|bed|room|unit|property|hotel|clinic|practice|employee|member|student|door|store)\\b(?![^.?!]{0,40}\\b(?:walk|walked|walking|walks|gone|lost|losing|wasted|down the drain|written off|thrown away|out the door|bleeding|leaking|slipping away|overruns?|penalty|penalties|fines?|write-offs?|losses|cost you|costing you|in overtime|in refunds|in credits|in chargebacks|in shrink|in spoilage|in waste|in rework|in damages|in the bin|going to waste|sitting in)\\b)`), label: TALKS_PRICE, echo: true, gate: ['dollars', 'pounds', 'euros', 'bucks', 'quid'] },
  // A rate per unit, said as a statement ("how much does that cost per year?" asks about theirs).
  { pattern: /(?:\d|\$|£|€|\b(?:cost|costs|price|priced|pricing|fee|fees|charge|charges|charged|bill|billed|licensed|flat|bucks|dollars|pounds|quid|euros|grand|cents|hundred|thousand|k|it's|it is|that's|that is|pay|paying))\b[^.?!]{0,30}?\bper (?:seat|user|month|location|vehicle|truck|invoice|associate|employee|year|annum|ticket|unit|license|licence|site|store|bed|provider)\b|\b(?:volume|multi-site|multi-year|early-bird|early|launch|intro|introductory|partner|charity|nonprofit|non-profit|education|loyalty|founding|bundle|quarter-end|year-end|our|\d+ ?(?:%|percent)) discounts?\b(?<!\b(?:at|on) (?:a|the|that|this|\d+ ?(?:%|percent)) discounts?)|\bdiscounts? (?:if|for (?:signing|committing|multi|two|three|the first)|when you|on (?:the|your) first)\b|\b(?:give|offer|get|throw in|knock off|apply) (?:you |them )?(?:a|an|our|some) (?:[\w-]+ )?discount\b/, label: TALKS_PRICE, statementOnly: true, echo: true, gate: ['per', 'discount', 'discounts'] },
  { pattern: /\b\d+ ?\/ ?(?:mo|month|yr|year|seat|user)\b|\braising (?:our )?(?:prices|rates)\b|\b(?:price|prices|rate|rates|pricing) (?:goes|go|going) up\b|\block (?:in )?(?:this year's|the current|today's|our|that|the) (?:rate|price|pricing)\b|\block in (?:the |that |this )?[$£€]\s?\d|\b(?:keep|hold|honou?r) (?:the|that|this|our|you at the) (?:[\w-]+ )?(?:rate|price|pricing|discount)\b(?! (?:of|on|for) (?:your|their|the))/, label: TALKS_PRICE, echo: true, gate: ['#digit', 'raising', 'price', 'prices', 'rate', 'rates', 'pricing', 'lock', 'discount'] },
  { pattern: /\bfree of charge\b|\bno charge\b|\bat no (?:extra |additional )?(?:cost|charge)\b|\bno (?:extra )?(?:cost|charge) (?:for|to) you\b|\b(?:setup|onboarding|implementation) fee (?:is |gets |'s )?waived\b/, label: TALKS_PRICE, gate: ['free', 'charge', 'cost', 'waived'] },
  // A result claimed for the product: "with the analytics cutting calendar PMs by around thirty percent".
  { pattern: /\b(?:the|our|this|that|it|with) (?:[\w-]+ ){0,2}(?:cutting|cuts|reducing|reduces|slashing|slashes|halving|halves|trimming|trims) (?:[\w-]+ ){1,4}by (?:about |around |roughly |up to |over |nearly |almost |at least )?(?:\d+|a third|half|a quarter|two-thirds|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|fifteen|twenty-five)(?: percent)?)\b/, label: 'claims a result for the product', statementOnly: true, gate: ['cutting', 'cuts', 'reducing', 'reduces', 'slashing', 'slashes', 'halving', 'halves', 'trimming', 'trims'] },
  // "it's included in the setup fee", "bear the price rise in mind", "one saved account covers it 6x over".
  { pattern: /\b(?:it's|its|it is|that's|that is|they're|they are|which is) (?:all )?included in (?:the|your|our) (?:[\w-]+ )?(?:fee|price|subscription|licen[cs]e|plan|package|tier|cost)\b|\b(?:the|our|a) price (?:rise|increase|hike|bump)\b|\bcover(?:s|ed)? it (?:\w+ ){0,2}(?:\d+x|\d+ times|twice|(?:three|four|five|six|seven|eight|nine|ten|several|many) times)\b/, label: TALKS_PRICE, statementOnly: true, gate: ['included', 'price', 'covers', 'cover', 'covered'] },
  { pattern: DEMO_OFFER, label: 'offers a demo, trial or material', offer: true, gate: ['sample', 'suit', 'demonstrate', 'demo', 'demos', 'demonstration', 'pilot', 'trial', 'walkthrough', 'walk-through', 'screen-share', 'screen', 'screenshare', 'play', 'bring', 'loan', 'proof', 'poc', 'sandbox', 'loaner', 'test', 'reference', 'case', 'whitepaper', 'white', 'spec', 'brochure', 'datasheet', 'data', 'security', 'video', 'show', 'showed', 'showing', 'try'] },
  { pattern: /\bours (?:basically |just |really |actually |simply |also )?(?:is|are|does|do|can|has|'s|don't|never|won't|aren't|last|work|works|self-[a-z]+|auto-[a-z]+)\b|\b(?:try|tried|trying|running|run|runs|using|use|uses|fit|fits|install|installs) ours\b|\b(?:already |currently )?(?:piloting|trialling|trialing) us\b|\bsee ours\b|\b(?:other|older|legacy|those) (?:vendors|tools|platforms|systems|apps) (?:just )?(?:can't|don't|won't|aren't)\b|\bbuilt for [\w-]+ anyway\b/, label: 'compares us with the alternatives', gate: ['ours', 'other', 'older', 'legacy', 'those', 'built', 'piloting', 'trialling', 'trialing'] },
  { pattern: /\b(?<!(?:your|their|the|his|her|that|this) )[a-z]+ is (?:a|an) (?:[\w-]+ ){0,2}(?:app|platform|tool|software|solution|service|system|crm|erp|engine|suite|marketplace)\b (?:where|that|which|for|to|built|designed|made)\b/, label: 'describes our product', gate: ['app', 'platform', 'tool', 'software', 'solution', 'service', 'system', 'crm', 'erp', 'engine', 'suite', 'marketplace'] },
  { pattern: /\b(?:this|that)(?: is|'s) (?:exactly |actually |precisely )?where (?:we|[a-z]+) (?:fit|fits|come in|comes in|help|helps|shine|shines|earns its keep)\b|\bhere's where we\b/, label: 'positions our product', gate: ['this', 'that', "that's", "here's"] },
  // "the exact metric this fixes", "that's the gap Meridian fills": the product named as the answer to their problem.
  { pattern: /\bthe exact (?:[\w-]+ ){1,2}(?:this|we|our [\w-]+|[a-z]+) (?:fixes|solves|answers|addresses|removes)\b|\bthat's (?:exactly )?the (?:gap|problem|hole|pain|headache) (?:[\w-]+ )?(?:fills|solves|fixes|closes|plugs|takes away)\b/, label: 'positions our product', statementOnly: true, gate: ['exact', "that's"] },
  { pattern: /\b(?:a (?:bit|little) about us(?![^.?!]{0,20}\b(?:at the end|later on|afterwards|if (?:that's|it's) (?:alright|all right|ok|okay)))|about us:|on us,|background on us|quick(?:ly)? on us|on the product side|for context, [a-z]+ (?:works|is)|that's (?:actually )?where we(?:'re| are)? (?:different|help|come in|shine)|which is exactly why (?:firms|companies|teams|clients|customers) (?:come to|choose|pick|use) us|this is (?:literally |exactly )?what [a-z]+ does|here's what (?:we|i can) do)\b/, label: 'introduces our company', gate: ['us', 'product', 'context', 'where', 'exactly', 'does', "here's"] },
  { pattern: /\b(?:used by|trusted by|in use at|in production at|(?<!\b(?:to|can|can't|cannot|could|couldn't|you|they|i|will|would|just|still|got|have|are|'re|is|been|go|went|going|who'd|they'd|you'd|we'd|i'd|who|people) )(?<!-)live (?:with|at)|(?<!\b(?:you|you're|are you|you guys|your [\w-]+|your [\w-]+ [\w-]+|water|rate|is|are|it|that|this) )running at (?=\d|over |about |more than |dozens|hundreds)|deployed (?:at|in)|customers include|clients include|works with (?:about |over |\d)|in over \d|(?<!\b(?:you|your|you're|you've)\b[^.?!]{0,40})\d[\d,]* (?:companies|customers|clients|firms|stores|districts|hospitals|health systems|plants|banks|restaurant groups|practices|schools|fleets|teams|contractors|agencies|brands|retailers|manufacturers|carriers|dealers|users|clinics|practices|warehouses)\b|\d[\d,]* (?:[\w-]+ ){0,2}(?:use|rely on|run on|trust|switched to) (?:it|us|our)\b)/, label: 'cites our customers', echo: true, gate: ['#digit', 'used', 'trusted', 'use', 'production', 'live', 'running', 'deployed', 'include', 'customers', 'clients', 'works'] },
  { pattern: /\b(?:wouldn't (?:it be (?:great|nice|amazing|awesome)|you (?:love|like|rather|want))|(?<!\b(?:i|can|could|can't) )imagine (?:if|being|having|never)|what if (?:you|your team) could|what if i (?:told|showed) you|what if (?:the|our) (?:[\w-]+ )?(?:app|platform|tool|system|software|dashboard|product|badges?|sensors?|bot)|(?:doesn't|don't|wouldn't) (?:every|any|all) (?:[\w-]+ ){0,2}(?:want|need|love)|(?:who|which [\w-]+) (?:doesn't|wouldn't) (?:want|love)|isn't it time|(?<!\b(?:you|i|can|can't|cannot|could|couldn't) )imagine (?:[a-z]+ing|your (?:team|staff|auditors?|board|crew|drivers?|nurses?|techs?|reps?) (?:[a-z]+ing|never|always|with))|how (?:nice|great|good|much easier|much better|amazing) would (?:it|that) be (?:if|to))\b/, label: 'pitches through a rhetorical question', gate: ["wouldn't", 'imagine', 'what', "doesn't", "don't", "isn't", 'how'] },
  // A question that opens by taking the answer for granted sells it: "Isn't that a massive upgrade for your viewers?",
  // "Doesn't that beat a group text?", "Don't you want to be ready the day you expand?"; so does praise put up for a
  // nod ("Pretty slick, right?"). Coders call 185 of 189 such questions in the labelled sets a pitch. A bare tag
  // ("…, isn't it?") checks a statement instead, and a grievance ("Isn't it maddening when…") shares their pain.
  // "Can you imagine…?" is left to the model: imagining their own pain ("Can you imagine running that by hand for a
  // whole year?") is not a pitch.
  { pattern: new RegExp(String.raw`(?:^|(?<=[.?!;:\u2014\u2013-])\s*)(?:(?:and|so|but|well|honestly|seriously|now|look|plus|come on)[\s,]+)*(?:(?:isn't|doesn't|wouldn't|won't) (?:that|it|this)|don't you (?:want|think|love|agree|wish)|aren't you (?:tired|sick|fed up)|who (?:wouldn't|doesn't))\b(?! *(?:$|[.?!,]))(?![^.?!]*\b(?:${GRIEVANCE})\b)|${PRAISE_TAG}`), label: 'pitches through a rhetorical question', gate: ["isn't", "doesn't", "wouldn't", "won't", "don't", "aren't", 'who', 'right', 'huh', 'eh'] },
  // Awards count when they are ours; "your award-winning team" or "the award ceremony" is their world. So do
  // rankings: "we've been voted Best Wedding Venue in the South West three years running".
  { pattern: /\b(?:we|we've|we're|we were|it's|it was|it's been|it has been) (?:just |also |recently )?(?:been )?(?:voted|named|ranked|rated)(?: as)? (?:the )?(?:best|top|number one|no\.? ?1|#1|one of the (?:best|top))\b|\b(?:we|we've|we're|our [\w-]+(?: [\w-]+)?) (?:\w+ ){0,3}(?:won|win|received|earned|got|took home|took|scooped|bagged|landed|picked up) (?:\w+ ){0,4}awards?\b|\b(?:we're|we are|our [\w-]+ (?:is|are)) (?:an )?award-winning\b|(?<!\b(?:your|their|his|her|its) )\baward-winning [\w-]+/, label: 'makes a claim about us', gate: ['award', 'awards', 'award-winning', 'voted', 'named', 'ranked', 'rated'] },
  // What we would put in: "for the hides we'd probably go with a door-mounted counter".
  { pattern: /\bwe(?:'d| would) (?:probably |likely |typically |normally |usually )?(?:go with|put in|fit|install|spec|use) (?:a|an|the|our|one of our)\b(?! (?:[\w-]+ )?(?:call|meeting|chat|session|date|time|slot|week|day)\b)/, label: 'says what we would put in', statementOnly: true, gate: ['go', 'put', 'fit', 'install', 'spec', 'use'] },
  // What our customers get: "some of our sites get 40% of lots going to new buyers"; references offered.
  { pattern: /\b(?:some of |most of |all of |one of |a few of )?our (?:sites|customers|clients|users|members|schools|stores|venues|partners|dealers|practices|hospitals|clinics|councils|fleets)(?: [\w-]+)? (?:get|see|saw|got|report|reported|cut|save|saved|hit|average|averaged)\b|\b(?:give|send|share|connect) you (?:with )?(?:a |two |three |some |a couple of |a few )?(?:references|reference customers|customer references)\b/, label: 'cites our customers', statementOnly: true, gate: ['our', 'references'] },
  // Our company's story: "we started out doing audio guides for museums", "we were founded by two dispatchers",
  // "we've been doing this since 2009".
  { pattern: /\bwe (?:started|began) (?:out (?:as|doing|in|with|building|making|selling|by)|off (?:as|doing|building|making|selling)|as an?)\b|\bwe (?:were|was) (?:founded|started|set up|spun out)\b|\bour (?:founder|founders|ceo) (?:started|built|founded|set up)\b|\b(?:the|our) company (?:was )?founded\b|\bwe(?:'ve| have) been (?:around|in business|doing (?:this|it)|building (?:this|it)) (?:since (?:\d+|the)|for (?:over |more than |nearly |almost |about )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|a decade|decades))\b/, label: 'tells our company story', statementOnly: true, gate: ['started', 'began', 'were', 'was', 'founded', 'been'] },
  // "our X would / does / can …": our product doing something (meetings, paperwork and people are not the product).
  { pattern: /\bour (?!(?:call|meeting|chat|conversation|discussion|time|side|end|calendar|contract|agreement|paperwork|proposal|quote|recap|notes|plan|team|lead|rep|ceo|cto|founder|folks|people|guys|friends?|colleagues?|last|next|first|own|kids|children|family|son|daughter|wife|husband|dog|house|home|town|city|neighbou?rs|parks)\b)(?:[\w-]+ ){0,2}?[\w-]+ (?:would(?:'ve| have)?|will|can|could|does|do|did|also|automatically|basically|actually)\b/, label: 'says what our product does', statementOnly: true, gate: ['our'] },
  // "it's an AI forecasting engine": the product named by its category.
  { pattern: /\bit(?:'s| is) (?:an?) (?:[\w-]+ ){0,3}(?:platform|app|engine|tool|software|solution|crm|erp|system|suite|service|product|module|device|sensor|wearable|marketplace)(?=[,.;:]|$| (?:that|which|for|built|designed|made|with|so)\b(?! (?:nobody|no one|you|they|doesn't|don't|isn't)))/, label: 'describes our product', statementOnly: true, gate: ['platform', 'app', 'engine', 'tool', 'software', 'solution', 'crm', 'erp', 'system', 'suite', 'service', 'product', 'module', 'device', 'sensor', 'wearable', 'marketplace'] },
  // "With us, agents get every lead as a text."
  { pattern: /\bwith (?:us|our (?:[\w-]+ )?(?:platform|app|tool|system|product|software|solution|service)(?! (?:folks|people|team|guys|managers?|leads?|specialists?|experts?)\b)),? (?:you|your|the|[\w-]+) (?:[\w-]+ )?(?:get|gets|can|have|see|only|never|pay|are|just)\b/, label: 'says what we do', statementOnly: true, gate: ['us', 'our'] },
  // Results other customers see: "on average a three to five point lift", "clients typically see a 20% drop".
  { pattern: /\bon average (?:a|an|about|around|roughly|over|\d)|\b(?:customers?|clients?|users|teams|firms|schools|hospitals|practices|districts|brands|groups|sites|stores|plants) (?:typically |usually |generally |often |tend to )?(?:see|saw|get|got|report|reported|achieve|achieved|average|averaged)\s+(?:a |an |about |around |roughly |up to |over |between )?(?:[\w.%$-]+ ){0,4}?(?:lift|increase|reduction|drop|improvement|boost|gain|uplift|roi|return|savings?|fewer|less|faster|cut|decrease)\b/, label: 'cites results our customers get', statementOnly: true, gate: ['average', 'lift', 'increase', 'reduction', 'drop', 'improvement', 'boost', 'gain', 'uplift', 'roi', 'return', 'savings', 'saving', 'fewer', 'less', 'faster', 'cut', 'decrease'] },
  // "another candle brand we ship for", "other districts we work with": a reference to our customers.
  { pattern: /\b(?:another|other|similar) (?:[\w-]+ ){0,3}?(?:client|customer|brand|firm|team|district|hospital|co-op|company|practice|school|retailer|carrier|bank|group|agency|plant|utility|city|store|clinic|shop|lab|site)s? (?:that |who )?(?:we|i) (?:work with|worked with|ship for|serve|served|support|supported|partner with|partnered with|helped|onboarded|implemented|deployed|rolled out)\b/, label: 'cites our customers', gate: ['another', 'other', 'similar'] },
  // Work we did for others and customers who switched to us: "the exact project we did for a college system", "we have a clinic in Leeds that switched".
  { pattern: /\b(?:we|i) (?:did|built|ran|delivered|implemented|rolled out|deployed) (?:[\w-]+ ){0,3}for (?:a|an|one|another|two|three|several)\b|\bwe (?:have|'ve got) (?:a|an|one|another|several|two|three|\d+)\b[^.?!]{0,60}\b(?:that|who) (?:switched|moved|came over|went live|signed)\b|\b(?:contract|certification|licen[cs]e|accreditation)s? (?:that )?we (?:hold|have)\b|\b(?:two|three|four|five|several|\d+) of the (?:top|largest|biggest) (?:\w+ ){0,3}(?:banks|hospitals|retailers|carriers|firms|companies|districts|brands|systems|insurers|manufacturers)\b/, label: 'cites our customers', gate: ['did', 'built', 'ran', 'delivered', 'implemented', 'rolled', 'deployed', 'have', 'got', 'hold', 'top', 'largest', 'biggest'] },
  // Introducing the company as a kind of product: "We're VaultLine, the #1 document control platform",
  // "We're DriveLane, online service scheduling…".
  { pattern: /\bwe(?:'re| are) (?![\w-]+ing\b|(?:also|actually|currently|already|definitely|certainly|totally|absolutely|just|all|here|hoping|good|fine|happy|glad|excited|not|going|trying|looking|still|only|so|really|on|in|at|seeing|hearing|talking|working|doing|the ones)\b)[\w-]+,? (?:the |a |an )?(?:[\w#+-]+,? ){0,4}(?:platform|software|tool|app|solution|system|provider|company|vendor|leader|scheduling|suite|marketplace|network|service|startup|partner)\b/, label: 'introduces our company and product', statementOnly: true, gate: ['platform', 'software', 'tool', 'app', 'solution', 'system', 'provider', 'company', 'vendor', 'leader', 'scheduling', 'suite', 'marketplace', 'network', 'service', 'startup', 'partner'] },
  // The whole offering or an edge over others: "we're basically the whole stack", "we beat AppFolio on every
  // review site", "where we're stronger is…", "we do literally that".
  // "That's where our seasonal templates really shine", "winter is when the gritting module comes into its own": coders called
  // 66 of 66 such labelled turns pitches. Not said of theirs ("that's where your team shines").
  { pattern: /\b(?:where|when|that's how) (?!(?:your|you|you're|their|they|they're|he|she|his|her)\b)(?:[\w'-]+ ){1,3}?(?:really |truly |especially )?(?:shines?|comes? into (?:its|their) own)\b/, label: 'claims an edge for us', statementOnly: true, gate: ['shine', 'shines', 'own'] },
  { pattern: /\bwe(?:'re| are) (?:basically |really |pretty much |kind of )?(?:the|a|an) (?:whole|full|complete|one-stop|only|best|leading|top|all-in-one)\b|\bwe (?:beat|outperform|outrank|outscore|undercut)\b|\bwe(?:'re| are) (?:much |way |a lot |far |significantly )?(?:stronger|better|faster|cheaper|easier|simpler|more accurate)\b|\bwe do (?:literally |exactly |precisely )?(?:that|this|exactly that|just that)\b(?! (?:too|as well|every|each|for (?:you|your)))/, label: 'claims an edge for us', statementOnly: true, gate: ['whole', 'full', 'complete', 'one-stop', 'only', 'best', 'leading', 'top', 'all-in-one', 'beat', 'outperform', 'outrank', 'outscore', 'undercut', 'stronger', 'better', 'faster', 'cheaper', 'easier', 'simpler', 'accurate', 'do'] },
  // Our thing doing something to an object: "Our LIMS ties every rack to a barcode", "Our automated follow-ups
  // chase the police report", "we pre-cool the rooms", "we just won the award".
  { pattern: /\bour (?!(?:call|meeting|chat|conversation|time|goal|plan|agenda|team|side|end|last|first|next)\b)(?:[\w-]+ ){0,2}?(?!(?:of|in|on|for|at|with|from|to|about|by|into|and|or|is|are|was|were|has|have|had|will|would|can|could|should|might|may|must|does|do|did|been|be|call|team|time|side)\b)[a-z-]+(?:s|es) (?:every|each|the|your|a|an|all|any|them|those|these|whatever|everything)\b|\bwe (?:also |just |actually |basically )?(?:pre-[a-z]+|auto-[a-z]+|won|win|automate|digitize|digitise|eliminate|standardize|standardise|guarantee|monitor|predict|detect|flag|route|map|tag|scan|barcode|automatically [a-z]+)\b(?! (?:a few|some|over) (?:deals|customers))/, label: 'says what we do', statementOnly: true, gate: ['our', 'we'] },
  // Customers, counts and results: "About 300 independent schools, including several in your association",
  // "including four of the top ten groups", "carriers using ClaimSense are settling claims 40% faster",
  // "most clients are live in 3 wks".
  { pattern: /\bincluding (?:several|many|some|most|a few|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:of the top|in your|of your|near you|in the)\b|\b(?=(?:about |over |more than |nearly |almost |roughly )?\d)(?<!\b(?:you|your|you've|you're)\b[^.?!]{0,40})(?:about |over |more than |nearly |almost |roughly )?\d[\d,]*\+? (?:[\w-]+ ){1,2}(?:customers|clients|schools|rooftops|dealerships|dealers|hospitals|clinics|practices|firms|districts|carriers|banks|brands|retailers|labs|plants|fleets|agencies|companies|organizations|organisations)(?:,| use| rely| run| trust| including| like)\b|(?<=[a-z]{2}s )(?:using|running on) (?!(?:your|their|the same|it|that|this|our|excel|spreadsheets?|paper)\b)[\w-]+ (?:are|see|saw|get|got|have|report|cut|save|reduce|settle|close)\b|\b(?:most|our|all|typical|new) (?:clients|customers|users|teams|sites) (?:are|go|get|went) live\b/, label: 'cites our customers', statementOnly: true, gate: ['including', '#digit', 'using', 'running', 'live'] },
  // Plans, set-up effort and problems that go away: "our nonprofit plan is free up to 10,000 contacts",
  // "Install takes about 20 minutes a hydrant", "the dead-sensor problem basically goes away".
  { pattern: /\bour (?:[\w-]+ )?(?:plan|tier|package|pricing|license|licence|edition|bundle)s? (?:is|are|starts?|costs?|includes?|comes?)\b|\bfree (?:up to|for the first|tier)\b|\b(?:install|installation|setup|set-up|onboarding|implementation|deployment|go-live|training) (?:only |usually |typically )?(?:takes|is|runs) (?:about |only |just |typically |usually |under |less than |roughly |around )?(?:\d|a few|a couple|an? (?:hour|day|week|afternoon)|one|two|three|four|five|six|ten|twenty|thirty|forty|sixty|ninety)\b|\b(?:problem|issue|headache|pain|hassle)s?(?: [\w'-]+){0,6} (?:basically |just |pretty much |completely |all but )?(?:goes away|go away|disappears|disappear|goes to zero|is gone|are gone)\b|\b(?:i've got|i have|we've got|we have|we're running|i'm running) (?:a |an |this |our )?(?:special|promo|promotion|deal|discount|offer)\b/, label: 'talks about our offer', statementOnly: true, gate: ['our', 'free', 'install', 'installation', 'setup', 'set-up', 'onboarding', 'implementation', 'deployment', 'go-live', 'training', 'goes', 'go', 'disappears', 'disappear', 'gone', 'special', 'promo', 'promotion', 'deal', 'discount', 'offer'] },
  // The product as the subject of what it does: "you'd want TimeCapture, it records activity in Word".
  { pattern: /\bit (?:automatically |also |just )?(?:records|logs|writes|builds|routes|schedules|answers|chases|learns|predicts|detects|matches|generates|creates|maps|checks|reminds|notifies|emails|calls|books|reconciles|tags|scores|ranks|forecasts|transcribes|translates|suggests|recommends)\b(?! (?:like|as if|that way|with (?:me|us)))/, label: 'describes what the product does', statementOnly: true, gate: ['records', 'logs', 'writes', 'builds', 'routes', 'schedules', 'answers', 'chases', 'learns', 'predicts', 'detects', 'matches', 'generates', 'creates', 'maps', 'checks', 'reminds', 'notifies', 'emails', 'calls', 'books', 'reconciles', 'tags', 'scores', 'ranks', 'forecasts', 'transcribes', 'translates', 'suggests', 'recommends'] },
  // A product that notifies by itself: "a heat sensor that buzzes the wearer and pings you".
  { pattern: /\b(?:it|that|which|this) (?:also |automatically |then |just |instantly )?(?:pings|alerts|notifies|buzzes|reprices|auto-[a-z]+s)\b/, label: 'describes what the product does', statementOnly: true, gate: ['pings', 'alerts', 'notifies', 'buzzes', 'reprices', 'auto'] },
  // What comes with the product: "G6, G7 and Ascend are all supported", "that's baked in", "it plugs right into Google Admin".
  { pattern: /\b(?:is|are|'s|'re) (?:all |both |fully |natively |already |also )?(?:supported(?! by\b)|baked in|built in|built-in|preloaded|pre-loaded|prebuilt|pre-built|included out of the box)\b|\bit (?:also |just |already |automatically )?(?:plugs|hooks|integrates|syncs|drops|slots|bolts) (?:right |straight |directly )?(?:in|into|with)\b|\bit (?:uses|runs on|sits on top of|talks to) the (?:standard|published|native|existing|official|same)\b/, label: 'says what the product does', statementOnly: true, gate: ['supported', 'baked', 'built', 'built-in', 'included', 'preloaded', 'pre-loaded', 'prebuilt', 'pre-built', 'plugs', 'hooks', 'integrates', 'syncs', 'drops', 'slots', 'bolts', 'uses', 'runs', 'sits', 'talks'] },
  // The product's scope and price tier in words: "it covers the whole lifecycle", "the tier that starts around
  // thirty-eight thousand a year", "so this basically pays for the refurb".
  { pattern: /\bit (?:also )?(?:covers|includes) (?:the|every|all|your|everything)\b|\b(?:tier|plan|package|pricing|licen[cs]e|subscription)s? (?:that )?(?:starts?|starting|runs?|comes? in) (?:at|around|from|about|under)\b|\b(?:this|it|that) (?:could |would |should |will |can )?(?:basically |pretty much |more or less )?pays? for (?:the|your|itself|a|an)\b|\bpays? for(?<!\b(?:doesn't|does not|don't|won't|wouldn't|didn't|never) pay for) (?:the (?:whole )?(?:system|platform|app|sensors?|software|tool|network|subscription|licen[cs]e|install(?:ation)?|kit|units?|cameras?|devices?)|itself)\b/, label: 'says what the product does', statementOnly: true, gate: ['covers', 'includes', 'tier', 'tiers', 'plan', 'plans', 'package', 'pricing', 'license', 'licence', 'subscription', 'pays', 'pay'] },
  // Showing it and saying what it is for: "can I jump over to the billing module", "lemme pull it up", "that's
  // literally what the budget alerts are for", "less than the cost of one failed batch", "two carriers your size run it".
  { pattern: /\b(?:jump|hop|flip|switch|skip) (?:over |across )?to (?:the|our) [\w-]+ (?:module|screen|tab|view|dashboard|page|report)\b|\b(?:lemme|let me) pull (?:it|that|this|them) up\b|\bthat's (?:literally |exactly |precisely )?what (?:the|our) [\w -]{2,30}? (?:is|are) for\b|\b(?:less|cheaper) than (?:the cost of|one|a single)\b|\b(?:two|three|four|five|six|several|a few|\d+) [\w-]+ (?:your size|like yours|like you) (?:run|use|have|rely on)\b/, label: 'shows or positions the product', gate: ['jump', 'hop', 'flip', 'switch', 'skip', 'lemme', 'pull', "that's", 'less', 'cheaper', 'size', 'yours'] },
  // The problem they named as the one the product is for: "that's exactly what we fix", "that's what this flag is there to
  // stop", "which the widget solves"; and customers taken on: "we've onboarded breweries on Orkney".
  { pattern: /\b(?:that's|that is|this is|which is) (?:literally |exactly |precisely |basically )?what (?:we|(?:our|the|this) [\w-]+(?: [\w-]+)?) (?:fix|fixes|solve|solves|(?:was|were|is|are) (?:there|built|designed|made) to|built [\w-]+ for|handles?|takes? care of|address|addresses)\b|\bwhich (?:the|our) [\w-]+ (?:solves|fixes|handles|takes care of)\b|\bwe(?:'ve| have) (?:already )?onboarded\b/, label: 'says what we do', statementOnly: true, gate: ['fix', 'fixes', 'solve', 'solves', 'built', 'there', 'designed', 'made', 'handle', 'handles', 'take', 'takes', 'address', 'addresses', 'onboarded'] },
  // Other customers as proof: "we've got tons of happy districts", "every super we've rolled out to",
  // "Lincoln Unified and Westbrook both rolled this out", "a GC in Tennessee, about your size, dropped…".
  { pattern: /\bwe(?:'ve| have)(?: got)? (?:tons|lots|loads|dozens|hundreds|thousands|plenty|a bunch|a ton|a lot) of (?:happy |other |similar )?(?:customers|clients|clinics|stores|offices|labs|dealers|restaurants|districts|schools|hospitals|practices|users|plants|utilities|co-ops|firms|companies|references|brands|agencies|banks|hotels|gyms|nonprofits|carriers|fleets|sites|contractors|teams)\b|\b(?:[\w-]+ )we've (?:rolled (?:it |this )?out to|onboarded|installed (?:it )?(?:at|for)|deployed (?:it )?(?:at|for))\b|\b(?:both|all) (?:rolled (?:this|it) out|switched|went live)\b|\bwe (?:currently |already |now )?(?:run|power|handle|manage|support|serve|do|look after) (?:[\w-]+ ){0,4}?(?:for|at|across) (?:about |around |over |more than |nearly |roughly |almost |close to )?(?:half (?:of )?the|most of the|a third of the|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|eighty|a hundred|dozens of|hundreds of) (?:[\w-]+ ){0,3}?(?:universities|colleges|trusts|theatres|theaters|insurers|operators|customers|clients|companies|firms|brands|groups|chains|sites|schools|hospitals|clinics|banks|fleets|carriers|libraries|councils|airlines|lines|practices|districts|retailers|stores|labs|plants|terminals|ports|depots|warehouses|venues|farms|mines|airports)\b|\bwe(?:'ve| have) (?:already |actually )?(?:done|rolled out|implemented|deployed|set up|installed|run) (?:this|it|that|the same)(?: (?:thing|setup|project|rollout))?(?: out)? (?:at|for|with|in|across) (?:a few|several|a couple of|a handful of|dozens of|lots of|loads of|plenty of|other|similar|many|most|a number of|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\b|\b(?:a|an|one|another) (?:[\w-]+ ){0,3}?(?:gc|contractor|plant|district|hospital|clinic|practice|firm|co-op|utility|bank|credit union|hotel|gym|school|college|city|county|fleet|carrier|retailer|brand|chain|group|company|customer|client|lab|mill|factory|farm|agency|nonprofit|dealership) (?:in|out in|up in|down in|over in|outside) [\w -]{2,40}?,? (?:(?:about|around|roughly|just) your size,? )?(?:[\w-]+ ){0,2}?(?:cut|dropped|reduced|saved|slashed|halved|doubled|put|runs|uses|used|switched|saw|sees|brought|hasn't|increased|improved|avoided|went from)\b/, label: 'cites our other customers', gate: ['run', 'power', 'handle', 'manage', 'support', 'serve', 'do', 'look', 'done', 'rolled', 'implemented', 'deployed', 'set', 'installed', 'tons', 'lots', 'loads', 'dozens', 'hundreds', 'thousands', 'plenty', 'bunch', 'ton', 'lot', "we've", 'both', 'all', ...'gc contractor plant district hospital clinic practice firm co-op utility bank credit hotel gym school college city county fleet carrier retailer brand chain group company customer client lab mill factory farm agency nonprofit dealership'.split(' ')] },
  // "We've got about 2,400 nonprofits on the platform", "we've been through about forty public RFPs",
  // "a list of firms already running on us": our customers and track record, counted.
  { pattern: /\bwe(?:'ve| have)(?: got)? (?:about |over |more than |nearly |almost |roughly |around |close to )?(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of|hundreds of) (?:[\w-]+ ){0,2}?[\w-]+s (?:(?:in|across) [\w-]+ (?:[\w-]+ )?)?(?:already )?(?:on (?:the|our) (?:platform|system|app|software|network|product)|(?:already )?(?:using|running on) (?:it|us|the platform))\b|\bwe(?:'ve| have) (?:been through|done|run|handled|delivered|completed|supported|rolled out|led) (?:about |over |more than |nearly |almost |roughly |around |close to |dozens of |hundreds of )?(?:\d[\d,]*|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens) (?:[\w-]+ ){0,2}(?:rfps?|projects|implementations|rollouts|deployments|installs|installations|migrations|audits|pilots|tenders|bids|go-lives|launches)\b|\bwe(?:'ve| have) (?:done|run|handled|delivered|rolled out) (?:(?:this|that|it) )?(?:loads|lots|tons|dozens|hundreds|plenty|a bunch|a ton|a lot) of\b(?! (?:work|thinking|research|reading|listening|questions|talking)\b)|\b(?:already|currently) (?:running on|live on|using) (?:us|our (?:platform|app|system|software|product))\b/, label: 'cites our customers or track record', gate: ["we've", 'have', 'already', 'currently'] },
  // "We've over four hundred fab shops on Kerfline", "we have a native connector for Eclipse", "our whole
  // package for 200 seats comes in under that".
  { pattern: /\bwe(?:'ve| have)(?: got)? (?:about |over |more than |nearly |almost |roughly |around |close to |well over )?(?:\d[\d,]*\+?|(?:a |one |two |three |four |five |six |seven |eight |nine )?(?:hundred|thousand)|a dozen|dozens of|hundreds of|thousands of|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?:(?:[\w-]+ )?[\w-]+s (?:on (?:it|us|board)|using (?:it|us))\b|(?:[\w-]+ )?(?:customers|clients|bakeries|shops|stores|practices|firms|brands|dealers|dealerships|hospitals|clinics|schools|districts|carriers|banks|retailers|labs|plants|fleets|agencies|companies|organi[sz]ations|counties|cities|councils|utilities|venues|restaurants|hotels|nonprofits|charities|users)\b)/, label: 'cites our customers or track record', statementOnly: true, gate: ["we've", 'have', 'got'] },
  { pattern: /\bwe(?: have|'ve got|'ve| got| built| offer)(?: actually| already)?(?: got)? (?:a |an )?(?:native |built-in |direct |ready-made |two-way |certified |open )?(?:[\w-]+ ){0,2}?(?:connector|integration|plugin|plug-in|module|template|api)s? (?:for|with|to|into|that)\b/, label: 'describes our product', statementOnly: true, gate: ['have', "we've", 'got', 'built', 'offer'] },
  { pattern: /\bour (?:[\w-]+ )?(?:plan|tier|package|pricing|bundle|licen[cs]e)s?\b[^.?!]{0,30}?\b(?:comes? in|costs?|runs?) (?:at|under|around|about|below)\b/, label: TALKS_PRICE, statementOnly: true, gate: ['our'] },
  // "It does route planning too, for what it's worth": another thing the product does, volunteered.
  { pattern: /(?:^|[.!?]\s+|,\s+)(?:oh,? |and |also,? )?it (?:also )?does (?:[\w-]+ ){1,3}too\b/, label: 'describes what the product does', statementOnly: true, gate: ['does'] },
  // A customer won: "when they moved over to us last year", "before they came to us", "left StaffStack for
  // us", "they're one of ours".
  { pattern: /\b(?:moved|switched|came|migrated|went|changed) (?:over |across )?(?:(?:off|from|away from) [\w-]+(?: [\w-]+)? )?to us\b|\b(?:that|who) (?:already )?(?:use|uses|run on|are on|switched to) us\b|\b(?:get|getting|gets) (?:a lot |way |much |so |far )?more (?:with|from) us\b|\bleft [\w-]+(?: [\w-]+)? for us\b|\b(?:they're|they are|she's|he's) (?:one|some) of ours\b|(?:'s|'ve|\bhas|\bhave) been (?:with us|on (?:our|the) platform|a customer of ours)\b/, label: 'cites our customers or track record', statementOnly: true, gate: ['us', 'ours', 'platform'] },
  // "What if you walked in with a free test flight on one of your roofs?", "to see it running on sample data".
  { pattern: /\ba free (?:[\w-]+ )?(?:trial|pilot|test|assessment|audit|demo|flight|scan|survey|consultation|evaluation|health check|review)\b|\bsee (?:it|the (?:platform|app|tool|system|product|software|dashboard)) (?:running|in action|live|working)\b|\bshow(?:ing)? (?:you )?(?:it|[\w-]+) (?:working|running) on (?:a|your|some|the)\b/, label: 'offers a demo, trial or material', gate: ['free', 'see', 'show', 'showing'] },
  // "Tyler from WashPass, we do the membership apps for car washes", "it does talk to Sage".
  { pattern: new RegExp(`\\bwe (?:do|make|build|sell|provide|supply) (?:the )?(?:[\\w-]+ ){0,3}?${OFFERING} for\\b`), label: 'says what we sell', statementOnly: true, gate: ['do', 'make', 'build', 'sell', 'provide', 'supply'] },
  { pattern: /(?:^|[.!?]\s+|,\s+)(?:(?:yes|yeah|yep|and)[\s,]+)?it (?:does|can|will) (?:also )?(?:talk to|integrate with|sync with|connect to|plug into|hook into|export to|import from|work with|work offline|handle|support)\b/, label: 'says what the product does', statementOnly: true, gate: ['does', 'can', 'will'] },
  // "Our assistant only answers from pages your team approved", "drivers rate it 4.8 on the app store", "it's
  // probably still cheaper than twelve people on the phones".
  { pattern: /\bour (?!(?:call|meeting|chat|conversation|time|team|side|people|folks|guys|staff|office|offices|reps?|ceo|founder)\b)[\w-]+ (?:only|never|always|also|automatically|instantly) [a-z]{3,}s\b/, label: 'says what our product does', statementOnly: true, gate: ['our'] },
  { pattern: /\b(?:years|miles|way) (?:behind|ahead of) us\b|\b(?:setup|set-up|install|installation|onboarding|implementation|rollout)(?:'s| is) (?:super |really |dead |very |pretty |so )?(?:easy|simple|quick|painless)\b|\b\d[\d,]*\+? [\w-]+s (?:already )?(?:run|use|are on) (?:it|us)\b/, label: 'makes a claim about us', statementOnly: true, gate: ['behind', 'ahead', 'easy', 'simple', 'quick', 'painless', 'run', 'use', 'on'] },
  { pattern: /\brate (?:it|us) \d(?:\.\d)?\b|\b\d\.\d (?:stars? )?on (?:the )?(?:app store|g2|capterra|google|play store|trustpilot)\b/, label: 'makes a claim about us', gate: ['rate', 'app', 'g2', 'capterra', 'google', 'play', 'trustpilot'] },
  { pattern: /\b(?:it's|it is|that's|we're|we are|it'll be|it'd be)(?: probably| still| way| much| a lot| far)* cheaper than\b/, label: TALKS_PRICE, gate: ['cheaper'] },
  // "we normalise both out of the box", "rollout on 32 presses pays back in under five months".
  { pattern: /\bout[- ]of[- ]the[- ]box\b/, label: 'says what the product does', statementOnly: true, gate: ['box', 'out-of-the-box'] },
  // A short answer about what the product can do: "there's a Sage integration too", "We can import those", "It runs in
  // any browser", "it talks to pretty much every pharmacy system out there", "the integration's basically plug and play".
  { pattern: /(?:^|[.!?,]\s+|\b(?:and|but|plus|too|also)\s+)there(?:'s| is) (?:also )?(?:a|an) (?:[\w-]+ ){0,2}(?:integration|connector|export|api|module|add-on|plug-?in|app)\b(?! (?:you|your)\b)|(?:^|[.!?,]\s+)(?:(?:no worries|no problem|sure|yes|yeah|yep|ha|of course)[\s,!.]+)*(?:we|it) can (?:import|migrate|pull|bring|load|handle|export|sync|connect)\b|\bit (?:runs|works) (?:in|on) (?:any|every|all|most) (?:browser|device|phone|tablet|platform)s?\b|\b(?:plugs|talks) (?:into|to) (?:pretty much |just about |nearly )?(?:any|every)\b|\bplug and play\b/, label: 'says what the product does', statementOnly: true, gate: ['integration', 'connector', 'export', 'api', 'module', 'add-on', 'plugin', 'plug-in', 'app', 'import', 'migrate', 'pull', 'bring', 'load', 'handle', 'sync', 'connect', 'runs', 'works', 'plugs', 'talks', 'play'] },
  // Our price or offer, held or running out: "I'll hold the thirty percent till Friday", "the spring pricing ends on the
  // 31st", "I'll send the order form with the Friday rate", "I've got a quarter-end deal on TrackMint". GUIDE.md counts
  // pricing as a pitch; coders called 80 of 99 such turns pitches (28 of 32 in the sets written since fresh297).
  { pattern: /\b(?:hold|lock|keep|honour|honor) (?:the |that |this |your )?(?:\d+ ?%|\d+ percent|[\w-]+ per ?cent|discount|free add-on|implementation waiver|waiver|(?:[\w-]+ )?(?:pricing|price|rate))\b(?! (?:tag|point)s?\b)|\b(?:my|our|this|the|that) (?:[\w-]+ )?(?:pricing|offer|deal|discount|promo|promotion)\b (?:ends|expires|finishes|runs out|goes away|is only (?:good|valid)|only (?:holds|runs|lasts))\b|\b(?:with|at) the (?:friday|monday|spring|summer|autumn|winter|quarter-end|end-of-quarter|launch|early-bird|discounted|special|current) (?:pricing|price|rate|discount)\b|\b(?:with|at) the (?:discount|\d+ ?%) (?:built in|applied|locked in)\b|\bi've got (?:a |some |an? )?(?:[\w-]+ ){0,2}(?:offer|deal|pricing|discount|promo)\b/, label: TALKS_PRICE, inPassing: true, gate: ['hold', 'lock', 'keep', 'honour', 'honor', 'pricing', 'offer', 'deal', 'discount', 'promo', 'promotion', 'price', 'rate', 'built', 'applied', 'locked'] },
  // The product talked up or walked through: "I've got a few slides on Turnwise", "next slide", "let me show you
  // reporting", "what else can I show you?", "the most complete system on the market", "the system sells itself".
  { pattern: /\b(?:i've got|i have|i've put together|got) (?:a |some |a few |a short |a quick )(?:[\w-]+ )?(?:slides|deck|presentation)\b|\bnext slide\b|\b(?:let me|i'll|i can|i want to|i'd love to|can i) (?:quickly |just )?(?:tell you about|show you|walk you through|run you through|take you through) (?:the(?! (?:invoice|bill|paperwork|forms?|receipt|refund)\b)|our|how (?:the|our|it)|reporting|the [\w-]+ (?:module|feature|dashboard|app|screen|view))\b|\bwhat else can i show you\b|\b(?:most|best|only|fastest|easiest|most complete|most advanced) [\w-]+ (?:on|in) the market\b|\bsells itself\b|\bnobody else (?:in [\w ]+ )?(?:does|has|offers)\b|\bthe (?:number one|no\. ?1|#1) reason (?:people|customers|clients|firms|teams|venues|schools) (?:switch|choose|pick|come)\b/, label: 'presents the product', statementOnly: true, inPassing: true, gate: ['slides', 'deck', 'presentation', 'slide', 'tell', 'show', 'walk', 'run', 'take', 'market', 'sells', 'nobody', 'reason'] },
  // A screen shown to them: "So this is the admin view…", "this little widget shows who's on", "up here you've got labour cost".
  { pattern: /\b(?:this is|here's|here is) (?:the|our) (?:[\w-]+ ){0,2}(?:view|screen|page|dashboard|tab|panel|pipeline)\b(?! (?:you|your|they|their) )|\b(?:this|that) (?:little )?(?:chart|widget|graph|badge|tile|panel|tab) (?:here )?(?:shows|tells|flags|lets|means|is)\b|\b(?:up|down|over) here (?:you've got|you have|you can see|you see)\b/, label: 'shows them the product', statementOnly: true, gate: ['view', 'screen', 'page', 'dashboard', 'tab', 'panel', 'pipeline', 'chart', 'widget', 'graph', 'badge', 'tile', 'here'] },
  { pattern: /\bpays? (?:itself |for itself )?back (?:in|within|inside|after|over|fast|quickly|quick|soon)\b/, label: 'claims a result for the product', statementOnly: true, gate: ['pays', 'pay'] },
];

/** Scenario product vocabulary ("Ledgerline", "auto-matching") compiled once per product object. */
const productCache = new WeakMap<ProductVocabulary, RegExp | null>();
function productPattern(product: ProductVocabulary | undefined): RegExp | null {
  if (!product) return null;
  const hit = productCache.get(product);
  if (hit !== undefined) return hit;
  const terms = [product.name, ...product.terms].map((t) => t.trim().toLowerCase()).filter((t) => t.length > 1);
  const re = terms.length ? new RegExp(`\\b(?:${terms.map(escapeRegExp).join('|')})\\b`) : null;
  productCache.set(product, re);
  return re;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const GATES = gateIndex(CUES.map((c) => c.gate));

/** Pitch cues that match the turn with their gate shut (see `ungatedCues`: none, if the gates are right). */
export function pitchGateMisses(turn: TurnText): number[] {
  return ungatedCues(CUES.map((c) => c.pattern), GATES, turn);
}

/**
 * Indices of the cues that occur anywhere in the turn: one pass over the whole turn so the per-clause
 * check only runs the few cues that can hit (most turns are not pitches at all).
 */
export function pitchCuesIn(turn: TurnText): number[] {
  const hits: number[] = [];
  let compensates: boolean | undefined;
  for (const i of gatedCues(GATES, turn)) {
    const cue = CUES[i] as PitchCue;
    if (!cue.pattern.test(turn.norm)) continue;
    // The sums in a turn that pays them back are the credit, not our price (see COMPENSATES).
    if (cue.label === TALKS_PRICE && (compensates ??= COMPENSATES.test(turn.norm))) continue;
    hits.push(i);
  }
  return hits;
}

/** The cues among `cues` that make a clause ending in "?" a statement about the product rather than a question. */
export function uptalkCues(cues: number[]): number[] {
  return cues.filter((i) => !(CUES[i] as PitchCue).inPassing);
}

/**
 * Finds the first pitch cue in a clause. `isQuestion` marks clauses that ask something, where only
 * offers, claims and rhetorical pitches count. `candidates` limits the cues tried (see `pitchCuesIn`).
 */
export function findPitch(
  clause: string,
  isQuestion: boolean,
  product?: ProductVocabulary,
  candidates?: number[],
  customerNumbers?: () => Set<string>,
): { label: string; quote: string } | undefined {
  const productRe = productPattern(product);
  const pm = productRe?.exec(clause);
  if (pm && !isQuestion) return { label: 'names our product', quote: pm[0] };
  let leave: boolean | undefined;
  for (const i of candidates ?? CUES.keys()) {
    const cue = CUES[i] as PitchCue;
    if (cue.statementOnly && isQuestion) continue;
    if (!cue.offer && (leave ??= ASKS_LEAVE.test(clause))) continue;
    const m = cue.pattern.exec(clause);
    if (m && !(cue.echo && customerNumbers && echoesNumbers(clause, customerNumbers))) return { label: cue.label, quote: m[0] };
  }
  return undefined;
}

/**
 * The numbers in a text ("$1,200.50" → "1200.50", "$40k" → "40000"), as the customer's figures are compared
 * with the rep's. `asWritten` keeps "40" beside "40000" for "40 grand" (the customer's side).
 */
export function numbersIn(text: string, asWritten = false): string[] {
  const out: string[] = asWritten ? spelledNumbers(text) : [];
  for (const m of text.matchAll(/(\d[\d,.]*)(?: ?(k|m|bn|grand|thousand|million)\b)?/gi)) {
    const n = (m[1] as string).replace(/,/g, '').replace(/\.+$/, '');
    const scale = m[2] ? SCALE[m[2].toLowerCase()] : undefined;
    // "$40K" is the "$40,000" they said; the customer's "40 grand" may come back as "40" too.
    if (scale && Number.isFinite(Number(n))) out.push(String(Math.round(Number(n) * scale)));
    if (!scale || asWritten) out.push(n);
  }
  return out;
}

const SCALE: Record<string, number> = { k: 1e3, grand: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9 };

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SPELLED = /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|million|k))*\b/gi;

/**
 * Amounts the customer spelled out ("a hundred and fifty bucks", "twenty grand", "eighty-five thousand"), as
 * digits, so the rep saying "$150" or "$20K" back is heard as their figure.
 */
function spelledNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPELLED)) {
    let total = 0;
    let part = 0;
    let seen = false;
    for (const w of m[0].toLowerCase().split(/[\s-]+/)) {
      if (w === 'and') continue;
      if (w === 'a') part = part || 1;
      else if (UNITS[w] !== undefined) { part += UNITS[w]; seen = true; }
      else if (TENS[w] !== undefined) { part += TENS[w]; seen = true; }
      else if (w === 'hundred') part = (part || 1) * 100;
      else { total += (part || 1) * (SCALE[w] ?? 1); part = 0; }
    }
    const n = total + part;
    if ((seen || /hundred|thousand|grand|million/.test(m[0])) && n > 1) out.push(String(n));
  }
  return out;
}

/** Every number in the clause is one the customer said (and there is one). */
function echoesNumbers(clause: string, customerNumbers: () => Set<string>): boolean {
  const ns = numbersIn(clause);
  return ns.length > 0 && ns.every((n) => customerNumbers().has(n));
}

/** Words that start sentences in capitals but never name a product. */
const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'you', 'our', 'your', 'who', 'what', 'which', 'everyone', 'nobody', 'someone', 'each', 'every', 'one', 'here', 'there', 'then', 'so', 'and', 'but', 'also', 'i', 'my', 'his', 'her', 'their', 'its', 'when', 'where', 'why', 'how', 'if', 'once', 'now', 'maybe', 'honestly', 'look', 'well', 'yeah', 'ok', 'okay', 'right', 'sure', 'great']);
const NAMED_PRODUCT =
  /(?<!\b(?:[Yy]our|[Tt]heir|[Hh]is|[Hh]er) )\b([A-Z][a-z]+(?:[A-Z][a-z]+)*)\s+(?:also |automatically |basically |just )?(?:auto-renews|puts|reads|sends|pulls|gives|alerts|manages|automates|integrates|plugs|tracks|monitors|resolves|flags|lets|fits|handles|catches|dedupes|syncs|connects|texts|scans|watches|runs (?:silently|automatically|in the background|on)|captures|routes|reprices|works with|is (?:used|built|rated|the (?:only|leading|fastest|#1|number)|a (?:mobile|cloud|web|saas)|(?:[\w-]+ ){0,5}(?:compliant|certified|validated|accredited))|can (?:send|pull|flag|handle|automate|connect|sync|route)|has (?:a|an) [\w-]+(?: [\w-]+)? (?:that|which) (?:flags|pings|sends|alerts|tracks|shows|lets|pulls|catches|checks|texts|emails))\b/;
/** A CamelCase name ("RateSense", "FieldLedger") is a product name, whatever it does. */
/** "That's basically what Markup Studio does": a capitalised name whose job the rep describes. */
/** "PitLane's got a corporate events module as well": a capitalised name that has a module or feature. */
const NAME_HAS_MODULE = /\b([A-Z][a-z]+(?:[A-Z][a-z]+)*)(?:'s got| has got| has) (?:a|an) (?:[\w-]+ ){0,2}(?:module|feature|app|view|dashboard|mode|integration|add-on)\b/;
const WHAT_NAME_DOES = /\bwhat ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:does|is for|is built for|was built for)\b/;
/**
 * "With CivicStream, public comment is fully online", "with Campflow those late bookings just land": what the customer
 * gets with a named product (a CamelCase name before a comma; "With Janet, it's always the budget" is a person).
 */
const WITH_NAME = /(?:^|[.!?;]\s+|,\s*(?:and|so|plus|but)\s+)(?:(?:[Aa]nd|[Ss]o|[Pp]lus|[Bb]ut|[Nn]ow|[Hh]onestly)[\s,]+)?[Ww]ith ([A-Z][a-z]+(?:[A-Z][a-z]+)+(?=,\s+[a-z])|[A-Z][a-z]+(?:[A-Z][a-z]+)*(?=\s+(?:you|your|you'd|you'll|you're|the|those|these|every|each|all|everything|nobody|no one|it|there)\b))/;
const CAMEL_PRODUCT = /\b([A-Z][a-z]+(?:[A-Z][A-Za-z]*)+)\s+(?:also |automatically |basically |just )?(?:is|does|has|can|will|[a-z]{3,}(?<![su]s)s)\b/;

/**
 * A product named in the original casing doing something ("Corvane auto-renews device certificates").
 * Names the customer used (their people and systems) are not our product.
 */
export function findNamedProduct(rawClause: string, customerNames: () => Set<string>): { label: string; quote: string } | undefined {
  const m = NAMED_PRODUCT.exec(rawClause) ?? CAMEL_PRODUCT.exec(rawClause) ?? WHAT_NAME_DOES.exec(rawClause) ?? NAME_HAS_MODULE.exec(rawClause) ?? WITH_NAME.exec(rawClause);
  const name = m?.[1]?.toLowerCase();
  if (!m || !name || NOT_NAMES.has(name) || customerNames().has(name)) return undefined;
  return { label: 'says what our product does', quote: m[0] };
}

/** Phrases that tie what we offer to something the customer said. */
const LINK =
  /\b(?:since|because|given(?: that)?|as) (?!(?:i|i'm|i'd|i've|we|we're|our|once)\b)(?:[\w'-]+ ){0,6}?(?:you|your|you're|you've|is what|are what|was what|what's)\b|\byou (?:just |already |had |have |'ve |also )?(?:said|mentioned|described|told me|brought up|were saying|pointed out|flagged|raised)\b|\bthe exact (?:[\w-]+ ){1,2}(?:this|that|it|we|our [\w-]+) (?:fixes|solves|answers|addresses|handles|covers|removes)\b|\bthat's (?:exactly )?the (?:gap|problem|hole|pain|issue|headache) (?:[\w-]+ )?(?:fills|solves|fixes|closes|plugs|takes away)\b|\b(?:exactly|precisely) (?:the|what|that|why|where)\b|\bthat's (?:exactly |actually |probably )?where (?:we|i'd|we'd)\b|\b(?:this|that) is (?:probably |exactly |actually )?where (?:we|[a-z]+) (?:'d )?(?:help|fit|fits|come in|comes in|start)\b|\bwhich is exactly\b|\b(?:which|that)(?:'s| is) why you (?:need|want|should have)\b|\b(?:you're|you are|you were|you've been) (?:so |really |a bit |most )?(?:worried|concerned|nervous|anxious) about\b|\bthe (?:kind|sort) of thing (?:we|it|this|our [\w-]+(?: [\w-]+)?) (?:stops?|fix(?:es)?|solves?|prevents?|catch(?:es)?)\b|\bgiven (?:that|this|those|what you)\b|\b(?:the same way|same (?:problem|issue|situation|boat|challenge|pain))\b|\b(?:he|she) needs\b|\b(?:what|numbers|data|proof|evidence) (?:you|he|she|they) (?:need|needs|wanted|asked for)\b|\b(?:help|fix|solve|address) (?:with )?(?:the|your|those|that|this) (?:[\w-]+ )?(?:problem|issue|pain|gap|backlog|delays?|bottleneck)\b|\b(?:instead of|rather than) (?:your|you|the|them|someone|somebody|a guy|chasing|having|making|waiting|sitting|that|those)\b|\bspeaks? (?:directly )?to (?:the|your|that|those)\b|\bfor exactly (?:those|these|that|the|your)\b|\bso (?:the )?next time\b|\blike (?:that|the|your|what) (?:[\w-]+ ){0,3}(?:did|happened)\b|\b(?:can't|cannot|can not|won't|will never|never|doesn't) happen(?:s)? again\b|\bwhat you(?:'ve| have)? (?:said|told me|shared|described|mentioned)\b|\bfor (?:your|the|those|that) [\w-]+(?: [\w-]+)? (?:problem|issue|pain|headache|gap)\b|\bto answer (?:properly|your question|that)\b|\b(?:kill|fix|solve|eliminate|end|handle|cut|stop|remove|clean up|take care of) (?:those|that|these|this) [\w-]+/;

/**
 * A pitch whose purpose is their situation ("so your team can stop re-keying", "so nobody has to chase it"): a link
 * in a turn that argues, but one a pushing turn uses for its push ("…so you can skip the RFP entirely"). It must use at
 * least one of their words: a purpose clause alone ("I'll set up a trial so you'd have real usage to show") was a link
 * to coders 7 times in 72.
 */
const SO_THAT = /(?<!\bjust )\bso (?:that )?(?!you know\b|you have (?:some |a bit of |a little )?(?:context|background)\b)(?:you|your|the managers|managers|nobody|no one|they|you've|you'd|you'll|the team|your team)\b(?![^.]*\b(?:can|could) (?:actually |really |just |all |both |then )?(?:see|watch|try|test|ask|meet|hear|look|judge|compare|poke|play|kick)\b)[^.]*\b(?:stop|don't|no longer|get|gets|can|could|aren't|won't|have|'ve got|'d have|never|ever|again|skip|avoid|back)\b/;

/**
 * A pitch whose result is the customer's own trouble going away ("so those waiting days shrink", "which should
 * kill most of those disputes", "no more keying", "gets your account managers that 40% back"): the
 * demonstrative points back at what they told us.
 */
const PAIN_GONE =
  /\b(?:those|that|these|the) (?!(?:\d|price|pricing|offer|deal|discount|rate|promo|slot|spot)\w*)(?:[\w-]+ ){0,3}(?:go away|goes away|disappear|disappears|shrink|shrinks|drop|drops|get captured|gets captured|go to zero|goes to zero)\b|\b(?:should|will|would|could|that'll|it'll) (?:\w+ )?(?:kill|fix|solve|end|cut|eliminate|take care of|stop|get rid of) (?:most of |all of |a lot of |much of )?(?:those|that|these|your)\b|\bno more [\w-]+|\b(?:get|gets|give|gives|giving) (?:you |them |your [\w-]+ (?:[\w-]+ )?)?(?:that|those|the) [\w%-]+(?: [\w-]+)? back\b/;

/**
 * A pitch is value-linked when it cites the customer's stated need ("since you said…") or is built
 * from their own words about it (shared content words with what they said). In a turn that pushes
 * (`pushing`), only a citation counts: coders call 11% of pushing pitches value-linked (45% of the rest), and the
 * weaker signs (a purpose clause, their trouble going away, their words) were wrong there 61 times in 84 in the sets.
 */
export function findValueLink(turn: string, customerStems: Set<string>, turnStems: string[], pushing = false): string | undefined {
  const m = LINK.exec(turn);
  if (m) return `ties it to what you heard ('${m[0].trim()}')`;
  if (pushing) return undefined;
  const so = SO_THAT.exec(turn);
  if (so && turnStems.some((s) => customerStems.has(s))) return `ties it to what you heard ('${so[0].trim()}')`;
  const gone = PAIN_GONE.exec(turn);
  if (gone) return `ties it to the trouble they described ('${gone[0].trim()}')`;
  let shared = 0;
  const seen: string[] = [];
  for (const s of turnStems) {
    if (customerStems.has(s) && !seen.includes(s)) {
      seen.push(s);
      shared++;
    }
  }
  if (shared >= 3) return `builds on their words ('${seen.slice(0, 3).join("', '")}')`;
  return undefined;
}
