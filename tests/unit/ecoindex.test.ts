import { describe, expect, it } from 'vitest';
import { QUANTILES, ecoIndexGrade, ecoIndexScore, quantilePosition } from '@/lib/ecoindex.mjs';

// Expected values are those of the reference implementation's own tests
// (cnumr/ecoindex_python, tests/compute/test_ecoindex.py).
describe('EcoIndex', () => {
  it('places a value in the quantiles with linear interpolation', () => {
    expect(quantilePosition(QUANTILES.sizeKb, 2500)).toBeCloseTo(14.086372025739513, 12);
    expect(quantilePosition(QUANTILES.dom, 150)).toBeCloseTo(2.892857142857143, 12);
    expect(quantilePosition(QUANTILES.requests, 23)).toBeCloseTo(2.8, 12);
    expect(quantilePosition(QUANTILES.sizeKb, 310182.902)).toBe(20);
  });

  it('scores pages as the reference implementation does', () => {
    expect(ecoIndexScore({ dom: 100, requests: 100, sizeKb: 100 })).toBe(72);
    expect(ecoIndexScore({ dom: 100, requests: 100, sizeKb: 1000 })).toBe(67);
    expect(ecoIndexScore({ dom: 100, requests: 100, sizeKb: 10000 })).toBe(58);
    expect(ecoIndexScore({ dom: 200, requests: 200, sizeKb: 10000 })).toBe(46);
    expect(ecoIndexScore({ dom: 2355, requests: 267, sizeKb: 2493 })).toBe(10);
    expect(ecoIndexScore({ dom: 240, requests: 20, sizeKb: 331 })).toBe(83);
    expect(ecoIndexScore({ dom: 2240, requests: 100, sizeKb: 310182.902 })).toBe(16);
  });

  it('gives the grade of the reference thresholds', () => {
    expect(ecoIndexGrade(2)).toBe('G');
    expect(ecoIndexGrade(10)).toBe('G');
    expect(ecoIndexGrade(25)).toBe('F');
    expect(ecoIndexGrade(50.2)).toBe('D');
    expect(ecoIndexGrade(81)).toBe('A');
    expect(ecoIndexGrade(100)).toBe('A');
  });
});
