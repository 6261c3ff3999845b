import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The main window's remembered size and position, stored as `window-state.json` in the data
 * directory. Loading never fails: a missing or corrupt file, or bounds on a display that is no
 * longer attached, fall back to a sensible window on the primary display.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of the window (title-bar strip) must lie on a display for the position to be kept. */
const MIN_VISIBLE = { width: 120, height: 20 } as const;
/** The strip at the top of the window the user drags it by. */
const TITLE_BAR_HEIGHT = 40;

const coordinate = z.number().int().min(-100_000).max(100_000);
const StoredWindowState = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: z.number().int().positive().max(100_000), height: z.number().int().positive().max(100_000) }),
  maximized: z.boolean(),
});

/** Parses the file's text; null when it is not valid JSON of the expected shape. */
export function parseWindowState(text: string): WindowState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StoredWindowState.safeParse(json);
  return parsed.success ? { bounds: { ...parsed.data.bounds }, maximized: parsed.data.maximized } : null;
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function centred(area: Rect, width: number, height: number): Rect {
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
}

/**
 * Fits a remembered state onto the displays attached now (`workAreas`, primary first).
 * The window keeps its place when its title-bar strip is on some display, is shrunk to fit that
 * display and pulled fully onto it; otherwise it is centred on the primary display.
 */
export function fitToDisplays(state: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  if (!state) {
    const width = Math.min(DEFAULT_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_SIZE.height, primary.height);
    return { bounds: centred(primary, width, height), maximized: false };
  }
  const { bounds } = state;
  // A window is only recoverable if the user can grab its title bar, so that strip decides which
  // display (the one showing most of it) the window belongs to.
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  let home: Rect | undefined;
  let homeOverlap = 0;
  for (const area of workAreas) {
    const overlap = intersection(titleBar, area);
    const visible = overlap.width >= Math.min(MIN_VISIBLE.width, bounds.width) && overlap.height >= Math.min(MIN_VISIBLE.height, bounds.height);
    if (visible && overlap.width * overlap.height > homeOverlap) {
      home = area;
      homeOverlap = overlap.width * overlap.height;
    }
  }
  const area = home ?? primary;
  const width = clamp(bounds.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(bounds.height, Math.min(MIN_SIZE.height, area.height), area.height);
  if (!home) return { bounds: centred(area, width, height), maximized: state.maximized };
  return {
    bounds: {
      x: clamp(bounds.x, area.x, area.x + area.width - width),
      y: clamp(bounds.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: state.maximized,
  };
}

/** Reads `window-state.json` from `dataDir` and fits it to the displays; never throws. */
export function loadWindowState(dataDir: string, workAreas: readonly Rect[]): WindowState {
  let text: string | null = null;
  try {
    text = fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    // Missing (first start) or unreadable: the defaults are the right answer either way.
  }
  return fitToDisplays(text === null ? null : parseWindowState(text), workAreas);
}

/**
 * Writes the state atomically (temp file + rename) so a crash mid-write cannot leave a
 * half-written file. Returns false instead of throwing: losing a window position is harmless.
 */
export function saveWindowState(dataDir: string, state: WindowState): boolean {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
    fs.renameSync(temp, file);
    return true;
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing was written, so there is nothing to clean up.
    }
    return false;
  }
}

/** The part of a BrowserWindow that state tracking needs (kept structural so it is testable). */
export interface TrackableWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/**
 * Saves the window's state `delayMs` after the last resize/move (a drag fires dozens of
 * events) and immediately when it closes. Returns a function that flushes any pending save.
 */
export function trackWindowState(win: TrackableWindow, save: (state: WindowState) => void, delayMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): WindowState => ({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save(snapshot());
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      save(snapshot());
    }, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    save(snapshot());
  });
  return flush;
}
