import { useMemo } from 'react';
import type { ConversationTurn } from '../../../../core/analyzer/types';
import { analyzerContext, type Scenario } from '../../../../core/scenario';
import { DEFAULT_RUBRIC, scoreConversation } from '../../../../core/scoring';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/**
 * Live meters while the call runs: talk share against the top-call line, questions asked, and
 * the listen/pitch balance from the same scorecard the debrief uses (so nothing disagrees).
 */
export function CallMeters({ scenario, turns }: { scenario: Scenario; turns: readonly ConversationTurn[] }) {
  const card = useMemo(
    () => (turns.length === 0 ? null : scoreConversation(turns.slice(), { context: analyzerContext(scenario) })),
    [scenario, turns],
  );
  const m = card?.metrics;
  const talkShare = m?.talkShare ?? 0;
  const warning = DEFAULT_RUBRIC.settings.talkShareWarning;
  const listening = card?.listening ?? 0;
  const pitching = card?.pitching ?? 0;
  const balance = listening + pitching === 0 ? 0.5 : listening / (listening + pitching);
  return (
    <section className="panel meters" aria-labelledby="meters-title">
      <h2 id="meters-title">Live meters</h2>
      <div className="meter">
        <div className="meter-head"><span>Your talk share</span><strong>{card ? pct(talkShare) : '—'}</strong></div>
        <div className={`meter-bar${talkShare > warning ? ' is-warning' : ''}`} aria-hidden="true">
          <span style={{ width: pct(talkShare) }} />
          <i className="meter-mark" style={{ left: '43%' }} title="Top discovery calls: about 43%" />
        </div>
        <p className="meter-note">Top calls: about 43%; above {pct(warning)} is a warning sign.</p>
      </div>
      <div className="meter">
        <div className="meter-head"><span>Questions asked</span><strong>{m?.questions.total ?? 0}</strong></div>
        <p className="meter-note">{m ? `${m.questions.open} open, ${m.questions.closed} closed` : 'None yet'}; 11–14 in a discovery call.</p>
      </div>
      <div className="meter">
        <div className="meter-head"><span>Listen / pitch balance</span><strong>{card ? `${listening} / ${pitching}` : '—'}</strong></div>
        <div className="balance-bar" aria-hidden="true">
          <span className="balance-listen" style={{ width: pct(balance) }} />
          <span className="balance-pitch" style={{ width: pct(1 - balance) }} />
        </div>
        <p className="meter-note">Listening {listening}, Pitching {pitching} so far.</p>
      </div>
    </section>
  );
}
