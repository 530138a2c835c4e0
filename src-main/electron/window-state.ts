/**
 * The window's size, position and maximized state, remembered in
 * `<data folder>/window-state.json`. A position on a display that is no longer there (a
 * projector unplugged since) is moved onto a visible display, and the log says so.
 */
import path from 'node:path';
import type { Logger } from '../logging/file-logger';
import { readJsonState, writeJsonStateSync } from './json-state-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** absent: let the system place the window */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_NAME = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
/** The least of a window that must lie on a display to be grabbed and moved back. */
const MIN_VISIBLE = 64;
const MIN_SIZE = { width: 640, height: 480 };

const isInt = (v: unknown): v is number => Number.isInteger(v);

function parseState(json: unknown): WindowState | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const s = json as Record<string, unknown>;
  if (!isInt(s.width) || !isInt(s.height) || typeof s.maximized !== 'boolean') return undefined;
  if (s.width <= 0 || s.height <= 0) return undefined;
  const placed = isInt(s.x) && isInt(s.y);
  if (!placed && (s.x !== undefined || s.y !== undefined)) return undefined;
  return {
    ...(placed ? { x: s.x as number, y: s.y as number } : {}),
    width: s.width,
    height: s.height,
    maximized: s.maximized,
  };
}

export function windowStateFile(dataDir: string): string {
  return path.join(dataDir, WINDOW_STATE_NAME);
}

/** The remembered state, or the default (first start, or a damaged file: logged). */
export function loadWindowState(dataDir: string, log: Pick<Logger, 'warn'>): WindowState {
  return readJsonState(windowStateFile(dataDir), parseState, DEFAULT_WINDOW_STATE, log);
}

/** Saved synchronously: it happens as the window closes, often as the app quits. */
export function saveWindowState(
  dataDir: string,
  state: WindowState,
  log: Pick<Logger, 'warn'>,
): boolean {
  return writeJsonStateSync(windowStateFile(dataDir), state, log);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The state made visible: size no larger than the display it lands on, and its top strip
 * (where the title bar is) at least MIN_VISIBLE pixels on some display's work area, else
 * centred on the primary display. Every correction is logged.
 * @param workAreas the displays' work areas (Electron's `screen.getAllDisplays()`)
 * @param primary the primary display's work area
 */
export function visibleWindowState(
  state: WindowState,
  workAreas: readonly Rect[],
  primary: Rect,
  log: Pick<Logger, 'info'>,
): WindowState {
  if (state.x === undefined || state.y === undefined) return fitSize(state, primary, log);
  const titleStrip = { x: state.x, y: state.y, width: state.width, height: MIN_VISIBLE };
  const home = workAreas.find((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= MIN_VISIBLE && o.height >= Math.min(MIN_VISIBLE, area.height);
  });
  if (home) return fitSize(state, home, log);
  const sized = fitSize(state, primary, log);
  const moved = {
    ...sized,
    x: primary.x + Math.round((primary.width - sized.width) / 2),
    y: primary.y + Math.round((primary.height - sized.height) / 2),
  };
  log.info(
    `window position ${state.x},${state.y} is on no display now; moved to ${moved.x},${moved.y} on the primary display`,
  );
  return moved;
}

function fitSize(state: WindowState, area: Rect, log: Pick<Logger, 'info'>): WindowState {
  const width = Math.max(Math.min(state.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(
    Math.min(state.height, area.height),
    Math.min(MIN_SIZE.height, area.height),
  );
  if (width === state.width && height === state.height) return state;
  log.info(
    `window size ${state.width}×${state.height} does not fit the display; now ${width}×${height}`,
  );
  return { ...state, width, height };
}
