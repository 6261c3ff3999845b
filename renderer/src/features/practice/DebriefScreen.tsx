import type { DebriefScreenProps } from '../../app/routes';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useNavigate } from '../../store/context';

/** Placeholder until the practice flow lands. */
export default function DebriefScreen({ sessionId }: DebriefScreenProps) {
  const navigate = useNavigate();
  return (
    <div className="screen">
      <ScreenHeader title="Debrief" subtitle={`Session ${sessionId}`} />
      <p className="muted">The debrief is being built.</p>
      <div>
        <button type="button" className="btn" onClick={() => navigate({ name: 'history' })}>Back to History</button>
      </div>
    </div>
  );
}
