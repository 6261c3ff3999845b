import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { safeFileName } from '../../../electron/dialog-channels';
import { saveFileFromRenderer } from '../../../electron/save-file';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lf-save-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('saveFileFromRenderer', () => {
  it('writes the content where the user chose and reports the file name', async () => {
    const target = path.join(dir, 'my-session.json');
    const choose = vi.fn(async () => target);
    const result = await saveFileFromRenderer({ suggestedName: 'session-1.json', content: '{"a":1}' }, choose);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'my-session.json' } });
    expect(choose).toHaveBeenCalledExactlyOnceWith('session-1.json');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"a":1}');
  });

  it('reports a cancelled dialog as not saved and writes nothing', async () => {
    const result = await saveFileFromRenderer({ suggestedName: 'x.json', content: 'x' }, async () => undefined);
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('offers only a plain file name, never a path the renderer chose', async () => {
    const choose = vi.fn(async () => undefined);
    await saveFileFromRenderer({ suggestedName: '../../.bashrc', content: 'x' }, choose);
    await saveFileFromRenderer({ suggestedName: 'C:\\Windows\\evil.bat', content: 'x' }, choose);
    expect(choose.mock.calls).toEqual([['bashrc'], ['evil.bat']]);
  });

  it.each([
    ['no request', undefined],
    ['a string', 'save me'],
    ['a missing name', { content: 'x' }],
    ['an empty name', { suggestedName: '', content: 'x' }],
    ['a non-string content', { suggestedName: 'a.json', content: 42 }],
    ['an extra field', { suggestedName: 'a.json', content: 'x', path: '/etc/passwd' }],
    ['a prototype-pollution key', JSON.parse('{"suggestedName":"a.json","content":"x","__proto__":{"polluted":true}}')],
    ['a huge name', { suggestedName: 'a'.repeat(300), content: 'x' }],
  ])('rejects %s with a typed bad_request and shows no dialog', async (_why, request) => {
    const choose = vi.fn(async () => path.join(dir, 'out.json'));
    const result = await saveFileFromRenderer(request, choose);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('bad_request');
    expect(choose).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains a failed write instead of throwing', async () => {
    const result = await saveFileFromRenderer({ suggestedName: 'a.json', content: 'x' }, async () => path.join(dir, 'missing-folder', 'a.json'));
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!result.ok) expect(result.error.message).toContain('Could not write a.json');
  });
});

describe('safeFileName', () => {
  it.each([
    ['session.json', 'session.json'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['what?<>:"|*.json', 'what_______.json'],
    ['  .hidden  ', 'hidden'],
    ['', 'listenfirst-export.json'],
    ['..', 'listenfirst-export.json'],
    ['folder/', 'listenfirst-export.json'],
  ])('%j becomes %j', (input, output) => {
    expect(safeFileName(input)).toBe(output);
  });
});
