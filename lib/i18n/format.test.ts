import { describe, expect, it } from 'vitest';
import {
  formatAmountInput,
  formatCount,
  formatDate,
  formatNumber,
  formatPercent,
  formatRelative,
  formatShortDate,
} from './format';

const DAY = 86_400_000;

describe('formatNumber / formatPercent', () => {
  it('uses each language separators', () => {
    expect(formatNumber(1234567.25, 'en')).toBe('1,234,567.3');
    expect(formatNumber(1234567.25, 'id')).toBe('1.234.567,3');
  });
  it('writes fractions as percentages', () => {
    expect(formatPercent(0.053, 'en')).toBe('5.3%');
    expect(formatPercent(0.053, 'id')).toBe('5,3%');
    expect(formatPercent(0.12345, 'en', 2)).toBe('12.35%');
    expect(formatPercent(0.05, 'en')).toBe('5%');
  });
});

describe('formatDate / formatRelative', () => {
  const now = Date.UTC(2026, 10, 21, 12, 0, 0);
  it('writes a calendar date', () => {
    expect(formatDate(now, 'en')).toMatch(/Nov 21, 2026/);
    expect(formatDate(now, 'id')).toMatch(/21 Nov 2026/);
  });
  it('says just now under a minute and for future times', () => {
    expect(formatRelative(now - 30_000, now, 'en')).toBe('just now');
    expect(formatRelative(now + 5 * 60_000, now, 'id')).toBe('beberapa detik yang lalu');
  });
  it('counts minutes, hours, days, months', () => {
    expect(formatRelative(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatRelative(now - 3 * 3_600_000, now, 'id')).toBe('3 jam yang lalu');
    expect(formatRelative(now - 3 * DAY, now, 'en')).toBe('3 days ago');
    expect(formatRelative(now - 3 * DAY, now, 'id')).toBe('3 hari yang lalu');
    expect(formatRelative(now - DAY, now, 'en')).toBe('yesterday');
    expect(formatRelative(now - 65 * DAY, now, 'en')).toBe('2 months ago');
  });
});

describe('formatCount', () => {
  it('shows exact counts in full', () => {
    expect(formatCount({ value: 3351, exact: true }, 'en')).toBe('3,351');
    expect(formatCount({ value: 3351, exact: true }, 'id')).toBe('3.351');
  });
  it('marks rounded counts with ≈ in compact form', () => {
    expect(formatCount({ value: 1_100_000, exact: false }, 'en')).toBe('≈1.1M');
    expect(formatCount({ value: 1_100_000, exact: false }, 'id')).toBe('≈1,1 jt');
  });
});

describe('formatShortDate / formatAmountInput', () => {
  const sep8 = Date.UTC(2026, 8, 8, 12);
  it('puts the day first in Indonesian, the month first in English', () => {
    expect(formatShortDate(sep8, 'id')).toBe('8 Sep');
    expect(formatShortDate(sep8, 'en')).toBe('Sep 8');
  });
  it('groups editable amounts and keeps more than two decimals as typed', () => {
    expect(formatAmountInput(500_000_000, 'id')).toBe('500.000.000');
    expect(formatAmountInput(500_000_000, 'en')).toBe('500,000,000');
    expect(formatAmountInput(2.5, 'id')).toBe('2,5');
    expect(formatAmountInput(0.125, 'en')).toBe('0.125');
  });
});
