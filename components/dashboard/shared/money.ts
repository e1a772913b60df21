/** Money is formatted by the one formatter module (lib/i18n/format.ts); kept here for the dashboard's imports. */
export { formatMoney } from '@/lib/i18n/format';
