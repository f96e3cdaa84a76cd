import type { PathModel } from "./pathModel.ts";
import type { Shape } from "./pathGeometry.ts";
import { textWidth } from "./textWidth.ts";

/** Where a factor's indicators sit relative to it. */
export type Side = "left" | "right" | "top" | "bottom";

/** A placed node of the path diagram (centre x, y; full w, h; px). */
export interface LayoutNode extends Shape {
  readonly id: string;
  readonly label: string;
  readonly role: "latent" | "observed" | "indicator";
  readonly r2: number | null;
  /** Structural layer (causal order), or the factor's layer for indicators. */
  readonly layer: number;
  /** Rank within its layer (structural nodes) or within its factor (indicators). */
  readonly rank: number;
  /** For latent nodes: side of their indicators; for indicators: side relative to their factor. */
  readonly side: Side;
  /** Side on which covariance arcs between nodes of the same column bulge. */
  readonly arcSide: "left" | "right";
}

/** Sizes of the layout, in px at scale 1. */
export const PATH_SIZES = {
  nameFont: 13, itemFont: 12, r2Font: 10.5, labelFont: 11,
  ry: 22, ryR2: 29, itemH: 22, itemGap: 7, rowGap: 9, gapX: 110, gapY: 26, gapYBare: 44, itemDistance: 100, rowDistance: 76,
  arcStep: 24, margin: 12,
} as const;

interface Ext { l: number; r: number; u: number; d: number }

/**
 * Place the nodes of a path diagram: structural variables in layers by causal order (longest path from the
 * exogenous variables, left → right), ordered within layers by the barycentre of their predecessors, each factor's
 * indicators in a column (first and last layer) or a row (middle layers) on its outer side, blocks packed without
 * overlap.
 * @param model the path model (from `pathModel`)
 * @param options labels, hideIndicators
 * @returns placed nodes and the number of layers
 * @example pathLayout(pathModel(rows), { labels: {}, hideIndicators: false }).nodes.length
 * Source: layered drawing after Sugiyama, Tagawa & Toda (1981), IEEE Trans. SMC 11(2), with the barycentre
 * heuristic for ordering; the SEM conventions (ellipses for latent, boxes for observed) follow McArdle (1980).
 */
export function pathLayout(
  model: PathModel,
  options: { readonly labels: Readonly<Record<string, string>>; readonly hideIndicators: boolean },
): { nodes: LayoutNode[]; layers: number } {
  const S = PATH_SIZES;
  const lab = (v: string): string => options.labels[v] ?? v;
  const structural = [...model.latent, ...model.observed];
  const preds = new Map<string, string[]>(structural.map((v) => [v, []]));
  for (const e of model.edges) {
    const causal = e.kind === "regression" || (e.kind === "loading" && model.indicators.has(e.to));
    if (causal && preds.has(e.to) && preds.has(e.from)) preds.get(e.to)!.push(e.from);
  }
  // Longest-path layering (bounded for safety against cycles).
  const layer = new Map<string, number>(structural.map((v) => [v, 0]));
  for (let it = 0; it < structural.length; it++) {
    let changed = false;
    for (const v of structural) for (const p of preds.get(v)!) {
      const want = Math.min(layer.get(p)! + 1, structural.length);
      if (want > layer.get(v)!) { layer.set(v, want); changed = true; }
    }
    if (!changed) break;
  }
  const nLayers = Math.max(0, ...layer.values()) + 1;
  const layers: string[][] = Array.from({ length: nLayers }, () => []);
  for (const v of structural) layers[layer.get(v)!]!.push(v);
  // Barycentre ordering of layers 1… by predecessors' ranks (normalised to 0…1).
  const pos = new Map<string, number>();
  layers[0]!.forEach((v, i) => pos.set(v, layers[0]!.length > 1 ? i / (layers[0]!.length - 1) : 0.5));
  for (let k = 1; k < nLayers; k++) {
    const bary = (v: string): number => {
      const p = preds.get(v)!.filter((u) => pos.has(u));
      return p.length ? p.reduce((s, u) => s + pos.get(u)!, 0) / p.length : 0.5;
    };
    const order = layers[k]!.map((v, i) => ({ v, b: bary(v), i })).sort((a, b) => a.b - b.b || a.i - b.i);
    layers[k] = order.map((o) => o.v);
    order.forEach((o, i) => pos.set(o.v, layers[k]!.length > 1 ? (i + o.b) / layers[k]!.length : o.b));
  }
  const inds = (v: string): string[] =>
    options.hideIndicators ? [] : (model.indicators.get(v) ?? []).filter((i) => !model.indicators.has(i));
  const side = (v: string): Side => {
    const k = layer.get(v)!;
    if (k === 0) return "left";
    if (k === nLayers - 1) return "right";
    return pos.get(v)! <= 0.5 ? "top" : "bottom";
  };
  // Node sizes.
  const allItems = structural.flatMap(inds);
  const itemW = Math.max(40, ...allItems.map((i) => textWidth(lab(i), S.itemFont) + 14));
  const size = (v: string): { w: number; h: number; shape: "ellipse" | "rect" } => {
    const r2 = model.r2.has(v) ? textWidth("R² = .00", S.r2Font) : 0;
    const tw = Math.max(textWidth(lab(v), S.nameFont, true), r2);
    if (model.indicators.has(v)) return { shape: "ellipse", w: 2 * Math.max(38, tw / 2 + 20), h: 2 * (model.r2.has(v) ? S.ryR2 : S.ry) };
    return { shape: "rect", w: Math.max(50, tw + 20), h: model.r2.has(v) ? 38 : 28 };
  };
  // Covariance arcs between latent variables of the first layer bulge left, between factor and indicators.
  const arcSpan = new Map<number, number>();
  for (const e of model.edges) {
    if (e.kind !== "covariance" || !layer.has(e.from) || !layer.has(e.to) || layer.get(e.from) !== layer.get(e.to)) continue;
    const k = layer.get(e.from)!, L = layers[k]!;
    arcSpan.set(k, Math.max(arcSpan.get(k) ?? 0, Math.abs(L.indexOf(e.from) - L.indexOf(e.to))));
  }
  const arcSpace = (k: number): number => (arcSpan.has(k) ? S.arcStep * (arcSpan.get(k)! + 1) : 0);
  // Arcs bulge left in the first and last layer (between factor and indicators, or before the right-hand
  // indicators), right in middle layers and in a one-column CFA.
  const arcSide = (k: number): "left" | "right" => (nLayers === 1 || (k > 0 && k < nLayers - 1) ? "right" : "left");
  const ext = new Map<string, Ext>();
  for (const v of structural) {
    const { w, h } = size(v), n = inds(v).length, sd = side(v), k = layer.get(v)!;
    const e: Ext = { l: w / 2, r: w / 2, u: h / 2, d: h / 2 };
    if (n > 0 && (sd === "left" || sd === "right")) {
      const colH = n * S.itemH + (n - 1) * S.itemGap;
      const reach = w / 2 + (sd === arcSide(k) ? arcSpace(k) : 0) + S.itemDistance + itemW;
      if (sd === "left") e.l = reach; else e.r = reach;
      if (sd !== arcSide(k)) { if (arcSide(k) === "left") e.l += arcSpace(k); else e.r += arcSpace(k); }
      e.u = e.d = Math.max(h / 2, colH / 2);
    } else if (n > 0) {
      // Rows sit above/below the arrows, so they may reach 40% into the gaps beside their column.
      const rowW = n * itemW + (n - 1) * S.rowGap;
      e.l = e.r = Math.max(w / 2, rowW / 2 - 0.4 * S.gapX);
      if (sd === "top") e.u = h / 2 + S.rowDistance + S.itemH; else e.d = h / 2 + S.rowDistance + S.itemH;
      if (arcSide(k) === "left") e.l = Math.max(e.l, w / 2 + arcSpace(k)); else e.r = Math.max(e.r, w / 2 + arcSpace(k));
    } else if (arcSide(k) === "left") e.l += arcSpace(k);
    else e.r += arcSpace(k);
    ext.set(v, e);
  }
  // Columns.
  const colX: number[] = [];
  for (let k = 0; k < nLayers; k++) {
    const L = layers[k]!;
    const left = Math.max(...L.map((v) => ext.get(v)!.l));
    colX.push(k === 0 ? left : colX[k - 1]! + Math.max(...layers[k - 1]!.map((v) => ext.get(v)!.r)) + S.gapX + left);
  }
  // Rows: first layer stacked; later layers at the barycentre of their predecessors, then de-overlapped.
  const y = new Map<string, number>();
  for (let k = 0; k < nLayers; k++) {
    const L = layers[k]!;
    const target = L.map((v, i) => {
      const p = preds.get(v)!.filter((u) => y.has(u));
      if (k > 0 && p.length) return p.reduce((s, u) => s + y.get(u)!, 0) / p.length;
      return i === 0 ? 0 : NaN;
    });
    const ys: number[] = [];
    L.forEach((v, i) => {
      const e = ext.get(v)!;
      const min = i === 0 ? -Infinity : ys[i - 1]! + ext.get(L[i - 1]!)!.d + (options.hideIndicators || allItems.length === 0 ? S.gapYBare : S.gapY) + e.u;
      const want = Number.isNaN(target[i]!) ? min : target[i]!;
      ys.push(Math.max(want, min));
    });
    if (k > 0) {
      const shifts = L.map((_, i) => ys[i]! - target[i]!).filter((s) => !Number.isNaN(s));
      const mean = shifts.length ? shifts.reduce((a, b) => a + b, 0) / shifts.length : 0;
      L.forEach((v, i) => y.set(v, ys[i]! - mean));
    } else L.forEach((v, i) => y.set(v, ys[i]!));
  }
  const nodes: LayoutNode[] = [];
  for (let k = 0; k < nLayers; k++) {
    layers[k]!.forEach((v, rank) => {
      const { w, h, shape } = size(v), sd = side(v), cx = colX[k]!, cy = y.get(v)!;
      nodes.push({ id: v, label: lab(v), role: model.indicators.has(v) ? "latent" : "observed", r2: model.r2.get(v) ?? null, layer: k, rank, side: sd, arcSide: arcSide(k), x: cx, y: cy, w, h, shape });
      const items = inds(v), n = items.length;
      items.forEach((item, j) => {
        let ix = cx, iy = cy;
        if (sd === "left" || sd === "right") {
          const off = w / 2 + (sd === arcSide(k) ? arcSpace(k) : 0) + S.itemDistance + itemW / 2;
          ix = sd === "left" ? cx - off : cx + off;
          iy = cy + (j - (n - 1) / 2) * (S.itemH + S.itemGap);
        } else {
          ix = cx + (j - (n - 1) / 2) * (itemW + S.rowGap);
          const off = h / 2 + S.rowDistance + S.itemH / 2;
          iy = sd === "top" ? cy - off : cy + off;
        }
        nodes.push({ id: item, label: lab(item), role: "indicator", r2: model.r2.get(item) ?? null, layer: k, rank: j, side: sd, arcSide: sd === "right" ? "right" : "left", x: ix, y: iy, w: itemW, h: S.itemH, shape: "rect" });
      });
    });
  }
  return { nodes, layers: nLayers };
}
