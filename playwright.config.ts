import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests: the built renderer (dist/renderer, `npm run e2e` builds it first) in
 * Debian's Chromium, talking to the real services through the browser transport. Each test
 * starts its own server over a temporary data folder (tests/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e-output',
  fullyParallel: false,
  workers: 1, // two cores: one browser plus one server is what the machine does well
  retries: 0,
  timeout: 45_000,
  // Generous: CI shares two cores with a build; a waiting assertion returns as soon as it holds.
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    headless: true,
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
