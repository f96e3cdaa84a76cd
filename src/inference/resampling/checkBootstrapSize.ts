import { checkMemory } from "../../options/checkMemory.ts";

/**
 * Refuses, before any draw, a bootstrap whose replicate arrays would not fit in memory: the draws and
 * jackknife fits each hold `width` doubles, and the summary copies the usable draws once more.
 * @param draws bootstrap draws
 * @param jackknife leave-one-out fits (0 without BCa)
 * @param width values kept per draw (estimates and standardized estimates)
 * @returns nothing
 * @throws OptionError naming the draws and the memory needed when it exceeds `MEMORY_LIMIT_BYTES` (2 GiB)
 * @example
 * checkBootstrapSize(1e9, 0, 60); // throws: bootstrap: 1000000000 draws × 60 values would need about 894 GiB …
 */
export function checkBootstrapSize(draws: number, jackknife: number, width: number): void {
  checkMemory(`bootstrap: ${draws} draws × ${width} values`, (2 * draws + jackknife) * width * 8);
}
