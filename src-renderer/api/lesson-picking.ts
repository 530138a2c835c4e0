/**
 * How the Labs view picks a lesson file on each host. The desktop app opens it through main's
 * native dialog (`lessons:openDialog`, the one File ▸ Open Lesson… uses), so main knows the
 * file's path and the lesson joins File ▸ Open Recent; the lesson then arrives as the
 * `open-lesson` app command. A browser (the local host) never tells a page a file's path, so
 * there the view keeps its own <input type=file> and reads the bytes itself.
 */
import type { LabError } from '../../src-main/contract/result';
import type { LabClient } from './lab-client';

/** 'dialog': main's native open dialog; 'input': the page's file input. */
export type LessonPicking = 'dialog' | 'input';

export function lessonPicking(lab: Pick<LabClient, 'transport'>): LessonPicking {
  return lab.transport === 'electron' ? 'dialog' : 'input';
}

/**
 * Asks main to show its open dialog and open the lesson chosen.
 * @returns null when a lesson was opened or the person cancelled; else main's error, for the
 * view to say in the reader's language
 */
export async function openLessonDialog(lab: Pick<LabClient, 'call'>): Promise<LabError | null> {
  const answer = await lab.call('lessons:openDialog');
  return answer.ok ? null : answer.error;
}
