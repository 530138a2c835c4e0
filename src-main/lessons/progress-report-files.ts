/**
 * The progress report as the files a teacher receives: HTML to read and print, Markdown to
 * paste, named after the day and the student (lab-report-2026-12-03-ana-garcia.html). Named
 * here, in main, so that the desktop app saves them through its dialogs and a browser
 * downloads them under the same names.
 */
import type { ProgressReport } from '../contract/lesson-types';
import type { ProgressReportFiles } from '../contract/types';
import { slugOf } from './plain-name';

/** The report's two files and its totals. @param studentName as the student typed it */
export function progressReportFiles(
  report: ProgressReport,
  studentName?: string,
): ProgressReportFiles {
  const student = studentName?.trim() ? `-${slugOf(studentName, 'student')}` : '';
  const stem = `lab-report-${report.date}${student}`;
  const encode = (text: string) => new TextEncoder().encode(text);
  return {
    date: report.date,
    language: report.language,
    done: report.done,
    total: report.total,
    files: [
      { fileName: `${stem}.html`, mime: 'text/html', bytes: encode(report.html) },
      { fileName: `${stem}.md`, mime: 'text/markdown', bytes: encode(report.markdown) },
    ],
  };
}
