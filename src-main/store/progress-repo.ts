import type Database from 'better-sqlite3';
import type { LabProgress } from './records';

interface ProgressRow {
  lab_id: string;
  task_id: string;
  done: 0 | 1;
  answer_json: string | null;
  updated_at: number;
}

/** A student's progress: per lab and task, done or not and the last answer (JSON text). */
export interface ProgressRepo {
  /** Progress per lab id (labs without any row are absent); only `labId` when given. */
  get(labId?: string): Record<string, LabProgress>;
  /** Marks a task done or not; `answer` (JSON text) replaces the stored one when given,
   * otherwise the stored answer is kept. @returns the lab's progress */
  set(labId: string, taskId: string, done: boolean, answer?: string): LabProgress;
  /** Forgets one lab's progress, or everyone's. @returns how many tasks were forgotten */
  reset(labId?: string): number;
}

/** The progress repository over an open database. */
export function createProgressRepo(db: Database.Database, now: () => number): ProgressRepo {
  const upsert = db.prepare<[string, string, number, string | null, number]>(`INSERT INTO
      progress (lab_id, task_id, done, answer_json, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (lab_id, task_id) DO UPDATE SET done = excluded.done,
      answer_json = coalesce(excluded.answer_json, answer_json), updated_at = excluded.updated_at`);
  const all = db.prepare<[], ProgressRow>('SELECT * FROM progress ORDER BY lab_id, task_id');
  const ofLab = db.prepare<[string], ProgressRow>(
    'SELECT * FROM progress WHERE lab_id = ? ORDER BY task_id',
  );
  const removeAll = db.prepare('DELETE FROM progress');
  const removeLab = db.prepare<[string]>('DELETE FROM progress WHERE lab_id = ?');

  const get = (labId?: string) => group(labId === undefined ? all.all() : ofLab.all(labId));

  return {
    get,
    set(labId, taskId, done, answer) {
      upsert.run(labId, taskId, done ? 1 : 0, answer ?? null, now());
      return get(labId)[labId];
    },
    reset: (labId) => (labId === undefined ? removeAll.run() : removeLab.run(labId)).changes,
  };
}

function group(rows: ProgressRow[]): Record<string, LabProgress> {
  // No prototype: lab and task ids are keys, whatever they are called.
  const labs: Record<string, LabProgress> = Object.create(null);
  for (const row of rows) {
    const lab = (labs[row.lab_id] ??= {
      done: [],
      answers: Object.create(null) as Record<string, string>,
      updatedAt: row.updated_at,
    });
    if (row.done === 1) lab.done.push(row.task_id);
    if (row.answer_json !== null) lab.answers[row.task_id] = row.answer_json;
    lab.updatedAt = Math.max(lab.updatedAt, row.updated_at);
  }
  return labs;
}
