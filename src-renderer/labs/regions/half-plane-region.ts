/**
 * The decision-boundaries lab's composed regions: step units that each fire on a half-plane
 * w1·x1 + w2·x2 ≥ θ, and one output unit that combines them. The output unit is a
 * McCulloch–Pitts unit with weight 1 on every input: θ = n makes it AND (all half-planes),
 * θ = 1 makes it OR (any of them). 'or-of-and' adds a second hidden layer: each unit feeds one
 * AND unit of that layer (its `group`), and the output ORs the AND units.
 * Also the region as polygons of the square box −range … range, for the picture.
 */
import {
  MAX_GROUPS,
  type Combine,
  type StepUnit,
} from '../../../src-main/contract/lab-document/figures-regions';

export {
  COMBINES,
  MAX_GROUPS,
  MAX_REGION_UNITS,
  unitsProblem,
  type Combine,
  type StepUnit,
} from '../../../src-main/contract/lab-document/figures-regions';

/** The group of a unit (1 when not given). */
export const groupOf = (u: StepUnit): number => u.group ?? 1;

/** The units of each AND unit of the second layer, in group order, empty groups left out. */
export function unitGroups(units: readonly StepUnit[]): StepUnit[][] {
  const out: StepUnit[][] = [];
  for (let g = 1; g <= MAX_GROUPS; g++) {
    const members = units.filter((u) => groupOf(u) === g);
    if (members.length > 0) out.push(members);
  }
  return out;
}

/** 1 if the unit fires at (x1, x2), else 0. */
export function unitFires(u: StepUnit, x1: number, x2: number): 0 | 1 {
  return u.w1 * x1 + u.w2 * x2 >= u.theta ? 1 : 0;
}

/** The output unit's threshold over n inputs of weight 1: n for AND, 1 for OR (and OR of ANDs). */
export function combinerThreshold(combine: Combine, n: number): number {
  return combine === 'and' ? n : 1;
}

/** 1 if (x1, x2) is in the composed region: the output unit's sum reaches its threshold. */
export function regionContains(
  units: readonly StepUnit[],
  combine: Combine,
  x1: number,
  x2: number,
): 0 | 1 {
  if (units.length === 0) return 0;
  if (combine === 'or-of-and') {
    return unitGroups(units).some((g) => g.every((u) => unitFires(u, x1, x2) === 1)) ? 1 : 0;
  }
  let sum = 0;
  for (const u of units) sum += unitFires(u, x1, x2);
  return sum >= combinerThreshold(combine, units.length) ? 1 : 0;
}

export type Polygon = [number, number][];

/** The box [min, max]² as a polygon, counter-clockwise. */
export function boxPolygon(min: number, max: number): Polygon {
  return [
    [min, min],
    [max, min],
    [max, max],
    [min, max],
  ];
}

/**
 * The part of a convex polygon where the unit fires (Sutherland–Hodgman against one line).
 * @returns the clipped polygon; empty when nothing of it is on the firing side
 */
export function clipToHalfPlane(poly: Polygon, u: StepUnit): Polygon {
  const f = (p: [number, number]): number => u.w1 * p[0] + u.w2 * p[1] - u.theta;
  const out: Polygon = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    const fa = f(a);
    const fb = f(b);
    if (fa >= 0) out.push(a);
    // the edge crosses the line: keep the crossing point
    if (fa >= 0 !== fb >= 0) {
      const t = fa / (fa - fb);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  }
  return out.length >= 3 ? out : [];
}

/**
 * The region inside the box as polygons whose union it is: AND is one convex polygon (the box
 * cut by every half-plane), OR is one polygon per half-plane, an OR of ANDs one per group.
 */
export function regionPolygons(
  units: readonly StepUnit[],
  combine: Combine,
  min: number,
  max: number,
): Polygon[] {
  if (units.length === 0) return [];
  const intersection = (group: readonly StepUnit[]): Polygon => {
    let poly = boxPolygon(min, max);
    for (const u of group) poly = clipToHalfPlane(poly, u);
    return poly;
  };
  if (combine === 'and') {
    const poly = intersection(units);
    return poly.length > 0 ? [poly] : [];
  }
  if (combine === 'or-of-and') {
    return unitGroups(units)
      .map(intersection)
      .filter((p) => p.length > 0);
  }
  return units.map((u) => clipToHalfPlane(boxPolygon(min, max), u)).filter((p) => p.length > 0);
}

/** The area of a simple polygon (shoelace formula). */
export function polygonArea(poly: Polygon): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i];
    const [x2, y2] = poly[(i + 1) % poly.length];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}
