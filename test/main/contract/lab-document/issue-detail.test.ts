// A lab document's problems carry an id and values beside main's English message: zod's issue
// codes and the schema's own building blocks map to the few ids the renderer translates
// (issue-detail.ts). Each case breaks a real shipped lab in one place and reads the problem
// found there.
import { describe, expect, it } from 'vitest';
import { checkLab, type LabIssue } from '../../../../src-main/contract/lab-document';
import { issueDetail } from '../../../../src-main/contract/lab-document/issue-detail';
import { labDocumentProblems } from '../../../../src-main/lessons/json-document';
import { shippedLab } from '../../lessons/lesson-fixture';

type Lab = Record<string, unknown> & {
  intro: unknown[];
  activities: {
    id: string;
    figure: { setup: Record<string, unknown>; controls: Record<string, unknown>; kind: string };
    task?: { id: string; check: Record<string, unknown> };
  }[];
};

/** The problems of the perceptron lab after `change`. */
function problems(change: (lab: Lab) => void): LabIssue[] {
  const lab = shippedLab() as unknown as Lab;
  change(lab);
  const checked = checkLab(lab);
  if (checked.ok) throw new Error('the changed lab passed');
  return checked.issues;
}

/** The one problem at `path` (as `activities[0].title`). */
function at(issues: LabIssue[], path: (string | number)[]): LabIssue {
  const found = issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(found, JSON.stringify(issues.map((i) => [i.path, i.message]))).toHaveLength(1);
  return found[0];
}

describe('a lab problem as an id and values', () => {
  it('a missing field names what it must be', () => {
    const issue = at(
      problems((l) => delete l.title),
      ['title'],
    );
    expect(issue.detail).toEqual({ key: 'missing', params: { expected: 'text' } });
    expect(issue.message).toBe('must be a non-empty text');
  });

  it('a value of the wrong type names what was expected and what was found', () => {
    const issue = at(
      problems((l) => (l.order = 'first')),
      ['order'],
    );
    expect(issue.detail).toEqual({ key: 'type', params: { expected: 'number', got: 'text' } });
  });

  it('a number out of range names the range and the value (whole numbers apart)', () => {
    expect(
      at(
        problems((l) => (l.order = 5000)),
        ['order'],
      ).detail,
    ).toEqual({
      key: 'wholeNumber',
      params: { min: 1, max: 999, received: '5000' },
    });
    // inside a figure's setup, checked by the kind's own schema and re-added with its id
    const rate = at(
      problems((l) => (l.activities[0].figure.setup.learningRate = -1)),
      ['activities', 0, 'figure', 'setup', 'learningRate'],
    );
    expect(rate.detail).toEqual({
      key: 'number',
      params: { min: 1e-6, max: 100, received: '-1' },
    });
  });

  it('empty text, an empty list, unknown fields and a value not in the list', () => {
    const issues = problems((l) => {
      l.summary = '   ';
      l.intro = [];
      l.colour = 'red';
      l.shade = 'dark';
      l.activities[0].figure.controls = { addPoints: 'gone' };
    });
    expect(at(issues, ['summary']).detail.key).toBe('text');
    expect(at(issues, ['intro']).detail).toEqual({ key: 'tooFew', params: { limit: 1 } });
    expect(at(issues, []).detail).toEqual({
      key: 'unknownKeys',
      params: { keys: "'colour', 'shade'", count: 2 },
    });
    expect(at(issues, ['activities', 0, 'figure', 'controls', 'addPoints']).detail).toEqual({
      key: 'oneOf',
      params: { values: 'shown, locked, hidden', received: '"gone"' },
    });
  });

  it('the schema names its own: ids, an unknown figure or control, an id used twice', () => {
    const issues = problems((l) => {
      l.id = 'Not An Id';
      l.activities[1].id = l.activities[0].id;
      l.activities[0].figure.kind = 'hologram';
      l.activities[1].figure.controls = { volume: 'shown' };
    });
    expect(at(issues, ['id']).detail).toEqual({
      key: 'id',
      params: { received: '"Not An Id"' },
    });
    expect(at(issues, ['activities', 1, 'id']).detail).toEqual({
      key: 'twice',
      params: { value: 'predict', received: '"predict"' },
    });
    const figure = at(issues, ['activities', 0, 'figure', 'kind']).detail;
    expect(figure.key).toBe('unknownFigure');
    expect(figure.params.received).toBe('"hologram"');
    expect(String(figure.params.known).split(', ')).toContain('perceptron-plane');
    expect(at(issues, ['activities', 1, 'figure', 'controls', 'volume']).detail).toEqual({
      key: 'unknownControl',
      params: { known: 'addPoints, learningRate', received: '"shown"' },
    });
  });

  it("a check's parameter says which check, task and lab it is about", () => {
    const issue = at(
      problems((l) => (l.activities[1].task!.check.minPerClass = 0)),
      ['activities', 1, 'task', 'check', 'minPerClass'],
    );
    expect(issue.detail).toEqual({
      key: 'wholeNumber',
      params: { min: 1, max: 50, received: '0' },
    });
    expect(issue.check).toEqual({
      param: 'minPerClass',
      kind: "'perceptron-separates'",
      task: "'separate'",
      lab: "'perceptron'",
    });
  });

  it("a check's number limits name their bound", () => {
    const issues = problems((l) => {
      l.activities[1].task!.check = { kind: 'descent-reaches', below: -1, maxSteps: 0.5 };
    });
    expect(at(issues, ['activities', 1, 'task', 'check', 'below']).detail).toEqual({
      key: 'tooSmall',
      params: { limit: 0, inclusive: 0, received: '-1' },
    });
    expect(at(issues, ['activities', 1, 'task', 'check', 'maxSteps']).detail).toEqual({
      key: 'wholeFrom',
      params: { min: 1, received: '0.5' },
    });
  });

  it("a McCulloch–Pitts wiring problem is the engine's: id 'engine', its code and values", () => {
    const mp = {
      inputs: ['a'],
      nodes: [
        {
          id: 'n',
          unit: { inputs: [{ kind: 'excitatory' }], threshold: 1, mode: 'weighted' },
          sources: ['b'],
        },
      ],
      outputs: ['n'],
    };
    const issue = at(
      problems((l) => (l.activities[0].figure = { kind: 'mp-builder', setup: mp, controls: {} })),
      ['activities', 0, 'figure', 'setup'],
    );
    expect(issue.detail).toMatchObject({
      key: 'engine',
      params: { code: 'mp.unknownSource', node: 'n', source: 'b' },
    });
    expect(issue.message).toMatch(/^McCulloch–Pitts network: node 'n' reads 'b'/);
  });

  it("a figure's own problem names its id and values (setup-issues.ts)", () => {
    const issue = at(
      problems((l) => (l.activities[0].figure.setup.weights = [1, 2])),
      ['activities', 0, 'figure', 'setup', 'weights'],
    );
    expect(issue.detail).toEqual({ key: 'weights3', params: { received: '[1,2]' } });
    expect(issue.message).toBe('must be [w0, w1, w2], finite numbers');
  });

  it('a document that is not plain JSON data names why, by id', () => {
    const nested = shippedLab() as unknown as Lab;
    let deep: Record<string, unknown> = {};
    nested.extra = deep;
    for (let i = 0; i < 40; i++) deep = deep.next = {};
    expect(labDocumentProblems(nested)[0].detail).toEqual({ key: 'tooDeep', params: { max: 32 } });
    expect(labDocumentProblems([1])[0].detail).toEqual({
      key: 'type',
      params: { expected: 'object', got: 'list' },
    });
  });

  it('maps each zod issue code it knows, and only those', () => {
    const path = ['a'];
    const data = { a: 'x' };
    expect(
      issueDetail(
        { code: 'too_big', origin: 'number', maximum: 5, inclusive: false, path, message: '' },
        data,
      ),
    ).toEqual({ key: 'tooBig', params: { limit: 5, inclusive: 0 } });
    expect(
      issueDetail({ code: 'too_big', origin: 'string', maximum: 9, path, message: '' }, data),
    ).toEqual({ key: 'tooLong', params: { max: 9 } });
    expect(
      issueDetail({ code: 'invalid_format', format: 'regex', path, message: '' }, data),
    ).toEqual({ key: 'custom', params: {} });
    // a custom issue naming an id this version does not know stays 'custom'
    expect(
      issueDetail({ code: 'custom', params: { id: 'no-such-id' }, path, message: '' }, data),
    ).toEqual({ key: 'custom', params: {} });
  });
});
