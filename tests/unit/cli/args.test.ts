import { describe, expect, it } from 'vitest';
import { run as play } from '../../../cli/commands/play';
import { run as score } from '../../../cli/commands/score';
import { captureIo } from '../scenario/helpers';

/** `play` and `score` parse their arguments with one helper: the same help, messages and exit codes. */
describe.each([
  ['play', play, 'usage: play <scenario id or path>', 'play: missing scenario'],
  ['score', score, 'usage: score <transcript>', 'score: missing transcript file'],
])('%s arguments', (name, run, usage, missing) => {
  it('should print usage on stdout for --help and -h, exiting 0', async () => {
    for (const flag of ['--help', '-h']) {
      const io = captureIo();
      expect(await run([flag], io)).toBe(0);
      expect(io.out.join('\n')).toContain(usage);
      expect(io.err).toEqual([]);
    }
  });

  it('should name the missing argument, an extra one and an unknown option, exiting 2 with usage', async () => {
    const cases: Array<[string[], string]> = [
      [[], missing],
      [['a', 'b'], `${name}: unexpected argument 'b'`],
      [['a', '--loud'], `${name}: Unknown option '--loud'`],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await run(args, io)).toBe(2);
      expect(io.err.join('\n')).toContain(message);
      expect(io.err.join('\n')).toContain(usage);
      expect(io.err.join('\n')).not.toMatch(/\n\s+at /);
    }
  });
});
