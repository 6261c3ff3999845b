import { useCallback } from 'react';
import { fail, type ScenarioListing } from '../../../../core/bridge/contract';
import { formatProblem, loadScenario, type Scenario } from '../../../../core/scenario';
import { useBridgeQuery } from '../../bridge/use-bridge-query';
import { useApi } from '../../store/context';

export interface LoadedScenario {
  listing: ScenarioListing;
  scenario: Scenario;
}

/**
 * Reads a scenario through the bridge and compiles it with the engine. A file that no longer
 * validates (edited on disk since it was listed) becomes an `invalid_scenario` error listing
 * each problem as `file:line:col: error: message`.
 */
export function useScenario(scenarioId: string) {
  const api = useApi();
  const load = useCallback(async () => {
    const read = await api.scenarios.read({ id: scenarioId });
    if (!read.ok) return read;
    const loaded = loadScenario(read.value.yaml, read.value.listing.file);
    if (!loaded.ok) {
      return fail('invalid_scenario', `The scenario “${read.value.listing.title}” has problems and cannot be played.`, loaded.problems.map(formatProblem));
    }
    return { ok: true as const, value: { listing: read.value.listing, scenario: loaded.scenario } satisfies LoadedScenario };
  }, [api, scenarioId]);
  return useBridgeQuery(load);
}
