// labs:* and progress:* through the contract, against a real store: what a window sends is
// validated, stored and answered back; bad documents and answers are refused by field.
import { describe, expect, it } from 'vitest';
import type {
  LabDocument,
  LabProgress,
  ProgressReportFiles,
  UserLabRecord,
} from '../../../src-main/contract/types';
import { shippedLab, teacherFixture } from './lesson-fixture';

/** The report's files by extension, as text. */
function reportTexts(report: ProgressReportFiles): Record<string, string> {
  return Object.fromEntries(
    report.files.map((f) => [f.fileName.split('.').pop()!, new TextDecoder().decode(f.bytes)]),
  );
}

/** The parts of a shipped lab these tests change. */
interface ShippedLab {
  activities: {
    figure: { kind: string; setup: Record<string, unknown> };
    task?: { check: { kind: string } };
  }[];
}

describe('labs:*', () => {
  it('saves a lab made from a built-in one, lists, replaces, duplicates and deletes it', async () => {
    const t = teacherFixture();
    const document = { ...shippedLab(), id: 'my-perceptron', title: 'My perceptron' };
    const saved = await t.value<UserLabRecord>('labs:save', { basedOn: 'perceptron', document });
    expect(saved).toMatchObject({
      labId: 'my-perceptron',
      basedOn: 'perceptron',
      title: 'My perceptron',
    });
    expect(saved.document).toEqual(document);
    expect(await t.value('labs:list')).toEqual([saved]);

    const edited = { ...document, title: 'Perceptron, week 2', order: 7 };
    const replaced = await t.value<UserLabRecord>('labs:save', { id: saved.id, document: edited });
    expect(replaced).toMatchObject({
      id: saved.id,
      title: 'Perceptron, week 2',
      basedOn: 'perceptron',
    });

    const copy = await t.value<UserLabRecord>('labs:duplicate', { id: saved.id });
    expect(copy).toMatchObject({ labId: 'my-perceptron-copy', title: 'Perceptron, week 2 (copy)' });
    expect(copy.document.activities).toEqual(shippedLab().activities);

    expect(await t.call('labs:save', { document: { ...document, title: 'twin' } })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: "a lab with id 'my-perceptron' already exists",
        detail: { key: 'store.labIdTaken', params: { id: 'my-perceptron' } },
      },
    });
    expect(await t.value('labs:delete', { id: copy.id })).toBeNull();
    expect(await t.call('labs:delete', { id: copy.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await t.value<UserLabRecord[]>('labs:list')).map((l) => l.labId)).toEqual([
      'my-perceptron',
    ]);
  });

  it('refuses documents that are not plain JSON lab documents, naming the field', async () => {
    const t = teacherFixture();
    const base = { ...shippedLab(), id: 'mine', title: 'Mine', order: 1 };
    const refused = async (document: unknown, message: RegExp) => {
      const result = await t.call('labs:save', { document });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!result.ok) expect(result.error.message).toMatch(message);
    };
    await refused(
      { ...base, id: 'Not An Id' },
      /^labs:save: document\.id: must be a lower-case id \(letters, digits, dashes\), got "Not An Id"/,
    );
    await refused({ ...base, title: '' }, /document\.title: must be a non-empty text/);
    await refused(
      { ...base, order: '1' },
      /document\.order: must be a whole number from 1 to 999, got "1"/,
    );
    await refused(
      { ...base, intro: [{ p: () => 1 }] },
      /document\.intro\[0\]\.p: expected JSON data, got a function/,
    );
    await refused({ ...base, when: new Date(0) }, /document\.when: expected a plain JSON object/);
    let deep: unknown = {};
    for (let i = 0; i < 33; i++) deep = { d: deep };
    await refused({ ...base, deep }, /document\.deep(\.d)+: nested deeper than 32 levels/);
    await refused(
      { ...base, text: 'x'.repeat(1024 * 1024) },
      /labs:save: document: the document is 1,0\d\d,\d\d\d bytes of JSON; at most 1,048,576/,
    );
    expect(await t.value('labs:list')).toEqual([]);
  });

  it('refuses what the renderer would refuse: the lab schema is checked field by field', async () => {
    const t = teacherFixture();
    const lab = () => structuredClone({ ...shippedLab(), id: 'mine' }) as LabDocument & ShippedLab;
    const refused = async (document: unknown, message: RegExp) => {
      const result = await t.call('labs:save', { document });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!result.ok) expect(result.error.message).toMatch(message);
    };
    const unknownFigure = lab();
    unknownFigure.activities[1].figure.kind = 'foo';
    await refused(
      unknownFigure,
      /^labs:save: document\.activities\[1\]\.figure\.kind: unknown figure "foo" \(known: mp-builder, /,
    );
    const badSetup = lab();
    badSetup.activities[0].figure.setup.learningRate = 1e9;
    badSetup.activities[0].figure.setup.script = '<img onerror=alert(1)>';
    await refused(
      badSetup,
      /document\.activities\[0\]\.figure\.setup\.learningRate: must be a number from 0\.000001 to 100, got 1000000000.*document\.activities\[0\]\.figure\.setup: unexpected field 'script'/,
    );
    const smuggled = lab();
    smuggled.activities[0].figure.setup = JSON.parse('{"__proto__": {"polluted": true}}');
    await refused(smuggled, /document\.activities\[0\]\.figure\.setup: a key named '__proto__'/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const check = lab();
    check.activities[0].task!.check.kind = 'eval';
    await refused(check, /document\.activities\[0\]\.task\.check\.kind: unknown check "eval"/);
    await refused({ ...lab(), language: 'English!' }, /document\.language: must be a language tag/);
    await refused([lab()], /^labs:save: document: expected a lab document \(a JSON object\)/);
    expect(await t.value('labs:list')).toEqual([]);
  });

  it('refuses a lab whose check parameters are wrong, naming the lab, the task and the parameter', async () => {
    const t = teacherFixture();
    const lab = () => structuredClone({ ...shippedLab(), id: 'mine' }) as LabDocument & ShippedLab;
    const refused = async (edit: (check: Record<string, unknown>) => void, message: RegExp) => {
      const document = lab();
      edit(document.activities[1].task!.check as Record<string, unknown>);
      const result = await t.call('labs:save', { document });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!result.ok) expect(result.error.message).toMatch(message);
    };
    const where = "check 'perceptron-separates', task 'separate' in lab 'mine'";
    await refused(
      (c) => (c.minPerClass = 1e9),
      new RegExp(
        `document\\.activities\\[1\\]\\.task\\.check\\.minPerClass: parameter 'minPerClass' of ${where}: must be a whole number from 1 to 50, got 1000000000`,
      ),
    );
    await refused((c) => (c.minPerClass = '4'), /parameter 'minPerClass' of .*got "4"/);
    await refused((c) => delete c.minPerClass, /parameter 'minPerClass' of .*got nothing/);
    await refused(
      (c) => (c.run = 'fetch("https://evil.example")'),
      /task\.check: unexpected parameter 'run' of check 'perceptron-separates'/,
    );
    await refused(
      (c) => Object.assign(c, JSON.parse('{"__proto__": {"polluted": true}}')),
      /task\.check/,
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(await t.value('labs:list')).toEqual([]);
  });

  it('keeps a lab as sent: its language, or none (the schema reads that as "en")', async () => {
    const t = teacherFixture();
    const spanish = { ...shippedLab(), id: 'mine', language: 'es' };
    expect((await t.value<UserLabRecord>('labs:save', { document: spanish })).document).toEqual(
      spanish,
    );
    const { language: _language, ...unstated } = { ...shippedLab(), id: 'other' } as {
      language?: string;
    };
    const saved = await t.value<UserLabRecord>('labs:save', { document: unstated });
    expect(saved.document).toEqual(unstated);
    expect('language' in saved.document).toBe(false);
  });
});

describe('progress:*', () => {
  it('keeps tasks done and answers, and resets them', async () => {
    const t = teacherFixture();
    await t.value('progress:set', {
      labId: 'perceptron',
      taskId: 'separate',
      done: true,
      answer: '{"w":[1,-2],"b":0.5}',
    });
    const p = await t.value<LabProgress>('progress:set', {
      labId: 'xor',
      taskId: 'fails',
      done: false,
      answer: '"it never settles"',
    });
    expect(p).toMatchObject({ done: [], answers: { fails: '"it never settles"' } });
    const all = await t.value<Record<string, LabProgress>>('progress:get');
    expect(Object.keys(all).sort()).toEqual(['perceptron', 'xor']);
    expect(all.perceptron).toMatchObject({
      done: ['separate'],
      answers: { separate: '{"w":[1,-2],"b":0.5}' },
    });
    expect(Object.keys(await t.value('progress:get', { labId: 'xor' }))).toEqual(['xor']);
    await t.value('progress:reset', { labId: 'xor' });
    expect(Object.keys(await t.value('progress:get'))).toEqual(['perceptron']);
    await t.value('progress:reset');
    expect(await t.value('progress:get')).toEqual({});
  });

  it('refuses answers that are not JSON or larger than 64 KiB', async () => {
    const t = teacherFixture();
    const set = (answer: string) =>
      t.call('progress:set', { labId: 'xor', taskId: 't', done: true, answer });
    expect(await set('{not json')).toMatchObject({
      ok: false,
      error: { message: 'progress:set: answer: expected JSON text (as JSON.stringify writes it)' },
    });
    const big = JSON.stringify('é'.repeat(40_000)); // 40,002 characters, 80,002 bytes
    expect(await set(big)).toMatchObject({
      ok: false,
      error: { message: /answer: expected at most 64 KiB/ },
    });
    expect((await set(JSON.stringify('x'.repeat(65_000)))).ok).toBe(true);
  });
});

describe('progress:report', () => {
  it('lists labs with tasks done of total and the answers, as Markdown and HTML', async () => {
    const t = teacherFixture();
    await t.value('labs:save', {
      document: { ...shippedLab(), id: 'my-perceptron', title: 'My <b>perceptron</b>' },
    });
    await t.value('progress:set', {
      labId: 'mcculloch-pitts',
      taskId: 'and',
      done: true,
      answer: '{"threshold":2}',
    });
    await t.value('progress:set', {
      labId: 'mcculloch-pitts',
      taskId: 'or',
      done: false,
      answer: '"`x`"',
    });
    await t.value('progress:set', { labId: 'my-perceptron', taskId: 'separate', done: true });
    await t.value('progress:set', { labId: 'gone-lab', taskId: 'x', done: true });
    const report = await t.value<ProgressReportFiles>('progress:report', {
      studentName: 'Ada <script>',
      labs: [
        {
          id: 'mcculloch-pitts',
          title: 'The McCulloch–Pitts neuron',
          tasks: [
            { id: 'and', prompt: 'Make AND' },
            { id: 'or', prompt: 'Make OR' },
            { id: 'not' },
          ],
        },
      ],
    });
    expect(report).toMatchObject({ date: '2026-11-28', done: 2, total: 5 });
    // named after the day and the student, so that a teacher can tell the files apart
    expect(report.files.map((f) => [f.fileName, f.mime])).toEqual([
      ['lab-report-2026-11-28-ada-script.html', 'text/html'],
      ['lab-report-2026-11-28-ada-script.md', 'text/markdown'],
    ]);
    const { md, html } = reportTexts(report);
    expect(md).toContain('# Neuron Lab progress report — Ada \\<script\\>');
    expect(md).toContain('Tasks done: 2 of 5');
    expect(md).toContain('| The McCulloch–Pitts neuron | 1 / 3 |');
    expect(md).toContain('| My \\<b\\>perceptron\\</b\\> | 1 / 2 |'); // the user lab, from its document (2 tasks)
    expect(md).toContain('| gone-lab | 1 (lab not found) |');
    expect(md).toContain('- [x] Make AND\n  - Answer: `{"threshold":2}`');
    expect(md).toContain('- [ ] Make OR\n  - Answer: `` `x` ``');

    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<b>|src=|href=/);
    expect(html).toContain('Ada &#60;script&#62;');
    expect(html).toContain('<th scope="row">The McCulloch–Pitts neuron</th><td>1 / 3</td>');
    expect(html).toContain('Answer: <code>{&#34;threshold&#34;:2}</code>');
  });

  it('says 0 of 0 when nothing is listed or done', async () => {
    const report = await teacherFixture().value<ProgressReportFiles>('progress:report');
    expect(report.files.map((f) => f.fileName)).toEqual([
      'lab-report-2026-11-28.html',
      'lab-report-2026-11-28.md',
    ]);
    const { md } = reportTexts(report);
    expect(md).toContain('Tasks done: 0 of 0');
    expect(md).not.toContain('Student:');
  });
});
