/** What a CLI command gets: where to write, and where it was run from. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** A CLI command: parses its own arguments and returns the process exit code. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
