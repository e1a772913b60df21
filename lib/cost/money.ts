/**
 * Money, written one way per currency and language, everywhere it is shown (planner, shortlist,
 * rate cells): Indonesian "Rp7.500.000" or compact "Rp7,5 jt"; English "IDR 7,500,000" or
 * compact "IDR 7.5M". English names the currency by its code, so "IDR 7.5M" and "USD 250" never
 * pass for dollars; Indonesian keeps its own symbols (Rp, US$). The space Intl puts after a
 * symbol in Indonesian is dropped, as Indonesians write "Rp7.500.000".
 */
import { type Lang, localeOf } from '@/lib/i18n/core';
import { numberFormat } from '@/lib/i18n/intl-cache';

/** Whole-unit currencies: no decimals, even uncompacted. */
const NO_DECIMALS = new Set(['IDR', 'JPY', 'KRW', 'VND']);

export function formatMoney(amount: number, currency: string, lang: Lang, compact = false): string {
  const text = numberFormat(localeOf(lang), {
    style: 'currency',
    currency,
    currencyDisplay: lang === 'id' ? 'symbol' : 'code',
    ...(compact
      ? { notation: 'compact' as const, maximumFractionDigits: 1 }
      : { maximumFractionDigits: NO_DECIMALS.has(currency) ? 0 : 2 }),
  }).format(amount);
  // Other spaces stay non-breaking, so "IDR 7.5M" never wraps between its parts.
  return lang === 'id' ? text.replace(/^(-?)(\D+?)[\s\u00a0]+(?=\d)/, '$1$2') : text;
}

/** From this amount on, money is written compact ("IDR 31.5M", "Rp31,5 jt"). */
function compactFrom(currency: string): number {
  return NO_DECIMALS.has(currency) ? 10_000_000 : 1_000_000;
}

/**
 * One way of writing for amounts shown together (a value and its range, the two ends of a
 * range): compact for all when the largest is large, full for all otherwise, never
 * "IDR 7,500,000 – IDR 31.5M".
 */
export function moneyWriter(amounts: readonly number[], currency: string, lang: Lang): (n: number) => string {
  const compact = amounts.some((a) => Math.abs(a) >= compactFrom(currency));
  return (n) => formatMoney(n, currency, lang, compact);
}
