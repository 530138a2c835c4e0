import { isRecord } from '../problems';
import { fail, pass, say, type CheckKind } from './check-result';

export interface TimelineMatchedParams {
  /** question id → the event ids that answer it */
  answers: Record<string, string[]>;
}

/** The answer of a 'history-timeline' figure: the event chosen for each question. */
export interface TimelineAnswer {
  choices: Record<string, string>;
}

/** Passes when every question is matched with an event that answered it. */
export const timelineMatched: CheckKind<TimelineMatchedParams> = {
  run(params, answer) {
    const choices = isRecord(answer) && isRecord(answer.choices) ? answer.choices : {};
    const ids = Object.keys(params.answers);
    const open = ids.filter((q) => typeof choices[q] !== 'string' || choices[q] === '');
    if (open.length === ids.length) return fail(say('timeline.chooseAll'));
    if (open.length > 0) return fail(say('timeline.open', { open: open.length, n: ids.length }));
    const wrong = ids.filter((q) => !params.answers[q].includes(choices[q] as string)).length;
    if (wrong > 0) return fail(say('timeline.wrong', { wrong, n: ids.length }));
    return pass(say('timeline.passed', { n: ids.length }));
  },
};
