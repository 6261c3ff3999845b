import type { Scenario } from '../../../../core/scenario';

/** A scenario's `practice:` block (scenarios/FORMAT.md), filled with its defaults when parsed. */
export interface PracticeOptions {
  /** The call starts in exam mode (the rep can still turn it off). */
  examMode: boolean;
  /** The mood indicator may be shown; false hides it even outside exam mode. */
  showMood: boolean;
}

export function practiceOptions(scenario: Scenario): PracticeOptions {
  return { examMode: scenario.practice.exam_mode, showMood: scenario.practice.show_mood };
}
