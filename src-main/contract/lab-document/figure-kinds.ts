/**
 * Every figure kind a lab may show, by name, and the schema of a figure: its kind, its setup
 * (checked by the kind's own schema) and which controls it locks or hides. The renderer looks
 * up the Vue component of each kind in components/labs/figure-components.ts.
 */
import { z } from 'zod';
import { BACKPROP_FIGURES } from './figures-backprop';
import { CHOICE_FIGURES } from './figures-choices';
import { CLASSIC_FIGURES } from './figures-classic';
import { DESCENT_FIGURES } from './figures-descent';
import { HISTORY_FIGURES } from './figures-history';
import { REGION_FIGURES } from './figures-regions';
import { TOPOLOGY_FIGURES } from './figures-topology';
import { TRAINING_FIGURES } from './figures-training';
import type { FigureKindInfo } from './figure-kind';
import { oneOf, record, reissue, shown, ON_OBJECTS, shaped } from './fields';

/** Every figure kind by name. */
export const FIGURE_KINDS = {
  ...CLASSIC_FIGURES,
  ...DESCENT_FIGURES,
  ...TRAINING_FIGURES,
  ...REGION_FIGURES,
  ...TOPOLOGY_FIGURES,
  ...CHOICE_FIGURES,
  ...HISTORY_FIGURES,
  ...BACKPROP_FIGURES,
} satisfies Record<string, FigureKindInfo>;

export type FigureKind = keyof typeof FIGURE_KINDS;
const KIND_NAMES = Object.keys(FIGURE_KINDS);

export const isFigureKind = (kind: unknown): kind is FigureKind =>
  typeof kind === 'string' && Object.hasOwn(FIGURE_KINDS, kind);

/** How a control of a figure appears: usable, visible but fixed, or not shown. */
export const CONTROL_STATES = ['shown', 'locked', 'hidden'] as const;
export type ControlState = (typeof CONTROL_STATES)[number];

/** The interactive figure of an activity. */
export const labFigure = record({
  kind: shaped<FigureKind>(isFigureKind, {
    error: (issue) => `unknown figure ${shown(issue.input)} (known: ${KIND_NAMES.join(', ')})`,
    params: { id: 'unknownFigure', known: KIND_NAMES.join(', ') },
  }),
  /** checked by the kind's own schema (below) */
  setup: shaped<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    { error: 'must be an object', params: { id: 'object' } },
  ),
  /** per control name (known to the figure kind); a control the file does not name is shown */
  controls: z.record(z.string(), oneOf(CONTROL_STATES), { error: 'must be an object' }).default({}),
}).superRefine((figure, ctx) => {
  if (!isFigureKind(figure.kind)) return;
  const kind: FigureKindInfo = FIGURE_KINDS[figure.kind];
  if (typeof figure.setup === 'object' && figure.setup !== null) {
    const result = kind.setup.safeParse(figure.setup);
    if (!result.success) for (const issue of result.error.issues) reissue(ctx, issue, ['setup']);
  }
  const controls: unknown = figure.controls;
  if (typeof controls !== 'object' || controls === null) return;
  for (const name of Object.keys(controls))
    if (!kind.controls.includes(name))
      ctx.addIssue({
        code: 'custom',
        path: ['controls', name],
        message: `unknown control (known: ${kind.controls.join(', ') || 'none'})`,
        params: { id: 'unknownControl', known: kind.controls.join(', ') },
      });
}, ON_OBJECTS);

export type LabFigure = z.infer<typeof labFigure>;
