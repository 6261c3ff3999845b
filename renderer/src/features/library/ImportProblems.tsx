import type { BridgeError } from '../../../../core/bridge/contract';

export interface ImportFailure {
  fileName: string;
  error: BridgeError;
}

/**
 * Why an imported scenario was rejected: the engine's `path:line:col: error: message` lines,
 * one per row, in a panel the user dismisses when done reading (it never blocks the app).
 */
export function ImportProblems({ failure, onDismiss }: { failure: ImportFailure; onDismiss(): void }) {
  const lines = failure.error.details ?? [];
  return (
    <section className="import-problems panel" role="alert" aria-labelledby="import-problems-title">
      <div className="import-problems-head">
        <h2 id="import-problems-title">Couldn’t import {failure.fileName}</h2>
        <button type="button" className="btn btn-small" onClick={onDismiss}>Dismiss</button>
      </div>
      <p>{failure.error.message}</p>
      {lines.length > 0 && (
        <ul className="import-problem-lines" aria-label="Problems found">
          {lines.map((line, i) => <li key={i}><code>{line}</code></li>)}
        </ul>
      )}
    </section>
  );
}
