// Labs 6–8's files validate with the framework's loader, and their checks pass on right
// answers and fail, saying what is wrong, on wrong ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProblems } from '../../../src-main/contract/lab-document';
import { runCheck } from '../../../src-renderer/labs/checks/registry';

const checkParamsProblems = (kind: string, params: object) => checkProblems({ ...params, kind });
import { loadLabs } from '../../../src-renderer/labs/lab-loader';
import { LabFileError, parseLab, type Lab } from '../../../src-renderer/labs/lab-schema';

const FILES = ['07-gradient-descent.json', '08-backpropagation.json', '09-minima-saddles.json'];
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '../../../resources/labs', file), 'utf8')) as Record<
    string,
    unknown
  >;

describe('lab files 6–8', () => {
  it('load in order without problems', () => {
    const { labs, problems } = loadLabs(Object.fromEntries(FILES.map((f) => [f, read(f)])));
    expect(problems).toEqual([]);
    expect(labs.map((l) => [l.order, l.id])).toEqual([
      [7, 'gradient-descent'],
      [8, 'backpropagation'],
      [9, 'minima-saddles'],
    ]);
  });

  it('a bad setup is refused naming the field', () => {
    const lab = read('08-backpropagation.json') as unknown as Lab;
    lab.activities[0].figure.setup.params = { w0: 0.5 };
    lab.activities[1].figure.setup.network = 'lstm';
    const error = (() => {
      try {
        parseLab(lab, '07.json');
      } catch (e) {
        return e as LabFileError;
      }
      throw new Error('parseLab accepted a bad file');
    })();
    expect(error.problems).toContain('activities[0].figure.setup.params.w1: must be a number');
    expect(error.problems.join()).toMatch(
      /activities\[1\]\.figure\.setup\.network: must be one of/,
    );
    const six = read('07-gradient-descent.json') as unknown as Lab;
    six.activities[0].figure.setup.view = { w0: [4, -2], w1: [0, 1] };
    expect(() => parseLab(six, '06.json')).toThrow(/setup\.view\.w0: must be \[low, high\]/);
  });

  it('check parameters are validated', () => {
    expect(checkParamsProblems('descent-reaches', { below: -1, maxSteps: 0.5 })).toHaveLength(2);
    expect(checkParamsProblems('gradient-equals', { node: '', tolerance: 0 })).toHaveLength(2);
    expect(checkParamsProblems('gradient-equals', { nodes: [], tolerance: 1 })).toHaveLength(1);
    expect(
      checkParamsProblems('descent-ends-near', { near: [0], tolerance: 1, minStartDistance: 0 }),
    ).toEqual([{ path: 'near', message: 'must be a point [x1, x2]' }]);
  });
});

const lab = (file: string): Lab => parseLab(read(file), file);
const setupOf = (file: string, i: number): Record<string, unknown> =>
  lab(file).activities[i].figure.setup;
const taskOf = (file: string, i: number) => lab(file).activities[i].task!.check;

describe('descent-reaches (lab 6)', () => {
  const s = setupOf('07-gradient-descent.json', 0);
  const answer = (learningRate: number) => ({ points: s.points, start: s.start, learningRate });
  const check = taskOf('07-gradient-descent.json', 0);

  it('passes α = 0.2 and fails the given α, a too-large one and a missing one', () => {
    expect(runCheck(check, answer(0.2))).toMatchObject({ passed: true });
    const slow = runCheck(check, answer(0.02));
    expect(slow.passed).toBe(false);
    expect(slow.message).toMatch(/still .* after 50 steps; it must fall below 0.02/);
    expect(runCheck(check, answer(0.35)).message).toMatch(/diverges/);
    expect(runCheck(check, answer(0)).message).toMatch(/greater than 0/);
    expect(runCheck(check, null).passed).toBe(false);
  });
});

describe('gradient-equals (lab 7): predicted before shown', () => {
  const s = setupOf('08-backpropagation.json', 0);
  const check = taskOf('08-backpropagation.json', 0);
  // x = 2, y = 4, w0 = 0.5, w1 = 1: z = −1.5; by hand, each gradient the one before times a local derivative
  const exact: Record<string, number> = { L: 1, z: -3, ŷ: -3, y: 3, u: -3, w0: -3, w1: -6, x: -3 };
  const answer = (predicted: Record<string, number>, unpredicted: string[] = []) => ({
    network: s.network,
    inputs: s.inputs,
    params: s.params,
    attempt: 0,
    predictions: { predicted, unpredicted },
  });

  it('passes when every gradient was predicted right before it was shown', () => {
    expect(s.ask).toEqual(Object.keys(exact));
    expect(runCheck(check, answer(exact))).toMatchObject({ passed: true });
  });

  it('fails a wrong sign, a copied forward value, a reveal without prediction, and nothing', () => {
    expect(runCheck(check, answer({ ...exact, w1: 6 })).message).toMatch(
      /You predicted ∂L\/∂w1 = 6; it is -6\.000\. The size was right, the sign not\./,
    );
    // z's forward value (−1.5) is on screen when ∂L/∂z is asked: copying it fails
    expect(runCheck(check, answer({ ...exact, z: -1.5 })).message).toMatch(
      /∂L\/∂z = -1\.5; it is -3/,
    );
    const { w0: _, ...rest } = exact;
    expect(runCheck(check, answer(rest, ['w0'])).message).toMatch(
      /∂L\/∂w0 was shown before you predicted it\. Press “New sample”/,
    );
    // "Whole backward pass" at once: every gradient shown, none predicted
    expect(runCheck(check, answer({}, Object.keys(exact))).passed).toBe(false);
    expect(runCheck(check, answer({})).message).toMatch(/^Step the backward pass to ∂L\/∂L /);
    expect(runCheck(check, null).passed).toBe(false);
  });

  it('a new sample is judged on its own numbers', () => {
    const fresh = { ...answer({}), inputs: { x: -1, y: 3 }, params: { w0: 1, w1: 2 }, attempt: 1 };
    const z = 1 + 2 * -1 - 3; // −4
    const right = {
      L: 1,
      z: 2 * z,
      ŷ: 2 * z,
      y: -2 * z,
      u: 2 * z,
      w0: 2 * z,
      w1: 2 * z * -1,
      x: 2 * z * 2,
    };
    expect(
      runCheck(check, { ...fresh, predictions: { predicted: right, unpredicted: [] } }).passed,
    ).toBe(true);
    expect(
      runCheck(check, { ...fresh, predictions: { predicted: exact, unpredicted: [] } }).passed,
    ).toBe(false);
  });

  it('the network task wants ∂L/∂w11 to 1e-5, predicted before shown', () => {
    const n = setupOf('08-backpropagation.json', 1);
    const c = taskOf('08-backpropagation.json', 1);
    const sigma = (v: number): number => 1 / (1 + Math.exp(-v));
    const p = { ...(n.params as Record<string, number>), ...(n.inputs as Record<string, number>) };
    const loss = (w11: number): number => {
      const h1 = sigma(w11 * p.x1 + p.w21 * p.x2 + p.b1);
      const h2 = sigma(p.w12 * p.x1 + p.w22 * p.x2 + p.b2);
      return (sigma(p.v1 * h1 + p.v2 * h2 + p.c) - p.y) ** 2;
    };
    const fd = (loss(p.w11 + 1e-6) - loss(p.w11 - 1e-6)) / 2e-6;
    const a = (predicted: Record<string, number>, unpredicted: string[] = []) => ({
      network: n.network,
      inputs: n.inputs,
      params: n.params,
      attempt: 0,
      predictions: { predicted, unpredicted },
    });
    expect(runCheck(c, a({ w11: fd })).passed).toBe(true);
    expect(runCheck(c, a({ w11: fd + 1e-4 })).passed).toBe(false);
    // ∂L/∂q11, shown on q11 before w11 is asked, is ∂L/∂w11 / x1: copying it fails
    expect(runCheck(c, a({ w11: fd / p.x1 })).passed).toBe(false);
    expect(runCheck(c, a({}, ['w11'])).passed).toBe(false);
  });
});

describe('descent-ends-near (lab 8)', () => {
  const answer = (file: number, start: [number, number] | null) => {
    const s = setupOf('09-minima-saddles.json', file);
    return {
      surface: s.surface,
      start,
      learningRate: s.learningRate,
      maxSteps: s.maxSteps,
      bound: s.range,
    };
  };

  it('the saddle: passes a start on x2 = 0, fails one just off it, one too close, and none', () => {
    const check = taskOf('09-minima-saddles.json', 0);
    expect(runCheck(check, answer(0, [1.5, 0]))).toMatchObject({ passed: true });
    expect(runCheck(check, answer(0, [1.5, 0.01])).message).toMatch(/leaves the plot/);
    expect(runCheck(check, answer(0, [0.1, 0])).message).toMatch(/Start farther away/);
    expect(runCheck(check, answer(0, null)).message).toMatch(/Start a descent first/);
  });

  it('two minima: the saddle between the valleys, found to 0.01; minima, 0 and the start fail', () => {
    const check = taskOf('09-minima-saddles.json', 1);
    // by hand: on x2 = 0, ∂f/∂x1 = 4x(x² − 1) + 0.3 = 0 between the wells, by bisection here
    let [lo, hi] = [-0.5, 0.5];
    const g = (x: number): number => 4 * x * (x * x - 1) + 0.3;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (Math.sign(g(mid)) === Math.sign(g(lo))) lo = mid;
      else hi = mid;
    }
    const saddle = (lo + hi) / 2;
    expect(saddle).toBeCloseTo(0.0754, 4);
    const a = (saddleX1: number | undefined) => ({ ...answer(1, null), saddleX1 });
    expect(runCheck(check, a(0.08))).toMatchObject({ passed: true });
    expect(runCheck(check, a(saddle))).toMatchObject({ passed: true });
    // the middle of the plot (0), the start filled in (1) and a valley's bottom copied (−1.036)
    expect(runCheck(check, a(0)).passed).toBe(false);
    expect(runCheck(check, a(1)).passed).toBe(false);
    expect(runCheck(check, a(-1.036)).message).toMatch(/is a minimum/);
    expect(runCheck(check, a(undefined)).message).toMatch(/Enter the x₁/);
    // the descents agree: starts on x2 = 0 just either side go to different valleys
    const ends = (x: number): number => {
      let p = x;
      for (let k = 0; k < 2000; k++) p -= 0.05 * g(p);
      return p;
    };
    expect(ends(saddle - 0.005)).toBeLessThan(-1);
    expect(ends(saddle + 0.005)).toBeGreaterThan(0.9);
  });
});
