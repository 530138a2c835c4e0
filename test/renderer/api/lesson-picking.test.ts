import { describe, expect, it, vi } from 'vitest';
import { lessonPicking, openLessonDialog } from '../../../src-renderer/api/lesson-picking';

describe('lessonPicking', () => {
  it('opens lessons through main’s dialog in the desktop app, the page’s file input elsewhere', () => {
    expect(lessonPicking({ transport: 'electron' })).toBe('dialog');
    expect(lessonPicking({ transport: 'socket' })).toBe('input');
  });
});

describe('openLessonDialog', () => {
  it('asks main for its dialog and says nothing when a lesson was opened or the dialog cancelled', async () => {
    for (const value of [{ opened: '/home/ana/week-4.nnlab' }, { cancelled: true }]) {
      const call = vi.fn(async () => ({ ok: true, value }));
      expect(await openLessonDialog({ call } as never)).toBeNull();
      expect(call).toHaveBeenCalledWith('lessons:openDialog');
    }
  });

  it('returns main’s error, its id and values with it, when it could not', async () => {
    const error = {
      code: 'invalid',
      message: "lesson 'week-4.nnlab' is not valid JSON",
      detail: { key: 'lesson.notJson', params: { file: 'week-4.nnlab' } },
    };
    const call = vi.fn(async () => ({ ok: false, error }));
    expect(await openLessonDialog({ call } as never)).toEqual(error);
  });
});
