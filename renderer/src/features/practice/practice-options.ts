import type { Scenario } from '../../../../core/scenario';

/**
 * A scenario's optional `practice:` block (scenarios/FORMAT.md): whether the call starts in exam
 * mode and whether the customer's mood is shown. Read defensively, so this compiles and behaves
 * the same whether or not the parsed Scenario type declares the block yet.
 */
interface PracticeBlock {
  exam_mode?: boolean;
  show_mood?: boolean;
}

export interface PracticeOptions {
  /** The call starts in exam mode (the rep can still turn it off). */
  examMode: boolean;
  /** The mood indicator may be shown; false hides it even outside exam mode. */
  showMood: boolean;
}

export function practiceOptions(scenario: Scenario): PracticeOptions {
  const practice = (scenario as Scenario & { practice?: PracticeBlock | undefined }).practice;
  return { examMode: practice?.exam_mode ?? false, showMood: practice?.show_mood ?? true };
}
