/**
 * The accepted option names of one public function, kept next to its options type, so that the function can
 * reject a key it does not know (`checkOptionKeys`). A nested entry lists the keys of an option whose value is
 * itself an options object (e.g. `scale: { min, max }`).
 */
export interface OptionKeys {
  /** The accepted names, in the order of the options type. */
  readonly names: readonly string[];
  /** For options whose value is an options object: that object's accepted keys. */
  readonly nested: Readonly<Record<string, OptionKeys>>;
}

/**
 * Every key of T (optional ones included) mapped to `true`, or to the `OptionKeys` of its nested options object.
 * Written as an object literal, the compiler reports both a key of T that is missing and a key that T lacks.
 */
export type OptionKeySpec<T> = { readonly [K in keyof Required<T>]-?: true | OptionKeys };

/**
 * Lists the accepted keys of an options type. The type parameter makes the list complete: adding an option to
 * the type without adding it here is a compile error, and so is listing a key the type does not have.
 * @param spec each option name mapped to `true`, or to the keys of its nested options object
 * @returns the accepted keys, for `checkOptionKeys`
 * @throws never
 * @example
 * interface ScaleOptions { min?: number; max?: number }
 * const SCALE_KEYS = optionKeys<ScaleOptions>({ min: true, max: true });
 */
export function optionKeys<T>(spec: OptionKeySpec<T>): OptionKeys {
  const nested: Record<string, OptionKeys> = {};
  for (const [name, v] of Object.entries(spec as Record<string, true | OptionKeys>)) if (v !== true) nested[name] = v;
  return { names: Object.keys(spec), nested };
}

/**
 * The union of several key lists, for a function that takes the options of several others (e.g. `bootstrap`
 * takes the options of `sem` and its own).
 * @param lists the key lists
 * @returns one list with every name once (the first nested entry of a name wins)
 * @throws never
 * @example
 * const BOOTSTRAP_KEYS = mergeOptionKeys(SEM_OPTION_KEYS, BOOTSTRAP_ONLY_KEYS);
 */
export function mergeOptionKeys(...lists: readonly OptionKeys[]): OptionKeys {
  const names: string[] = [];
  const nested: Record<string, OptionKeys> = {};
  for (const l of lists) {
    for (const n of l.names) if (!names.includes(n)) names.push(n);
    for (const [n, k] of Object.entries(l.nested)) if (!(n in nested)) nested[n] = k;
  }
  return { names, nested };
}

/**
 * The options an inner call takes, out of a wider options object (e.g. the `sem()` options out of the
 * options of `bootstrap()`), so that the inner function's own key check passes.
 * @param options the wider options (already checked)
 * @param keys the inner function's accepted keys
 * @returns a new object with only the listed keys that are present
 * @throws never
 * @example
 * sem(model, data, pickOptionKeys(options, SEM_OPTION_KEYS));
 */
export function pickOptionKeys<T extends object>(options: T, keys: OptionKeys): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys.names) if (Object.hasOwn(options, k)) out[k] = (options as Record<string, unknown>)[k];
  return out as Partial<T>;
}
