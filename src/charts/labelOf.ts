import type { ChartOptions } from "./types.ts";

/**
 * Display name of a variable: the user's label when given, else the name itself.
 * @param name variable, item or construct name
 * @param options chart options carrying `labels`
 * @returns the display name
 * @example labelOf("SAT", { labels: { SAT: "Satisfaction" } }) // "Satisfaction"
 */
export function labelOf(name: string, options: ChartOptions): string {
  return options.labels?.[name] ?? name;
}
