import { readFileSync } from "node:fs";
import { parseArgs } from "./args.ts";
import { commands } from "./commands.ts";
import { OptionError, SemkitError } from "../index.ts";
import { message, nearestName } from "../advanced.ts";

/** Where the CLI writes: normal output and one-line error messages. */
export interface CliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

function help(): string {
  const lines = ["semkit — structural equation modelling, EFA and reliability for survey data", "", "Usage: semkit <command> [options]", "", "Commands:"];
  for (const [name, cmd] of Object.entries(commands)) lines.push(`  ${name.padEnd(12)} ${cmd.summary}`);
  lines.push("", "Run `semkit <command> --help` for the options of one command; `semkit --version` prints the version.");
  return lines.join("\n");
}

/**
 * The version of the installed package, read from its package.json (the same relative path works from src/cli
 * and dist/cli).
 * @returns the version, e.g. "0.1.0"
 * @throws never (returns "unknown" when package.json cannot be read)
 * @example packageVersion(); // "0.1.0"
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * Runs the semkit command line. Exit codes: 0 success; 1 an analysis error (bad data, a model that cannot be
 * fitted); 2 a usage error (unknown command or flag, a bad option value, a missing or unreadable file). Errors
 * are written as one line, never as a stack trace.
 * @param argv the words after `semkit`
 * @param io where to write output and errors
 * @returns the exit code
 * @throws never
 * @example
 * const code = await runCli(["alpha", "data.csv", "--items", "sat*"], { out: console.log, err: console.error });
 */
export async function runCli(argv: readonly string[], io: CliStreams): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") { io.out(help()); return 0; }
  if (name === "--version" || name === "-V" || name === "version") { io.out(packageVersion()); return 0; }
  const cmd = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (cmd === undefined) {
    // a suggestion only when it is a plausible typo (at most a third of the letters changed, or two)
    const flagLike = name.startsWith("-");
    const near = nearestName(name.replace(/^-+/, ""), flagLike ? ["help", "version"] : Object.keys(commands),
      { fold: "separators", maxDistance: Math.max(2, Math.floor(name.length / 3)) });
    const hint = near === undefined ? "" : `; did you mean ${JSON.stringify(flagLike ? `--${near}` : near)}?`;
    io.err(`semkit: unknown ${flagLike ? "option" : "command"} ${JSON.stringify(name)}${hint} (see semkit --help)`);
    return 2;
  }
  try {
    if (rest.includes("-h")) { io.out(cmd.usage); return 0; }
    const args = parseArgs(rest, cmd.flags, name);
    if (args.options.has("help")) { io.out(cmd.usage); return 0; }
    return await cmd.run(args, io.out);
  } catch (e) {
    if (e instanceof OptionError) { io.err(`semkit ${name}: ${e.name}: ${e.message}`); return 2; }
    if (e instanceof SemkitError) { io.err(`semkit ${name}: ${e.name}: ${e.message}`); return 1; }
    const sys = e as NodeJS.ErrnoException;
    if (typeof sys?.code === "string" && typeof sys.path === "string") {
      // a file system error on a path of the command line (e.g. an --out folder that does not exist)
      io.err(`semkit ${name}: ${message.cliFileSystem(sys.path, sys.code)}`);
      return 2;
    }
    const text = e instanceof Error ? e.message : String(e);
    io.err(`semkit ${name}: unexpected error: ${text.split("\n")[0]} (please report this, with the command line)`);
    return 1;
  }
}
