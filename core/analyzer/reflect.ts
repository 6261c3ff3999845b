/**
 * Reflection: the rep restates, paraphrases, summarises or names the feeling of what the customer said.
 * Evidence is a reflective frame ("So…", "Sounds like…", "What I'm hearing…") or a named feeling, backed
 * by the customer's own content words; a bare "OK" or "got it" has neither.
 */
import { holdsGateWord } from './gate';
import { STOPWORDS } from './lexicon';
import { stem, words } from './text';

/** Frames that announce a restatement. Interjections before them ("Oof, so…") are allowed. */
const FRAME =
  /^(?:(?:oh|ah|ok|okay|right|got it|gotcha|interesting|wow|whoa|whew|phew|shoo|blimey|crikey|golly|shoot|yeesh|far out|oh boy|oh man|oof|ouch|ugh|yikes|hmm|hm|mm|mhm|ha|haha|heh|huh|yeah|yep|yup|totally|dude|man|geez|jeez|gosh|wait|sure|sorry|i see|clear enough|(?:which|that|it) makes (?:total |complete |a lot of )?sense|makes sense|that helps|fair enough|fair|understood|righto|right-o|alright|all right)[\s,.!:]+)*(so for you|so for them|so|sounds like|it sounds like|seems like|it seems|it seems like|it would (?:appear|seem)|it appears|what i'm hearing|what i hear|if i understand|if i'm hearing|if i heard|you're saying|you are saying|in other words|let me make sure|let me check|just so i(?:'ve got| have| get| understand) (?:it|this|that|you) right|to recap|to summari[sz]e|let me play (?:that|it) back|let me see if i|clear enough|so basically|so what you're saying)\b/;

/**
 * The reason a reflection announced by a strong frame gets ("restates their point ('it would appear…')"): coders
 * called 186 of the 187 labelled turns that open with such a frame reflections, so the model does not take one back.
 */
export function isAnnouncedReflection(reason: string): boolean {
  return ANNOUNCED.test(reason);
}
/** "So for you…" and "let me check…" also open what we do for them ("So for you it'd look like this: one number…"). */
const ANNOUNCED = /^reflection: restates their point \('(?!so for |let me )[^']*…'\)$/;

/** Frames that announce a restatement by themselves (unlike a bare "so", which also starts a new topic). */
const STRONG_FRAME = /^(?:it would (?:appear|seem)|it appears|so for you|so for them|let me play (?:that|it) back|let me make sure|let me check|just so i(?:'ve got| have| get| understand) (?:it|this|that|you) right|sounds like|it sounds like|seems like|it seems|it seems like|what i'm hearing|what i hear|if i understand|if i'm hearing|if i heard|you're saying|you are saying|in other words|to recap|to summari[sz]e|clear enough|so what you're saying)$/;

/** Announcing a summary anywhere in a clause ("Before we go on, let me check I've got the full picture."). */
const ANNOUNCE = /\b(?:(?:a |short |quick |brief )?recap of what you (?:told me|said|shared|described)|just to (?:recap|sum up|summari[sz]e)(?: on my (?:side|end))?|if i may (?:recap|sum up|summari[sz]e)|let me (?:check|make sure) (?:i(?:'ve| have) got|i understand|i'm|i have)|just so i(?:'ve got| have| get| understand) (?:it|this|that|you) right|let me (?:recap|sum (?:that|it|this) up|play (?:that|it) back|play back))\b/;

/** What follows a "so" that moves the call on: "so check this out", "so, moving on", "so here's…". */
const MOVING_ON = "check (?:this|it) out|get this|picture this|here's|here is|anyway|moving on|switching gears|on that note|quick question|one more thing|two things";
/** "So here's the thing…", "so next week…": a "so" that moves the call on rather than summing up. */
const PLAN = new RegExp(`\\bso,? (?:${MOVING_ON}|next|one more|the next|a couple|what|how|why|where|who|tell|walk|help)\\b`);
/** A turn that opens by moving the call on ("So here's the thing…", "Okay, so check this out…"). */
export const OPENS_MOVING_ON = new RegExp(`^(?:(?:ok|okay|right|great|cool|yeah|alright)[\\s,.!]+)*so,? (?:${MOVING_ON})\\b`);

/** Naming the customer's feeling or the weight of their situation. */
const FEELING =
  /\b(?:that's|that is) (?:(?:so|really|pretty|super|incredibly|quite|honestly|genuinely|just|kind of|kinda|a bit|truly|totally|such an?|an?) ){0,2}(?:heartbreaking|thankless|discouraging|disheartening|demoralising|demoralizing|exhausting|draining|awkward|uncomfortable|frightening|terrifying|alarming|worrying|upsetting|hard|tough|stressful|awful|horrible)\b(?! (?:thing|to|question|one|part|call|sell|ask|choice|decision|nut))|\b(?:sounds|must (?:be|feel|have been|have felt)|must've (?:been|felt)|feels?|felt) (?:(?:so|really|pretty|super|incredibly|quite|honestly|genuinely|just|kind of|kinda|a bit|a little|truly|totally|such an?|an?) ){0,2}(?:draining|unnerving|overwhelming|exhausting|stressful|frustrating|demoralising|demoralizing|nerve-wracking|nerve-racking|maddening|infuriating|discouraging|miserable|grim|lonely|relentless|shaky|unsettling|worrying|isolating|thankless|heartbreaking|awkward|uncomfortable|rough|brutal|painful|scary|awful|tough|hard|disheartening|deflating|nerve-racking|galling|humbling|embarrassing|chaotic|soul-destroying|thankless|precarious|frightening|terrifying|nerve-wracking)\b|\bi can (?:really |just )?(?:hear|tell) (?:how|just how) (?:much )?(?:\w+ ){0,2}(?:frustrat|stress|hard|tough|exhaust|painful|annoy|worr|draining|difficult|maddening|bother|upset|weigh|hurt|matter)\w*|\b(?:such a |a |really )?mixed (?:feeling|bag|blessing)s?\b|\bsounds like (?:a|an) (?:\w+ )?(?:thankless|lonely|heavy|draining|exhausting|uphill|awkward|tough|difficult|uncomfortable|tricky|stressful|rough|horrible|miserable) (?:job|task|role|spot|position|slog|battle|fight)\b|\b(?:that's|that is|it's) (?:a |an )?(?:fair|real|valid|understandable|reasonable|legitimate) (?:worry|concern|fear|point to worry about)\b|\b(?:makes sense|no wonder|of course|understandable)(?: that)? (?:she|he|they|you|(?:your|the|their|his|her) [\w-]+(?: [\w-]+)?)(?:'d| would| are|'re| is|'s)? (?:be |feel |feeling )?(?:on edge|nervous|worried|wary|anxious|cautious|skeptical|sceptical|frustrated|annoyed|upset|fed up)\b|\bi(?:'m| am) hearing (?:a lot of |real |some |a bit of )?[\w-]+ in (?:how|what|the way) you\b|\b(?:real|serious|big) money\b|\bthat's (?:really |exactly )?what (?:you're|you are) (?:after|looking for|asking for|worried about)\b|\bi hear you,? (?:you(?:'ve|'re| have| are)|that|it)\b|\bis (?:a|an|your) (?:deal-?breaker|non-negotiable|must-have|red line|hard line) for (?:you|them|him|her)\b|\b(?:it |that )?sounds like (?:what (?:worries|bothers|scares|frustrates|matters to) (?:you|them|him|her)|you(?:'re|'ve| are| have)|they(?:'re|'ve| are| have)|the (?:real )?(?:worry|fear|problem|issue|concern) is)\b|\bmust(?: have|'ve)? (?:really |truly )?(?:stung|stings|hurt|sucked|smarted)\b|\b(?:that|it|this) (?:really )?stings\b|\bleft a mark\b|\b(?:can't|cannot|couldn't) have been (?:a |an )?(?:fun|easy|great|pleasant|good)\b|\bi(?:'d| would)? imagine (?:that|it|this|they|you|the)\b|\b(?:adds|add|stacks|stack|piles|pile) up (?:fast|quickly|quick)\b|\bsounds (?:(?:so|really|pretty|super|incredibly|quite|honestly|genuinely|just|kind of|kinda|a bit) ){1,2}(?:rough|hard|tough|painful|frustrating|stressful|exhausting|scary|awful|brutal|draining|grim)\b|\b(?:sounds|must (?:be|feel|have been)|must've been|feels?|felt) (?:so |really |pretty |super |incredibly |quite |a bit |kind of |kinda )?(?:draining|unnerving|overwhelming|exhausting|stressful|frustrating|demoralising|demoralizing|nerve-wracking|nerve-racking|maddening|infuriating|discouraging|miserable|grim|lonely|relentless|shaky|unsettling|worrying|isolating|thankless)\b|\b(?:an? )?(?:uneasy|tricky|scary|precarious|exposed) (?:place|position|spot|situation)\b|\b(?:must|must've|has to|have to|gotta|would) (?:sting|hurt|suck|wear|grind|drain|weigh)\w*\b(?! in\b)|\b(?:that|this|it) (?:can't|cannot|can not|isn't|is not) (?:be )?(?:sustainable|easy|fun|great)\b|\b(?:that|this|it) (?:must|must've|must have) (?:be|been|feel|have been)\b|\b(?:that|it) sounds (?:painful|frustrating|rough|hard|tough|stressful|exhausting|scary|awful|like a lot|like a (?:real|big|tough)|really|incredibly|super)\b|\bsounds (?:painful|frustrating|rough|stressful|exhausting|scary|awful|like you|like they|like the|like it's|like it)\b|\bsounds like (?:a|an) (?:\w+ )?(?:awful|rough|tough|hard|brutal|stressful|exhausting|painful|frustrating|scary|nightmare|mess|headache|slog|grind|lot)\b|\bi can (?:only )?imagine\b|\bno wonder\b|\bmust (?:feel|be) (?:frustrating|hard|tough|stressful|exhausting|painful|risky)\b|\b(?:that's|that is|what) (?:a |an )?(?:real |really |pretty |super )?(?:lot|ton|rough|brutal|tough|big ask|real loss|long time|painful|frustrating|scary|tough spot|hard spot|uncomfortable spot|lot on|lot of|nightmare|mess|heavy|thin|tight|squeeze|bind)\b|\b(?:rough|brutal|painful|scary|stressful) (?:week|month|quarter|year|august|spot|situation)\b|\bis a lot\b|\b(?:that|it|this|\d+ ?%?) (?:is|'s) (?:really |pretty |super )?(?:rough|brutal|painful|scary)\b|\b(?:that's|that is) (?:a |an )?(?:really |pretty )?(?:hard|difficult|awkward|uncomfortable) (?:conversation|position|place|spot)\b|\bis a (?:long|big|huge|tough|hard|real)\b|\badds up fast\b|\b(?:that's|that has|it's|that must)(?: got| gotta| to)? (?:be|have been) (?:frustrating|hard|tough|stressful|exhausting|painful|scary|rough|annoying|maddening)\b|\bgotta be (?:frustrating|hard|tough|stressful|exhausting|painful|scary|rough|annoying)\b|\b(?:i |totally |completely )?(?:get|understand|see) why you(?:'d| would| are|'re)?\b|\bon (?:your|their) plates?\b|\bthat's still\b|\bi hear you\b(?=.*\b(?:since|so)\b)|\b(?:a lot|too much|so much|plenty|a heavy [\w-]+) to (?:absorb|carry|juggle|swallow|digest|shoulder)\b|\b(?:that'd|that would|that must|it'd|it would|must|would)(?: have|'ve) been (?:a |an )?(?:really |pretty |very )?(?:rough|tough|hard|brutal|stressful|scary|awful|horrible|difficult|miserable)\b|\b(?:hard|tough|rough|brutal) on (?:everybody|everyone|you|them|the team|your|him|her|all of you|people)\b|^(?:(?:oof|ouch|ugh|wow|man|yikes|gosh)[\s,]+)*(?:brutal|rough|frustrating|exhausting|painful|stressful|draining|maddening|awful|grim|scary|nerve-wracking|heartbreaking|demoralising|demoralizing)(?: all (?:a)?round| for everyone| for you| for them)?(?:,? then)?$|\bmust(?: have|'ve) (?:really )?(?:shaken|rattled|upset|scared|worried|frightened|unsettled)\b/;

/**
 * A bare nod to their worry ("I can imagine.", "That's a fair worry.", "Okay, that's a real concern then."): coders
 * call these acknowledgements, not reflections: 1 reflection and 25 not among those in the labelled sets.
 */
const BARE_NOD = /^(?:(?:oh|ah|ok|okay|yeah|yes|lol|wow|oof|man|gosh|right|sure|totally|ha|haha|ugh|ouch|yikes|jeez|geez)[\s,.!]+)*(?:i can (?:only |totally |definitely )?imagine|that's (?:a |an )?(?:fair|real|valid|reasonable|legitimate|understandable|totally fair|very fair) (?:worry|concern|point|question|challenge|one|ask))(?:[\s,.!]+(?:then|too|actually|lol|haha|ha|sorry))*$/;

/** More ways to name how it feels for them, kept apart so the common words that open them gate only this part. */
const FEELING_MORE =
  /\bi(?:'d| would) find (?:that|it|this) (?:really |pretty |so |incredibly )?(?:draining|hard|tough|stressful|exhausting|frustrating|maddening|nerve-wracking|infuriating|demoralising|demoralizing)\b|\bmust(?:'ve| have) (?:given|caused) (?:you|them|him|her|everyone|everybody|people|(?:the )?(?:whole )?team) (?:a |quite a |a bit of a )?(?:proper |real |nasty |big )?(?:jolt|scare|fright|shock|headache)\b|\b(?:not|no'?|never) (?:a |an )?(?:nice|good|fun|great|comfortable|easy|pleasant) (?:place|position|spot|situation) (?:to|tae) be\b|\b(?:totally|completely|fully|i) (?:get|understand) that you(?:'re| are| don't| do not| wouldn't| can't| want| need| feel)\b|\bi can (?:really |just |totally )?(?:hear|tell|sense) (?:how|just how|what)\b|\bi (?:can |totally |completely |really |fully )?(?:see|get|understand) why (?:that|this|it|you|you'd|you're|they|they'd|he|she|a|an|the|someone|anyone|people)\b|\bi can (?:really |just |totally )?(?:hear|sense) (?:the|your|some) (?:frustration|worry|stress|anxiety|disappointment|exhaustion|fear|anger|hesitation|wariness|nerves|concern)\b|\b(?:that|the|your) (?:frustration|worry|stress|anxiety|disappointment|fear|anger|caution|wariness|hesitation|scepticism|skepticism|nervousness|reluctance) makes (?:complete |total |perfect |a lot of |so much )?sense\b/;
const FEELING_MORE_GATE = new Set(['find', 'given', 'caused', 'place', 'position', 'spot', 'situation', 'get', 'understand', 'hear', 'tell', 'sense', 'see', 'makes']);

/** "Would it be fair to say that Jonathan is anxious about the trend?": a summary put to them as a question. */
const FAIR_TO_SAY = /(?:^|[.?!]\s+)(?:(?:so|and|then|ok|okay|right|now)[\s,]+)*(?:would it be|is it|would i be|am i) (?:fair|right|correct|accurate) (?:to say|in saying|in thinking)\b[^.?!]{12,}/;

/** Every alternative of FAIR_TO_SAY contains one of these words (see ./gate.ts): speed only. */
const CHECKED_SUMMARY_GATE = new Set(['fair', 'right', 'correct', 'accurate']);

/**
 * A summary put to them as a question (`norm`: the whole turn, `tokens` its words), which the question rules
 * leave out of the clauses a reflection is looked for in.
 */
export function findCheckedSummary(norm: string, tokens: Set<string>): string | undefined {
  return holdsGateWord(tokens, CHECKED_SUMMARY_GATE) && FAIR_TO_SAY.test(norm) ? 'reflection: sums up their point and asks if it is fair' : undefined;
}

/** Empathy said in the first person ("I can imagine…", "I bet…") is still about them. */
const EMPATHY_I = /^(?:(?:oh|ah|ok|okay|yeah|wow|oof|man|gosh)[\s,.!]+)*(?:i(?:'m| am) hearing|i can (?:really |just )?(?:hear|tell) (?:how|just how)|i can (?:only )?imagine|i(?:'d| would)? imagine|i bet|i'm (?:so |really )?sorry|i hear you|i (?:can |totally |completely |really |fully )?(?:get|understand|see) why|i can (?:really |just |totally )?(?:hear|sense) (?:the|your|some))\b/;

/**
 * Their want, worry or feeling said back to them in the second person: "You'd rather not go through another rollout
 * like that", "You're worried the auditors will notice first", "Part of you wants to switch".
 */
const YOU_RESTATE =
  /^(?:(?:so|and|ok|okay|right|yeah|yes|mm|hmm|oh|ah)[\s,]+)*(?:you(?:'re| are|'ve been| have been|'d| would)? (?:(?:really|still|also|just|kind of|a bit|pretty|quite|understandably)\s+)?(?:rather|prefer|worried|concerned|nervous|frustrated|tired|fed up|feel|feeling|wish|hoping|stuck|torn|caught|afraid|scared|anxious|dreading|don't want|do not want|not against|not opposed)\b|part of you (?:wants|is|feels|thinks)\b|(?:and )?your (?:biggest|main|real|number one|top) (?:worry|concern|fear|headache|frustration)\b)/;

/** Every alternative of REFRAME contains one of these words (see ./gate.ts): speed only. */
const REFRAME_GATE = new Set(['not', 'less', "isn't", "wasn't", 'never']);

/** A reframe of their point: "it's not an applicant problem, it's a speed problem", "less about X, more about Y". */
const REFRAME = /\b(?:it's|it is|that's|this is|so it's) not (?:really |just |so much )?(?:a|an|the|about|your) [\w -]+?,? (?:it's|it is|that's|but|more) (?:a|an|the|about|your)\b|\b(?:it|this|that) (?:isn't|wasn't) (?:really |just |only |so much )?(?:a|an|the|your) [\w' -]+?(?:,|—|-)\s*(?:it's|it is|that's|this is)\b|\b(?:isn't|wasn't|(?:is|was) (?:not|never)) (?:really |just |so much |only )?about\b[^.?!]*?,\s*(?:it's|it is|it was|that's|but|more|rather)\b|\bless about\b[^.?!]*\bmore about\b|\bnot so much\b[^.?!]*\b(?:as|but|more)\b|,\s*not just (?:a|an|the|about)\b/;

/** An acknowledgement or interjection before an echo of their words ("Oof, selling out at the old rate"). */
const ACK_OPENER = /^(?:oof|ouch|ugh|yikes|wow|whoa|geez|jeez|gosh|man|makes sense|that makes sense|got it|gotcha|right|ok|okay|i see|understood|fair|fair enough|ha|haha)[\s,.!:]+\S/;

/** The rep talking about themselves, their product or the next step rather than about the customer. */
const SELF_TALK = /^(?:i|we|our|let me|let's)\b|\bso,? (?:(?:um|uh|like|yeah),? )*(?:i|i'm|i'd|i guess|we|we're|real talk|anyway|quick|let's|let me)\b|\b(?:i'll|we'll|i will|we will|let's|we can|we could|we'd|our)\b/;

/** Every alternative of FEELING contains one of these words (see ./gate.ts): a cheap pre-check, speed only. */
const FEELING_GATE = new Set(['grim', 'draining', 'demoralising', 'demoralizing', 'heartbreaking', 'nerve-wracking', 'must', 'absorb', 'carry', 'juggle', 'swallow', 'digest', 'shoulder', 'alarming', 'worrying', 'upsetting', 'horrible', 'mixed', 'frightening', 'terrifying', 'tell', 'that', "that's", "it's", 'this', 'is', 'fair', 'valid', 'understandable', 'reasonable', 'legitimate', 'makes', 'wonder', 'course', 'hearing', 'money', 'hear', 'deal-breaker', 'dealbreaker', 'non-negotiable', 'must-have', 'like', 'stung', 'stings', 'hurt', 'sucked', 'mark', 'been', 'imagine', 'adds', 'add', 'stacks', 'stack', 'piles', 'pile', 'feel', 'feels', 'felt', "must've", 'draining', 'unnerving', 'overwhelming', 'uneasy', 'tricky', 'precarious', 'exposed', 'must', 'has', 'have', 'gotta', 'would', "can't", 'cannot', 'can', "isn't", 'not', "must've", 'sounds', 'imagine', 'wonder', 'lot', 'ton', 'rough', 'brutal', 'tough', 'big', 'real', 'long', 'painful', 'frustrating', 'scary', 'spot', 'nightmare', 'mess', 'heavy', 'huge', 'hard', 'stressful', 'exhausting', 'annoying', 'maddening', 'adds', 'why', 'difficult', 'awkward', 'rough', 'brutal', 'painful', 'scary', 'plate', 'plates', 'still', 'hear', 'awful', 'risky', 'uncomfortable', 'ask', 'loss', 'situation', 'thin', 'tight', 'squeeze', 'bind']);

/** Number words (said back, they name a quantity, not a point of theirs). */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand';

/** Dates, times and numbers: echoing them back ("OK, June 12th") notes a fact, it does not reflect. */
const CALENDAR = new RegExp(
  `^(?:\\d[\\w]*|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|${NUMBER_WORDS}|sixty|seventy|eighty|ninety|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|week|month|quarter|year|day|morning|afternoon|even|noon|am|pm|half|past|tonight|tomorrow|o'clock)$`,
);

/** "Thursday morning it is", "first week of September it is": agreeing a date, not reflecting. */
const SCHEDULE_AGREED = /^(?:(?:perfect|great|ok|okay|sounds good|lovely|brilliant|done|cool|excellent|sure)[\s,.!]+)*[\w\s:.'-]{1,40}? it is$/;

/** Content stems of a text, for overlap with the customer's words. */
export function contentStems(norm: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (!STOPWORDS.has(w) && (w.length >= 3 || hasDigit(w))) out.push(cachedStem(w));
  };
  for (const token of words(norm)) {
    // Hyphenated words count by their parts ("six-month" shares "month" with "every month").
    if (token.includes('-')) for (const w of token.split('-')) add(w);
    else add(token);
  }
  return out;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Stems repeat across turns; a bounded cache saves recomputing them (cleared when it grows large). */
const stemCache = new Map<string, string>();
function cachedStem(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    if (stemCache.size > 20_000) stemCache.clear();
    s = stem(w);
    stemCache.set(w, s);
  }
  return s;
}

/** Counts distinct stems of `clause` that the customer used. */
function overlap(clauseStems: string[], customer: Set<string>): string[] {
  const seen: string[] = [];
  for (const s of clauseStems) if (customer.has(s) && !seen.includes(s)) seen.push(s);
  return seen;
}

/** The clause's own words behind the given stems, quoted for a reason ("'three', 'warehouses'", not the stems). */
function quoteWords(clause: string, stems: string[]): string {
  const shown: string[] = [];
  for (const token of words(clause))
    for (const w of token.includes('-') ? token.split('-') : [token])
      if (stems.includes(cachedStem(w)) && !shown.includes(w) && shown.length < stems.length) shown.push(w);
  return (shown.length ? shown : stems).map((w) => `'${w}'`).join(', ');
}

/** Interjections before a mirrored phrase ("Oh, a day later."). */
const MIRROR_LEAD = new Set(['oh', 'ah', 'ok', 'okay', 'right', 'wow', 'whoa', 'yeah', 'yep', 'hmm', 'mm', 'so', 'and', 'huh', 'gosh', 'oof', 'ouch', 'yikes', 'sorry', 'wait', 'geez', 'jeez', 'man']);
/** Words that carry no point of theirs when said back ("Makes sense.", "Most of the time.", "Four hours."). */
const MIRROR_EMPTY = new RegExp(`^(?:makes?|sense|sounds?|sure|right|okay|great|fine|true|point|fair|enough|course|good|perfect|cool|awesome|noted|understood|agreed|exactly|totally|absolutely|definitely|time|times|thing|things|yeah|really|\\d[\\w,.]*|${NUMBER_WORDS}|hours?|minutes?|days?|weeks?|months?|years?|mornings?|nights?|talk|speak|chat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)$`);

/**
 * Mirroring: the turn opens with a short sentence (two to six words) that says the customer's own words
 * back, verbatim ("A day later.", "Ignored the alerts.", "They don't care?"), and those words name
 * something of theirs (not "Makes sense." or "Four hours.").
 */
export function findMirror(firstSentence: string, prev: string): string | undefined {
  // Six words and a few interjections fit in 80 characters: most sentences are ruled out unread.
  if (firstSentence.length > 80) return undefined;
  const said = words(firstSentence);
  let from = 0;
  while (from < said.length && MIRROR_LEAD.has(said[from] as string)) from++;
  const phrase = said.slice(from);
  if (phrase.length < 2 || phrase.length > 6) return undefined;
  if (!phrase.some((w) => w.length >= 4 && !STOPWORDS.has(w) && !MIRROR_EMPTY.test(w))) return undefined;
  const theirs = ` ${words(prev).join(' ')} `;
  return theirs.includes(` ${phrase.join(' ')} `) ? `reflection: says their words back ('${phrase.join(' ')}')` : undefined;
}

/** The feeling and reframe lexicons that match the turn while their word gate stays shut (none, if the gates are right; tests check every labelled turn). */
export function reflectGateMisses(norm: string, tokens: Set<string>): string[] {
  const out: string[] = [];
  if (!holdsGateWord(tokens, FEELING_GATE) && FEELING.test(norm)) out.push('FEELING');
  if (!holdsGateWord(tokens, FEELING_MORE_GATE) && FEELING_MORE.test(norm)) out.push('FEELING_MORE');
  if (!holdsGateWord(tokens, REFRAME_GATE) && REFRAME.test(norm)) out.push('REFRAME');
  if (!holdsGateWord(tokens, CHECKED_SUMMARY_GATE) && FAIR_TO_SAY.test(norm)) out.push('FAIR_TO_SAY');
  return out;
}

/**
 * Decides whether a non-question, non-pitch stretch of the turn reflects the customer. `clauses` are the
 * candidate clauses (lower-cased), `customer` the customer's content stems (previous turn and history). In a turn
 * that pushes (`pushing`) a reframe argues with them rather than playing their point back.
 */
export function findReflection(clauses: string[], customer: Set<string>, turnTokens: Set<string>, checked = false, pushing = false): string | undefined {
  if (clauses.length === 0) return undefined;
  // Cheap gate: without a frame, a feeling or any of the customer's words there is nothing to find.
  const joined = clauses.join(' . ');
  const more = holdsGateWord(turnTokens, FEELING_MORE_GATE) && FEELING_MORE.test(joined);
  const anyFeeling = (holdsGateWord(turnTokens, FEELING_GATE) && FEELING.test(joined)) || more;
  const mayReframe = !pushing && holdsGateWord(turnTokens, REFRAME_GATE);
  const anyFrame = clauses.some((c) => FRAME.test(c) || (mayReframe && REFRAME.test(c)));
  if (!anyFeeling && !anyFrame && customer.size === 0) return undefined;
  // A frame said on its own ("Just so I have it right —") announces the clause after it.
  let announced = false;
  for (const c of clauses) {
    if (SCHEDULE_AGREED.test(c)) continue;
    const stems = contentStems(c);
    if (announced && stems.length >= 2 && !SELF_TALK.test(c)) return 'reflection: restates their point';
    const frame = FRAME.exec(c);
    const announcement = ANNOUNCE.exec(c);
    if (announcement && contentStems(c.slice(announcement.index + announcement[0].length)).length >= 3) return 'reflection: plays back what they said';
    announced = (stems.length < 2 && STRONG_FRAME.test(frame?.[1] ?? '')) || (announcement !== null && frame === null);
    const shared = overlap(stems, customer);
    // Their dates and numbers after a "so" or an "oof" note a fact ("So kick off the trial the week of Feb 24"); said
    // back at length they can still be their point ("$14,000 every year, lost"), so the longer restatements count them.
    const points = shared.filter((w) => !CALENDAR.test(w)).length;
    const feeling = anyFeeling ? (FEELING.exec(c) ?? (more ? FEELING_MORE.exec(c) : null)) : null;
    const quote = shared.length ? quoteWords(c, shared.slice(0, 2)) : '';
    const aboutThem = /\b(?:you|your|you're|you've|they|their|them|the team|he|she|his|her)\b/.test(c) && !SELF_TALK.test(c);
    if (frame && STRONG_FRAME.test(frame[1] ?? '') && stems.length >= 2) return `reflection: restates their point ('${frame[1]}…')`;
    if (frame && !SELF_TALK.test(c) && !PLAN.test(c) && stems.length >= 2 && (points >= 1 || (aboutThem && stems.length >= 4 && shared.length >= 1))) return `reflection: restates their point${quote ? ` (${quote})` : ''}`;
    if (mayReframe && REFRAME.test(c)) return 'reflection: reframes their point in their terms';
    // "Right, so three sources that never talk to each other": a turn that opens by summing up in its own words, briefly
    // or with at least one of theirs. A longer "so…" with none of their words tells our side ("So the supervisor opens the
    // checklist on their phone, scores each room…") or starts the rep's own agenda ("So I wanted to learn a bit about…"):
    // over the labelled sets, requiring one of their words past twelve words was right 57 times and wrong 29.
    // A restatement about them likewise needs one of their words (right 51 times, wrong 3).
    if (frame && c === clauses[0] && stems.length >= 4 && (shared.length >= 1 || c.split(' ').length <= 12) && !SELF_TALK.test(c) && !PLAN.test(c)) return 'reflection: sums up what they described';
    // "So most of the system only gets checked once a decade. Is that right?": a summary put up for checking.
    if (frame && checked && stems.length >= 3 && !SELF_TALK.test(c)) return 'reflection: sums up their point and checks it';
    if (frame && shared.length >= 4) return `reflection: restates their point (${quote})`;
    if (ACK_OPENER.test(c) && points >= 2 && stems.length <= shared.length * 2 && !SELF_TALK.test(c)) return `reflection: echoes their words (${quote})`;
    if (shared.length >= 1 && YOU_RESTATE.test(c) && !SELF_TALK.test(c)) return `reflection: says back what they want or feel (${quote})`;
    if (feeling && (!SELF_TALK.test(c) || EMPATHY_I.test(c)) && !BARE_NOD.test(c)) return `reflection: names how it feels for them ('${feeling[0].trim()}')`;
    if (shared.length >= 3 && stems.length <= shared.length * 3 && !SELF_TALK.test(c)) return `reflection: paraphrases what they said (${quote})`;
  }
  return undefined;
}
