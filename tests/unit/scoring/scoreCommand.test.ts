import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/commands/score';

const fixtures = fileURLToPath(new URL('../../fixtures/transcripts/', import.meta.url));

/** Runs `score` as the CLI would, from the fixtures folder, capturing output. */
async function score(args: string[], cwd = fixtures) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

describe('score --json', () => {
  it('prints the documented shape for an untimed transcript', async () => {
    const { code, stdout, stderr } = await score(['good-logistics-ap.txt', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      listening: expect.any(Number),
      pitching: expect.any(Number),
      talkShare: expect.any(Number),
      questions: { open: expect.any(Number), closed: expect.any(Number) },
      reflections: expect.any(Number),
      pitches: expect.any(Number),
      valueLinkedPitches: expect.any(Number),
      pressure: expect.any(Number),
      spin: { situation: expect.any(Number), problem: expect.any(Number), implication: expect.any(Number), need_payoff: expect.any(Number) },
      longestMonologueWords: expect.any(Number),
      rubricVersion: '2026.2',
      rep: 'Maya',
      repGuessed: false,
    });
    expect(out.firstPitchTurn === null || Number.isInteger(out.firstPitchTurn)).toBe(true);
    expect(out).not.toHaveProperty('wordsPerMinute');
    expect(out.turns[0]).toEqual({ speaker: 'Maya', role: 'rep', text: expect.stringMatching(/^Hi Dana/), labels: expect.any(Array), reasons: expect.any(Array) });
    expect(out.turns[1]).toMatchObject({ speaker: 'Dana', role: 'customer', labels: [], reasons: [] });
    expect(out.turns).toHaveLength(25);
  });

  it('adds words per minute and the longest monologue in seconds for timed formats', async () => {
    const { code, stdout } = await score(['pitchy-plant-maintenance.vtt', '--json', '--rep', 'Brett']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.wordsPerMinute).toBeGreaterThan(60);
    expect(out.longestMonologueSeconds).toBeGreaterThanOrEqual(26);
    expect(out.turns[0]).toMatchObject({ speaker: 'Brett', start: 0, end: 26 });
  });
});

describe('score (readable)', () => {
  it('shows the headline, every component with its anchor, the metrics and the labelled turns', async () => {
    const { code, stdout } = await score(['pitchy-school-platform.srt']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Listening +\d+\/100/);
    expect(stdout).toMatch(/Pitching +\d+\/100/);
    expect(stdout).toContain('Rep: Kyle (guessed');
    expect(stdout).toContain('Anchor: In top discovery calls the rep talks about 43% of the time');
    expect(stdout).toContain('[Gong Labs');
    expect(stdout).toContain('Rep speaking rate');
    expect(stdout).toMatch(/ {2}1 Kyle +Good afternoon/);
  });
});

describe('score errors', () => {
  it('reports a broken caption file as file:line: message and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-score-'));
    writeFileSync(join(dir, 'broken.srt'), '1\n00:00:00,000 --> 00:00:02,000\nSam: Hi\n\n2\n00:00:02,000 -> 00:00:04,000\nDana: Hello\n');
    const { code, stdout, stderr } = await score(['broken.srt'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^broken\.srt:6: expected a timing line like/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the speakers when --rep names nobody in the file', async () => {
    const { code, stderr } = await score(['good-dental-reminders.srt', '--rep', 'Bob']);
    expect(code).toBe(1);
    expect(stderr).toBe('good-dental-reminders.srt: unknown speaker "Bob" given by --rep; speakers found: Alex, Dr. Okafor');
  });

  it('says when the file cannot be read', async () => {
    const { code, stderr } = await score(['missing.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('missing.txt: cannot read: no such file');
  });

  it('explains usage problems with exit code 2', async () => {
    expect((await score([])).code).toBe(2);
    expect((await score(['a.txt', '--loud'])).stderr).toMatch(/--loud/);
  });

  it('points at the line and field of a bad rubric file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-rubric-'));
    const rubric = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/rubric/default.json', import.meta.url)), 'utf8'));
    rubric.listening[2].weight = 'heavy';
    writeFileSync(join(dir, 'rubric.json'), JSON.stringify(rubric, null, 2));
    const { code, stderr } = await score([join(fixtures, 'good-logistics-ap.txt'), '--rubric', 'rubric.json'], dir);
    expect(code).toBe(1);
    const line = JSON.stringify(rubric, null, 2).split('\n').findIndex((l) => l.includes('"heavy"')) + 1;
    expect(stderr).toMatch(new RegExp(`^rubric\\.json:${line}: listening\\[2\\]\\.weight: `));
  });

  it('scores with a trainer rubric written in YAML and reports its version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-rubric-'));
    const rubric = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/rubric/default.json', import.meta.url)), 'utf8'));
    const { stringify } = await import('yaml');
    writeFileSync(join(dir, 'team.yaml'), stringify({ ...rubric, version: 'team-2026.2', passMark: { listening: 0, pitching: 100 } }));
    const { code, stdout } = await score([join(fixtures, 'pitchy-retail-scheduling.txt'), '--rubric', 'team.yaml', '--json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ rubricVersion: 'team-2026.2', passed: true });
  });
});
