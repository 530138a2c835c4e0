/**
 * What importing a lesson would do to a store: each part is new, already there (the same
 * content: nothing to do), or in conflict with something of the same name or id that holds
 * something else. Computed without writing, for lessons:inspect and before any import.
 */
import type { DatasetSummary, DesignRecord, UserLabRecord } from '../store/records';
import type { Store } from '../store/store';
import type { ParsedLesson } from './read-lesson';
import { canonicalJson } from './canonical-json';
import type {
  LessonConflict,
  LessonPart,
  LessonPartKind,
  LessonPlan,
} from '../contract/lesson-types';
import { describeArchitecture } from '../../src-engine/network/describe-architecture';

export type { LessonConflict, LessonPart, LessonPartKind, LessonPlan };

/** How each part of `lesson` meets `store`. Reads only. */
export function planLesson(store: Store, lesson: ParsedLesson): LessonPlan {
  const storedDatasets = store.datasets.list();
  const storedDesigns = store.designs.list();
  const labs = lesson.labs.map((lab) => labPart(lab, store.userLabs.findByLabId(lab.document.id)));
  const datasets = lesson.datasets.map((dataset) => datasetPart(dataset, storedDatasets));
  const designs = lesson.designs.map((design) =>
    designPart(
      design,
      storedDesigns.find((d) => d.name === design.name),
    ),
  );
  const conflicts = [...labs, ...datasets, ...designs]
    .filter((part) => part.status === 'conflict')
    .map((part) => ({
      kind: part.kind,
      file: part.file,
      key: part.key,
      name: part.name,
      existingId: part.existingId!,
      message: conflictMessage(part, storedDatasets, storedDesigns, store),
    }));
  return { labs, datasets, designs, conflicts };
}

function labPart(
  lab: ParsedLesson['labs'][number],
  existing: UserLabRecord | undefined,
): LessonPart {
  const activities = Array.isArray(lab.document.activities) ? lab.document.activities.length : 0;
  const part = {
    kind: 'lab' as const,
    file: lab.file,
    name: lab.document.title,
    key: lab.document.id,
    detail:
      `${activities} activit${activities === 1 ? 'y' : 'ies'}` +
      (lab.basedOn ? `, based on '${lab.basedOn}'` : ''),
    about: lab.basedOn
      ? { key: 'labBasedOn' as const, params: { activities, basedOn: lab.basedOn } }
      : { key: 'lab' as const, params: { activities } },
  };
  if (!existing) return { ...part, status: 'new' };
  const same =
    existing.basedOn === lab.basedOn &&
    canonicalJson(existing.document) === canonicalJson(lab.document);
  return { ...part, status: same ? 'same' : 'conflict', existingId: existing.id };
}

function datasetPart(
  dataset: ParsedLesson['datasets'][number],
  stored: DatasetSummary[],
): LessonPart {
  const { input } = dataset;
  const inputs = input.rowCount ? input.x.length / input.rowCount : 0;
  const part = {
    kind: 'dataset' as const,
    file: dataset.file,
    name: input.name,
    key: input.name,
    detail: `${input.rowCount} rows, ${inputs} input${inputs === 1 ? '' : 's'}, ${input.task}`,
    about: {
      key: 'dataset' as const,
      params: { rows: input.rowCount, inputs, task: input.task },
    },
  };
  const sameContent = stored.find((d) => d.hash === dataset.hash);
  if (sameContent) return { ...part, status: 'same', existingId: sameContent.id };
  const sameName = stored.find((d) => d.name === input.name);
  if (sameName) return { ...part, status: 'conflict', existingId: sameName.id };
  return { ...part, status: 'new' };
}

function designPart(
  design: ParsedLesson['designs'][number],
  existing: DesignRecord | undefined,
): LessonPart {
  const part = {
    kind: 'design' as const,
    file: design.file,
    name: design.name,
    key: design.name,
    detail: design.unit
      ? `single unit: ${design.unit.model}`
      : `${describeArchitecture(design.spec)} network`,
    about: design.unit
      ? { key: 'unit' as const, params: { model: design.unit.model } }
      : { key: 'network' as const, params: { architecture: describeArchitecture(design.spec) } },
  };
  if (!existing) return { ...part, status: 'new' };
  const same =
    canonicalJson(existing.spec) === canonicalJson(design.spec) &&
    canonicalJson(existing.unit ?? null) === canonicalJson(design.unit ?? null);
  return { ...part, status: same ? 'same' : 'conflict', existingId: existing.id };
}

function conflictMessage(
  part: LessonPart,
  datasets: DatasetSummary[],
  designs: DesignRecord[],
  store: Store,
): string {
  switch (part.kind) {
    case 'lab': {
      const lab = store.userLabs.get(part.existingId!);
      return `lab '${part.key}' already exists ('${lab?.title}', saved ${isoDay(lab?.updatedAt)}) with other content`;
    }
    case 'dataset': {
      const dataset = datasets.find((d) => d.id === part.existingId);
      return `dataset '${part.key}' already exists (${dataset?.rowCount} rows) with other data`;
    }
    case 'design': {
      const design = designs.find((d) => d.id === part.existingId);
      return `design '${part.key}' already exists (saved ${isoDay(design?.updatedAt)}) with another network`;
    }
  }
}

function isoDay(time: number | undefined): string {
  return time === undefined ? 'earlier' : new Date(time).toISOString().slice(0, 10);
}
