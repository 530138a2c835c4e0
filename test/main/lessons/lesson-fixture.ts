import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { Result } from '../../../src-main/contract/result';
import { lessonHandlers } from '../../../src-main/services/handlers/lesson-handlers';
import type { LabDocument, Store } from '../../../src-main/store';
import { tempStore } from '../store/helpers';

/** A store in a fresh temporary folder reached through the contract, as a window calls it. */
export interface TeacherFixture {
  store: Store;
  call(name: string, payload?: unknown): Promise<Result<unknown>>;
  /** the call's value. @throws when it failed, with its code and message */
  value<T>(name: string, payload?: unknown): Promise<T>;
}

/** 2026-11-28 10:00 UTC */
export const NOW = Date.UTC(2026, 10, 28, 10, 0, 0);

export function teacherFixture(): TeacherFixture {
  const store = tempStore();
  const handlers = withNotImplemented(
    lessonHandlers({ store }, { appVersion: '0.1.0', now: () => NOW }),
  );
  const call = (name: string, payload?: unknown) =>
    dispatch(handlers, name, payload, { host: 'local' });
  return {
    store,
    call,
    async value<T>(name: string, payload?: unknown): Promise<T> {
      const result = await call(name, payload);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
  };
}

/** A shipped lab file, parsed (a real lab document as the renderer writes them). */
export function shippedLab(file = '03-perceptron.json'): LabDocument {
  const full = path.resolve(import.meta.dirname, '../../../resources/labs', file);
  return JSON.parse(readFileSync(full, 'utf8')) as LabDocument;
}

/** Every row that teacher mode and lessons may write, to compare before and after. */
export function snapshot(store: Store): unknown {
  const rows = (sql: string) => store.db.prepare(sql).all();
  return {
    labs: rows('SELECT * FROM user_labs ORDER BY id'),
    datasets: rows('SELECT id, name, content_hash, source FROM datasets ORDER BY id'),
    designs: rows('SELECT * FROM designs ORDER BY id'),
    progress: rows('SELECT * FROM progress ORDER BY lab_id, task_id'),
    experiments: rows('SELECT id, dataset_id FROM experiments ORDER BY id'),
  };
}
