/**
 * Puts a checked lesson into a store, in one transaction: a failure anywhere leaves the
 * store as it was. Nothing stored is overwritten unless the person chose 'replace'.
 */
import type { Store } from '../store/store';
import { MAX_LAB_ID } from '../store/user-labs-repo';
import type { ImportedPart, LessonImportResult } from '../contract/lesson-types';
import { planLesson, type LessonPart } from './lesson-plan';

export type { ImportedPart, LessonImportResult };
import { readLesson, type ParsedLesson } from './read-lesson';

/** What to do when a part's id or name is taken by something else:
 * ask: change nothing and list the conflicts; replace: the lesson's part takes its place;
 * keep-both: the lesson's part comes in under a new name ("… (2)"). */
export type OnConflict = 'ask' | 'replace' | 'keep-both';

/**
 * Reads, checks and imports a lesson file.
 * @throws LessonError when the file is refused (nothing is changed); StoreError when the
 *   store refuses a write (everything is rolled back)
 */
export function importLessonFile(
  store: Store,
  fileName: string,
  bytes: Uint8Array,
  onConflict: OnConflict,
): LessonImportResult {
  return importLesson(store, readLesson(fileName, bytes), onConflict);
}

/** Imports a lesson already read. See importLessonFile. */
export function importLesson(
  store: Store,
  lesson: ParsedLesson,
  onConflict: OnConflict,
): LessonImportResult {
  return store.transaction(() => {
    // Planned inside the transaction, so nothing can change between the plan and the writes.
    const plan = planLesson(store, lesson);
    const result: LessonImportResult = {
      title: lesson.title,
      applied: false,
      conflicts: plan.conflicts,
      labs: [],
      datasets: [],
      designs: [],
    };
    if (onConflict === 'ask' && plan.conflicts.length > 0) return result;
    const replace = onConflict === 'replace';
    lesson.labs.forEach((lab, i) => result.labs.push(importLab(store, lab, plan.labs[i], replace)));
    lesson.datasets.forEach((dataset, i) =>
      result.datasets.push(importDataset(store, dataset, plan.datasets[i], replace)),
    );
    lesson.designs.forEach((design, i) =>
      result.designs.push(importDesign(store, design, plan.designs[i], replace)),
    );
    return { ...result, applied: true };
  });
}

function importLab(
  store: Store,
  lab: ParsedLesson['labs'][number],
  part: LessonPart,
  replace: boolean,
): ImportedPart {
  const done = partReport('lab', lab.file, lab.document.title);
  if (part.status === 'same') return done(part.existingId!, part.key, 'unchanged');
  if (part.status === 'new') {
    return done(store.userLabs.create(lab.document, lab.basedOn).id, part.key, 'created');
  }
  if (replace) {
    store.userLabs.update(part.existingId!, lab.document, lab.basedOn);
    return done(part.existingId!, part.key, 'replaced');
  }
  let n = 2;
  while (store.userLabs.findByLabId(numberedId(part.key, n))) n++;
  const document = {
    ...lab.document,
    id: numberedId(part.key, n),
    title: `${lab.document.title} (${n})`,
  };
  return done(
    store.userLabs.create(document, lab.basedOn).id,
    document.id,
    'kept-both',
    document.title,
  );
}

function importDataset(
  store: Store,
  dataset: ParsedLesson['datasets'][number],
  part: LessonPart,
  replace: boolean,
): ImportedPart {
  const done = partReport('dataset', dataset.file);
  const { input } = dataset;
  if (part.status === 'same') {
    return done(part.existingId!, store.datasets.findByHash(dataset.hash)!.name, 'unchanged');
  }
  if (part.status === 'new') {
    const { dataset: stored, created } = store.datasets.add(input);
    return done(stored.id, stored.name, created ? 'created' : 'unchanged');
  }
  const names = new Set(store.datasets.list().map((d) => d.name));
  if (!replace) {
    const name = freeName(input.name, names, (n) => `(${n})`);
    const { dataset: stored } = store.datasets.add({ ...input, name });
    return done(stored.id, stored.name, 'kept-both');
  }
  // Runs trained on the old data must stay reproducible: a dataset in use is kept, renamed.
  for (const old of store.datasets.list().filter((d) => d.name === input.name)) {
    if (store.datasets.usedBy(old.id) > 0) {
      const name = freeName(input.name, names, (n) => (n === 1 ? '(old)' : `(old ${n})`), 1);
      store.datasets.rename(old.id, name);
      names.add(name);
    } else {
      store.datasets.delete(old.id);
    }
  }
  const { dataset: stored } = store.datasets.add(input);
  return done(stored.id, stored.name, 'replaced');
}

function importDesign(
  store: Store,
  design: ParsedLesson['designs'][number],
  part: LessonPart,
  replace: boolean,
): ImportedPart {
  const done = partReport('design', design.file);
  if (part.status === 'same') return done(part.existingId!, design.name, 'unchanged');
  if (part.status === 'new') {
    return done(
      store.designs.create(design.name, design.spec, design.unit).id,
      design.name,
      'created',
    );
  }
  if (replace) {
    store.designs.update(part.existingId!, design.spec, design.unit);
    return done(part.existingId!, design.name, 'replaced');
  }
  const names = new Set(store.designs.list().map((d) => d.name));
  const name = freeName(design.name, names, (n) => `(${n})`);
  return done(store.designs.create(name, design.spec, design.unit).id, name, 'kept-both');
}

/** `<id>-<n>`, cut to fit the longest lab id. */
function numberedId(id: string, n: number): string {
  const suffix = `-${n}`;
  return `${id.slice(0, MAX_LAB_ID - suffix.length)}${suffix}`;
}

/** The first "<name> <mark(n)>" not in `taken`, n counting from `first`. */
function freeName(
  name: string,
  taken: ReadonlySet<string>,
  mark: (n: number) => string,
  first = 2,
): string {
  for (let n = first; ; n++) {
    const candidate = `${name} ${mark(n)}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * What importing one part of a lesson did, as the result lists it: `title` is what people read
 * (a lab's document title unless a numbered one is given; a dataset's or design's name).
 */
function partReport(kind: ImportedPart['kind'], file: string, title?: string) {
  return (
    id: number,
    name: string,
    action: ImportedPart['action'],
    shown = title ?? name,
  ): ImportedPart => ({ kind, file, id, name, title: shown, action });
}
