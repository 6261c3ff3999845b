import { useLayoutEffect, useRef, useState } from 'react';
import type { Quarantined } from '../../../../core/bridge/contract';

/**
 * Files the store could not read: which file, why, and where it was moved. Each notice can be
 * dismissed once read; that only hides it here (the file stays in the quarantine folder).
 * `onDismiss` resolves true when the dismissal was saved.
 */
export function QuarantineNotice({ entries, onDismiss }: { entries: readonly Quarantined[]; onDismiss(entry: Quarantined): Promise<boolean> }) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [dismissed, setDismissed] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = entries.filter((entry) => !hidden.has(entry.id));

  // The pressed button is gone: keep keyboard focus nearby, on the notice or else the screen title
  // (in the same commit that removes the button, so focus never falls back to the page).
  useLayoutEffect(() => {
    if (dismissed === 0) return;
    (heading.current ?? document.querySelector<HTMLElement>('[data-screen-title]'))?.focus();
  }, [dismissed]);

  async function dismiss(entry: Quarantined) {
    if (!(await onDismiss(entry))) return;
    setHidden((previous) => new Set(previous).add(entry.id));
    setDismissed((n) => n + 1);
  }

  if (shown.length === 0) return null;
  return (
    <section className="panel quarantine-notice" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title" ref={heading} tabIndex={-1}>
        {shown.length === 1 ? 'One session file could not be read' : `${shown.length} session files could not be read`}
      </h2>
      <p>
        {shown.length === 1 ? 'It was' : 'They were'} moved aside, not deleted, so nothing is lost.
        Dismissing a notice only hides it here: the file stays where it was moved.
      </p>
      <ul className="quarantine-list">
        {shown.map((entry) => (
          <li key={entry.id} className="quarantine-entry">
            <dl>
              <div><dt>File</dt><dd><code>{entry.file}</code></dd></div>
              <div><dt>Why</dt><dd>{entry.reason}</dd></div>
              <div><dt>Moved to</dt><dd><code>{entry.movedTo}</code></dd></div>
            </dl>
            <button type="button" className="btn btn-small" onClick={() => void dismiss(entry)} aria-label={`Dismiss the notice about ${entry.file}`}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
