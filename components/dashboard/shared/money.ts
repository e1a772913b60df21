/** Money the way each language writes it: "Rp 1.500.000" / "IDR 1,500,000", "$250". */
import { type Lang, localeOf } from '@/lib/i18n';
import { numberFormat } from '@/lib/i18n/intl-cache';

export function formatMoney(amount: number, currency: string, lang: Lang, compact = false): string {
  return numberFormat(localeOf(lang), {
    style: 'currency',
    currency,
    maximumFractionDigits: currency === 'IDR' ? 0 : 2,
    ...(compact ? { notation: 'compact' as const, maximumFractionDigits: 2 } : {}),
  }).format(amount);
}
