/**
 * Where each event's label goes on the history timeline: above or below the axis, in the
 * nearest lane where its label meets no other label and its stem crosses no label. Pure, so
 * the rules can be tested.
 */

export interface TimelineItem {
  id: string;
  /** position of the event on the axis, in figure units */
  cx: number;
  /** the two lines of the label (year, who) */
  lines: string[];
}

export interface PlacedLabel extends TimelineItem {
  up: boolean;
  lane: number;
  /** label width, in figure units */
  width: number;
  /** centre of the label: the event's x, moved inwards where the label would leave the figure */
  lx: number;
}

/** Width a label of these lines takes at the timeline's 11–12px text. */
export function labelWidth(lines: string[]): number {
  return Math.max(...lines.map((l) => l.length)) * 6.8 + 8;
}

const GAP = 6;

function apart(a: number, aw: number, b: number, bw: number): boolean {
  return Math.abs(a - b) >= (aw + bw) / 2 + GAP;
}

/**
 * Places the labels using as few lanes as it can: each label above or below the axis, centred
 * on its stem or reaching right or left of it, tried in that order, the events taken along the
 * axis with backtracking. `width` is the figure's width.
 */
export function placeTimeline(items: TimelineItem[], width: number, maxLanes = 4): PlacedLabel[] {
  const sorted = [...items].sort((a, b) => a.cx - b.cx);
  const options = (item: TimelineItem, lanes: number): PlacedLabel[] => {
    const w = labelWidth(item.lines);
    const inside = (lx: number): number => Math.min(Math.max(lx, w / 2 + 2), width - w / 2 - 2);
    const anchors = [item.cx, item.cx - 6 + w / 2, item.cx + 6 - w / 2].map(inside);
    const out: PlacedLabel[] = [];
    for (let lane = 0; lane < lanes; lane++)
      for (const up of [true, false])
        for (const lx of anchors) out.push({ ...item, up, lane, width: w, lx });
    return out;
  };
  for (let lanes = 1; lanes <= maxLanes; lanes++) {
    let budget = 50_000;
    const placed: PlacedLabel[] = [];
    const search = (i: number): boolean => {
      if (i === sorted.length) return true;
      for (const c of options(sorted[i], lanes)) {
        if (--budget < 0) return false;
        if (!fits(placed, c)) continue;
        placed.push(c);
        if (search(i + 1)) return true;
        placed.pop();
      }
      return false;
    };
    if (search(0)) return placed;
  }
  // too crowded to separate: stack them in turn, which at least keeps every label readable
  return sorted.map((item, i) => {
    const w = labelWidth(item.lines);
    return { ...item, up: i % 2 === 0, lane: Math.floor(i / 2) % maxLanes, width: w, lx: item.cx };
  });
}

/** Whether a label can join the placed ones: apart from its lane's labels, no stem through it. */
function fits(placed: PlacedLabel[], c: PlacedLabel): boolean {
  return placed.every((p) => {
    if (p.up !== c.up) return true;
    if (p.lane === c.lane) return apart(p.lx, p.width, c.lx, c.width);
    // an inner label must not sit on the outer one's stem, whichever comes first
    if (p.lane < c.lane) return Math.abs(c.cx - p.lx) >= p.width / 2 + GAP / 2;
    return Math.abs(p.cx - c.lx) >= c.width / 2 + GAP / 2;
  });
}

/** What is wrong with a placement (empty when nothing): two labels sharing space, a stem through a label. */
export function overlaps(placed: PlacedLabel[]): string[] {
  const out: string[] = [];
  for (const a of placed)
    for (const b of placed) {
      if (a === b || a.up !== b.up) continue;
      if (a.lane === b.lane && a.id < b.id && !apart(a.lx, a.width, b.lx, b.width))
        out.push(`${a.id} meets ${b.id}`);
      if (b.lane > a.lane && Math.abs(b.cx - a.lx) < a.width / 2 + GAP / 2)
        out.push(`${b.id}'s stem crosses ${a.id}`);
    }
  return out;
}
