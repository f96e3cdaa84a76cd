/**
 * lavaan's dotted option names accepted as aliases of semkit's camelCase names. An alias counts only where the
 * function has the camelCase option; giving both spellings is an error (`checkOptionKeys`). lavaan names that
 * are already the same in semkit (`missing`, `meanstructure`, `estimator`, `group`, `ordered`, `se`) need no entry.
 * Source: lavaan 0.6-14, `?lavOptions`.
 */
export const LAVAAN_OPTION_ALIASES: Readonly<Record<string, string>> = {
  "group.equal": "groupEqual",
  "group.partial": "groupPartial",
  "std.lv": "stdLv",
  "fixed.x": "fixedX",
  "std.ov": "stdOv",
  "int.ov.free": "intOvFree",
  "int.lv.free": "intLvFree",
  "conditional.x": "conditionalX",
  "fit.measures": "fitMeasures",
};
