/** Request schema of `lessons:openDialog`: the desktop app's native open dialog for a lesson
 * (it takes nothing; the person chooses the file in the dialog). */
import { empty } from './common';

export const lessonDialogCalls = {
  'lessons:openDialog': empty(),
};
