// Lesson files on disk (the command line's way in): the size limit is checked before reading,
// and an import's outcome reads as lines.
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeImport,
  importLessonFile,
  LessonError,
  MAX_LESSON_BYTES,
  readLesson,
  readLessonFromDisk,
  type LessonImportResult,
} from '../../../src-main/lessons';
import { exportLesson } from '../../../src-main/lessons/export-lesson';
import { tempDir, tempStore, xorDataset } from '../store/helpers';

describe('lesson files on disk', () => {
  it('refuses a file past the limit without reading it', () => {
    const file = path.join(tempDir(), 'huge.nnlab');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_LESSON_BYTES + 1); // sparse: nothing is really written
    closeSync(fd);
    expect(() => readLessonFromDisk(file)).toThrow(LessonError);
    expect(() => readLessonFromDisk(file)).toThrow(
      "lesson 'huge.nnlab' is 52,428,801 bytes (50.0 MiB); a lesson file may be at most 52,428,800 bytes (50.0 MiB)",
    );
  });

  it('says a file too large as readLesson says bytes too large: same words, same detail', () => {
    const file = path.join(tempDir(), 'big.nnlab');
    writeFileSync(file, new Uint8Array(11));
    const caught = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        const { code, message, detail } = error as LessonError;
        return { code, message, detail };
      }
      throw new Error('not refused');
    };
    const onDisk = caught(() => readLessonFromDisk(file, 10));
    expect(onDisk).toEqual(caught(() => readLesson('big.nnlab', new Uint8Array(11), 10)));
    expect(onDisk.detail).toEqual({
      key: 'lesson.tooLarge',
      params: { file: 'big.nnlab', size: 11, max: 10 },
    });
  });

  it('reads a lesson written by export and describes what the import did, or did not do', () => {
    const teacher = tempStore();
    const xor = teacher.datasets.add(xorDataset()).dataset;
    const exported = exportLesson(
      teacher,
      { title: 'XOR', labIds: [], datasetIds: [xor.id], designIds: [] },
      { appVersion: '0.1.0', now: () => 0 },
    );
    const file = path.join(tempDir(), exported.fileName);
    writeFileSync(file, exported.bytes);
    const { fileName, bytes } = readLessonFromDisk(file);
    expect(fileName).toBe('xor.nnlab');

    const student = tempStore();
    const first = importLessonFile(student, fileName, bytes, 'ask');
    expect(describeImport(first)).toEqual([
      "lesson 'XOR' imported:",
      `  dataset 'xor 0' (xor-0.dataset): created (id ${first.datasets[0].id})`,
    ]);
    student.datasets.delete(first.datasets[0].id);
    student.datasets.add({ ...xorDataset(2), name: 'xor 0' });
    const asked: LessonImportResult = importLessonFile(student, fileName, bytes, 'ask');
    expect(describeImport(asked)).toEqual([
      "lesson 'XOR' was not imported: 1 part(s) already exist with other content",
      "  dataset 'xor 0' already exists (4 rows) with other data",
      'nothing was changed; choose --replace or --keep-both',
    ]);
  });
});
