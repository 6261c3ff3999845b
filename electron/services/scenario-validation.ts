import { formatProblem, loadScenario } from '../../core/scenario/load';
import type { ScenarioValidator } from './scenario-metadata';

/**
 * The full scenario check (YAML + schema + cross-references from core/scenario) as a library
 * validator, with the listing metadata taken from the validated scenario. Imported from
 * `load` directly so listing scenarios does not pull in the conversation engine.
 */
export const validateScenarioFile: ScenarioValidator = (source, file) => {
  const result = loadScenario(source, file);
  if (!result.ok) return { problems: result.problems.map(formatProblem) };
  const { scenario } = result;
  return {
    problems: [],
    summary: {
      id: scenario.id,
      title: scenario.title,
      industry: scenario.industry,
      difficulty: scenario.difficulty,
      expectedMinutes: scenario.expected_minutes,
      tags: scenario.tags,
      persona: `${scenario.persona.name}, ${scenario.persona.role}`,
      company: scenario.persona.company,
    },
  };
};
