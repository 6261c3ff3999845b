import type { ReactNode } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useNavigate } from '../../store/context';

/**
 * The frame the brief, call and debrief share while they load, fail or explain why they cannot
 * show their content yet: the screen's title row and a message below it.
 */
export function PracticeShell({ title, subtitle, actions, busy = false, children }: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  /** True while loading: the region is marked busy for assistive technology. */
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="screen practice" aria-busy={busy || undefined}>
      <ScreenHeader title={title} subtitle={subtitle} actions={actions} />
      {children}
    </div>
  );
}

/** "Loading …" under the screen's title. */
export function PracticeLoading({ title, message }: { title: string; message: string }) {
  return (
    <PracticeShell title={title} busy>
      <p className="muted">{message}</p>
    </PracticeShell>
  );
}

const BACK_LABEL = { library: 'Back to the library', history: 'Back to History' } as const;

/** "Back to the library" or "Back to History". */
export function BackButton({ to }: { to: keyof typeof BACK_LABEL }) {
  const navigate = useNavigate();
  return <button type="button" className="btn" onClick={() => navigate({ name: to })}>{BACK_LABEL[to]}</button>;
}
