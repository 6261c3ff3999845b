import { test, expect } from './fixtures';

test('switches the theme at once and keeps it after a reload', async ({ page, appUrl, bridge }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${appUrl}/#/settings`);
  const html = page.locator('html');
  await expect(page.getByRole('radio', { name: 'Match system' })).toBeChecked();
  await expect(html).toHaveAttribute('data-theme', 'light');

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await bridge<{ settings: { theme: string } }>('settings.get', {})).settings.theme).toBe('dark');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('follows the operating system while the theme is "Match system"', async ({ page, appUrl }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${appUrl}/#/settings`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('saves your name, conversation defaults and text size', async ({ page, appUrl, bridge }) => {
  await page.goto(`${appUrl}/#/settings`);
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Your name').press('Enter');
  await page.getByRole('switch', { name: /Typing delay/ }).uncheck();
  await page.getByRole('switch', { name: /Exam mode by default/ }).check();
  await page.getByRole('radio', { name: 'Large' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(page.getByText('Practising as Sam Rivera')).toBeVisible();

  await expect.poll(async () => (await bridge<{ settings: object }>('settings.get', {})).settings).toEqual({
    name: 'Sam Rivera', typingDelay: false, examMode: true, theme: 'system', textSize: 'large',
  });
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
  await expect(page.getByRole('switch', { name: /Typing delay/ })).not.toBeChecked();
});

test('can be used with the keyboard alone: skip link, navigation and settings', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  // Tab only once the app has rendered: a key pressed before that lands on the bare document.
  await expect(page.getByRole('heading', { name: 'Practice', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
