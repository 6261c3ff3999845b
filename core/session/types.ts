import { z } from 'zod';

/**
 * A practice session as stored and exchanged (exports, imports, History).
 * Version 1 of the document format; `migrateSession` in the store upgrades older versions.
 */
export const SESSION_SCHEMA_VERSION = 1 as const;

const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/, 'ids use letters, digits, dot, dash and underscore');
const shortText = z.string().max(500);

export const SessionId = id;

/** Labels the analyzer gave a rep turn, as stored (a snapshot, so old sessions keep their meaning). */
export const StoredLabels = z.strictObject({
  question: z.enum(['open', 'closed', 'none']),
  spin: z.enum(['situation', 'problem', 'implication', 'need_payoff', 'none']),
  reflect: z.boolean(),
  pitch: z.boolean(),
  valueLink: z.boolean(),
  pressure: z.boolean(),
  inform: z.boolean(),
  reasons: z.array(z.string().max(500)).max(50),
});

export const SessionTurn = z.strictObject({
  index: z.number().int().min(0).max(100_000),
  speaker: z.enum(['rep', 'customer']),
  text: z.string().max(20_000),
  /** ISO timestamp. */
  at: z.string().max(40),
  labels: StoredLabels.optional(),
  /** Engine state after this turn (customer turns). */
  state: z.string().max(200).optional(),
  trust: z.number().min(-1000).max(1000).optional(),
  /** True when the rep asked for a hint before this turn. */
  hinted: z.boolean().optional(),
});

export const SessionOutcome = z.enum(['next_step', 'brush_off', 'ended_early', 'in_progress', 'abandoned']);

/** Scorecard snapshot: the headline numbers plus the full card as the analyzer produced it. */
export const StoredScore = z.strictObject({
  listening: z.number().min(0).max(100),
  pitching: z.number().min(0).max(100),
  rubricVersion: z.string().max(50),
  passed: z.boolean().optional(),
  /** Full scorecard (components, metrics, anchors); free-form so the rubric can evolve. */
  card: z.record(z.string(), z.unknown()).optional(),
});

export const SessionMeta = z.strictObject({
  id,
  scenarioId: id,
  scenarioTitle: shortText,
  startedAt: z.string().max(40),
  seed: z.number().int().min(0).max(2 ** 31),
  repName: shortText.optional(),
  /** The session this one retries, and the turn it restarted from. */
  parentId: id.optional(),
  retryFromTurn: z.number().int().min(0).optional(),
  hintsUsed: z.number().int().min(0).optional(),
  notes: z.string().max(20_000).optional(),
});

export const SessionDocument = z.strictObject({
  format: z.literal('listenfirst.session'),
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
  meta: SessionMeta,
  status: z.enum(['in_progress', 'finished']),
  endedAt: z.string().max(40).optional(),
  outcome: SessionOutcome,
  turns: z.array(SessionTurn).max(5_000),
  score: StoredScore.optional(),
  needs: z.strictObject({
    uncovered: z.array(z.strictObject({ id, depth: z.string().max(40) })).max(200),
    missed: z.array(id).max(200),
  }).optional(),
});

export const SessionSummary = z.strictObject({
  id,
  scenarioId: id,
  scenarioTitle: shortText,
  startedAt: z.string(),
  endedAt: z.string().optional(),
  status: z.enum(['in_progress', 'finished']),
  outcome: SessionOutcome,
  turnCount: z.number().int(),
  listening: z.number().optional(),
  pitching: z.number().optional(),
  parentId: id.optional(),
});

export type SessionTurn = z.infer<typeof SessionTurn>;
export type StoredLabels = z.infer<typeof StoredLabels>;
export type SessionMeta = z.infer<typeof SessionMeta>;
export type SessionDocument = z.infer<typeof SessionDocument>;
export type SessionSummary = z.infer<typeof SessionSummary>;
export type SessionOutcome = z.infer<typeof SessionOutcome>;
export type StoredScore = z.infer<typeof StoredScore>;
