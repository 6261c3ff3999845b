import type { ReactNode } from 'react';
import { formatHash, sectionOf, type Route } from './routes';
import { useAppStore } from '../store/context';
import './app-frame.css';

const SECTIONS = [
  { id: 'practice', label: 'Practice', route: { name: 'library' }, icon: '◎' },
  { id: 'history', label: 'History', route: { name: 'history' }, icon: '◷' },
  { id: 'settings', label: 'Settings', route: { name: 'settings' }, icon: '⚙' },
] as const satisfies ReadonlyArray<{ id: ReturnType<typeof sectionOf>; label: string; route: Route; icon: string }>;

/** The window's frame: skip link, left navigation, and the main landmark the screens render into. */
export function AppFrame({ children }: { children: ReactNode }) {
  const section = useAppStore((state) => sectionOf(state.route));
  const name = useAppStore((state) => state.settings.name);
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main" onClick={(event) => {
        // The hash holds the route, so move focus by hand instead of following the link.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="sidebar-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">LF</span>
            <span className="brand-name">ListenFirst</span>
          </div>
          <nav aria-label="Main">
            <ul className="nav-list">
              {SECTIONS.map((item) => (
                <li key={item.id}>
                  <a className="nav-link" href={formatHash(item.route)} aria-current={section === item.id ? 'page' : undefined}>
                    <span className="nav-icon" aria-hidden="true">{item.icon}</span>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p className="sidebar-footer">{name ? `Practising as ${name}` : 'Practise listening first.'}</p>
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
