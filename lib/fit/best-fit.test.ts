import { describe, expect, it } from 'vitest';
import type { FitResult } from '@/lib/schema/fit';
import { bestFitOf } from './best-fit';

const result = (briefId: string, score: number, hard = false): FitResult => ({
  briefId,
  briefName: briefId,
  score,
  reasons: hard ? [{ code: 'place-elsewhere', polarity: 'negative', hard: true, params: {} }] : [],
});

describe('bestFitOf', () => {
  it('is the highest score among briefs whose must-haves are met', () => {
    expect(bestFitOf([result('a', 40), result('b', 90, true), result('c', 55)])?.briefId).toBe('c');
  });

  it('is none when every score rounds to 0 or misses a must-have: "no brief fits yet", not "0"', () => {
    expect(bestFitOf([result('a', 0.4), result('b', 18, true)])).toBeNull();
    expect(bestFitOf([])).toBeNull();
    expect(bestFitOf([result('a', 0.5)])?.briefId).toBe('a');
  });
});
