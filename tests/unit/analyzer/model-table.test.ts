import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights, fromBase64, namedWeights, toBase64 } from '../../../core/analyzer/model/table';

describe('the stored model weights', () => {
  it("decode to exactly the weights the trainer wrote, for words, word pairs, each kind of stem feature and named features", () => {
    const table = new Map<string, number[]>([
      ['w:invoic', [0.5, -0.25, 0, 1.234, -2.208, 0.001, -0.001, 0, 0.8, -0.2]],
      ['b:^_we', [0.056, 0.012, 0.07, 0, 0, 0, 0, -0.01, 0, 0]],
      ["b:don't_know", [-0.3, 0, 0, 0, 0.4, 0, 0, 0, 0, 0.05]],
      ['p:refund', [-0.7, 0, 0, 0, 0.15, 0, 0, 0, 0, 0]],
      ['p:invoic', [0, 0.02, 0, 0, 0, 0, 0, 0, 0, 0]],
      ['l:invoic', [0, 0, 0, 0, 0.3, -0.1, 0, 0, 0, 0]],
      ['f:sorry', [0, 0, 0, 0, 0, 0, 0, 0.42, 0, 0]],
      ['o:invoic', [0, 0, 0.05, 0, 0, 0, 0, 0.2, 0, 0]],
      ['ov:2-3', [0, 0, 0.2, 0, 0, 0, 0, 0.9, -0.3, 0]],
      ['qmark', [-1, 0, 0, 0.3, 0, 0, 0, -0.5, 1.5, 2.25]],
    ]);
    const decoded = namedWeights(decodeWeights(encodeWeights([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, -1.5, -2], table)));
    expect(decoded).toEqual(table);
  });

  it('round-trips any bytes through base64, whatever the padding', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }));
    expect(toBase64(new TextEncoder().encode('ab'))).toBe('YWI=');
  });

  it('refuses a file whose parts disagree instead of scoring with shifted weights', () => {
    const e = encodeWeights([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], new Map([['w:fleet', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]]]));
    expect(() => decodeWeights({ ...e, OTHERS: ['qmark'] })).toThrow('10 weights for 2 features');
    expect(() => decodeWeights({ ...e, WEIGHTS: `${e.WEIGHTS.slice(0, 4)}!` })).toThrow('not base64');
  });

  it('will not store a weight that 16 bits cannot hold', () => {
    expect(() => encodeWeights([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], new Map([['w:x', [0, 0, 0, 0, 0, 0, 0, 0, 0, 40]]]))).toThrow('does not fit');
  });
});
