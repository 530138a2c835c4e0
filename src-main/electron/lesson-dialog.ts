/**
 * The desktop app's answer to `lessons:openDialog`: the Labs view's "Choose a lesson file…"
 * opens the same native dialog as File ▸ Open Lesson…, so main knows the file's path and the
 * lesson joins File ▸ Open Recent (a page's <input type=file> never tells main a path). The
 * chosen lesson reaches the page as the `open-lesson` app command, as from the menu. The local
 * host keeps the plain handler, which refuses: a browser picks the file with its own input.
 */
import type { LabHandlers } from '../contract/handlers';
import { fail, ok } from '../contract/result';

/**
 * `handlers` with `lessons:openDialog` opening through `openLesson` (request already checked
 * by the contract's schema, sender by register-ipc).
 * @param openLesson shows the dialog and opens the file; resolves with its path, or undefined
 *   when the person cancelled
 */
export function withLessonDialog(
  handlers: LabHandlers,
  openLesson: () => Promise<string | undefined>,
): LabHandlers {
  return {
    ...handlers,
    'lessons:openDialog': async () => {
      try {
        const file = await openLesson();
        return ok(file === undefined ? { cancelled: true as const } : { opened: file });
      } catch (error) {
        return fail('unavailable', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
