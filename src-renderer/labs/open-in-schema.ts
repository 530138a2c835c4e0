/**
 * "Open the same setup in Design / Train": what a lab activity hands to the full views. Its
 * shape is part of the shared lab-document schema (src-main/contract/lab-document/open-in.ts).
 */
import type { LabOpenIn } from '../../src-main/contract/lab-document/open-in';

export {
  isOwnRows,
  type LabOpenIn,
  type OpenInRows,
  type OpenInSchedule,
  type OpenInSplit,
} from '../../src-main/contract/lab-document/open-in';

/** What a figure may change of its activity's setup as the student plays (the schedule lab's c1, c2). */
export type OpenInOverrides = Partial<
  Pick<LabOpenIn, 'schedule' | 'label' | 'unit' | 'dataset' | 'training'>
>;
