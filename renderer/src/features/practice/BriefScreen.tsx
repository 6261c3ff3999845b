import type { BriefScreenProps } from '../../app/routes';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useNavigate } from '../../store/context';

/** Placeholder until the practice flow lands: names the scenario and leads back to the library. */
export default function BriefScreen({ scenarioId }: BriefScreenProps) {
  const navigate = useNavigate();
  return (
    <div className="screen">
      <ScreenHeader title="Pre-call brief" subtitle={`Scenario ${scenarioId}`} />
      <p className="muted">The brief for this scenario is being built.</p>
      <div>
        <button type="button" className="btn" onClick={() => navigate({ name: 'library' })}>Back to the library</button>
      </div>
    </div>
  );
}
