import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run as check } from '../../../cli/commands/check';
import { repLines, run as play } from '../../../cli/commands/play';
import { captureIo, root } from './helpers';

describe('play', () => {
  it('should stop playing rep lines once the customer ends the call', async () => {
    const io = captureIo();
    expect(await play(['time-pressed-executive', '--rep', 'tests/fixtures/scripts/pitching.txt', '--json'], io)).toBe(0);
    const result = JSON.parse(io.out.join('')) as { outcome: string; turns: unknown[] };
    expect(result.outcome).toBe('ended_early');
    expect(result.turns.length).toBeLessThan(repLines(readFileSync(`${root}tests/fixtures/scripts/pitching.txt`, 'utf8')).length);
  });

  it('should print the exchange with state and trust, and a closing summary', async () => {
    const io = captureIo();
    expect(await play(['scenarios/overwhelmed-practice-manager.yaml', '--rep', 'tests/fixtures/scripts/listening.txt', '--seed', '3'], io)).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain('REP: What are your top priorities at the moment?');
    expect(text).toMatch(/MARIA: .+\n {3}\[discovery · trust \d+ · disclosed front-desk: situation\]/);
    expect(text).toMatch(/Outcome: next_step · uncovered: /);
  });

  it('should give the same JSON for the same seed', async () => {
    const runOnce = async () => {
      const io = captureIo();
      await play(['overwhelmed-practice-manager', '--rep', 'tests/fixtures/scripts/mixed.txt', '--seed', '11', '--json'], io);
      return io.out.join('');
    };
    expect(await runOnce()).toBe(await runOnce());
  });

  it('should include the scorecard and the needs in --json', async () => {
    const io = captureIo();
    await play(['overwhelmed-practice-manager', '--rep', 'tests/fixtures/scripts/listening.txt', '--json'], io);
    const result = JSON.parse(io.out.join('')) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['scenario', 'seed', 'turns', 'outcome', 'needs', 'scorecard']);
    expect(result.scorecard).toMatchObject({ outcome: 'next_step' });
  });

  it.each([
    [['overwhelmed-practice-manager'], 2, 'play: missing --rep <file>'],
    [['no-such-scenario', '--rep', 'tests/fixtures/scripts/mixed.txt'], 1, "play: no scenario 'no-such-scenario'"],
    [['overwhelmed-practice-manager', '--rep', 'tests/fixtures/scripts/mixed.txt', '--seed', 'abc'], 2, "play: --seed must be a whole number from 0 to 2147483648 (got 'abc')"],
    [['overwhelmed-practice-manager', '--rep', 'missing.txt'], 1, 'missing.txt:1:1: error: cannot read rep script'],
  ])('should explain bad arguments %j without a stack trace', async (args, code, message) => {
    const io = captureIo();
    expect(await play(args, io)).toBe(code);
    expect(io.err.join('\n')).toContain(message);
  });
});

describe('check', () => {
  it('should summarise each valid scenario on one line with its shortest win', async () => {
    const io = captureIo();
    expect(await check(['tests/fixtures/scenarios/minimal.yaml'], io)).toBe(0);
    expect(io.out[0]).toBe('ok tests/fixtures/scenarios/minimal.yaml: 7 states, 7 reachable, 20/20 layers, shortest win in 7 moves');
    expect(io.out[1]).toMatch(/^ {2}win: ask a situation question about billing → .* → propose a next step$/);
  });

  it('should report a missing path and usage errors', async () => {
    const io = captureIo();
    expect(await check(['nowhere.yaml'], io)).toBe(1);
    expect(io.err).toEqual(['nowhere.yaml:1:1: error: no such file or folder']);
    expect(await check([], captureIo())).toBe(2);
  });
});
