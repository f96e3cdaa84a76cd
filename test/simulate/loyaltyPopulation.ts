import { readFileSync } from "node:fs";

/** A model file of bench/models (the one copy of each loyalty model that tests, bench and scripts read). */
const model = (name: string): string => readFileSync(new URL(`../../bench/models/${name}`, import.meta.url), "utf8");

/**
 * The loyalty population model of data/README.md ("Power analysis" section), standardized values,
 * without the SAT×ALT interaction (semkit's syntax has no latent products): bench/models/loyalty_population.lav.
 */
export const LOYALTY_POPULATION = model("loyalty_population.lav");

/** The matching analysis model (free parameters, marker-variable scaling as lavaan's sem()): bench/models/loyalty_full.lav. */
export const LOYALTY_ANALYSIS = model("loyalty_full.lav");

/**
 * The loyalty core model (4 factors, 15 items) of test/fixtures/loyalty_core_ml.json, as an analysis model:
 * bench/models/loyalty_core.lav.
 */
export const LOYALTY_CORE = model("loyalty_core.lav");
