/**
 * The customer's memory during a call (the machine context) and the events a call receives.
 */
import type { ConversationTurn, TurnAnalysis } from '../analyzer/types';
import type { Rotation } from './rotation';
import type { Scenario } from './schema';

/** The rep said something; `analysis` is the analyzer's reading of `text`. */
export interface RepSaidEvent {
  type: 'rep.said';
  text: string;
  analysis: TurnAnalysis;
}
/** The rep hung up. */
export interface CallEndedEvent {
  type: 'call.ended';
}
export type CallEvent = RepSaidEvent | CallEndedEvent;

export type Outcome = 'next_step' | 'brush_off' | 'ended_early' | 'in_progress';

/** What the engine made of the last rep turn (for the UI, hints and scoring). */
export type MoveKind =
  | 'greeting' | 'unclear' | 'pressure' | 'next_step' | 'closing' | 'value_link' | 'pitch' | 'reveal' | 'want'
  | 'guarded' | 'repeated' | 'ignored' | 'off_topic' | 'generic';

/** A rep turn read as a move in the conversation. */
export interface Move {
  kind: MoveKind;
  /** The need the move is about (reveal, guarded, value_link, ignored). */
  need?: string;
  /** The layer (1 situation … 4 need_payoff) a reveal opens or a guarded turn asked for. */
  layer?: number;
  /** A reveal that goes on to this deeper layer in the same reply (a need-payoff question after the problem). */
  through?: number;
  /** A reveal earned by a reflection rather than a question. */
  reflection?: boolean;
  /** A generic move that was a question (nothing left to open): the customer says there's nothing to add. */
  asked?: boolean;
  objection?: string;
  want?: string;
}

export interface CustomerContext {
  seed: number;
  /** PRNG state (mulberry32), advanced only when a variant cycle is shuffled. */
  rng: number;
  rotation: Rotation;
  /** 0–100. */
  trust: number;
  /** Rep turns so far. */
  turns: number;
  /** Words spoken by both sides, for the minutes estimate (150 words a minute). */
  words: number;
  /** Rep turns the customer gives the call (phases can extend it). */
  patienceTurns: number;
  /** Deepest layer disclosed per need: 0 none, 1 situation … 4 need_payoff. */
  depth: Record<string, number>;
  /** The need the conversation is on, for generic follow-ups ("what does that cost you?"). */
  focus: string | null;
  /** A problem-or-deeper disclosure made in the customer's previous reply. */
  lastDisclosure: { need: string; layer: number } | null;
  /** Objection ids raised, in order. */
  objections: string[];
  /** Stated wants voiced, in order. */
  wantsVoiced: string[];
  /** Phase ids begun, in order. */
  phases: string[];
  /** Brief facts the rep has used. */
  preparation: string[];
  /** Normalized earlier rep questions, to spot repeats. */
  asked: string[];
  /** Earlier questions the customer answered with a disclosure, and the thread they were asked on. */
  answered: Array<{ text: string; focus: string | null }>;
  transcript: ConversationTurn[];
  lastReply: string;
  /** What the engine made of the last rep turn. */
  move: Move | null;
  /** The time warning has been given. */
  warned: boolean;
  outcome: Outcome;
}

/** Input for a new call. */
export interface CallInput {
  seed: number;
}

/** Builds the context a call starts with. */
export function initialContext(scenario: Scenario, seed: number): CustomerContext {
  return {
    seed,
    rng: seed >>> 0,
    rotation: {},
    trust: scenario.trust.start,
    turns: 0,
    words: 0,
    patienceTurns: scenario.persona.patience.turns,
    depth: Object.fromEntries(scenario.needs.map((n) => [n.id, 0])),
    focus: null,
    lastDisclosure: null,
    objections: [],
    wantsVoiced: [],
    phases: [],
    preparation: [],
    asked: [],
    answered: [],
    transcript: [],
    lastReply: '',
    move: null,
    warned: false,
    outcome: 'in_progress',
  };
}
