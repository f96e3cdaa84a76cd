/**
 * Every user-facing message of semkit lives here, so that wording stays consistent
 * and tests can assert on the same text the library produces.
 * Each module keeps its messages in its own section below.
 */

const q = (s: string): string => JSON.stringify(s);

export const message = {
  // ---- data input -------------------------------------------------------
  // ---- reliability ------------------------------------------------------
  // ---- syntax -----------------------------------------------------------
  // ---- partable / specification ----------------------------------------
  // ---- estimation / inference / fit ------------------------------------
  // ---- efa --------------------------------------------------------------
  // ---- options / cli ----------------------------------------------------
} as const;

export { q as quote };
