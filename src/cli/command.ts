import type { ParsedArgs } from "./args.ts";

/** One CLI sub-command. `run` writes to stdout and returns the exit code. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  run(args: ParsedArgs, out: (text: string) => void): Promise<number> | number;
}
