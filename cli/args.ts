import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIo } from './io';

/**
 * What `play` and `score` share: one positional argument plus options, `--help`, and the same
 * messages and exit codes (usage on stdout with 0; a usage error on stderr with 2).
 */

type Options = NonNullable<ParseArgsConfig['options']>;
/** What node's `parseArgs` infers for these options (it does not infer through a generic spread). */
type Values<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>['values'];

export interface CommandSpec<O extends Options> {
  /** The command's name, which starts every error line (`play: missing scenario`). */
  command: string;
  usage: string;
  options: O;
  /** What the one positional argument is, for `missing <what>`. */
  positional: string;
}

/** The parsed arguments, or the exit code when help was shown or the arguments were wrong. */
export function parseCommandArgs<const O extends Options>(
  args: string[],
  io: CommandIo,
  spec: CommandSpec<O>,
): { values: Values<O>; positional: string } | { exitCode: 0 | 2 } {
  const { command, usage } = spec;
  let parsed: { values: { help?: boolean | undefined }; positionals: string[] };
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...spec.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr(`${command}: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return { exitCode: 2 };
  }
  if (parsed.values.help) {
    io.stdout(usage);
    return { exitCode: 0 };
  }
  const [positional, ...extra] = parsed.positionals;
  if (!positional || extra.length > 0) {
    io.stderr(`${command}: ${positional ? `unexpected argument '${extra[0]}'` : `missing ${spec.positional}`}\n${usage}`);
    return { exitCode: 2 };
  }
  return { values: parsed.values as Values<O>, positional };
}

/** A problem already phrased for the user (`file:line: message`): printed as it is, exit code 1. */
export class InputError extends Error {}

/** Runs a command's body; an `InputError` becomes its message on stderr and exit code 1. */
export async function reportingInputErrors(io: CommandIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(error.message);
    return 1;
  }
}
