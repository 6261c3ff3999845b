import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE, fitToDisplays, loadWindowState, parseWindowState, saveWindowState, trackWindowState, WINDOW_STATE_FILE,
  type Rect, type WindowState,
} from '../../../electron/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lf-window-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('window state on disk', () => {
  it('round-trips a saved state', () => {
    const state: WindowState = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true };
    expect(saveWindowState(dir, state)).toBe(true);
    expect(loadWindowState(dir, [laptop])).toEqual(state);
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('opens a default-sized window centred on the primary display the first time', () => {
    expect(loadWindowState(dir, [laptop, rightMonitor])).toEqual({
      bounds: { x: 120, y: 38, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it.each([
    ['truncated JSON', '{"bounds":{"x":1'],
    ['not JSON', 'hello'],
    ['the wrong shape', '{"x":1,"y":2}'],
    ['negative size', '{"bounds":{"x":0,"y":0,"width":-5,"height":600},"maximized":false}'],
    ['absurd coordinates', '{"bounds":{"x":1e12,"y":0,"width":800,"height":600},"maximized":false}'],
    ['fractional sizes', '{"bounds":{"x":0,"y":0,"width":800.5,"height":600},"maximized":false}'],
    ['an empty file', ''],
  ])('falls back to defaults for a corrupt file (%s)', (_why, text) => {
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), text);
    expect(loadWindowState(dir, [laptop])).toEqual(fitToDisplays(null, [laptop]));
  });

  it('reports failure instead of throwing when the folder cannot be written', () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    expect(saveWindowState(blocker, { bounds: laptop, maximized: false })).toBe(false);
  });

  it('parses only well-formed state', () => {
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":900,"height":700},"maximized":false}')).toEqual({
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      maximized: false,
    });
    expect(parseWindowState('null')).toBeNull();
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on an attached display', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('centres a window whose display was unplugged on the primary display', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({ bounds: { x: 120, y: 38, width: 1200, height: 800 }, maximized: true });
  });

  it('shrinks a window larger than its display and pulls it fully on screen', () => {
    const state = { bounds: { x: 1300, y: -10, width: 3000, height: 2000 }, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor]).bounds).toEqual({ x: 1440, y: 0, width: 2560, height: 1400 });
  });

  it('pulls a window hanging off the bottom-right back onto the display', () => {
    const state = { bounds: { x: 1200, y: 700, width: 900, height: 600 }, maximized: false };
    expect(fitToDisplays(state, [laptop]).bounds).toEqual({ x: 540, y: 275, width: 900, height: 600 });
  });

  it('recentres a window whose title bar is off screen (it could not be dragged back)', () => {
    const state = { bounds: { x: 100, y: -500, width: 900, height: 600 }, maximized: false };
    expect(fitToDisplays(state, [laptop]).bounds).toEqual({ x: 270, y: 138, width: 900, height: 600 });
  });

  it('keeps the minimum usable size for a tiny saved window', () => {
    const state = { bounds: { x: 10, y: 10, width: 100, height: 50 }, maximized: false };
    const { bounds } = fitToDisplays(state, [laptop]);
    expect(bounds.width).toBeGreaterThanOrEqual(800);
    expect(bounds.height).toBeGreaterThanOrEqual(560);
  });

  it('copes with no display information at all', () => {
    expect(fitToDisplays(null, []).bounds).toEqual({ x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height });
  });
});

class FakeWindow extends EventEmitter {
  bounds: Rect = { x: 10, y: 20, width: 900, height: 700 };
  maximized = false;
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
}

describe('trackWindowState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once after a burst of moves, with the final bounds', () => {
    const win = new FakeWindow();
    const save = vi.fn();
    trackWindowState(win, save, 400);
    for (let i = 0; i < 30; i++) {
      win.bounds = { ...win.bounds, x: i };
      win.emit('move');
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(save).toHaveBeenCalledExactlyOnceWith({ bounds: { x: 29, y: 20, width: 900, height: 700 }, maximized: false });
  });

  it('saves immediately when the window closes, without a second save later', () => {
    const win = new FakeWindow();
    const save = vi.fn();
    trackWindowState(win, save, 400);
    win.emit('resize');
    win.maximized = true;
    win.emit('close');
    expect(save).toHaveBeenCalledExactlyOnceWith({ bounds: win.bounds, maximized: true });
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledOnce();
  });

  it('flushes a pending save on request', () => {
    const win = new FakeWindow();
    const save = vi.fn();
    const flush = trackWindowState(win, save, 400);
    flush();
    expect(save).not.toHaveBeenCalled();
    win.emit('maximize');
    flush();
    expect(save).toHaveBeenCalledOnce();
  });
});
