import type { Dataset } from "../data/types.ts";
import { alpha } from "../reliability/alpha.ts";
import { omega } from "../reliability/omega.ts";
import { describe } from "../data/describe.ts";
import type { ScaleReliability } from "../reliability/types.ts";
import type { ReverseCodingRow } from "./result.ts";
import type { ThesisConfig } from "./types.ts";

/**
 * Cronbach's α (psych `alpha`, pairwise, with Feldt's CI and item statistics) and McDonald's ω of every
 * construct, with the configured items reverse-coded as min + max − x.
 * Source: Cronbach (1951); McDonald (1999); psych::alpha (Revelle 2022).
 * @param ds the data as read (items not yet recoded)
 * @param config constructs, reverse-coded items and scale
 * @returns one entry per construct, in configuration order
 * @throws UnknownColumnError / DataError for missing or text items
 * @example scaleReliability(ds, config)[0].alpha.total.rawAlpha; // 0.820 for SQ
 */
export function scaleReliability(ds: Dataset, config: ThesisConfig): ScaleReliability[] {
  return config.constructs.map(({ name, items }) => {
    const opts = { items, reverse: items.filter((i) => config.reverse.includes(i)), scale: config.scale };
    return { name, alpha: alpha(ds, opts), omega: omega(ds, opts) };
  });
}

/**
 * Each reverse-coded item before and after recoding: its mean and its corrected item–total correlation
 * (psych's r.drop) within its construct, which turns from negative to positive when the item is reverse-worded.
 * @param ds the data as read
 * @param config constructs, reverse-coded items and scale
 * @returns one row per reverse-coded item
 * @throws UnknownColumnError / DataError for missing or text items
 * @example reverseCodingRows(ds, config)[0].item; // "tru4"
 */
export function reverseCodingRows(ds: Dataset, config: ThesisConfig): ReverseCodingRow[] {
  return config.reverse.map((item) => {
    const c = config.constructs.find((k) => k.items.includes(item))!;
    const before = alpha(ds, { items: c.items, reverse: c.items.filter((i) => config.reverse.includes(i) && i !== item), scale: config.scale });
    const after = alpha(ds, { items: c.items, reverse: c.items.filter((i) => config.reverse.includes(i)), scale: config.scale });
    const m = describe(ds, [item]).items[0]!.mean;
    const j = c.items.indexOf(item);
    return {
      item, construct: c.name, meanBefore: m, meanAfter: config.scale.min + config.scale.max - m,
      rDropBefore: before.itemStats[j]!.rDrop, rDropAfter: after.itemStats[j]!.rDrop,
    };
  });
}
