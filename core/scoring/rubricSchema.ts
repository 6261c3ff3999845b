/**
 * The rubric file trainers edit: weights, curves, anchors and wording for every component of
 * Listening and Pitching, plus the pass mark. Validated with zod; problems are reported as
 * `path: message` so a trainer can find the field.
 */
import { z } from 'zod';
import { METRIC_IDS } from './metricCatalogue';

/** 1 inside [idealMin, idealMax], falling linearly to 0 at zeroBelow and zeroAbove. */
const BandCurve = z
  .strictObject({
    type: z.literal('band'),
    zeroBelow: z.number(),
    idealMin: z.number(),
    idealMax: z.number(),
    zeroAbove: z.number(),
  })
  .refine((c) => c.zeroBelow <= c.idealMin && c.idealMin <= c.idealMax && c.idealMax <= c.zeroAbove, {
    message: 'band needs zeroBelow ≤ idealMin ≤ idealMax ≤ zeroAbove',
  });

/** 0 at zeroAt, rising (or falling) linearly to 1 at fullAt, flat beyond. */
const RampCurve = z
  .strictObject({ type: z.literal('ramp'), zeroAt: z.number(), fullAt: z.number() })
  .refine((c) => c.zeroAt !== c.fullAt, { message: 'ramp needs zeroAt and fullAt to differ' });

const Component = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids use lowercase letters, digits and underscores'),
  name: z.string().min(1).max(80),
  metric: z.enum(METRIC_IDS),
  weight: z.number().min(0).max(1000),
  curve: z.discriminatedUnion('type', [BandCurve, RampCurve]),
  anchor: z.string().min(1).max(400),
  source: z.string().min(1).max(200),
  /** Sentence for the rep; `{value}`, `{target}` and `{needsBeforePitch}` are filled in. */
  explain: z.string().min(1).max(400),
});

const Side = z
  .array(Component)
  .min(1, 'needs at least one component')
  .refine((list) => list.some((c) => c.weight > 0), { message: 'at least one weight must be above 0' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate component id "${c.id}"` });
      seen.add(c.id);
    });
  });

export const RubricSchema = z.strictObject({
  version: z.string().regex(/^[\w.-]{1,50}$/, 'a short version string such as "2026.1"'),
  description: z.string().max(2000).optional(),
  passMark: z.strictObject({
    /** Pass needs Listening at or above this… */
    listening: z.number().min(0).max(100),
    /** …and Pitching at or below this. */
    pitching: z.number().min(0).max(100),
  }),
  settings: z.strictObject({
    /** Needs the customer must have disclosed before a pitch stops being premature. */
    needsBeforePitch: z.number().int().min(0).max(50),
    /** Slices of the call used to judge whether questions are spread through it. */
    spreadSegments: z.number().int().min(2).max(20),
    /** Rep talk share above which the scorecard warns. */
    talkShareWarning: z.number().min(0).max(1),
  }),
  listening: Side,
  pitching: Side,
});

export type Rubric = z.infer<typeof RubricSchema>;
export type RubricComponent = z.infer<typeof Component>;
export type RubricCurve = RubricComponent['curve'];
export type RubricSettings = Rubric['settings'];

export interface RubricIssue {
  /** Dotted path into the rubric, e.g. `listening[2].weight`. */
  path: string;
  /** The same path as keys, for tools that map it back to a line in the file. */
  keys: (string | number)[];
  message: string;
}

/** An invalid rubric; `issues` lists every problem found. */
export class RubricError extends Error {
  readonly issues: RubricIssue[];

  constructor(issues: RubricIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
    this.name = 'RubricError';
    this.issues = issues;
  }
}

/** `['listening', 2, 'weight']` → `listening[2].weight`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates parsed rubric data (from YAML or JSON). Throws {@link RubricError}. */
export function parseRubric(data: unknown): Rubric {
  const result = RubricSchema.safeParse(data);
  if (result.success) return result.data;
  throw new RubricError(result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      keys: issue.path.map((k) => (typeof k === 'number' ? k : String(k))),
      message: issue.message,
    })));
}
