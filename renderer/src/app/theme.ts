import { useEffect } from 'react';
import type { Settings } from '../../../core/bridge/contract';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme actually shown: 'system' follows the OS setting. */
export function resolveTheme(theme: Settings['theme'], prefersDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}

/**
 * Applies the theme and text size to <html> (`data-theme`, `data-text-size`), and keeps
 * following the OS while the theme is 'system'.
 */
export function useDocumentAppearance(theme: Settings['theme'], textSize: Settings['textSize']): void {
  useEffect(() => {
    const root = document.documentElement;
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
    const apply = () => {
      root.dataset.theme = resolveTheme(theme, media?.matches ?? false);
    };
    apply();
    if (theme !== 'system' || !media) return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);

  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);
}
