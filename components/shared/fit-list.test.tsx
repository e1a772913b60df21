import { describe, expect, it } from 'vitest';
import type { FitReason } from '@/lib/schema/fit';
import { orderReasons } from './fit-list';

const r = (code: string, polarity: FitReason['polarity'], hard = false): FitReason => ({
  code,
  polarity,
  hard,
  params: {},
});

describe('orderReasons', () => {
  it('puts missed must-haves first, then what counts against, then for, then context; stable within each', () => {
    const reasons = [
      r('content-type-match', 'positive'),
      r('location-missing', 'info'),
      r('niche-missing', 'negative'),
      r('platform-match', 'positive'),
      r('followers-below', 'negative', true),
      r('keyword-missing', 'negative'),
    ];
    expect(orderReasons(reasons).map((x) => x.code)).toEqual([
      'followers-below',
      'niche-missing',
      'keyword-missing',
      'content-type-match',
      'platform-match',
      'location-missing',
    ]);
  });
});
