import { OptionError } from "../index.ts";
import { message } from "../advanced.ts";
/** Minimal argv parser for the semkit CLI: positionals, `--flag`, `--key value`, `--key=value`. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) { options.set(a.slice(2, eq), a.slice(eq + 1)); continue; }
      const key = a.slice(2);
      const nxt = argv[i + 1];
      if (nxt !== undefined && !nxt.startsWith("--")) { options.set(key, nxt); i++; }
      else options.set(key, true);
    } else positionals.push(a);
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
