import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where ListenFirst keeps the user's data, and its folder layout.
 * Precedence: `--data DIR` / `--data=DIR` on the command line, then `LISTENFIRST_DATA`,
 * then the OS-conventional default the caller passes (Electron: app.getPath('userData')).
 */
export interface DataDirLayout {
  root: string;
  sessions: string;
  /** The user's own scenarios (imported or dropped in by hand). */
  scenarios: string;
  /** Corrupt or truncated files moved aside with a reason, never deleted. */
  quarantine: string;
  settingsFile: string;
}

export interface ResolveDataDirOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  defaultDir: string;
}

/** Returns the data directory path (absolute) without touching the disk. */
export function resolveDataDir({ argv, env, defaultDir }: ResolveDataDirOptions): string {
  const fromArgs = readFlag(argv, '--data');
  if (fromArgs !== undefined) return resolve(fromArgs);
  const fromEnv = env.LISTENFIRST_DATA;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return resolve(fromEnv);
  return resolve(defaultDir);
}

/**
 * Reads `--name VALUE` or `--name=VALUE`; the last occurrence wins, like most CLIs.
 * A flag with no value is an error rather than silently falling back to the default.
 */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--') || next === '') throw new Error(`${name} needs a value, e.g. ${name} DIR`);
      value = next;
      i++;
    } else if (arg.startsWith(`${name}=`)) {
      value = arg.slice(name.length + 1);
      if (value === '') throw new Error(`${name} needs a value, e.g. ${name}=DIR`);
    }
  }
  return value;
}

/** The conventional per-user app-data folder for ListenFirst outside Electron (the web server). */
export function defaultAppDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'listenfirst');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'listenfirst');
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'listenfirst');
}

/** The folder layout under a data directory. */
export function dataDirLayout(root: string): DataDirLayout {
  return {
    root,
    sessions: join(root, 'sessions'),
    scenarios: join(root, 'scenarios'),
    quarantine: join(root, 'quarantine'),
    settingsFile: join(root, 'settings.json'),
  };
}

/** Creates the data directory and its sub-folders (idempotent) and returns the layout. */
export async function ensureDataDir(root: string): Promise<DataDirLayout> {
  const layout = dataDirLayout(root);
  for (const dir of [layout.root, layout.sessions, layout.scenarios, layout.quarantine]) {
    await mkdir(dir, { recursive: true });
  }
  return layout;
}
