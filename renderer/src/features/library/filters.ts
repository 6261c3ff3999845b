import type { ScenarioListing } from '../../../../core/bridge/contract';
import type { SessionSummary } from '../../../../core/session/types';

export type Difficulty = NonNullable<ScenarioListing['difficulty']>;

export interface LibraryFilter {
  /** Free text matched against title, persona, company, industry and tags (case-insensitive, every word must match). */
  query: string;
  difficulty: Difficulty | 'all';
  industry: string | 'all';
}

export const NO_FILTER: LibraryFilter = { query: '', difficulty: 'all', industry: 'all' };

const DIFFICULTY_ORDER: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

function haystack(listing: ScenarioListing): string {
  return [listing.title, listing.persona, listing.company, listing.industry, ...(listing.tags ?? [])]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/**
 * The scenarios a filter lets through, playable ones first, then by difficulty and title,
 * so the library reads from the gentlest scenario to the hardest.
 */
export function filterScenarios(listings: readonly ScenarioListing[], filter: LibraryFilter): ScenarioListing[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return listings
    .filter((listing) => filter.difficulty === 'all' || listing.difficulty === filter.difficulty)
    .filter((listing) => filter.industry === 'all' || listing.industry === filter.industry)
    .filter((listing) => {
      const text = haystack(listing);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => {
      const broken = Number(a.problems.length > 0) - Number(b.problems.length > 0);
      if (broken !== 0) return broken;
      const level = (a.difficulty ? DIFFICULTY_ORDER[a.difficulty] : 3) - (b.difficulty ? DIFFICULTY_ORDER[b.difficulty] : 3);
      return level !== 0 ? level : a.title.localeCompare(b.title);
    });
}

/** The industries present in the library, for the filter's options. */
export function industriesOf(listings: readonly ScenarioListing[]): string[] {
  return [...new Set(listings.map((l) => l.industry).filter((i): i is string => Boolean(i)))].sort((a, b) => a.localeCompare(b));
}

/** The best Listening score per scenario id across finished sessions. */
export function bestListeningByScenario(sessions: readonly SessionSummary[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const session of sessions) {
    if (session.status !== 'finished' || session.listening === undefined) continue;
    const previous = best.get(session.scenarioId);
    if (previous === undefined || session.listening > previous) best.set(session.scenarioId, session.listening);
  }
  return best;
}
