import type { ScenarioListing } from '../../../../core/bridge/contract';
import { formatHash } from '../../app/routes';

const DIFFICULTY_BADGE = { easy: 'badge-success', medium: 'badge-warning', hard: 'badge-danger' } as const;
const DIFFICULTY_LABEL = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

/**
 * One scenario. A playable card's title is a link to its brief, stretched over the whole
 * card so a click anywhere opens it while keyboard and screen-reader users meet one link
 * named after the scenario. A listing with problems shows them instead and cannot be played.
 */
export function ScenarioCard({ listing, bestListening }: { listing: ScenarioListing; bestListening?: number }) {
  const broken = listing.problems.length > 0;
  const titleId = `scenario-${listing.source}-${listing.id}`;
  return (
    <article className={`scenario-card panel${broken ? ' is-broken' : ''}`} aria-labelledby={titleId}>
      <div className="scenario-card-top">
        {listing.difficulty && <span className={`badge ${DIFFICULTY_BADGE[listing.difficulty]}`}>{DIFFICULTY_LABEL[listing.difficulty]}</span>}
        {listing.source === 'user' && <span className="badge">Imported</span>}
        {broken && <span className="badge badge-danger">Needs fixing</span>}
      </div>
      <h2 id={titleId} className="scenario-title">
        {broken ? listing.title : (
          <a className="scenario-link" href={formatHash({ name: 'brief', scenarioId: listing.id })}>{listing.title}</a>
        )}
      </h2>
      {(listing.persona || listing.company) && (
        <p className="scenario-persona">
          {listing.persona}
          {listing.persona && listing.company ? ', ' : ''}
          {listing.company}
        </p>
      )}
      {listing.industry && <p className="scenario-industry"><span className="visually-hidden">Industry: </span>{listing.industry}</p>}
      {broken ? (
        <ul className="scenario-problems" aria-label={`Problems in ${listing.file}`}>
          {listing.problems.map((problem, i) => <li key={i}>{problem}</li>)}
        </ul>
      ) : (
        <dl className="scenario-facts">
          <div><dt>Length</dt><dd>{listing.expectedMinutes ? `~${listing.expectedMinutes} min` : '—'}</dd></div>
          <div>
            <dt>Best listening</dt>
            <dd className={bestListening === undefined ? 'not-played' : 'best-score'}>{bestListening === undefined ? 'Not played yet' : Math.round(bestListening)}</dd>
          </div>
        </dl>
      )}
    </article>
  );
}
