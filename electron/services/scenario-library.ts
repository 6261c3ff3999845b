import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ScenarioListing } from '../../core/bridge/contract';
import { SessionId } from '../../core/session/types';
import { createDurable } from './atomic-file';
import { isFsError, ServiceError } from './errors';
import { readScenarioMetadata, validateYamlSyntax, type ScenarioValidator } from './scenario-metadata';

/**
 * ScenarioLibrary: the bundled `scenarios/` folder plus the user's own scenarios folder.
 * Every `*.yaml`/`*.yml` file becomes a listing; a file that cannot be read or validated is listed
 * with its problems (and cannot be played) rather than hidden or crashing the list.
 */
export interface ScenarioLibrary {
  list(): Promise<ScenarioListing[]>;
  read(id: string): Promise<{ listing: ScenarioListing; yaml: string }>;
  /** Validates then saves into the user folder; never overwrites a different file. */
  import(fileName: string, content: string): Promise<ScenarioListing>;
}

export interface ScenarioLibraryOptions {
  bundledDir: string;
  userDir: string;
  /** Checks a scenario's source; defaults to a YAML syntax check. */
  validate?: ScenarioValidator;
}

/** Largest scenario file read or imported (characters). */
export const MAX_SCENARIO_CHARS = 2_000_000;
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9 ._()-]*\.ya?ml$/i;

interface Entry {
  listing: ScenarioListing;
  path: string;
  yaml: string;
}

export function createScenarioLibrary({ bundledDir, userDir, validate = validateYamlSyntax }: ScenarioLibraryOptions): ScenarioLibrary {
  async function describe(path: string, source: ScenarioListing['source'], yaml: string | undefined, readProblem?: string): Promise<Entry> {
    const file = basename(path);
    const fallbackId = file.slice(0, -extname(file).length).replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '') || 'scenario';
    if (yaml === undefined) {
      return { path, yaml: '', listing: { id: fallbackId, file, source, title: fallbackId, problems: [`${file}:1:1: error: ${readProblem}`] } };
    }
    let problems: string[];
    let summary: Partial<ScenarioListing> = {};
    try {
      const result = await validate(yaml, file);
      problems = [...result.problems];
      summary = result.summary ?? {};
    } catch (error) {
      problems = [`${file}:1:1: error: the scenario could not be checked (${error instanceof Error ? error.message : String(error)})`];
    }
    const meta = { ...readScenarioMetadata(yaml), ...summary };
    let id = meta.id ?? fallbackId;
    if (!SessionId.safeParse(id).success) {
      problems.push(`${file}:1:1: error: id "${id.slice(0, 60)}" must use only letters, digits, dot, dash and underscore`);
      id = fallbackId;
    }
    const candidate = { ...meta, id, file, source, title: meta.title ?? id, problems };
    const parsed = ScenarioListing.safeParse(candidate);
    // Keep only the fields the contract allows; odd metadata must not break the listing.
    const listing: ScenarioListing = parsed.success ? parsed.data : { id, file, source, title: String(candidate.title).slice(0, 500), problems };
    return { path, yaml, listing };
  }

  async function load(path: string, source: ScenarioListing['source']): Promise<Entry> {
    try {
      const info = await stat(path);
      if (info.size > MAX_SCENARIO_CHARS * 4) return describe(path, source, undefined, `the file is too large (${info.size} bytes)`);
      const yaml = await readFile(path, 'utf8');
      if (yaml.length > MAX_SCENARIO_CHARS) return describe(path, source, undefined, `the file is too large (${yaml.length} characters)`);
      return describe(path, source, yaml.charCodeAt(0) === 0xfeff ? yaml.slice(1) : yaml);
    } catch (error) {
      return describe(path, source, undefined, `the file could not be read (${isFsError(error, 'EACCES') ? 'permission denied' : 'read error'})`);
    }
  }

  async function scan(dir: string, source: ScenarioListing['source']): Promise<Entry[]> {
    let names: string[];
    try {
      names = (await readdir(dir, { withFileTypes: true }))
        .filter((d) => (d.isFile() || d.isSymbolicLink()) && /\.ya?ml$/i.test(d.name) && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort();
    } catch (error) {
      if (isFsError(error, 'ENOENT')) return [];
      throw error;
    }
    return Promise.all(names.map((name) => load(join(dir, name), source)));
  }

  async function all(): Promise<Entry[]> {
    const entries = [...(await scan(bundledDir, 'bundled')), ...(await scan(userDir, 'user'))];
    const seen = new Map<string, Entry>();
    for (const entry of entries) {
      const first = seen.get(entry.listing.id);
      if (first) {
        entry.listing.problems.push(`${entry.listing.file}:1:1: error: duplicate id "${entry.listing.id}" (also used by ${first.listing.source} ${first.listing.file})`);
      } else {
        seen.set(entry.listing.id, entry);
      }
    }
    return entries;
  }

  return {
    async list() {
      return (await all()).map((e) => e.listing);
    },

    async read(id) {
      const entry = (await all()).find((e) => e.listing.id === id);
      if (!entry) throw new ServiceError('not_found', `No scenario with id ${id}`);
      return { listing: entry.listing, yaml: entry.yaml };
    },

    async import(fileName, content) {
      if (!SAFE_FILE.test(fileName) || fileName.includes('..')) {
        throw new ServiceError('bad_request', `"${fileName.slice(0, 80)}" is not a plain scenario file name (letters, digits, spaces, dot, dash; ending in .yaml or .yml)`);
      }
      if (content.length > MAX_SCENARIO_CHARS) throw new ServiceError('too_large', `${fileName} is too large (the limit is ${MAX_SCENARIO_CHARS} characters)`);
      const yaml = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
      const checked = await describe(join(userDir, fileName), 'user', yaml);
      if (checked.listing.problems.length > 0) {
        throw new ServiceError('invalid_scenario', `${fileName} has ${checked.listing.problems.length} problem(s) and was not imported`, checked.listing.problems);
      }
      const existing = (await all()).find((e) => e.listing.id === checked.listing.id);
      if (existing) {
        if (existing.yaml === yaml) return existing.listing;
        throw new ServiceError('conflict', `A different scenario with id "${checked.listing.id}" is already in the library (${existing.listing.source} ${existing.listing.file}); change the id in the file to import it alongside`);
      }
      // Pick a free name; 'wx' makes the final create fail rather than overwrite if one appears meanwhile.
      const stem = fileName.slice(0, -extname(fileName).length);
      for (let n = 1; n < 1000; n++) {
        const name = n === 1 ? fileName : `${stem}-${n}${extname(fileName)}`;
        try {
          await createDurable(join(userDir, name), yaml);
          return { ...checked.listing, file: name };
        } catch (error) {
          if (!isFsError(error, 'EEXIST')) throw error;
        }
      }
      throw new ServiceError('conflict', `Could not find a free file name for ${fileName}`);
    },
  };
}
