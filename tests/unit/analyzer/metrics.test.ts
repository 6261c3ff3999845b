import { describe, expect, it } from 'vitest';
import { binaryScores, cohensKappa, confusion } from '../../../cli/eval/metrics';

describe('evaluation metrics', () => {
  it("computes Cohen's kappa for a textbook example", () => {
    // 50 items: both say yes 20, both no 15, rater A yes / B no 5, A no / B yes 10 → po 0.7, pe 0.5, kappa 0.4.
    const pairs: ['yes' | 'no', 'yes' | 'no'][] = [
      ...Array<['yes', 'yes']>(20).fill(['yes', 'yes']),
      ...Array<['no', 'no']>(15).fill(['no', 'no']),
      ...Array<['yes', 'no']>(5).fill(['yes', 'no']),
      ...Array<['no', 'yes']>(10).fill(['no', 'yes']),
    ];
    expect(cohensKappa(confusion(['yes', 'no'] as const, pairs))).toBeCloseTo(0.4, 10);
  });

  it('gives kappa 1 for perfect agreement and precision/recall/F1 from counts', () => {
    expect(cohensKappa(confusion(['a', 'b'] as const, [['a', 'a'], ['b', 'b']]))).toBe(1);
    const s = binaryScores([[true, true], [true, true], [true, false], [false, true], [false, false]]);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('reports undefined ratios as NaN rather than a misleading number', () => {
    expect(Number.isNaN(binaryScores([[false, false]]).precision)).toBe(true);
  });
});
