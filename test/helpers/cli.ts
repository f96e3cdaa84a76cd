import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/args.ts";
import type { Command } from "../../src/cli/command.ts";

/** Runs a CLI command on its arguments (as after `semkit <name>`) and collects what it writes. */
export async function runCommand(cmd: Command, argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const code = await cmd.run(parseArgs(argv), (t) => { text += t; });
  return { code, text };
}

let dir: string | undefined;

/** Writes `text` to a file `name` in a temporary folder of this test run and returns its path. */
export function tempFile(name: string, text: string): string {
  dir ??= mkdtempSync(join(tmpdir(), "semkit-cli-"));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}
