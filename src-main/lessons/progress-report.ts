/**
 * A short report of a student's progress for the teacher: which labs, how many tasks done of
 * how many, and the answers given; as Markdown and as one self-contained HTML page (inline
 * style, no script, nothing fetched), so it can be mailed or printed as it is.
 */
import type { ProgressReport } from '../contract/lesson-types';
import type { LabDocument, LabProgress } from '../store/records';
import type { Language } from '../contract/settings-types';
import { reportWords, type ReportWords } from './report-words';

export type { ProgressReport };

/** A lab as the report lists it: its tasks in order. */
export interface LabOutline {
  id: string;
  title: string;
  tasks: { id: string; prompt?: string }[];
}

/** The longest answer shown; longer ones end with "…" (the full answer stays stored). */
const MAX_SHOWN_ANSWER = 300;

/** The tasks of a lab document (`activities[].task`), read leniently: the renderer owns
 * the lab schema, and a report must not fail on a lab it half understands. */
export function outlineOf(document: LabDocument): LabOutline {
  const activities = Array.isArray(document.activities) ? document.activities : [];
  const tasks: LabOutline['tasks'] = [];
  for (const activity of activities as unknown[]) {
    const task = (activity as { task?: { id?: unknown; prompt?: unknown } } | null)?.task;
    if (task && typeof task.id === 'string') {
      tasks.push({
        id: task.id,
        ...(typeof task.prompt === 'string' ? { prompt: task.prompt } : {}),
      });
    }
  }
  return { id: document.id, title: document.title, tasks };
}

interface ReportLab {
  id: string;
  title: string;
  /** undefined when the lab is not known (progress of a lab no longer there) */
  tasks?: { id: string; prompt?: string; done: boolean; answer?: string }[];
  done: number;
}

/**
 * Builds the report.
 * @param labs every lab to list, in order; labs with progress but not listed are added at
 *   the end, their totals unknown
 * @param progress per lab id, from the store
 * @param when the time of the report (ms since 1970)
 * @param language the language of the report's own words, dates and numbers (the labs' titles
 *   and prompts stay as the labs have them)
 */
export function progressReport(
  labs: readonly LabOutline[],
  progress: Record<string, LabProgress>,
  when: number,
  studentName?: string,
  language: Language = 'en',
): ProgressReport {
  const listed = new Set(labs.map((l) => l.id));
  const rows: ReportLab[] = labs.map((lab) => {
    const p = progress[lab.id];
    const tasks = lab.tasks.map((t) => ({
      ...t,
      done: p?.done.includes(t.id) ?? false,
      answer: p?.answers[t.id],
    }));
    return { id: lab.id, title: lab.title, tasks, done: tasks.filter((t) => t.done).length };
  });
  for (const labId of Object.keys(progress).sort()) {
    if (!listed.has(labId))
      rows.push({ id: labId, title: labId, done: progress[labId].done.length });
  }
  const date = new Date(when).toISOString().slice(0, 10);
  const done = rows.reduce((sum, r) => sum + (r.tasks ? r.done : 0), 0);
  const total = rows.reduce((sum, r) => sum + (r.tasks?.length ?? 0), 0);
  const w = reportWords(language);
  const report = {
    day: w.day(when),
    done,
    total,
    rows,
    studentName: studentName?.trim() || undefined,
  };
  return { date, language, done, total, markdown: markdownOf(report, w), html: htmlOf(report, w) };
}

interface ReportData {
  /** the day as the language writes it */
  day: string;
  done: number;
  total: number;
  rows: ReportLab[];
  studentName?: string;
}

/** "2 of 5 (40%)", or "0 of 0" */
const doneOfTotal = (r: ReportData, w: ReportWords): string =>
  w.of(w.count(r.done), w.count(r.total)) + (r.total > 0 ? ` (${w.share(r.done / r.total)})` : '');

/** A lab's row: "1 / 3", or "1 (lab not found)" */
const labCell = (lab: ReportLab, w: ReportWords): string =>
  lab.tasks
    ? `${w.count(lab.done)} / ${w.count(lab.tasks.length)}`
    : `${w.count(lab.done)} (${w.labNotFound})`;

/** An answer as a person reads it: a JSON string as its text, anything else as JSON. */
export function shownAnswer(json: string): string {
  let text = json;
  try {
    const value: unknown = JSON.parse(json);
    text = typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    // stored answers are checked JSON; show anything else as it is
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_SHOWN_ANSWER ? `${text.slice(0, MAX_SHOWN_ANSWER - 1)}…` : text;
}

const heading = (r: ReportData, w: ReportWords) =>
  `${w.title}${r.studentName ? ` — ${r.studentName}` : ''}`;

function markdownOf(r: ReportData, w: ReportWords): string {
  const out = [`# ${md(heading(r, w))}`, ''];
  if (r.studentName) out.push(`${w.student}: ${md(r.studentName)}  `);
  out.push(`${w.date}: ${r.day}  `, `${w.tasksDone}: ${doneOfTotal(r, w)}`, '');
  out.push(`| ${w.lab} | ${w.tasksDone} |`, '|---|---|');
  for (const lab of r.rows) {
    out.push(`| ${md(lab.title).replace(/\|/g, '\\|')} | ${labCell(lab, w)} |`);
  }
  for (const lab of r.rows) {
    const answered = lab.tasks?.filter((t) => t.done || t.answer !== undefined) ?? [];
    if (answered.length === 0) continue;
    out.push('', `## ${md(lab.title)}`, '');
    for (const task of answered) {
      const mark = task.done ? '[x]' : '[ ]';
      out.push(`- ${mark} ${md(task.prompt ?? task.id)}`);
      if (task.answer !== undefined) out.push(`  - ${w.answer}: ${code(shownAnswer(task.answer))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function htmlOf(r: ReportData, w: ReportWords): string {
  const rows = r.rows
    .map((lab) => `<tr><th scope="row">${html(lab.title)}</th><td>${labCell(lab, w)}</td></tr>`)
    .join('\n');
  const details = r.rows
    .map((lab) => {
      const answered = lab.tasks?.filter((t) => t.done || t.answer !== undefined) ?? [];
      if (answered.length === 0) return '';
      const items = answered
        .map(
          (t) =>
            `<li><span class="mark">${t.done ? w.done : w.notDone}</span> ${html(t.prompt ?? t.id)}${
              t.answer !== undefined
                ? `<br><span class="answer">${w.answer}: <code>${html(shownAnswer(t.answer))}</code></span>`
                : ''
            }</li>`,
        )
        .join('\n');
      return `<h2>${html(lab.title)}</h2>\n<ul>\n${items}\n</ul>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${w.language}">
<head>
<meta charset="utf-8">
<title>${html(heading(r, w))}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 0.25rem 0.75rem; text-align: left; }
code { background: #f0f0f0; padding: 0 0.2rem; overflow-wrap: anywhere; }
.mark { font-weight: 600; }
</style>
</head>
<body>
<h1>${html(heading(r, w))}</h1>
<p>${r.studentName ? `${w.student}: ${html(r.studentName)}<br>` : ''}${w.date}: ${r.day}<br>${w.tasksDone}: ${doneOfTotal(r, w)}</p>
<table>
<thead><tr><th scope="col">${w.lab}</th><th scope="col">${w.tasksDone}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${details}
</body>
</html>
`;
}

/** Text safe in HTML content and attributes. */
function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text shown literally in Markdown (no accidental emphasis, links or HTML). */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** Inline code whose fence is longer than any run of backticks inside. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
