import type { Lang } from "../../i18n/labels.ts";
import type { LocalizedText, ThesisConfig } from "../../thesis/types.ts";

/** What every table builder needs besides its data: language, table number and the construct labels. */
export interface TableContext {
  readonly lang: Lang;
  /** Number the table gets in the report. */
  readonly number: number;
  readonly config: ThesisConfig;
}

/**
 * Text in the report language from a localized value (a plain string is the same in every language).
 * @param text localized text
 * @param lang report language
 * @param fallback used when the language is missing
 * @returns the text
 * @throws never
 * @example localize({ en: "Trust", "zh-CN": "信任" }, "zh-CN", "TRU"); // "信任"
 */
export function localize(text: LocalizedText | undefined, lang: Lang, fallback: string): string {
  if (text === undefined) return fallback;
  if (typeof text === "string") return text;
  return text[lang] ?? text.en ?? fallback;
}

/**
 * Display name of a construct: "Satisfaction (SAT)" when the configuration labels it, else its name.
 * @param ctx table context (config and language)
 * @param name construct name
 * @returns the display name
 * @throws never
 * @example constructName(ctx, "SAT"); // "Satisfaction (SAT)"
 */
export function constructName(ctx: { readonly config: ThesisConfig; readonly lang: Lang }, name: string): string {
  const c = ctx.config.constructs.find((k) => k.name === name);
  const l = localize(c?.label, ctx.lang, name);
  return l === name ? name : `${l} (${name})`;
}
