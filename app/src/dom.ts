/** Attributes of {@link h}: strings set attributes, functions under `on` are event listeners. */
export interface Attrs {
  readonly [name: string]: string | number | boolean | undefined | Listeners;
  readonly on?: Listeners;
}

/** Event listeners by event name. */
export type Listeners = Readonly<Record<string, (e: Event) => void>>;

/**
 * Create an element with attributes and children (text or elements); `false`/`undefined` attributes are left out.
 * @param tag element name
 * @param attrs attributes, and `on` listeners
 * @param children text or nodes
 * @returns the element
 * @example h("button", { "data-testid": "run", on: { click: run } }, "Run")
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "on" || typeof v === "object") for (const [ev, f] of Object.entries(v as Listeners)) el.addEventListener(ev, f);
    else if (v === true) el.setAttribute(k, "");
    else if (v !== false && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

/**
 * Format a number for tables: fixed decimals, "—" for missing or non-finite values.
 * @param v the number
 * @param digits decimals (default 3)
 * @returns the text
 * @example fmt(0.12345) // "0.123"
 */
export function fmt(v: number | null | undefined, digits = 3): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(digits);
}

/**
 * A plain HTML table from a header row and body rows (numbers right-aligned).
 * @param head column headings
 * @param rows cells (strings or numbers, numbers formatted with {@link fmt})
 * @param attrs attributes of the table element
 * @returns the table element
 * @example table(["Item", "Mean"], [["sat1", 3.2]])
 */
export function table(head: readonly string[], rows: readonly (readonly (string | number | null)[])[], attrs: Attrs = {}): HTMLTableElement {
  return h("table", { class: "data", ...attrs },
    h("thead", {}, h("tr", {}, ...head.map((c) => h("th", {}, c)))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => (typeof c === "number" || c === null ? h("td", { class: "num" }, fmt(c)) : h("td", {}, c)))))));
}

/**
 * Offer text or a Blob as a file download (an object URL and a temporary link; nothing leaves the machine).
 * @param name file name
 * @param content text or a Blob
 * @param type MIME type for text
 * @returns nothing
 * @example download("model.lav", "F =~ a + b + c", "text/plain");
 */
export function download(name: string, content: string | Blob, type = "text/plain;charset=utf-8"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
