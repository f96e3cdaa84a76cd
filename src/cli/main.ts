#!/usr/bin/env node
import { parseArgs } from "./args.ts";
import { commands } from "./commands.ts";
import { SemkitError } from "../index.ts";

function help(): string {
  const lines = ["semkit — structural equation modelling, EFA and reliability for survey data", "", "Usage: semkit <command> [options]", "", "Commands:"];
  for (const [name, cmd] of Object.entries(commands)) lines.push(`  ${name.padEnd(12)} ${cmd.summary}`);
  lines.push("", "Run `semkit <command> --help` for the options of one command.");
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const out = (t: string): void => { process.stdout.write(t.endsWith("\n") ? t : t + "\n"); };
  if (name === undefined || name === "--help" || name === "-h" || name === "help") { out(help()); return 0; }
  const cmd = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (cmd === undefined) { process.stderr.write(`semkit: unknown command ${JSON.stringify(name)}\n\n${help()}\n`); return 2; }
  const args = parseArgs(rest);
  if (args.options.has("help")) { out(cmd.usage); return 0; }
  try {
    return await cmd.run(args, out);
  } catch (e) {
    if (e instanceof SemkitError) { process.stderr.write(`semkit ${name}: ${e.name}: ${e.message}\n`); return 1; }
    throw e;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
