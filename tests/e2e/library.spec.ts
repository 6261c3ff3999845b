import { bundledScenarios } from './seed';
import { test, expect } from './fixtures';

const BROKEN_SCENARIO = 'id: broken-one\ntitle: "Unclosed quote\ndifficulty: easy\n  persona: [oops\n';

test('shows every bundled scenario as a card named after its title', async ({ page, appUrl }) => {
  const scenarios = bundledScenarios();
  expect(scenarios.length).toBeGreaterThan(0);
  await page.goto(appUrl);
  for (const scenario of scenarios) {
    await expect(page.getByRole('link', { name: scenario.title })).toBeVisible();
  }
});

test('opens the brief when a scenario card is chosen', async ({ page, appUrl }) => {
  const [first] = bundledScenarios();
  await page.goto(appUrl);
  await page.getByRole('link', { name: first!.title }).click();
  await expect(page).toHaveURL(new RegExp(`#/brief/${first!.id}$`));
});

test('lists a scenario imported from a file next to the bundled ones, and filters by search and difficulty', async ({ page, appUrl }) => {
  const [first] = bundledScenarios();
  const imported = first!.source
    .replace(/^id: .*$/m, 'id: imported-copy')
    .replace(/^title: .*$/m, 'title: My imported rehearsal')
    .replace(/^difficulty: .*$/m, 'difficulty: hard');
  await page.goto(appUrl);
  await page.getByLabel('Import scenario file').setInputFiles({ name: 'imported-copy.yaml', mimeType: 'text/yaml', buffer: Buffer.from(imported) });

  await expect(page.getByRole('link', { name: 'My imported rehearsal' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “My imported rehearsal”' })).toBeVisible();
  await expect(page.getByRole('link', { name: first!.title })).toBeVisible();

  await page.getByLabel('Difficulty').selectOption('hard');
  await expect(page.getByRole('link', { name: 'My imported rehearsal' })).toBeVisible();
  await expect(page.getByRole('link', { name: first!.title })).toBeHidden();

  await page.getByLabel('Difficulty').selectOption('all');
  await page.getByRole('searchbox', { name: 'Search' }).fill('rehearsal');
  await expect(page.getByRole('link', { name: 'My imported rehearsal' })).toBeVisible();
  await expect(page.getByRole('link', { name: first!.title })).toBeHidden();

  await page.reload();
  await expect(page.getByRole('link', { name: 'My imported rehearsal' })).toBeVisible();
});

test('shows where an imported scenario is broken, line by line, and the app keeps working', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByLabel('Import scenario file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN_SCENARIO) });

  const panel = page.getByRole('alert').filter({ hasText: 'broken.yaml' });
  await expect(panel.getByRole('heading', { name: /broken\.yaml/ })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Problems found' }).getByRole('listitem').first()).toHaveText(/broken\.yaml:\d+:\d+: error: /);

  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel).toBeHidden();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Practice' }).click();
  await expect(page.getByRole('link', { name: bundledScenarios()[0]!.title })).toBeVisible();
});

test('imports a scenario file dropped onto the library', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  // Runs in the page; the Node-side tsconfig has no DOM types, hence the narrow local shape.
  const dataTransfer = await page.evaluateHandle((text) => {
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string, options: { type: string }) => unknown;
    };
    const transfer = new dom.DataTransfer();
    transfer.items.add(new dom.File([text], 'dropped.yaml', { type: 'text/yaml' }));
    return transfer;
  }, BROKEN_SCENARIO);
  await page.locator('.library').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.library').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('heading', { name: /Couldn’t import dropped\.yaml/ })).toBeVisible();
});

test('shows a scenario file with problems as "needs fixing", with its problems and no way to play it', async ({ page, appUrl, dataDir }) => {
  const { writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  await writeFile(join(dataDir, 'scenarios', 'half-written.yaml'), 'id: half-written\ntitle: Half-written draft\npersona: [unclosed\n');
  await page.goto(appUrl);
  const card = page.getByRole('article', { name: /Half-written/ });
  await expect(card.getByText('Needs fixing')).toBeVisible();
  await expect(card.getByRole('list', { name: /Problems in half-written\.yaml/ })).toContainText(/half-written\.yaml:\d+:\d+: error: /);
  await expect(card.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: bundledScenarios()[0]!.title })).toBeVisible();
});
