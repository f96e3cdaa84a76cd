import { OptionError, UsageError } from "../index.ts";
import { message, nearestName } from "../advanced.ts";

/** Parsed command line: positionals, `--flag`, `--key value`, `--key=value`. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/**
 * How a flag reads its value: "switch" flags never take one (`--json foo.csv` leaves foo.csv a positional),
 * "value" flags take the next word (or `--key=value`), "optional" flags take the next word unless it is another
 * flag or looks like a file name (e.g. `--ordered` alone or `--ordered sat1,sat2`).
 */
export type FlagKind = "switch" | "value" | "optional";

/** The flags one command accepts (without the leading `--`); `--help` is always accepted. */
export type FlagSpec = Readonly<Record<string, FlagKind>>;

/** Words an optional flag does not take as its value: file names a command reads as positionals. */
const FILE_LIKE = /\.(csv|tsv|txt|dat|xlsx|sav|json|lav)$/i;

/**
 * Parses a command line. Without `flags`, every `--key` followed by a word takes it as its value (kept for
 * callers that build arguments themselves). With `flags`, an unknown flag, a value given to a switch, or a
 * missing value is a UsageError naming the flag (and the nearest valid one).
 * @param argv the words after the command name
 * @param flags the command's flags (see `FlagSpec`)
 * @param command the command's name, for the messages
 * @returns positionals and options
 * @throws UsageError for an unknown flag, a switch with a value, or a value flag without one
 * @example
 * parseArgs(["--json", "data.csv"], { json: "switch" }).positionals; // ["data.csv"]
 */
export function parseArgs(argv: readonly string[], flags?: FlagSpec, command = ""): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const kindOf = (key: string): FlagKind | undefined => {
    if (flags === undefined) return undefined;
    if (key === "help") return "switch";
    if (Object.hasOwn(flags, key)) return flags[key];
    throw new UsageError(message.cliUnknownFlag(command, key, nearestName(key, Object.keys(flags), { fold: "separators" })));
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--") || a === "--") { positionals.push(a); continue; }
    const eq = a.indexOf("=");
    if (eq > 0) {
      const key = a.slice(2, eq), value = a.slice(eq + 1);
      if (kindOf(key) === "switch") throw new UsageError(message.cliFlagTakesNoValue(key, value));
      options.set(key, value);
      continue;
    }
    const key = a.slice(2);
    const kind = kindOf(key);
    const nxt = argv[i + 1];
    const takesNext = nxt !== undefined && !nxt.startsWith("--") &&
      (kind === undefined || kind === "value" || (kind === "optional" && !FILE_LIKE.test(nxt)));
    if (takesNext) { options.set(key, nxt); i++; continue; }
    if (kind === "value") throw new UsageError(message.cliFlagNeedsValue(key));
    options.set(key, true);
  }
  return { positionals, options };
}

/** A string option, or undefined. */
export function stringOption(args: ParsedArgs, key: string): string | undefined {
  const v = args.options.get(key);
  return typeof v === "string" ? v : undefined;
}

/** A comma-separated list option, or undefined. */
export function listOption(args: ParsedArgs, key: string): string[] | undefined {
  const v = stringOption(args, key);
  return v === undefined ? undefined : v.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}

/** True when a boolean flag is present. */
export function flag(args: ParsedArgs, key: string): boolean {
  return args.options.has(key);
}

/** Parse `--scale 1:5` into `{min, max}`; undefined when the option is absent. Throws OptionError when malformed. */
export function scaleOption(args: ParsedArgs, key = "scale"): { min: number; max: number } | undefined {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  const m = /^\s*(-?[\d.]+)\s*:\s*(-?[\d.]+)\s*$/.exec(v);
  const min = m ? Number(m[1]) : NaN, max = m ? Number(m[2]) : NaN;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) throw new OptionError(message.cliBadScale(v));
  return { min, max };
}

/**
 * A `--seed` value: a whole number from 0 to 2^53 − 1, or undefined when the flag is absent.
 * @param args parsed arguments
 * @param key the flag's name (default "seed")
 * @returns the seed
 * @throws UsageError for anything else (a fraction, a negative number, 2^53 or more, text)
 * @example seedOption(parseArgs(["--seed", "4294967297"])); // 4294967297
 */
export function seedOption(args: ParsedArgs, key = "seed"): number | undefined {
  const v = stringOption(args, key);
  if (v === undefined) return undefined;
  const x = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(x)) throw new UsageError(message.cliBadSeed(v));
  return x;
}
