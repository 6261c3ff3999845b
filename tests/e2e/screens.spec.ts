import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../core/bridge/contract';
import { seedSession } from './seed';
import { test, expect, type AppFixtures } from './fixtures';

/**
 * Every screen this suite owns, in light and dark: no serious or critical axe-core violations,
 * and a 1280×800 screenshot under test-results/screenshots/<screen>-<theme>.png to look at.
 */
const BROKEN = 'id: broken\ntitle: Broken\npersona: [unclosed\n';

async function expectAccessible(page: Page, screen: string): Promise<void> {
  // WCAG 2.1 A and AA: the bar the issue sets. The chart plots are aria-hidden drawings whose
  // text alternative (the figure caption) is checked; skipping their SVG internals saves a third.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.metric-plot')
    .analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${screen}`).toEqual([]);
}

async function capture(page: Page, screen: string, theme: string): Promise<void> {
  await expectAccessible(page, `${screen} (${theme})`);
  await page.screenshot({ path: `test-results/screenshots/${screen}-${theme}.png`, fullPage: true, animations: 'disabled' });
}

async function seedHistory(bridge: AppFixtures['bridge']): Promise<void> {
  const runs = [[38, 66, 'brush_off'], [51, 49, 'ended_early'], [63, 35, 'next_step'], [74, 22, 'next_step']] as const;
  for (const [i, [listening, pitching, outcome]] of runs.entries()) {
    await seedSession(bridge, {
      id: `shot-${i}`, scenarioId: 'overwhelmed-practice-manager', scenarioTitle: 'The practice manager who is too busy to see the leak',
      startedAt: `2026-11-${String(10 + i * 4).padStart(2, '0')}T10:00:00.000Z`, finish: { outcome, listening, pitching },
    });
  }
  await seedSession(bridge, { id: 'shot-open', scenarioId: 'overwhelmed-practice-manager', scenarioTitle: 'The practice manager who is too busy to see the leak', startedAt: '2026-11-27T09:00:00.000Z' });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes axe and is captured in the ${theme} theme`, async ({ page, appUrl, bridge, dataDir }) => {
    test.setTimeout(90_000); // six axe runs and full-page captures
    await bridge('settings.set', { settings: { ...DEFAULT_SETTINGS, theme } });

    await page.goto(`${appUrl}/#/history`);
    await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await capture(page, 'history-empty', theme);

    // A hand-copied scenario with a mistake: the library shows it as a "needs fixing" card.
    await writeFile(join(dataDir, 'scenarios', 'half-written.yaml'), 'id: half-written\ntitle: Half-written draft\npersona: [unclosed\n');
    await page.goto(`${appUrl}/#/library`);
    await expect(page.getByRole('list', { name: 'Scenarios' }).getByRole('link').first()).toBeVisible();
    await capture(page, 'library', theme);

    await page.getByLabel('Import scenario file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN) });
    await expect(page.getByRole('heading', { name: /Couldn’t import broken\.yaml/ })).toBeVisible();
    await capture(page, 'library-import-errors', theme);

    await seedHistory(bridge);
    await page.goto(`${appUrl}/#/history`);
    await expect(page.locator('.recharts-line-curve')).toHaveCount(5);
    await capture(page, 'history', theme);

    await page.getByRole('button', { name: 'Show as table' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await capture(page, 'history-table', theme);

    await page.goto(`${appUrl}/#/settings`);
    await expect(page.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' })).toBeChecked();
    await capture(page, 'settings', theme);
  });
}
