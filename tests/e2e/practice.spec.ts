import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../core/bridge/contract';
import { test, expect as baseExpect, type AppFixtures } from './fixtures';

// Each step waits on the server and on the engine; give it room on a busy CI machine.
const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * The solo practice flow end to end, through the browser transport: brief → call → debrief,
 * History, retry from a turn, axe on every practice screen, and screenshots in both themes.
 */
const SCENARIO = 'overwhelmed-practice-manager';

/** Rep lines from a script file (blank lines and `#` comments ignored), as `cli play --rep` reads them. */
function script(name: string): string[] {
  return readFileSync(`tests/fixtures/scripts/${name}`, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
const LISTENING = script('listening.txt');
const PITCHING = script('pitching.txt');

async function useSettings(bridge: AppFixtures['bridge'], patch: Partial<typeof DEFAULT_SETTINGS> = {}): Promise<void> {
  await bridge('settings.set', { settings: { ...DEFAULT_SETTINGS, typingDelay: false, name: 'Sam', ...patch } });
}

/** With the test settings (no typing delay, rep "Sam"), opens the brief and starts a call. */
async function startCall(page: Page, appUrl: string, bridge: AppFixtures['bridge']): Promise<void> {
  await useSettings(bridge);
  await page.goto(`${appUrl}/#/brief/${SCENARIO}`);
  await page.getByRole('button', { name: 'Start call' }).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
}

/** Says each line with Enter and waits for the customer's reply (or for the call to end). */
async function say(page: Page, lines: readonly string[]): Promise<void> {
  const log = page.getByRole('log');
  const box = page.getByRole('textbox', { name: 'Message' });
  const ended = () => page.url().includes('#/debrief/');
  for (const line of lines) {
    // Between the customer's last word and the debrief the composer is disabled while the call
    // is scored and saved: wait for either the debrief or a composer ready for the next line.
    await expect(async () => expect(ended() || (await box.isEnabled({ timeout: 250 }).catch(() => false))).toBe(true)).toPass();
    if (ended()) return;
    const replies = await log.locator('.msg-customer').count();
    await box.fill(line);
    await box.press('Enter');
    await expect(async () => expect(ended() || (await log.locator('.msg-customer').count()) > replies).toBe(true)).toPass();
  }
}

/** Says the lines until the customer ends the call, then waits for the debrief. */
async function playToDebrief(page: Page, lines: readonly string[]): Promise<void> {
  await say(page, lines);
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
}

async function score(page: Page, side: 'Listening' | 'Pitching'): Promise<number> {
  const tile = page.locator('section', { has: page.getByRole('heading', { name: side, exact: true, level: 2 }) });
  return Number(await tile.locator('.score-number').textContent());
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${screen}`).toEqual([]);
}

test('a listening call ends with a next step agreed and Listening above Pitching', async ({ page, appUrl, bridge }) => {
  test.slow(); // whole calls through a real browser on a shared two-core machine
  await startCall(page, appUrl, bridge);
  await playToDebrief(page, LISTENING);
  await expect(page.getByText('Next step agreed')).toBeVisible();
  const listening = await score(page, 'Listening');
  const pitching = await score(page, 'Pitching');
  expect(listening).toBeGreaterThan(pitching);
  // Every rep turn is tagged in the annotated transcript, with its reason on keyboard focus.
  const firstOpen = page.getByRole('button', { name: 'Open question' }).first();
  await firstOpen.focus();
  await expect(page.getByRole('tooltip').filter({ hasText: /^open question/ }).first()).toBeVisible();
  await expect(firstOpen).toHaveAccessibleDescription(/open question/);
});

test('a pitching call is ended by the customer, with Pitching above Listening; both calls are in History', async ({ page, appUrl, bridge }) => {
  test.slow(); // whole calls through a real browser on a shared two-core machine
  await startCall(page, appUrl, bridge);
  await playToDebrief(page, LISTENING);

  await page.getByRole('button', { name: 'Practise again' }).click();
  await page.getByRole('button', { name: 'Start call' }).click();
  await playToDebrief(page, PITCHING);
  await expect(page.getByText(/Ended early|Brushed off/).first()).toBeVisible();
  expect(await score(page, 'Pitching')).toBeGreaterThan(await score(page, 'Listening'));
  await expect(page.getByRole('button', { name: 'Pitch', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pressure', exact: true }).first()).toBeVisible();
  // The missed needs each come with a question that would have opened them.
  await expect(page.getByText('You could have asked:').first()).toBeVisible();
  await expectAccessible(page, 'debrief of a pitching call (pitch and pressure tags)');

  await page.getByRole('button', { name: 'Back to History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open debrief:/ })).toHaveCount(2);
  await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
});

test('retry from a turn starts a new attempt with the earlier turns in place', async ({ page, appUrl, bridge }) => {
  test.slow(); // whole calls through a real browser on a shared two-core machine
  await startCall(page, appUrl, bridge);
  await playToDebrief(page, PITCHING);
  const firstId = page.url().split('#/debrief/')[1];

  // Retry from the second rep turn: the greeting and its reply stay, the first pitch goes.
  await page.getByRole('button', { name: 'Retry from this turn' }).nth(1).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  const log = page.getByRole('log');
  await expect(log.locator('.msg')).toHaveCount(2);
  await expect(page.getByText(/new attempt from your turn 2/)).toBeVisible();
  await expect(log.locator('.msg-rep')).toHaveText([new RegExp(`^Sam${escape(PITCHING[0]!)}$`)]);
  await say(page, LISTENING.slice(1));
  await expect(page.getByText('Next step agreed')).toBeVisible();

  const { sessions } = await bridge<{ sessions: Array<{ id: string; parentId?: string }> }>('sessions.list', {});
  const retry = sessions.find((s) => s.parentId === firstId);
  expect(retry, 'the retry is a new session pointing at its parent').toBeDefined();
  const { session } = await bridge<{ session: { meta: { retryFromTurn?: number }; turns: Array<{ text: string }> } }>('sessions.get', { id: retry!.id });
  expect(session.meta.retryFromTurn).toBe(2);
  expect(session.turns[0]!.text).toBe(PITCHING[0]);
  expect(session.turns[2]!.text).toBe(LISTENING[1]);
});

test('a call left mid-way resumes from History where it stopped', async ({ page, appUrl, bridge }) => {
  test.slow(); // whole calls through a real browser on a shared two-core machine
  await startCall(page, appUrl, bridge);
  await say(page, LISTENING.slice(0, 3));
  await page.goto(`${appUrl}/#/history`);
  await page.getByRole('button', { name: /^Resume / }).click();
  const log = page.getByRole('log');
  await expect(log.locator('.msg')).toHaveCount(6);
  await say(page, LISTENING.slice(3));
  await expect(page.getByText('Next step agreed')).toBeVisible();
});

test('the whole flow works from the keyboard alone', async ({ page, appUrl, bridge }) => {
  test.slow(); // whole calls through a real browser on a shared two-core machine
  await useSettings(bridge);
  await page.goto(`${appUrl}/#/brief/${SCENARIO}`);
  await expect(page.getByRole('button', { name: 'Start call' })).toBeVisible();
  await tabTo(page, 'Start call');
  await page.keyboard.press('Enter');
  const box = page.getByRole('textbox', { name: 'Message' });
  await expect(box).toBeFocused();
  await page.keyboard.type('Hi, what are your priorities at the moment?');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log').locator('.msg-customer')).toHaveCount(1);
  await expect(box).toBeFocused();
  await tabTo(page, 'End call');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await tabTo(page, 'Open question');
  await expect(page.getByRole('tooltip').filter({ hasText: /^open question/ })).toBeVisible();
});

/** Presses Tab until the focused element is named `name` (it must be reachable in a few steps). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    // A string expression: this file is type-checked without the DOM library.
    const focused = await page.evaluate<string>("document.activeElement?.textContent?.trim() ?? ''");
    if (focused === name) return;
  }
  throw new Error(`"${name}" cannot be reached with Tab`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const theme of ['light', 'dark'] as const) {
  test(`brief, call and debrief pass axe and are captured in the ${theme} theme`, async ({ page, appUrl, bridge }) => {
    test.setTimeout(120_000); // three axe runs and a whole call
    await useSettings(bridge, { theme });
    await page.goto(`${appUrl}/#/brief/${SCENARIO}`);
    await expect(page.getByRole('button', { name: 'Start call' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectAccessible(page, `brief (${theme})`);
    await page.screenshot({ path: `test-results/screenshots/brief-${theme}.png`, fullPage: true, animations: 'disabled' });

    await page.getByRole('button', { name: 'Start call' }).click();
    await say(page, LISTENING.slice(0, 5));
    await page.getByRole('button', { name: 'Hint' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Hint:' })).toBeVisible();
    await expectAccessible(page, `call (${theme})`);
    await page.screenshot({ path: `test-results/screenshots/call-${theme}.png`, animations: 'disabled' });

    await playToDebrief(page, LISTENING.slice(5));
    await expect(page.locator('.recharts-pie-sector').first()).toBeVisible();
    await expectAccessible(page, `debrief (${theme})`);
    await page.screenshot({ path: `test-results/screenshots/debrief-${theme}.png`, fullPage: true, animations: 'disabled' });
  });
}
