/**
 * The analyzer's contract: what ListenFirst knows about one rep turn.
 * The scenario engine, the scorecard, the CLI and the UI all consume this shape.
 */

export type QuestionType = 'open' | 'closed' | 'none';
export type SpinType = 'situation' | 'problem' | 'implication' | 'need_payoff' | 'none';

/** Conversational acts a turn can perform; a turn usually performs several. */
export type Act =
  | 'question'
  | 'reflection'
  | 'pitch'
  | 'pressure'
  | 'inform'
  | 'greeting'
  | 'agenda'
  | 'thanks'
  | 'agreement'
  | 'next_step' // proposes a concrete next step (meeting, trial, intro)
  | 'closing' // wraps up / says goodbye
  | 'unclear'; // gibberish, empty, or impossible to interpret

/** A named topic the caller wants detected (e.g. a scenario need); matched on lemmas/stems. */
export interface TopicVocabulary {
  id: string;
  /** Words or short phrases that indicate the topic ("invoice", "month-end close"). */
  terms: string[];
}

/** A fact from the pre-call brief; mentioning it counts as using your preparation. */
export interface BriefFact {
  id: string;
  /** Words or phrases that show the rep knows the fact ("Series B", "new plant in Ohio"). */
  terms: string[];
}

/** The rep's product as a scenario describes it, so pitch detection knows its vocabulary. */
export interface ProductVocabulary {
  name: string;
  /** Phrases naming capabilities ("auto-matching", "approval workflows"). */
  terms: string[];
}

export interface ConversationTurn {
  speaker: 'rep' | 'customer';
  text: string;
}

export interface AnalyzeContext {
  /** The customer's turn just before this one (may be empty). */
  prev?: string;
  /** Earlier turns, oldest first (not including `prev` twice is fine either way). */
  history?: ConversationTurn[];
  product?: ProductVocabulary;
  topics?: TopicVocabulary[];
  brief?: BriefFact[];
}

export interface TurnAnalysis {
  question: QuestionType;
  spin: SpinType;
  reflect: boolean;
  pitch: boolean;
  /** A pitch explicitly tied to a need or pain the customer stated. Implies pitch. */
  valueLink: boolean;
  pressure: boolean;
  /** Gives information or advice (every pitch is also inform). */
  inform: boolean;
  acts: Act[];
  /** Customer-centric ("you", "your team") versus self-centric ("we", "our product") references. */
  focus: { customer: number; self: number };
  /** Ids of the caller's topics this turn touches. */
  topics: string[];
  /** Ids of brief facts this turn mentions. */
  preparation: string[];
  words: number;
  /** Plain-language reasons, one per decision, e.g. "open question: asks 'how' about their process". */
  reasons: string[];
}
