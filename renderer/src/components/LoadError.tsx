import type { BridgeError } from '../../../core/bridge/contract';

/** A failed load, said plainly, with a way to try again. */
export function LoadError({ what, error, onRetry }: { what: string; error: BridgeError; onRetry(): void }) {
  return (
    <div className="panel load-error" role="alert">
      <p><strong>Could not load {what}.</strong> {error.message}</p>
      <button type="button" className="btn btn-small" onClick={onRetry}>Try again</button>
    </div>
  );
}
