import type { Lab } from '../lab-schema';

/** A lab as the progress report lists it. */
export interface LabOutline {
  id: string;
  title: string;
  tasks: { id: string; prompt?: string }[];
}

/** The labs and their tasks for `progress:report`; prompts are cut to the 2,000 it accepts. */
export function labOutlines(labs: readonly Lab[]): LabOutline[] {
  return labs.map((lab) => ({
    id: lab.id,
    title: lab.title,
    tasks: lab.activities.flatMap((a) =>
      a.task ? [{ id: a.task.id, prompt: a.task.prompt.slice(0, 2000) }] : [],
    ),
  }));
}
