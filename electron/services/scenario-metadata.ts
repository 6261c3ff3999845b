import { isMap, parseDocument } from 'yaml';
import type { ScenarioListing } from '../../core/bridge/contract';

/**
 * Lenient reading of a scenario file's listing metadata (title, industry, persona...) and the
 * default YAML-syntax-only validation. The scenario format lives in core/scenario; this only needs
 * enough to show a library card, so it accepts a few spellings of each key, at the top level or under `meta`.
 */

/** What a validator returns: problems as `file:line:col: error: message` lines, plus optional metadata. */
export interface ScenarioValidation {
  problems: string[];
  summary?: Partial<ScenarioListing>;
}

export type ScenarioValidator = (source: string, file: string) => ScenarioValidation | Promise<ScenarioValidation>;

type Meta = Omit<ScenarioListing, 'file' | 'source' | 'problems' | 'id' | 'title'> & { id?: string; title?: string };

/** YAML syntax check with line:col positions (used until the scenario schema is wired in). */
export const validateYamlSyntax: ScenarioValidator = (source, file) => {
  const doc = parseDocument(source, { prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((error) => {
    const pos = error.linePos?.[0];
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return `${file}:${pos?.line ?? 1}:${pos?.col ?? 1}: error: ${message}`;
  });
  if (problems.length === 0 && !isMap(doc.contents)) problems.push(`${file}:1:1: error: a scenario must be a YAML mapping (key: value pairs)`);
  return { problems };
};

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 500);
  if (typeof value === 'number') return String(value);
  return undefined;
}

function pick(sources: readonly Record<string, unknown>[], keys: readonly string[]): unknown {
  for (const source of sources) {
    for (const key of keys) {
      if (Object.prototype.hasOwnProperty.call(source, key) && source[key] !== undefined && source[key] !== null) return source[key];
    }
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const DIFFICULTY: Record<string, ScenarioListing['difficulty']> = {
  easy: 'easy', beginner: 'easy', medium: 'medium', intermediate: 'medium', hard: 'hard', advanced: 'hard', expert: 'hard',
};

/** Extracts listing metadata from a parsed scenario; anything unrecognised is simply left out. */
export function readScenarioMetadata(source: string): Meta {
  let root: Record<string, unknown> | undefined;
  try {
    root = asRecord(parseDocument(source).toJS({ maxAliasCount: 100 }));
  } catch {
    root = undefined;
  }
  if (!root) return {};
  const sources = [asRecord(root.meta), asRecord(root.scenario), root].filter((s): s is Record<string, unknown> => s !== undefined);
  const persona = pick(sources, ['persona', 'customer', 'buyer']);
  const personaRecord = asRecord(persona);
  const personaText = personaRecord
    ? [text(personaRecord.name), text(personaRecord.role ?? personaRecord.title)].filter(Boolean).join(', ')
    : text(persona);
  const company = pick(sources, ['company', 'organisation', 'organization', 'account']);
  const minutes = Number(pick(sources, ['expectedMinutes', 'expected_minutes', 'minutes', 'durationMinutes', 'duration_minutes']));
  const tags = pick(sources, ['tags']);
  const difficulty = DIFFICULTY[String(pick(sources, ['difficulty', 'level']) ?? '').toLowerCase()];
  const meta: Meta = {};
  const id = text(pick(sources, ['id', 'slug']));
  const title = text(pick(sources, ['title', 'name']));
  const industry = text(pick(sources, ['industry', 'sector']));
  // The scenario format keeps the company under persona; older drafts had it at the top level.
  const companyText = text(asRecord(company)?.name ?? company ?? personaRecord?.company);
  if (id) meta.id = id;
  if (title) meta.title = title;
  if (industry) meta.industry = industry;
  if (difficulty) meta.difficulty = difficulty;
  if (Number.isFinite(minutes) && minutes > 0) meta.expectedMinutes = minutes;
  if (personaText) meta.persona = personaText;
  if (companyText) meta.company = companyText;
  if (Array.isArray(tags)) meta.tags = tags.map(text).filter((t): t is string => t !== undefined).slice(0, 50);
  return meta;
}
