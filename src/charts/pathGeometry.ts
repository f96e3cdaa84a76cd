/** Small 2-D geometry kernels for the path-diagram layout (screen coordinates, y down). */

export type Pt = readonly [number, number];

/** An axis-aligned box by centre and full size. */
export interface Box { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

/** A node's outline: an ellipse (latent) or a rectangle (observed). */
export interface Shape extends Box { readonly shape: "ellipse" | "rect" }

/**
 * Point where the ray from a shape's centre towards `toward` leaves the outline.
 * @param s the shape
 * @param toward a point outside the shape
 * @returns the boundary point
 * @example boundaryPoint({ x: 0, y: 0, w: 80, h: 40, shape: "ellipse" }, [100, 0]) // [40, 0]
 * Source: ellipse ray intersection t = 1/√((dx/a)² + (dy/b)²); box clip by the larger axis ratio.
 */
export function boundaryPoint(s: Shape, toward: Pt): Pt {
  const dx = toward[0] - s.x, dy = toward[1] - s.y;
  if (dx === 0 && dy === 0) return [s.x, s.y];
  const a = s.w / 2, b = s.h / 2;
  const t = s.shape === "ellipse"
    ? 1 / Math.sqrt((dx / a) ** 2 + (dy / b) ** 2)
    : 1 / Math.max(Math.abs(dx) / a, Math.abs(dy) / b);
  return [s.x + dx * t, s.y + dy * t];
}

/** Points of the quadratic Bézier p0 → c → p1 at `n` + 1 equally spaced parameter values. */
export function quadBezier(p0: Pt, c: Pt, p1: Pt, n: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n, u = 1 - t;
    out.push([u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]]);
  }
  return out;
}

/** Cumulative arc length of a polyline (first entry 0). */
export function arcLengths(pts: readonly Pt[]): number[] {
  const len = [0];
  for (let i = 1; i < pts.length; i++) len.push(len[i - 1]! + Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]));
  return len;
}

/** Point at fraction `f` (0…1) of a polyline's length. */
export function pointAt(pts: readonly Pt[], f: number): Pt {
  const len = arcLengths(pts);
  const target = f * len[len.length - 1]!;
  for (let i = 1; i < pts.length; i++) {
    if (len[i]! >= target) {
      const seg = len[i]! - len[i - 1]!;
      const u = seg === 0 ? 0 : (target - len[i - 1]!) / seg;
      return [pts[i - 1]![0] + u * (pts[i]![0] - pts[i - 1]![0]), pts[i - 1]![1] + u * (pts[i]![1] - pts[i - 1]![1])];
    }
  }
  return pts[pts.length - 1]!;
}

/** Overlap area of two boxes (0 when disjoint). */
export function overlapArea(a: Box, b: Box): number {
  const ox = Math.min(a.x + a.w / 2, b.x + b.w / 2) - Math.max(a.x - a.w / 2, b.x - b.w / 2);
  const oy = Math.min(a.y + a.h / 2, b.y + b.h / 2) - Math.max(a.y - a.h / 2, b.y - b.h / 2);
  return ox > 0 && oy > 0 ? ox * oy : 0;
}

/** True when point p lies inside box b grown by `pad` on every side. */
export function inBox(p: Pt, b: Box, pad = 0): boolean {
  return Math.abs(p[0] - b.x) <= b.w / 2 + pad && Math.abs(p[1] - b.y) <= b.h / 2 + pad;
}

/** Densify a polyline so consecutive points are at most `step` apart (for hit tests). */
export function densify(pts: readonly Pt[], step: number): Pt[] {
  const out: Pt[] = [pts[0]!];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!, b = pts[i]!;
    const k = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
    for (let j = 1; j <= k; j++) out.push([a[0] + (b[0] - a[0]) * j / k, a[1] + (b[1] - a[1]) * j / k]);
  }
  return out;
}

/** Points of the cubic Bézier p0 → c1 → c2 → p1 at `n` + 1 equally spaced parameter values. */
export function cubicBezier(p0: Pt, c1: Pt, c2: Pt, p1: Pt, n: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n, u = 1 - t;
    const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    out.push([a * p0[0] + b * c1[0] + c * c2[0] + d * p1[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p1[1]]);
  }
  return out;
}
