/** Reference inputs for chart tests, read from the lavaan/psych fixtures in test/fixtures. */
import { readFileSync } from "node:fs";
import type { PathEstimate } from "../../src/charts/pathModel.ts";

function json(name: string): any {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
}

/** lavaan 0.6-14 sem() of the full loyalty model (loyalty_full_ml.json). */
export const loyaltyFull = json("loyalty_full_ml.json") as {
  parameters: PathEstimate[]; fit: Record<string, number>; model: string;
};
/** psych 2.2.9 fa() solutions of the loyalty items (loyalty_efa.json). */
export const loyaltyEfa = json("loyalty_efa.json");
/** psych 2.2.9 alpha() of the seven loyalty scales (loyalty_alpha.json). */
export const loyaltyAlpha = json("loyalty_alpha.json");
/** lavaan 0.6-14 CFA of HolzingerSwineford1939 (hs1939_cfa_ml.json). */
export const hsCfa = json("hs1939_cfa_ml.json");
/** Load any fixture by file name. */
export const fixture = json;
