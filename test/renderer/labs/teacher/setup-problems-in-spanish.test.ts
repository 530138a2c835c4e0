// The problems a figure's setup, an "open in" setup or a check's parameters name in words of
// their own reach the renderer as an id with values: in English they read exactly as main's
// message (the command line's), in Spanish they are Spanish. Each case breaks a shipped lab in
// one place (setup-problem-cases.ts, check-problem-cases.ts); every id has a case.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLab, type LabIssue } from '../../../../src-main/contract/lab-document';
import { SETUP_ISSUE_IDS } from '../../../../src-main/contract/lab-document/setup-issues';
import { i18n } from '../../../../src-renderer/i18n';
import { problemText } from '../../../../src-renderer/labs/teacher/lab-problem-text';
import { languageSwitch } from '../../in-spanish';
import { CHECK_CASES } from './check-problem-cases';
import { SETUP_CASES as FIGURE_CASES, type Lab, type SetupCase } from './setup-problem-cases';

const SETUP_CASES = [...FIGURE_CASES, ...CHECK_CASES];

const LABS = join(__dirname, '../../../../resources/labs');

function shipped(number: string): Lab {
  const file = readdirSync(LABS).find((f) => f.startsWith(`${number}-`))!;
  return JSON.parse(readFileSync(join(LABS, file), 'utf8')) as Lab;
}

/** The problem a case's change makes at its path (its own, where one value has several). */
function problemOf({ lab, change, path, id }: SetupCase): LabIssue {
  const doc = shipped(lab);
  change(doc);
  const checked = checkLab(doc);
  if (checked.ok) throw new Error(`lab ${lab}: the change passed`);
  const found = checked.issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(found, JSON.stringify(checked.issues.map((i) => [i.path, i.message]))).not.toEqual([]);
  return found.find((i) => i.detail.key === id) ?? found[0];
}

/** English the interface writes with digit grouping ("1,000,000") where main does not. */
const ungrouped = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, '$1');

/** Words of the English messages that a Spanish one must not contain. */
const ENGLISH = /\b(must|got|unknown|at most|need|give|unless|used twice|with|numbers?|points)\b/;

describe('problems of a setup or a check, by id', () => {
  const use = languageSwitch();

  it.each(SETUP_CASES.map((c) => [`${c.id} (lab ${c.lab})`, c] as const))(
    '%s: the id and values main names, said in English as main says it and in Spanish',
    (_name, c) => {
      const issue = problemOf(c);
      expect(issue.detail.key).toBe(c.id);
      expect(issue.detail.params).toMatchObject(c.values ?? {});
      use('en');
      expect(ungrouped(problemText(issue))).toBe(issue.message);
      use('es');
      const spanish = problemText(issue);
      expect(spanish).not.toMatch(/\{\w+\}/);
      expect(spanish).not.toMatch(ENGLISH);
    },
  );

  it("every id but the engine's has a case (the engine says its own, tested below)", () => {
    const covered = new Set(SETUP_CASES.map((c) => c.id));
    expect(SETUP_ISSUE_IDS.filter((id) => id !== 'engine' && !covered.has(id))).toEqual([]);
  });

  it("a figure's network the engine refuses is said by the engine's own messages", () => {
    const issue = problemOf({
      lab: '11',
      change: (l) => (l.activities[0].figure.setup.network = { inputs: 1, layers: [] }),
      path: ['activities', 0, 'figure', 'setup', 'network'],
      id: 'engine',
    });
    expect(issue.detail.key).toBe('engine');
    expect(issue.detail.params.code).toMatch(/^spec\./);
    use('en');
    expect(problemText(issue)).toBe(issue.message);
    use('es');
    expect(problemText(issue)).not.toBe(issue.message);
    expect(problemText(issue)).not.toMatch(ENGLISH);
    expect(i18n.global.te(`engine.${issue.detail.params.code}`)).toBe(true);
  });
});
