/**
 * A lesson file that is not JSON, named by the place of its first syntax error (line and
 * column, found by the repository's own scan, contract/json-error-place.ts) and what stands
 * there, so that the renderer says it in the reader's language instead of V8's English reason.
 */
import { jsonErrorPlace } from '../contract/json-error-place';
import { quote } from '../datasets/import-error';
import { LessonError } from './lesson-error';

/**
 * The error for lesson text JSON.parse refused.
 * @param file the file's name, for messages
 * @param text the text JSON.parse was given
 * @param error what JSON.parse threw (its words are used only where the scan finds no error)
 */
export function notJsonError(file: string, text: string, error: unknown): LessonError {
  const named = `lesson '${file}' is not JSON`;
  const place = jsonErrorPlace(text);
  if (!place) {
    // the scan and V8 disagree: V8's own words are all there is to say
    const reason = error instanceof Error ? error.message : String(error);
    return new LessonError('not-a-lesson', `${named}: ${reason}`, {
      key: 'lesson.notJson',
      params: { file, reason },
    });
  }
  // the column as text: a place, never grouped like a count (a one-line file is long)
  const at = { file, line: place.line, column: String(place.column) };
  if (place.found === undefined) {
    return new LessonError(
      'not-a-lesson',
      `${named}: the text ends at line ${at.line}, column ${at.column} before the JSON is complete (a bracket, brace or quote is not closed)`,
      { key: 'lesson.jsonEnds', params: at },
    );
  }
  const found = quote(place.found);
  return new LessonError(
    'not-a-lesson',
    `${named}: unexpected ${found} at line ${at.line}, column ${at.column}`,
    { key: 'lesson.jsonUnexpected', params: { ...at, found } },
  );
}
