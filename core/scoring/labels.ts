/** Compact per-turn labels for transcripts and the CLI ("open question", "problem", "pitch"). */
import type { TurnAnalysis } from '../analyzer/types';

/**
 * Machine-friendly labels for a rep turn, in a fixed order:
 * `question:open|closed`, `spin:<type>`, `reflect`, `pitch`, `value_link`, `pressure`, `inform`.
 */
export function turnLabels(a: TurnAnalysis): string[] {
  return [
    ...(a.question !== 'none' ? [`question:${a.question}`] : []),
    ...(a.spin !== 'none' ? [`spin:${a.spin}`] : []),
    ...(a.reflect ? ['reflect'] : []),
    ...(a.pitch ? ['pitch'] : []),
    ...(a.valueLink ? ['value_link'] : []),
    ...(a.pressure ? ['pressure'] : []),
    ...(a.inform ? ['inform'] : []),
  ];
}
