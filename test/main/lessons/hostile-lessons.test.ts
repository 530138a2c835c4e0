// Lesson files that must not come in: each is refused with a message naming what is wrong
// and where, and the store is left exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFiles } from '../../../src-main/contract/types';
import { LessonError, MAX_LESSON_BYTES, readLesson } from '../../../src-main/lessons';
import { encodeArray } from '../../../src-main/lessons/array-codec';
import { datasetHash } from '../../../src-main/store';
import { xorDataset } from '../store/helpers';
import { shippedLab, snapshot, teacherFixture } from './lesson-fixture';

type Lesson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let valid: Lesson;

beforeAll(async () => {
  const teacher = teacherFixture();
  const lab = teacher.store.userLabs.create({ ...shippedLab(), id: 'mine' }, 'perceptron');
  const xor = teacher.store.datasets.add(xorDataset()).dataset;
  const net = teacher.store.designs.create('net', {
    inputs: 2,
    layers: [{ units: 1, activation: 'sigmoid' }],
  });
  const {
    files: [file],
  } = await teacher.value<ExportedFiles>('lessons:export', {
    title: 'valid',
    labIds: [lab.id],
    datasetIds: [xor.id],
    designIds: [net.id],
  });
  valid = JSON.parse(new TextDecoder().decode(file.bytes));
});

const encode = (lesson: unknown) => new TextEncoder().encode(JSON.stringify(lesson));

/** The valid lesson with one change made by `edit`. */
function changed(edit: (lesson: Lesson) => void): Uint8Array {
  const copy = structuredClone(valid);
  edit(copy);
  return encode(copy);
}

/** Imports through the contract (with 'replace', the most permissive choice) and returns the
 * error, checking that nothing was written. */
async function refused(bytes: Uint8Array, fileName = 'hostile.nnlab') {
  const student = teacherFixture();
  const before = snapshot(student.store);
  const result = await student.call('lessons:import', { fileName, bytes, onConflict: 'replace' });
  expect(snapshot(student.store)).toEqual(before);
  if (result.ok) throw new Error('the lesson was accepted');
  return result.error;
}

describe('a lesson whose lab has wrong check parameters', () => {
  it('is refused, naming the lab, the task and the parameter, and nothing is written', async () => {
    const error = await refused(
      changed((l) => {
        const check = l.labs[0].document.activities[0].task.check;
        check.count = 99;
        check.rule = 'hebb';
      }),
    );
    expect(error.message).toMatch(
      /labs\[0\]\.document\.activities\[0\]\.task\.check\.rule: parameter 'rule' of check 'update-predicted', task 'predict-update' in lab 'mine': must be one of perceptron, adaline/,
    );
    expect(error.message).toMatch(
      /check\.count: parameter 'count' of check 'update-predicted', task 'predict-update' in lab 'mine': must be a whole number from 1 to 16, got 99/,
    );
  });
});

describe('a lesson file that is not one', () => {
  it('is refused when it is not JSON, naming the file and the place (as an id with values)', async () => {
    expect(await refused(new TextEncoder().encode('{"format": "neuron-lab-lesson",'))).toEqual({
      code: 'not-a-lesson',
      message:
        "lesson 'hostile.nnlab' is not JSON: the text ends at line 1, column 32 before the JSON is complete (a bracket, brace or quote is not closed)",
      detail: {
        key: 'lesson.jsonEnds',
        params: { file: 'hostile.nnlab', line: 1, column: '32' },
      },
    });
    // a byte-order mark is not counted in the column
    expect(
      await refused(
        new TextEncoder().encode('\uFEFF{\n  "format": "neuron-lab-lesson",\n  labs: []\n}'),
      ),
    ).toEqual({
      code: 'not-a-lesson',
      message: "lesson 'hostile.nnlab' is not JSON: unexpected 'l' at line 3, column 3",
      detail: {
        key: 'lesson.jsonUnexpected',
        params: { file: 'hostile.nnlab', line: 3, column: '3', found: "'l'" },
      },
    });
    expect(await refused(Uint8Array.of(0xff, 0xfe, 0x7b))).toMatchObject({
      code: 'not-a-lesson',
      message: "lesson 'hostile.nnlab' is not UTF-8 text",
    });
    expect((await refused(encode({ format: 'zip', labs: [] }))).message).toBe(
      `lesson 'hostile.nnlab' is not a Neuron Lab lesson (it has no "format": "neuron-lab-lesson")`,
    );
    expect((await refused(encode([1, 2]))).code).toBe('not-a-lesson');
  });

  it('is refused when written by a newer version', async () => {
    expect(await refused(changed((l) => (l.version = 2)))).toEqual({
      code: 'unsupported-version',
      message:
        "lesson 'hostile.nnlab' has format version 2; this app reads version 1 — update Neuron Lab to open it",
      // the same for a reader in another language
      detail: {
        key: 'lesson.newerVersion',
        params: { file: 'hostile.nnlab', version: '2', reads: 1 },
      },
    });
    expect((await refused(changed((l) => (l.version = '1')))).message).toMatch(
      /has format version "1"; this app reads version 1$/,
    );
  });

  it('is refused when too big, saying how big and the limit', async () => {
    const big = new Uint8Array(MAX_LESSON_BYTES + 1);
    expect(await refused(big)).toMatchObject({
      code: 'invalid-request',
      message: 'lessons:import: bytes: expected a lesson file of at most 50 MiB',
    });
    // the same limit in the service itself (the command line does not go through the contract)
    expect(() => readLesson('big.nnlab', big)).toThrow(
      "lesson 'big.nnlab' is 52,428,801 bytes (50.0 MiB); a lesson file may be at most 52,428,800 bytes (50.0 MiB)",
    );
    try {
      readLesson('big.nnlab', big);
    } catch (error) {
      expect((error as LessonError).code).toBe('too-large');
    }
  });
});

describe('a lesson with a bad part', () => {
  it.each([
    [
      '../',
      '../../evil.json',
      /labs\[0\]\.file: '\.\.\/\.\.\/evil\.json' climbs out of the lab folder/,
    ],
    [
      'an absolute path',
      '/etc/passwd',
      /labs\[0\]\.file: '\/etc\/passwd' is a path, not a plain file name/,
    ],
    ['a Windows path', 'C:\\Windows\\x.json', /labs\[0\]\.file: .* is a path/],
    ['a drive', 'C:x.json', /labs\[0\]\.file: 'C:x\.json' is an absolute path/],
    ['NUL', 'a\0.json', /labs\[0\]\.file: .* contains a NUL character/],
    ['..', '..', /labs\[0\]\.file: '\.\.' is not a file name/],
    [
      'a direction mark (shown escaped)',
      '\u202enosj.exe',
      "labs[0].file: '\\u202enosj.exe' contains an invisible direction mark (U+202E) that makes the name read otherwise than it is",
    ],
    ['an invisible character', 'lab\u200b.json', /contains an invisible character \(U\+200B\)/],
    ['a Windows device name', 'CON', /'CON' is a name Windows keeps for a device/],
    ['a device name with an extension', 'nul.json', /'nul\.json' is a name Windows keeps/],
    ['com1 in another case', 'Com1.dataset', /is a name Windows keeps for a device/],
    ['a character Windows refuses', 'a?b.json', /contains a character Windows does not allow/],
    ['a trailing dot', 'lab.json.', /ends with a dot or a space/],
  ])('refuses a file name with %s', async (_what, file, message) => {
    const error = await refused(changed((l) => (l.labs[0].file = file)));
    expect(error.code).toBe('invalid-lesson');
    expect(error.message).toMatch(message);
  });

  it("refuses a dataset source that is a path, and a dataset's file that is", async () => {
    expect(
      (await refused(changed((l) => (l.datasets[0].source = '..\\..\\x.csv')))).message,
    ).toMatch(
      /datasets\[0\] \('xor 0'\)\.source: '\.\.\\\.\.\\x\.csv' climbs out of the lab folder/,
    );
    expect((await refused(changed((l) => (l.datasets[0].file = 'sub/x.dataset')))).message).toMatch(
      /datasets\[0\] \('xor 0'\)\.file: 'sub\/x\.dataset' is a path/,
    );
  });

  /** The lesson's dataset with other arrays (and a matching hash, so only the arrays are wrong). */
  const withArrays = (x: Float32Array, extra: Record<string, unknown> = {}) =>
    changed((l) => {
      const d = l.datasets[0];
      d.x = encodeArray(x);
      Object.assign(d, extra);
      d.hash = datasetHash({ ...xorDataset(), x });
    });

  it('refuses a dataset with NaN or Infinity, naming the value', async () => {
    const x = Float32Array.of(0, 0, 0, NaN, 1, 0, 1, 1);
    expect((await refused(withArrays(x))).message).toBe(
      "lesson 'hostile.nnlab': datasets[0] ('xor 0').x[3] is NaN (row 1, column 1); every value must be a finite number",
    );
    const inf = Float32Array.of(0, 0, 0, 1, Infinity, 0, 1, 1);
    expect((await refused(withArrays(inf))).message).toMatch(
      /x\[4\] is Infinity \(row 2, column 0\)/,
    );
  });

  it('refuses arrays of the wrong size, labels out of range and bad base64', async () => {
    expect((await refused(withArrays(Float32Array.of(0, 0, 0, 1, 1, 0, 1)))).message).toMatch(
      /datasets\[0\] \('xor 0'\)\.x: holds 7 values; rowCount 4 × inputs 2 = 8/,
    );
    expect((await refused(changed((l) => (l.datasets[0].inputs = 3)))).message).toMatch(
      /\.x: holds 8 values; rowCount 4 × inputs 3 = 12/,
    );
    expect(
      (
        await refused(
          changed((l) => (l.datasets[0].labels = encodeArray(Int32Array.of(0, 1, 7, 0)))),
        )
      ).message,
    ).toMatch(/\.labels\[2\] is 7; expected a class from 0 to 1/);
    expect((await refused(changed((l) => (l.datasets[0].y = 'not base64!')))).message).toMatch(
      /\.y: not base64 of 32-bit values/,
    );
  });

  it('refuses a dataset whose content does not match its hash', async () => {
    const x = Float32Array.of(0, 0, 0, 1, 1, 0, 1, 0.5);
    const bytes = changed((l) => (l.datasets[0].x = encodeArray(x)));
    expect((await refused(bytes)).message).toMatch(
      /datasets\[0\] \('xor 0'\): its content does not match its hash/,
    );
  });

  it('refuses a design the network schema refuses, naming the field', async () => {
    const softmaxInside = {
      inputs: 2,
      layers: [
        { units: 3, activation: 'softmax' },
        { units: 1, activation: 'sigmoid' },
      ],
    };
    expect((await refused(changed((l) => (l.designs[0].spec = softmaxInside)))).message).toMatch(
      /designs\[0\]\.spec: .*softmax belongs on the output layer/,
    );
    expect(
      (await refused(changed((l) => (l.designs[0].spec.layers[0].activation = 'swish')))).message,
    ).toMatch(/designs\[0\]\.spec\.layers\[0\]\.activation: expected one of/);
  });

  it('refuses a lab document that is not one, or nested too deep', async () => {
    expect((await refused(changed((l) => delete l.labs[0].document.title))).message).toMatch(
      /labs\[0\]\.document\.title: must be a non-empty text/,
    );
    const badFigure = changed((l) => (l.labs[0].document.activities[0].figure.kind = 'foo'));
    expect((await refused(badFigure)).message).toMatch(
      /labs\[0\]\.document\.activities\[0\]\.figure\.kind: unknown figure "foo"/,
    );
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect((await refused(changed((l) => (l.labs[0].document.extra = deep)))).message).toMatch(
      /labs\[0\]\.document\.extra(\[0\])+: nested deeper than 32 levels/,
    );
  });

  it('refuses unknown fields and parts used twice', async () => {
    expect((await refused(changed((l) => (l.script = 'alert(1)')))).message).toMatch(
      /unexpected field 'script'/,
    );
    const twice = changed((l) => l.labs.push({ ...l.labs[0], file: 'other.json' }));
    expect((await refused(twice)).message).toMatch(
      /labs\[1\]\.document\.id: lab id 'mine' is used twice in the lesson/,
    );
    const sameFile = changed((l) => (l.designs[0].file = l.labs[0].file.toUpperCase()));
    expect((await refused(sameFile)).message).toMatch(
      /designs\[0\]\.file: 'MINE\.JSON' is also the file of labs\[0\]/,
    );
  });

  it('imports the untouched lesson (the refusals above are about their one change)', async () => {
    const student = teacherFixture();
    const result = await student.call('lessons:import', {
      fileName: 'valid.nnlab',
      bytes: encode(valid),
      onConflict: 'ask',
    });
    expect(result).toMatchObject({ ok: true, value: { applied: true } });
  });
});

describe("a lesson refused for a lab's problem", () => {
  it('gives the first problem as its one part, and counts every other problem once', async () => {
    const bytes = changed((l) => {
      delete l.labs[0].document.title;
      l.labs[0].document.activities[0].figure.kind = 'foo';
      l.labs.push({ ...structuredClone(l.labs[0]), file: 'other.json' });
      l.labs[1].document.id = 'other';
      l.designs[0].spec.layers[0].activation = 'swish';
      l.designs[0].spec.layers[0].units = -1;
    });
    const error = await refused(bytes);
    // two problems in each lab and two in the design: the English lists them all
    expect(
      error.message.match(/document\.title: |figure\.kind: |units: |activation: /g),
    ).toHaveLength(6);
    expect(error.detail).toEqual({
      key: 'lesson.labProblem',
      params: { file: 'hostile.nnlab', more: 5 },
      parts: [
        {
          key: 'missing',
          params: { expected: 'text', at: 'labs[0].document.title' },
          message: 'must be a non-empty text',
        },
      ],
    });
  });

  it("keeps a check's parameter beside the problem's own values, in the part", async () => {
    const error = await refused(
      changed((l) => (l.labs[0].document.activities[0].task.check.rule = 'hebb')),
    );
    const [part] = error.detail!.parts!;
    expect(error.detail!.params).toEqual({ file: 'hostile.nnlab', more: 0 });
    expect(part.params).toMatchObject({
      at: 'labs[0].document.activities[0].task.check.rule',
      param: 'rule',
      kind: "'update-predicted'",
      task: "'predict-update'",
      lab: "'mine'",
      values: 'perceptron, adaline',
    });
  });
});
