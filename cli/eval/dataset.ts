/**
 * Labelled evaluation records (one JSON object per line, see ../shared/eval/GUIDE.md) and their validation.
 */
import { z } from 'zod';

export const QUESTION_LABELS = ['open', 'closed', 'none'] as const;
export const SPIN_LABELS = ['situation', 'problem', 'implication', 'need_payoff', 'none'] as const;

export const LabelledTurn = z.object({
  id: z.string(),
  scenario: z.string().optional(),
  prev: z.string().optional().default(''),
  text: z.string(),
  question: z.enum(QUESTION_LABELS),
  spin: z.enum(SPIN_LABELS),
  reflect: z.boolean(),
  pitch: z.boolean(),
  pressure: z.boolean(),
  value_link: z.boolean(),
});
export type LabelledTurn = z.infer<typeof LabelledTurn>;

/** Parses a labelled JSONL file's text. Bad lines are reported as `file:line: message` and left out. */
export function parseLabelled(fileName: string, content: string): { turns: LabelledTurn[]; errors: string[] } {
  const turns: LabelledTurn[] = [];
  const errors: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      errors.push(`${fileName}:${i + 1}: not valid JSON`);
      return;
    }
    const r = LabelledTurn.safeParse(json);
    if (r.success) turns.push(r.data);
    else errors.push(`${fileName}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || 'record'}: ${x.message}`).join('; ')}`);
  });
  return { turns, errors };
}
