/** Money the way each language writes it: "Rp 1.500.000" / "IDR 1,500,000", "$250". */
import { type Lang, localeOf } from '../../lib/i18n';

export function formatMoney(amount: number, currency: string, lang: Lang, compact = false): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency,
    maximumFractionDigits: currency === 'IDR' ? 0 : 2,
    ...(compact ? { notation: 'compact' as const, maximumFractionDigits: 2 } : {}),
  }).format(amount);
}
