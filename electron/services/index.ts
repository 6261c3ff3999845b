import { createHandlers, type Handle, type HandlerOptions, type Services } from './handlers';
import { ensureDataDir } from './data-dir';
import { createQuarantine } from './quarantine';
import { createScenarioLibrary } from './scenario-library';
import type { ScenarioValidator } from './scenario-metadata';
import { validateScenarioFile } from './scenario-validation';
import { createSessionStore } from './session-store';
import { createSettingsStore } from './settings-store';

/**
 * Wires every service over one data directory: what Electron's main process and the web
 * transport both call at start-up, so the two can never disagree about where things live.
 */
export interface ServicesOptions {
  dataDir: string;
  /** The app's bundled `scenarios/` folder. */
  bundledScenariosDir: string;
  transport: 'electron' | 'http';
  version: string;
  /** Defaults to the full scenario check from core/scenario. */
  validateScenario?: ScenarioValidator;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const layout = await ensureDataDir(options.dataDir);
  return {
    sessions: createSessionStore(layout.root),
    settings: createSettingsStore(layout.root),
    scenarios: createScenarioLibrary({
      bundledDir: options.bundledScenariosDir,
      userDir: layout.scenarios,
      validate: options.validateScenario ?? validateScenarioFile,
    }),
    quarantine: createQuarantine(layout.quarantine),
    info: { version: options.version, dataDir: layout.root, transport: options.transport },
  };
}

/** Services plus the bridge handler over them. */
export async function createBackend(options: ServicesOptions, handlerOptions?: HandlerOptions): Promise<{ services: Services; handle: Handle }> {
  const services = await createServices(options);
  return { services, handle: createHandlers(services, handlerOptions) };
}

export type { Handle, HandlerOptions, Services } from './handlers';
export { resolveDataDir, defaultAppDataDir, ensureDataDir } from './data-dir';
