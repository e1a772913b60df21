import { describe, expect, it } from 'vitest';
import { formatMoney, moneyWriter } from '@/lib/cost/money';

describe('formatMoney', () => {
  it('writes rupiah the Indonesian way and names the code in English', () => {
    expect(formatMoney(7_500_000, 'IDR', 'id')).toBe('Rp7.500.000');
    expect(formatMoney(7_500_000, 'IDR', 'id', true)).toBe('Rp7,5\u00a0jt');
    expect(formatMoney(7_500_000, 'IDR', 'en', true)).toBe('IDR\u00a07.5M');
    expect(formatMoney(7_500_000, 'IDR', 'en')).toBe('IDR\u00a07,500,000');
    expect(formatMoney(3_960_000_000, 'IDR', 'id', true)).toBe('Rp4\u00a0M');
  });

  it('keeps cents where a currency has them, and one style per language', () => {
    expect(formatMoney(250.5, 'USD', 'en')).toBe('USD\u00a0250.50');
    expect(formatMoney(250.5, 'USD', 'id')).toBe('US$250,50');
    expect(formatMoney(-1_500_000, 'IDR', 'id')).toBe('-Rp1.500.000');
  });
});

describe('moneyWriter', () => {
  it('writes amounts shown together one way: all compact or all full', () => {
    const big = moneyWriter([7_500_000, 31_500_000], 'IDR', 'en');
    expect(`${big(7_500_000)} – ${big(31_500_000)}`).toBe('IDR\u00a07.5M – IDR\u00a031.5M');
    const small = moneyWriter([2_000_000, 9_000_000], 'IDR', 'id');
    expect(`${small(2_000_000)} – ${small(9_000_000)}`).toBe('Rp2.000.000 – Rp9.000.000');
  });
});
