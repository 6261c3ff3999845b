import { readFile } from 'node:fs/promises';
import { seedSession } from './seed';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const sessionRow = (page: Page, text: string) =>
  page.getByRole('region', { name: /^Sessions/ }).getByRole('listitem').filter({ hasText: text });

test('shows a session saved through the store in History after reload', async ({ page, appUrl, bridge }) => {
  await page.goto(`${appUrl}/#/history`);
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();

  await seedSession(bridge, {
    id: 'saved-through-store', scenarioTitle: 'The overwhelmed practice manager', startedAt: '2026-11-20T09:30:00.000Z',
    finish: { outcome: 'next_step', listening: 78, pitching: 22 },
  });
  await page.reload();

  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  const row = sessionRow(page, 'The overwhelmed practice manager');
  await expect(row).toContainText('Next step agreed');
  await expect(row).toContainText('78');
  await expect(row).toContainText('22');
});

test('offers Resume and Discard for an unfinished session, and Discard removes it after confirming', async ({ page, appUrl, bridge }) => {
  await seedSession(bridge, { id: 'unfinished', scenarioId: 'demo', scenarioTitle: 'Left mid-call', startedAt: '2026-11-21T10:00:00.000Z' });
  await page.goto(`${appUrl}/#/history`);
  const row = sessionRow(page, 'Left mid-call');
  await expect(row.getByText('In progress')).toBeVisible();

  await row.getByRole('button', { name: /^Resume/ }).click();
  await expect(page).toHaveURL(/#\/call\/demo\/unfinished$/);

  await page.goBack();
  await row.getByRole('button', { name: /^Discard/ }).click();
  await row.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  expect((await bridge<{ sessions: unknown[] }>('sessions.list', {})).sessions).toEqual([]);
});

test('charts progress per metric over time, with a table alternative and personal bests', async ({ page, appUrl, bridge }) => {
  const scores = [[35, 70], [52, 48], [71, 25]] as const;
  for (const [i, [listening, pitching]] of scores.entries()) {
    await seedSession(bridge, { id: `s${i}`, startedAt: `2026-11-1${i}T10:00:00.000Z`, finish: { outcome: 'next_step', listening, pitching } });
  }
  await page.goto(`${appUrl}/#/history`);
  const progress = page.getByRole('region', { name: 'Progress' });
  for (const metric of ['Listening', 'Pitching', 'Talk share', 'Questions asked', 'Reflections']) {
    await expect(progress.getByRole('figure', { name: new RegExp(`^${metric} over 3 sessions`) })).toBeVisible();
  }
  await expect(progress.getByRole('figure', { name: /^Listening over/ })).toHaveAccessibleName('Listening over 3 sessions: first 35, latest 71, best 71.');
  await expect(progress.locator('.recharts-line-curve')).toHaveCount(5);

  await progress.getByRole('button', { name: 'Show as table' }).click();
  const table = progress.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(3)).toContainText('71');
});

test('filters sessions by scenario and by date', async ({ page, appUrl, bridge }) => {
  await seedSession(bridge, { id: 'a', scenarioId: 'alpha', scenarioTitle: 'Alpha call', startedAt: '2026-11-02T10:00:00.000Z', finish: { outcome: 'brush_off', listening: 30, pitching: 60 } });
  await seedSession(bridge, { id: 'b', scenarioId: 'beta', scenarioTitle: 'Beta call', startedAt: '2026-11-20T10:00:00.000Z', finish: { outcome: 'next_step', listening: 70, pitching: 20 } });
  await page.goto(`${appUrl}/#/history`);
  const sessions = page.getByRole('region', { name: /^Sessions/ });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);

  await page.getByLabel('Scenario').selectOption({ label: 'Beta call' });
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await expect(sessions).toContainText('Beta call');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('To').fill('2026-11-10');
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await expect(sessions).toContainText('Alpha call');
});

test('exports a session as a download and imports it back after deletion', async ({ page, appUrl, bridge }) => {
  await seedSession(bridge, { id: 'round-trip', scenarioTitle: 'Round trip', startedAt: '2026-11-22T10:00:00.000Z', finish: { outcome: 'ended_early', listening: 40, pitching: 45 } });
  await page.goto(`${appUrl}/#/history`);
  const row = sessionRow(page, 'Round trip');

  const downloadPromise = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Export/ }).click();
  const download = await downloadPromise;
  const exported = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ meta: { id: 'round-trip' } });

  await row.getByRole('button', { name: /^Delete/ }).click();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();

  await page.getByLabel('Import session file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(sessionRow(page, 'Round trip')).toContainText('Ended early');
});

test('says which session file could not be read, why and where it went, until the notice is dismissed', async ({ page, appUrl, bridge, dataDir }) => {
  await seedSession(bridge, { id: 'healthy', scenarioTitle: 'Healthy one', startedAt: '2026-11-22T10:00:00.000Z', finish: { outcome: 'next_step', listening: 60, pitching: 30 } });
  const { writeFile, readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const sessionsDir = join(dataDir, 'sessions');
  const files = await readdir(sessionsDir);
  const document = files.find((f) => f.startsWith('healthy') && f.endsWith('.json'));
  expect(document, `a stored document among ${files.join(', ')}`).toBeDefined();
  await writeFile(join(sessionsDir, 'corrupt-one.json'), '{"format": "listenfirst.session", "schemaVersion": 1, "meta": {');

  await page.goto(`${appUrl}/#/history`);
  const notice = page.getByRole('region', { name: 'One session file could not be read' });
  await expect(notice).toContainText('corrupt-one.json');
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText(join(dataDir, 'quarantine'));
  await expect(sessionRow(page, 'Healthy one')).toBeVisible();
  await notice.screenshot({ path: 'test-results/screenshots/history-quarantine.png', animations: 'disabled' });

  // Dismissed from the keyboard: the notice goes for good, the file stays in quarantine.
  await notice.getByRole('button', { name: 'Dismiss the notice about corrupt-one.json' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeFocused();
  await page.reload();
  await expect(sessionRow(page, 'Healthy one')).toBeVisible();
  await expect(page.getByRole('heading', { name: /could not be read/ })).toHaveCount(0);
  const kept = (await readdir(join(dataDir, 'quarantine'))).filter((f) => f.endsWith('-corrupt-one.json'));
  expect(kept, 'the quarantined file itself is kept').toHaveLength(1);
});

test('says why a file that is not a session cannot be imported, and History keeps working', async ({ page, appUrl }) => {
  await page.goto(`${appUrl}/#/history`);
  await page.getByLabel('Import session file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"nope": 1}') });
  const error = page.getByRole('alert', { name: 'Errors' }).getByRole('listitem');
  await expect(error).toContainText('Could not import notes.json');
  await error.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(error).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
});
