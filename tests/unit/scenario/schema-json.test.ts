import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../core/scenario/json-schema';
import { root } from './helpers';

describe('scenarios/schema.json', () => {
  it('should match the zod schema (regenerate with npx tsx scripts/gen-scenario-schema.ts)', () => {
    expect(readFileSync(`${root}scenarios/schema.json`, 'utf8')).toBe(scenarioJsonSchema());
  });
});
