import { describe, expect, it } from 'vitest';
import { CountSchema } from '@/lib/schema/reading';
import { parseCount } from './parse-count';
import { countFromParsed } from './to-count';

describe('countFromParsed', () => {
  it('keeps value, range, source and raw text of a rounded display', () => {
    const c = countFromParsed(parseCount('1.1M'), 'dom', '1.1M followers');
    expect(c).toEqual({
      value: 1_100_000,
      exact: false,
      min: 1_050_000,
      max: 1_149_999,
      source: 'dom',
      raw: '1.1M followers',
    });
    expect(CountSchema.safeParse(c).success).toBe(true);
  });

  it('gives an exact count without a raw field when none is passed', () => {
    const c = countFromParsed(parseCount('3,351'), 'attribute');
    expect(c).toEqual({ value: 3351, exact: true, min: 3351, max: 3351, source: 'attribute' });
    expect(c && 'raw' in c).toBe(false);
  });

  it('clamps the raw text to 200 characters', () => {
    const c = countFromParsed(parseCount('177'), 'meta', 'x'.repeat(500));
    expect(c?.raw).toHaveLength(200);
  });

  it('turns a failed parse into null, never 0', () => {
    expect(countFromParsed(parseCount('abc'), 'dom', 'abc')).toBeNull();
  });

  it('refuses a hand-made result that breaks the Count invariants', () => {
    expect(countFromParsed({ ok: true, value: 5, exact: true, min: 4, max: 6 }, 'dom')).toBeNull();
    expect(countFromParsed({ ok: true, value: 5, exact: false, min: 6, max: 9 }, 'dom')).toBeNull();
  });
});
