import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebServer } from '../../cli/web';

/**
 * Every test gets its own data folder and its own browser-transport server over it (the
 * pattern of Actual's e2e/fixtures.ts), so tests never see each other's sessions or settings.
 */
export interface AppFixtures {
  /** Temporary data folder the server stores sessions, settings and user scenarios in. */
  dataDir: string;
  /** The app's URL, e.g. http://127.0.0.1:41234/ */
  appUrl: string;
  /** Calls a bridge channel over HTTP exactly as the renderer does; throws on an error Result. */
  bridge: <T = unknown>(channel: string, request: unknown) => Promise<T>;
}

export const test = base.extend<AppFixtures>({
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'listenfirst-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  appUrl: async ({ dataDir, page }, use) => {
    const server = await startWebServer({ port: 0, dataDir, rendererDir: 'dist/renderer', scenariosDir: 'scenarios' });
    const problems = collectPageProblems(page);
    await use(server.url);
    await server.close();
    expect(problems, 'the page threw or broke its Content-Security-Policy').toEqual([]);
  },
  bridge: async ({ appUrl }, use) => {
    await use(async (channel, request) => {
      const response = await fetch(new URL(`api/${channel}`, appUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string; details?: string[] } };
      if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message} ${(result.error?.details ?? []).join('; ')}`);
      return result.value as never;
    });
  },
});

/** Uncaught exceptions and CSP violations in the page: the app must run clean under its policy. */
function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return problems;
}

export { expect };
