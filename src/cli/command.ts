import type { FlagSpec, ParsedArgs } from "./args.ts";

/** One CLI sub-command. `run` writes to stdout and returns the exit code. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  /** Every flag the command accepts and how it reads its value; any other flag is a usage error. */
  readonly flags: FlagSpec;
  run(args: ParsedArgs, out: (text: string) => void): Promise<number> | number;
}
