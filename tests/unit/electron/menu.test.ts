import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDialogOptions } from '../../../electron/about';
import { buildMenuTemplate, type MenuActions, type MenuOptions } from '../../../electron/menu';

function actions() {
  return {
    importScenario: vi.fn<MenuActions['importScenario']>(),
    exportSession: vi.fn<MenuActions['exportSession']>(),
    setTheme: vi.fn<MenuActions['setTheme']>(),
    showAbout: vi.fn<MenuActions['showAbout']>(),
  } satisfies MenuActions;
}

const windows: MenuOptions = { isMac: false, isPackaged: true, theme: 'system' };

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`menu ${item?.label ?? item?.role} has no submenu`);
  return items;
}

function top(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = template.find((item) => item.label?.replace('&', '') === label || item.role === label);
  if (!found) throw new Error(`no top-level menu ${label}`);
  return found;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const template = buildMenuTemplate(actions(), windows);
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual(['&File', 'editMenu', '&View', '&Help']);
  });

  it('File offers Import Scenario, Export Session and Quit with shortcuts', () => {
    const a = actions();
    const file = submenu(top(buildMenuTemplate(a, windows), 'File'));
    const importItem = item(file, 'Import Scenario…');
    const exportItem = item(file, 'Export Session…');
    expect(importItem.accelerator).toBe('CmdOrCtrl+O');
    expect(exportItem.accelerator).toBe('CmdOrCtrl+E');
    expect(item(file, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    click(importItem);
    click(exportItem);
    expect(a.importScenario).toHaveBeenCalledOnce();
    expect(a.exportSession).toHaveBeenCalledOnce();
  });

  it('View has a Theme radio group with the current theme checked, and sends the choice', () => {
    const a = actions();
    const view = submenu(top(buildMenuTemplate(a, { ...windows, theme: 'dark' }), 'View'));
    const themes = submenu(item(view, 'Theme'));
    expect(themes.map((entry) => [entry.label, entry.type, entry.checked])).toEqual([
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
      ['System', 'radio', false],
    ]);
    click(item(themes, 'Light'));
    expect(a.setTheme).toHaveBeenCalledExactlyOnceWith('light');
  });

  it('View has zoom and full screen with their usual shortcuts', () => {
    const view = submenu(top(buildMenuTemplate(actions(), windows), 'View'));
    const roles = Object.fromEntries(view.filter((entry) => entry.role).map((entry) => [entry.role, entry.accelerator]));
    expect(roles).toEqual({ resetZoom: 'CmdOrCtrl+0', zoomIn: 'CmdOrCtrl+=', zoomOut: 'CmdOrCtrl+-', togglefullscreen: 'F11' });
  });

  it('offers developer tools only in development builds', () => {
    const roles = (options: MenuOptions) => submenu(top(buildMenuTemplate(actions(), options), 'View')).map((entry) => entry.role);
    expect(roles(windows)).not.toContain('toggleDevTools');
    expect(roles({ ...windows, isPackaged: false })).toContain('toggleDevTools');
  });

  it('Help has About ListenFirst', () => {
    const a = actions();
    const help = submenu(top(buildMenuTemplate(a, windows), 'Help'));
    click(item(help, 'About ListenFirst'));
    expect(a.showAbout).toHaveBeenCalledOnce();
  });

  it('on macOS puts About and Quit in the app menu and adds the Window menu', () => {
    const a = actions();
    const template = buildMenuTemplate(a, { ...windows, isMac: true });
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual(['ListenFirst', '&File', 'editMenu', '&View', 'windowMenu', '&Help']);
    const appMenu = submenu(template[0]);
    expect(appMenu.map((entry) => entry.role).filter(Boolean)).toContain('quit');
    click(item(appMenu, 'About ListenFirst'));
    expect(a.showAbout).toHaveBeenCalledOnce();
    expect(submenu(top(template, 'File')).some((entry) => entry.role === 'quit')).toBe(false);
  });
});

describe('aboutDialogOptions', () => {
  it('names the app, its version, the runtime versions and the licence', () => {
    const options = aboutDialogOptions({ version: '0.1.0', electron: '45.5.0', chrome: '142.0.1', node: '22.20.0', licence: 'MIT' });
    expect(options.title).toBe('About ListenFirst');
    expect(options.message).toBe('ListenFirst 0.1.0');
    for (const line of ['Electron 45.5.0', 'Chrome 142.0.1', 'Node.js 22.20.0', 'Licence: MIT']) expect(options.detail).toContain(line);
  });

  it('says unknown rather than undefined when a version is missing', () => {
    const options = aboutDialogOptions({ version: '0.1.0', electron: undefined, chrome: undefined, node: '20.0.0', licence: 'MIT' });
    expect(options.detail).toContain('Electron unknown');
    expect(options.detail).not.toContain('undefined');
  });
});
