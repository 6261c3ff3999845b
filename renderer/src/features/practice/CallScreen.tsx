import type { CallScreenProps } from '../../app/routes';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useNavigate } from '../../store/context';

/** Placeholder until the practice flow lands. */
export default function CallScreen({ scenarioId, sessionId }: CallScreenProps) {
  const navigate = useNavigate();
  return (
    <div className="screen">
      <ScreenHeader title="Conversation" subtitle={`Scenario ${scenarioId}, session ${sessionId}`} />
      <p className="muted">The live conversation is being built.</p>
      <div>
        <button type="button" className="btn" onClick={() => navigate({ name: 'history' })}>Back to History</button>
      </div>
    </div>
  );
}
