import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, type Result } from '../core/bridge/contract';
import type { BridgeHandle } from './ipc';

/** The contract caps a scenario import at this many characters; larger files are refused up front. */
const MAX_SCENARIO_BYTES = 2_000_000;

/**
 * File → Import Scenario…: reads the file the user picked in main's open dialog and passes it to
 * the same `scenarios.import` handler the renderer uses, so validation happens in one place.
 */
export async function importScenarioFile(file: string, handle: BridgeHandle): Promise<Result<unknown>> {
  const name = path.basename(file);
  let content: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail('bad_request', `${name} is not a file.`);
    if (info.size > MAX_SCENARIO_BYTES) return fail('too_large', `${name} is ${Math.ceil(info.size / 1024)} KB; scenarios are limited to ${MAX_SCENARIO_BYTES / 1_000_000} MB.`);
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    return fail('not_found', `Could not read ${name}${code}.`);
  }
  return handle('scenarios.import', { fileName: name, content });
}
