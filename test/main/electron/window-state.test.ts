import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_NAME,
  loadWindowState,
  saveWindowState,
  visibleWindowState,
} from '../../../src-main/electron/window-state';

const fresh = () => mkdtempSync(join(tmpdir(), 'neuron-window-'));
const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1024 };
const log = () => ({ info: vi.fn(), warn: vi.fn() });

describe('window state file', () => {
  it('round-trips size, position and maximized, written as JSON', async () => {
    const dir = fresh();
    const state = { x: 100, y: 50, width: 1000, height: 700, maximized: true };
    expect(await saveWindowState(dir, state, log())).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_NAME), 'utf8'))).toEqual(state);
    expect(loadWindowState(dir, log())).toEqual(state);
  });

  it('says in the log when it cannot be saved, leaving no temporary file', () => {
    const dir = fresh();
    const l = log();
    const missing = join(dir, 'no-such-folder');
    expect(saveWindowState(missing, DEFAULT_WINDOW_STATE, l)).toBe(false);
    expect(l.warn).toHaveBeenCalledWith(expect.stringContaining('could not be saved'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is the default on a first start (quietly) and on a damaged file (logged)', () => {
    const dir = fresh();
    const quiet = log();
    expect(loadWindowState(dir, quiet)).toEqual(DEFAULT_WINDOW_STATE);
    expect(quiet.warn).not.toHaveBeenCalled();
    writeFileSync(join(dir, WINDOW_STATE_NAME), '{"width": -5, "height": 10, "maximized": false}');
    const warned = log();
    expect(loadWindowState(dir, warned)).toEqual(DEFAULT_WINDOW_STATE);
    expect(warned.warn).toHaveBeenCalledTimes(1);
  });
});

describe('visibleWindowState', () => {
  it('keeps a window that is on some display as it is', () => {
    const l = log();
    const onSecond = { x: 2000, y: 100, width: 1000, height: 800, maximized: false };
    expect(visibleWindowState(onSecond, [primary, right], primary, l)).toEqual(onSecond);
    expect(l.info).not.toHaveBeenCalled();
  });

  it('moves a window left on an unplugged display onto the primary one, and logs it', () => {
    const l = log();
    const lost = { x: 2000, y: 100, width: 1000, height: 800, maximized: true };
    const seen = visibleWindowState(lost, [primary], primary, l);
    expect(seen).toEqual({ x: 460, y: 120, width: 1000, height: 800, maximized: true });
    expect(l.info).toHaveBeenCalledWith(expect.stringContaining('moved to 460,120'));
  });

  it('moves a window whose title bar is above the screen, and shrinks one too big', () => {
    const l = log();
    const above = { x: 100, y: -500, width: 3000, height: 2000, maximized: false };
    const seen = visibleWindowState(above, [primary], primary, l);
    expect(seen).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
    expect(l.info).toHaveBeenCalledTimes(2);
  });

  it('leaves placement to the system when none was remembered', () => {
    expect(visibleWindowState(DEFAULT_WINDOW_STATE, [primary], primary, log())).toEqual(
      DEFAULT_WINDOW_STATE,
    );
  });
});
