import { useEffect } from 'react';
import { useAppStore } from '../store/context';
import type { Toast } from '../store/toast-slice';
import './toasts.css';

const INFO_TOAST_MS = 5000;

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  useEffect(() => {
    if (toast.kind !== 'info') return;
    const timer = window.setTimeout(onDismiss, INFO_TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast.kind, onDismiss]);
  return (
    <li className={`toast toast-${toast.kind}`}>
      <div className="toast-body">
        <p>{toast.message}</p>
        {toast.details && toast.details.length > 0 && (
          <ul className="toast-details">
            {toast.details.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        )}
      </div>
      <button type="button" className="btn btn-ghost btn-small" onClick={onDismiss} aria-label={`Dismiss: ${toast.message}`}>
        ✕
      </button>
    </li>
  );
}

/**
 * App-wide messages. Two live regions: errors are announced assertively, the rest politely.
 * Errors stay until dismissed so nobody misses why something did not happen.
 */
export function Toasts() {
  const toasts = useAppStore((state) => state.toasts);
  const dismiss = useAppStore((state) => state.dismissToast);
  const render = (kind: Toast['kind']) =>
    toasts.filter((t) => t.kind === kind).map((t) => <ToastItem key={t.id} toast={t} onDismiss={() => dismiss(t.id)} />);
  return (
    <div className="toasts">
      <ul role="alert" aria-label="Errors" className="toast-list">{render('error')}</ul>
      <ul role="status" aria-label="Messages" className="toast-list">{render('info')}</ul>
    </div>
  );
}
