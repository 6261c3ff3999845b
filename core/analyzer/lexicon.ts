/**
 * Shared word lists. Kept small and by semantic class so a reader can see why a word counts.
 */

/** Function words and conversational fillers that carry no content when comparing rep and customer words. */
export const STOPWORDS = new Set(
  (
    'a an the and or but so if then than that this these those there here it its it\'s is are was were be been being am ' +
    'do does did done doing have has had having i me my mine we us our ours you your yours he him his she her they them their ' +
    'what which who whom whose when where why how all any some each every no not nor only own same too very can could would ' +
    'should will shall may might must just also about above after again against at before below between by down during for from ' +
    'in into of off on once out over through to under until up with as because while really like kind sort um uh yeah yes ok ' +
    'okay right well oh got get gets getting go going gone one thing things lot bit little much many more most other something ' +
    'anything everything nothing someone anyone everyone way still even now today actually basically probably maybe think know ' +
    'say said make made take see look want need feel sure thanks thank great good sounds sound mean guess pretty quite ' +
    "i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd they're they've that's there's what's don't doesn't didn't " +
    "isn't aren't wasn't can't won't let's gonna wanna kinda yep nope hmm ah wow huh ya guys"
  ).split(/\s+/),
);

/** Second-person references: the customer and their world. */
export const CUSTOMER_WORDS = /\b(?:you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|y'all|ya)\b/g;
/**
 * References to the rep's own company and product (the "we/our product"). "I", "me" and "my" are left out:
 * "I'd love to hear…", "I'm curious how…" and "if I heard you right" are how a listener asks and plays back, and
 * counting them scored a three-turn call of nothing but questions and a play-back 50% self-centric, Pitching 2.
 */
export const SELF_WORDS = /\b(?:we|us|our|ours|ourselves|we're|we've|we'll|we'd)\b/g;

/**
 * Words of grievance: a rhetorical question that holds one ("Isn't it maddening when one bottle holds up the whole
 * run?", "Doesn't that bother you?") shares their pain; it is not selling the value of a fix.
 */
export const GRIEVANCE = String.raw`madden\w*|frustrat\w*|annoy\w*|infuriat\w*|irritat\w*|painful|awful|nightmare|a pain|worr\w*|scary|risky|mad|crazy|insane|bother\w*|exhausting|stressful|draining|unfair`;

/** Praise the rep asks them to agree with ("Pretty slick, right?", "So easy, right?"): a pitch asking for a nod. */
export const PRAISE_TAG = String.raw`\b(?:pretty|so|really|super|very) (?:slick|cool|neat|reasonable|compelling|good|great|nice|easy|simple|powerful|impressive|clever|handy|sweet)\b(?: [\w-]+){0,4},? (?:right|huh|eh)(?=\?|$)`;
