import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu as a pure template, so its structure is testable without Electron.
 * main.ts supplies the actions and turns the template into a Menu.
 */

export type ThemeChoice = 'light' | 'dark' | 'system';

export interface MenuActions {
  importScenario(): void;
  exportSession(): void;
  setTheme(theme: ThemeChoice): void;
  showAbout(): void;
}

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
  /** The theme to show as checked. */
  theme: ThemeChoice;
}

const THEMES: ReadonlyArray<{ theme: ThemeChoice; label: string }> = [
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
  { theme: 'system', label: 'System' },
];

/** Builds the File / Edit / View / (Window) / Help template for the current platform. */
export function buildMenuTemplate(actions: MenuActions, { isMac, isPackaged, theme }: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'About ListenFirst', click: () => actions.showAbout() };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import Scenario…', accelerator: 'CmdOrCtrl+O', click: () => actions.importScenario() },
      { label: 'Export Session…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportSession() },
      // On macOS Quit lives in the app menu, where users look for it.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  // The Edit menu is what makes copy/paste shortcuts work in text fields on macOS.
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        label: 'Theme',
        submenu: THEMES.map(({ theme: choice, label }) => ({
          label,
          type: 'radio' as const,
          checked: choice === theme,
          click: () => actions.setTheme(choice),
        })),
      },
      { type: 'separator' },
      { role: 'resetZoom', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Toggle Full Screen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
      // Developer tools would let anyone poke the bridge directly: development builds only.
      ...(isPackaged
        ? []
        : [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools', accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' } as const]),
    ],
  };

  // About sits in Help everywhere (and also in the macOS app menu, where Mac users expect it).
  const help: MenuItemConstructorOptions = { role: 'help', label: '&Help', submenu: [about] };

  const template: MenuItemConstructorOptions[] = [file, edit, view];
  if (isMac) {
    template.unshift({
      label: 'ListenFirst',
      submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
    template.push({ role: 'windowMenu' });
  }
  template.push(help);
  return template;
}
