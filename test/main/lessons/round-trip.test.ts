// A lesson exported from one data folder imports into another with identical labs, datasets
// (bit for bit) and designs; conflicts are asked about, kept both or replaced, never
// overwritten silently; a failed import leaves nothing behind.
import { describe, expect, it, vi } from 'vitest';
import type { ExportedFiles } from '../../../src-main/contract/types';
import {
  LESSON_FORMAT,
  type LessonImportResult,
  type LessonInspection,
} from '../../../src-main/lessons';
import type { DatasetInput, Store, UserLabRecord } from '../../../src-main/store';
import { configFor, xorDataset } from '../store/helpers';
import { NOW, shippedLab, snapshot, teacherFixture, type TeacherFixture } from './lesson-fixture';

/** Awkward floats: -0, subnormals, extremes and values decimal printing would round. */
function awkwardDataset(): DatasetInput {
  const x = new Float32Array(64);
  const bits = new Uint32Array(x.buffer);
  for (let i = 0; i < x.length; i++) bits[i] = (0x9e3779b9 * (i + 1)) >>> 0;
  x.set([-0, 1e-45, -3.4028234663852886e38, 0.1, 1 / 3], 0);
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) x[i] = i / 7; // no NaN/∞
  return {
    name: 'awkward',
    source: '/home/teacher/secret/awkward.csv',
    columns: [
      { name: 'a', type: 'numeric', role: 'input' },
      { name: 'b', type: 'numeric', role: 'input' },
      { name: 'y', type: 'numeric', role: 'target' },
    ],
    task: 'regression',
    rowCount: 32,
    split: { train: 0.7, validation: 0.15, test: 0.15, seed: 3 },
    x,
    y: Float32Array.from({ length: 32 }, (_, i) => Math.fround(Math.sin(i) * 1e-30)),
  };
}

const SPEC = {
  inputs: 2,
  layers: [
    { units: 4, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};

/** A teacher's folder with two labs, two datasets and two designs. */
async function teacherFolder(): Promise<{
  teacher: TeacherFixture;
  ids: Record<string, number[]>;
}> {
  const teacher = teacherFixture();
  const mine = await teacher.value<UserLabRecord>('labs:save', {
    basedOn: 'perceptron',
    document: { ...shippedLab(), id: 'my-perceptron', title: 'My perceptron' },
  });
  const xorLab = await teacher.value<UserLabRecord>('labs:save', {
    document: { ...shippedLab('05-xor.json'), id: 'xor-week-3' },
  });
  const xor = teacher.store.datasets.add(xorDataset()).dataset;
  const awkward = teacher.store.datasets.add(awkwardDataset()).dataset;
  const net = teacher.store.designs.create('XOR net', SPEC as never);
  const unit = teacher.store.designs.create(
    'One perceptron',
    { inputs: 2, layers: [{ units: 1, activation: 'step' }] } as never,
    { model: 'perceptron', learningRate: 0.1, coding: 'bipolar' },
  );
  return {
    teacher,
    ids: {
      labIds: [mine.id, xorLab.id],
      datasetIds: [xor.id, awkward.id],
      designIds: [net.id, unit.id],
    },
  };
}

/** The lesson file an export answers (one file). */
async function exportFrom(teacher: TeacherFixture, ids: Record<string, number[]>) {
  const exported = await teacher.value<ExportedFiles>('lessons:export', {
    title: 'Week 3: perceptrons',
    ...ids,
  });
  expect(exported.files).toHaveLength(1);
  return exported.files[0];
}

const bytesOf = (a: Float32Array | Int32Array | undefined) =>
  a && Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function expectSameContent(from: Store, to: Store): void {
  const labs = (s: Store) =>
    s.userLabs
      .list()
      .map(({ labId, basedOn, title, document }) => ({ labId, basedOn, title, document }));
  expect(labs(to)).toEqual(labs(from));
  const datasets = (s: Store) =>
    s.datasets
      .list()
      .map((d) => s.datasets.get(d.id)!)
      .sort((a, b) => a.name.localeCompare(b.name));
  const [a, b] = [datasets(from), datasets(to)];
  expect(b.length).toBe(a.length);
  a.forEach((d, i) => {
    const e = b[i];
    expect({ ...e, id: 0, createdAt: 0, source: '', x: 0, y: 0, labels: 0 }).toEqual({
      ...d,
      id: 0,
      createdAt: 0,
      source: '',
      x: 0,
      y: 0,
      labels: 0,
    });
    expect(bytesOf(e.x)!.equals(bytesOf(d.x)!)).toBe(true);
    expect(bytesOf(e.y)!.equals(bytesOf(d.y)!)).toBe(true);
    expect(bytesOf(e.labels)?.toString('hex')).toBe(bytesOf(d.labels)?.toString('hex'));
  });
  const designs = (s: Store) =>
    s.designs.list().map(({ name, spec, unit }) => ({ name, spec, unit }));
  expect(designs(to)).toEqual(designs(from));
}

describe('a lesson between two data folders', () => {
  it('exports one .nnlab file and imports it elsewhere with identical content', async () => {
    const { teacher, ids } = await teacherFolder();
    const file = await exportFrom(teacher, ids);
    expect(file.fileName).toBe('week-3-perceptrons.nnlab');
    const lesson = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(lesson).toMatchObject({
      format: LESSON_FORMAT,
      version: 1,
      title: 'Week 3: perceptrons',
      createdAt: new Date(NOW).toISOString(),
    });
    expect(lesson.labs.map((l: { file: string }) => l.file)).toEqual([
      'my-perceptron.json',
      'xor-week-3.json',
    ]);
    // the teacher's folders stay at home: only the file's own name travels
    expect(lesson.datasets[1].source).toBe('awkward.csv');

    const student = teacherFixture();
    const seen = await student.value<LessonInspection>('lessons:inspect', {
      fileName: file.fileName,
      bytes: file.bytes,
    });
    expect(seen.conflicts).toEqual([]);
    expect([...seen.labs, ...seen.datasets, ...seen.designs].map((p) => p.status)).toEqual(
      Array(6).fill('new'),
    );
    expect(seen.datasets[1]).toMatchObject({
      name: 'awkward',
      detail: '32 rows, 2 inputs, regression',
    });
    expect(snapshot(student.store)).toEqual(snapshot(teacherFixture().store)); // inspect wrote nothing

    const result = await student.value<LessonImportResult>('lessons:import', {
      fileName: file.fileName,
      bytes: file.bytes,
      onConflict: 'ask',
    });
    expect(result.applied).toBe(true);
    expect([...result.labs, ...result.datasets, ...result.designs].map((p) => p.action)).toEqual(
      Array(6).fill('created'),
    );
    expectSameContent(teacher.store, student.store);

    // the same lesson again: everything is already there, nothing is added twice
    const again = await student.value<LessonImportResult>('lessons:import', {
      fileName: file.fileName,
      bytes: file.bytes,
      onConflict: 'ask',
    });
    expect(again.conflicts).toEqual([]);
    expect([...again.labs, ...again.datasets, ...again.designs].map((p) => p.action)).toEqual(
      Array(6).fill('unchanged'),
    );
    expectSameContent(teacher.store, student.store);
  });

  it("with 'ask', lists what would be replaced and changes nothing; 'keep-both' renames", async () => {
    const { teacher, ids } = await teacherFolder();
    const file = await exportFrom(teacher, ids);
    const student = teacherFixture();
    await student.value('lessons:import', {
      fileName: 'a.nnlab',
      bytes: file.bytes,
      onConflict: 'ask',
    });
    // the student changes their copies: the lesson now conflicts with them
    const lab = student.store.userLabs.findByLabId('my-perceptron')!;
    await student.value('labs:save', {
      id: lab.id,
      document: { ...lab.document, title: 'Edited' },
    });
    const net = student.store.designs.list().find((d) => d.name === 'XOR net')!;
    student.store.designs.update(net.id, {
      ...SPEC,
      layers: [{ units: 1, activation: 'sigmoid' }],
    } as never);
    const xor = student.store.datasets.list().find((d) => d.name === 'xor 0')!;
    student.store.datasets.delete(xor.id);
    student.store.datasets.add({ ...xorDataset(5), name: 'xor 0' });
    const before = snapshot(student.store);

    const asked = await student.value<LessonImportResult>('lessons:import', {
      fileName: 'a.nnlab',
      bytes: file.bytes,
      onConflict: 'ask',
    });
    expect(asked.applied).toBe(false);
    expect(asked.conflicts.map((c) => [c.kind, c.key])).toEqual([
      ['lab', 'my-perceptron'],
      ['dataset', 'xor 0'],
      ['design', 'XOR net'],
    ]);
    expect(asked.conflicts[0].message).toMatch(/lab 'my-perceptron' already exists \('Edited'/);
    expect(asked.conflicts[1].message).toMatch(/dataset 'xor 0' already exists .* other data/);
    expect(snapshot(student.store)).toEqual(before);
    const inspected = await student.value<LessonInspection>('lessons:inspect', {
      fileName: 'a.nnlab',
      bytes: file.bytes,
    });
    expect(inspected.conflicts).toEqual(asked.conflicts);

    const both = await student.value<LessonImportResult>('lessons:import', {
      fileName: 'a.nnlab',
      bytes: file.bytes,
      onConflict: 'keep-both',
    });
    expect(both.applied).toBe(true);
    const kept = [...both.labs, ...both.datasets, ...both.designs].filter(
      (p) => p.action === 'kept-both',
    );
    expect(kept.map((p) => p.name)).toEqual(['my-perceptron-2', 'xor 0 (2)', 'XOR net (2)']);
    expect(student.store.userLabs.findByLabId('my-perceptron')!.title).toBe('Edited');
    expect(student.store.userLabs.findByLabId('my-perceptron-2')!.document.title).toBe(
      'My perceptron (2)',
    );
    const designs = student.store.designs.list();
    expect(designs.find((d) => d.name === 'XOR net')!.spec.layers).toHaveLength(1);
    expect(designs.find((d) => d.name === 'XOR net (2)')!.spec).toEqual(SPEC);
  });

  it("with 'replace', the lesson's parts take the place of the conflicting ones", async () => {
    const { teacher, ids } = await teacherFolder();
    const file = await exportFrom(teacher, ids);
    const student = teacherFixture();
    student.store.userLabs.create({ id: 'my-perceptron', title: 'Old', order: 1 }, null);
    const unused = student.store.datasets.add({ ...xorDataset(3), name: 'xor 0' }).dataset;
    const usedInput = { ...xorDataset(4), name: 'awkward' };
    const used = student.store.datasets.add(usedInput).dataset;
    student.store.experiments.create({
      name: 'run',
      datasetId: used.id,
      config: configFor(usedInput),
    });

    const result = await student.value<LessonImportResult>('lessons:import', {
      fileName: 'a.nnlab',
      bytes: file.bytes,
      onConflict: 'replace',
    });
    expect(result.labs[0].action).toBe('replaced');
    expect(result.datasets.map((d) => d.action)).toEqual(['replaced', 'replaced']);
    expect(student.store.userLabs.findByLabId('my-perceptron')!.title).toBe('My perceptron');
    // unused: gone; used by a run: kept (the run stays reproducible) under another name
    expect(student.store.datasets.get(unused.id)).toBeUndefined();
    expect(student.store.datasets.get(used.id)!.name).toBe('awkward (old)');
    const names = student.store.datasets
      .list()
      .map((d) => d.name)
      .sort();
    expect(names).toEqual(['awkward', 'awkward (old)', 'xor 0']);
  });

  it('leaves nothing behind when a write fails half way', async () => {
    const { teacher, ids } = await teacherFolder();
    const file = await exportFrom(teacher, ids);
    const student = teacherFixture();
    const before = snapshot(student.store);
    // the second design fails after the labs, the datasets and the first design are written
    const create = student.store.designs.create;
    let calls = 0;
    vi.spyOn(student.store.designs, 'create').mockImplementation((...args) => {
      if (++calls === 2) throw new Error('disk full');
      return create(...args);
    });
    const result = await student.call('lessons:import', {
      fileName: 'a.nnlab',
      bytes: file.bytes,
      onConflict: 'ask',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(calls).toBe(2);
    expect(snapshot(student.store)).toEqual(before);
  });

  it('refuses to export what does not exist, and an empty lesson', async () => {
    const teacher = teacherFixture();
    expect(
      await teacher.call('lessons:export', {
        title: 'x',
        labIds: [7],
        datasetIds: [],
        designIds: [],
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found', message: 'lab 7 does not exist' } });
    expect(
      await teacher.call('lessons:export', {
        title: 'x',
        labIds: [],
        datasetIds: [],
        designIds: [],
      }),
    ).toMatchObject({ ok: false, error: { message: /at least one lab, dataset or design/ } });
  });
});
