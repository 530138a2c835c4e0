// The history timeline's labels: every event at its year, no two labels sharing space and no
// stem running through a label, for the lab's own events and for a crowded decade.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryTimelineSetup } from '../../../src-main/contract/lab-document/figures-history';
import {
  labelWidth,
  overlaps,
  placeTimeline,
  type TimelineItem,
} from '../../../src-renderer/labs/history/timeline-layout';

const W = 720;
const x = (year: number): number => 30 + ((year - 1940) / 80) * (W - 60);

describe('timeline layout', () => {
  it("places the lab's events in two lanes a side without a label meeting another", () => {
    const file = join(__dirname, '../../../resources/labs/01-neuron-history.json');
    const lab = JSON.parse(readFileSync(file, 'utf8')) as {
      activities: { figure: { kind: string; setup: HistoryTimelineSetup } }[];
    };
    const { events } = lab.activities.find((a) => a.figure.kind === 'history-timeline')!.figure
      .setup;
    const placed = placeTimeline(
      events.map((e) => ({ id: e.id, cx: x(e.year), lines: [e.when ?? String(e.year), e.who] })),
      W,
    );
    expect(overlaps(placed)).toEqual([]);
    expect(Math.max(...placed.map((p) => p.lane))).toBeLessThanOrEqual(1);
    for (const p of placed) {
      // the dot stays at the year; the label may reach sideways but keeps the stem under it
      const e = events.find((v) => v.id === p.id)!;
      expect(p.cx).toBe(x(e.year));
      expect(Math.abs(p.lx - p.cx)).toBeLessThanOrEqual(p.width / 2);
      expect(p.lx - p.width / 2).toBeGreaterThanOrEqual(0);
      expect(p.lx + p.width / 2).toBeLessThanOrEqual(W);
    }
  });

  it('separates four events within five years', () => {
    const items: TimelineItem[] = [1969, 1970, 1972, 1974].map((y, i) => ({
      id: `e${i}`,
      cx: x(y),
      lines: [String(y), `Someone ${i}`],
    }));
    const placed = placeTimeline(items, W);
    expect(overlaps(placed)).toEqual([]);
  });

  it('finds a stem through a label and two labels in one place', () => {
    const w = labelWidth(['1969', 'Minsky & Papert']);
    const a = { id: 'a', cx: 300, lines: [], up: true, lane: 0, width: w, lx: 300 };
    expect(overlaps([a, { ...a, id: 'b', lane: 1, cx: 310, lx: 310 }])).toEqual([
      "b's stem crosses a",
    ]);
    expect(overlaps([a, { ...a, id: 'b', cx: 320, lx: 320 }])).toEqual(['a meets b']);
  });
});
