import type { ReactNode } from 'react';

/**
 * A screen's title row. The h1 is focusable (tabIndex -1) so the app can move focus to it
 * after navigation, which is how screen-reader users learn the screen changed.
 */
export function ScreenHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="screen-header">
      <div>
        <h1 tabIndex={-1} data-screen-title>{title}</h1>
        {subtitle && <p>{subtitle}</p>}
      </div>
      {actions && <div className="screen-actions">{actions}</div>}
    </header>
  );
}
