import { useId } from 'react';
import type { SessionTurn } from '../../../../core/session/types';
import { tagsFor, type TurnTag } from './call-model';

/** A focusable tag whose reason shows on hover and on keyboard focus, and is its description. */
function Tag({ tag }: { tag: TurnTag }) {
  const id = useId();
  return (
    <span className="tag-wrap">
      <button type="button" className={`tag tag-${tag.kind}`} aria-describedby={id}>{tag.label}</button>
      <span role="tooltip" id={id} className="tooltip">{tag.reason}</span>
    </span>
  );
}

/**
 * The whole conversation with each rep turn tagged (open / closed question, reflection, pitch,
 * value-linked, pressure) and a way to retry the call from that turn.
 */
export function AnnotatedTranscript({ turns, customerName, repName, onRetry, retrying }: {
  turns: readonly SessionTurn[];
  customerName: string;
  repName: string;
  onRetry(fromTurn: number): void;
  retrying: boolean;
}) {
  let repNumber = 0;
  return (
    <ol className="annotated">
      {turns.map((turn) => {
        const rep = turn.speaker === 'rep';
        if (rep) repNumber++;
        const tags = rep && turn.labels ? tagsFor(turn.labels) : [];
        const textId = `turn-${turn.index}-text`;
        return (
          <li key={turn.index} className={`annotated-turn annotated-${turn.speaker}`}>
            <span className="annotated-who">{rep ? `${repName} · ${repNumber}` : customerName}</span>
            <div>
              <p className="annotated-text" id={textId}>{turn.text}</p>
              {rep && (
                <div className="tags" role="group" aria-label="Tags">
                  {tags.length > 0 ? tags.map((tag) => <Tag key={tag.kind} tag={tag} />) : <span className="tag tag-none">Statement</span>}
                  {turn.hinted && <span className="tag tag-none">Hint used</span>}
                </div>
              )}
            </div>
            {rep ? (
              <button type="button" className="btn btn-small retry-btn" aria-describedby={textId} onClick={() => onRetry(turn.index)} disabled={retrying}>
                Retry from this turn
              </button>
            ) : <span />}
          </li>
        );
      })}
    </ol>
  );
}
