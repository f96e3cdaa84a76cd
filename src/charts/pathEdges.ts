import type { PathEdge, PathModel } from "./pathModel.ts";
import type { LayoutNode } from "./pathLayout.ts";
import { PATH_SIZES } from "./pathLayout.ts";
import type { Box, Pt } from "./pathGeometry.ts";
import { boundaryPoint, cubicBezier, densify, inBox, overlapArea, pointAt, quadBezier } from "./pathGeometry.ts";
import { formatCoef, stars } from "./formatCoef.ts";
import { textWidth } from "./textWidth.ts";

/** A routed, labelled edge of the path diagram. */
export interface LayoutEdge {
  readonly id: string;
  readonly kind: PathEdge["kind"];
  readonly from: string;
  readonly to: string;
  /** Polyline of the shaft (px), trimmed where arrowheads sit. */
  readonly points: Pt[];
  /** Arrowheads: centre and angle (degrees, clockwise from +x). */
  readonly heads: { x: number; y: number; angle: number }[];
  readonly dashed: boolean;
  readonly label: string;
  /** Label box (centre and size), or null when unlabelled. */
  labelBox: Box | null;
}

export interface EdgeOptions {
  readonly standardized: boolean;
  readonly dashNonSignificant: boolean;
  readonly alpha: number;
  readonly showLoadings: boolean;
}

const HEAD = 9;

function withHeads(pts: Pt[], atStart: boolean, atEnd: boolean): { points: Pt[]; heads: LayoutEdge["heads"] } {
  const heads: LayoutEdge["heads"] = [];
  let out = pts.slice();
  const cut = (list: Pt[]): Pt[] => {
    const tip = list[list.length - 1]!;
    let i = list.length - 2;
    while (i > 0 && Math.hypot(list[i]![0] - tip[0], list[i]![1] - tip[1]) < HEAD * 1.5) i--;
    const from = list[i]!;
    const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
    const d: Pt = [(tip[0] - from[0]) / len, (tip[1] - from[1]) / len];
    heads.push({ x: tip[0] - d[0] * HEAD / 2, y: tip[1] - d[1] * HEAD / 2, angle: (Math.atan2(d[1], d[0]) * 180) / Math.PI });
    let j = list.length - 1;
    while (j > 0 && Math.hypot(list[j]![0] - tip[0], list[j]![1] - tip[1]) < HEAD * 0.7) j--;
    return [...list.slice(0, j + 1), [tip[0] - d[0] * HEAD * 0.7, tip[1] - d[1] * HEAD * 0.7]];
  };
  if (atEnd) out = cut(out);
  if (atStart) out = cut(out.reverse()).reverse();
  return { points: out, heads };
}

function hits(pts: readonly Pt[], nodes: readonly LayoutNode[], except: ReadonlySet<string>): number {
  let n = 0;
  for (const p of densify(pts, 4)) for (const nd of nodes) if (!except.has(nd.id) && inBox(p, nd, 5)) n++;
  return n;
}

/**
 * Route every visible edge (straight loadings and paths, curved when a straight path would cross a node; curved
 * double-headed covariances), add arrowheads, and place each coefficient label where it overlaps no node, no other
 * label and as few other edges as possible.
 * @param model the path model
 * @param nodes placed nodes from `pathLayout`
 * @param options standardized values, dashed non-significant paths, α, loading labels
 * @returns routed edges with label boxes
 * @example routeEdges(model, pathLayout(model, opts).nodes, { standardized: true, dashNonSignificant: true, alpha: 0.05, showLoadings: true })
 * Source: labels as standardized coefficients with significance stars (Kline, 2016, Principles and Practice of SEM, ch. 7).
 */
export function routeEdges(model: PathModel, nodes: readonly LayoutNode[], options: EdgeOptions): LayoutEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cx = nodes.reduce((s, n) => s + n.x, 0) / Math.max(1, nodes.length);
  const cy = nodes.reduce((s, n) => s + n.y, 0) / Math.max(1, nodes.length);
  const edges: LayoutEdge[] = [];
  model.edges.forEach((e, idx) => {
    const a = byId.get(e.from), b = byId.get(e.to);
    if (a === undefined || b === undefined) return;
    let pts: Pt[] = [];
    if (e.kind === "covariance") {
      let c: Pt;
      const vertical = Math.abs(a.x - b.x) < 1, horizontal = Math.abs(a.y - b.y) < 1;
      const span = Math.max(1, Math.abs(a.rank - b.rank));
      const bulge = a.role === "indicator" ? 14 + 10 * span : PATH_SIZES.arcStep * span;
      if (vertical) {
        // Nested arcs: wider spans bulge further and leave their ellipses nearer the side, so arcs do not cross.
        const dir = a.arcSide === "left" ? -1 : 1;
        const phi = ((a.role === "indicator" ? 30 : Math.max(8, 52 - 18 * (span - 1))) * Math.PI) / 180;
        const down = b.y > a.y ? 1 : -1;
        // Ellipses: a point at angle φ from the side; boxes: on the side edge, a quarter height off centre.
        const attach = (n: LayoutNode, sgn: number): Pt => n.shape === "rect"
          ? [n.x + dir * n.w / 2, n.y + sgn * n.h / 4]
          : [n.x + dir * (n.w / 2) * Math.cos(phi), n.y + sgn * (n.h / 2) * Math.sin(phi)];
        const pa = attach(a, down), pb = attach(b, -down);
        const apex = a.x + dir * (Math.max(a.w, b.w) / 2 + bulge);
        const k = (apex - (pa[0] + pb[0]) / 2) / 0.75;
        c = [0, 0];
        pts = cubicBezier(pa, [pa[0] + k, pa[1]], [pb[0] + k, pb[1]], pb, 40);
      } else if (horizontal) {
        const dir = a.side === "bottom" ? 1 : -1;
        c = [(a.x + b.x) / 2, a.y + dir * (Math.max(a.h, b.h) / 2 + 2 * bulge)];
      } else {
        const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy);
        let nx = -dy / d, ny = dx / d;
        if (nx * (mx - cx) + ny * (my - cy) < 0) { nx = -nx; ny = -ny; }
        c = [mx + nx * 0.25 * d, my + ny * 0.25 * d];
      }
      if (!vertical) pts = quadBezier(boundaryPoint(a, c), c, boundaryPoint(b, c), 32);
    } else {
      const straight: Pt[] = [boundaryPoint(a, [b.x, b.y]), boundaryPoint(b, [a.x, a.y])];
      pts = straight;
      const except = new Set([a.id, b.id]);
      if (e.kind === "regression" && hits(straight, nodes, except) > 0) {
        const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy);
        let best = { n: Infinity, pts: straight };
        for (const off of [40, -40, 80, -80, 120, -120, 170, -170]) {
          const c: Pt = [mx - (dy / d) * off, my + (dx / d) * off];
          const cand = quadBezier(boundaryPoint(a, c), c, boundaryPoint(b, c), 32);
          const n = hits(cand, nodes, except);
          if (n < best.n) best = { n, pts: cand };
          if (n === 0) break;
        }
        pts = best.pts;
      }
    }
    const value = options.standardized ? e.std ?? e.est : e.est;
    const fixed = e.pvalue === null;
    const label = e.kind === "loading" && !options.showLoadings ? "" : formatCoef(value, options.standardized) + (fixed ? "" : stars(e.pvalue));
    const dashed = options.dashNonSignificant && e.pvalue !== null && e.pvalue >= options.alpha;
    const routed = withHeads(pts, e.kind === "covariance", true);
    edges.push({ id: `e${idx}`, kind: e.kind, from: e.from, to: e.to, ...routed, dashed, label, labelBox: null });
  });
  placeLabels(edges, nodes);
  return edges;
}

const PREFERENCE: Record<PathEdge["kind"], number[]> = {
  regression: [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8],
  covariance: [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74],
  loading: [0.64, 0.54, 0.74, 0.44, 0.34, 0.82, 0.26],
};

function placeLabels(edges: LayoutEdge[], nodes: readonly LayoutNode[]): void {
  const occupied: Box[] = nodes.map((n) => ({ x: n.x, y: n.y, w: n.w + 4, h: n.h + 4 }));
  for (const e of edges) for (const h of e.heads) occupied.push({ x: h.x, y: h.y, w: 10, h: 10 });
  const samples = edges.map((e) => densify(e.points, 3));
  const order = [...edges].sort((p, q) => rankOf(p.kind) - rankOf(q.kind));
  for (const e of order) {
    if (e.label === "") continue;
    const w = textWidth(e.label, PATH_SIZES.labelFont) + 6, h = PATH_SIZES.labelFont + 4;
    let best: { score: number; box: Box } | null = null;
    PREFERENCE[e.kind].forEach((f, i) => {
      const p = pointAt(e.points, f);
      const box: Box = { x: p[0], y: p[1], w, h };
      let score = i * 0.5;
      for (const o of occupied) score += overlapArea(box, o) * 100;
      samples.forEach((s, k) => {
        if (edges[k] === e) return;
        for (const q of s) if (inBox(q, box)) score += 3;
      });
      if (best === null || score < best.score) best = { score, box };
    });
    e.labelBox = best!.box;
    occupied.push(best!.box);
  }
}

function rankOf(kind: PathEdge["kind"]): number {
  return kind === "regression" ? 0 : kind === "covariance" ? 1 : 2;
}
