/** Money as the dashboard shows it: the one formatter in lib/cost/money.ts. */
export { formatMoney } from '@/lib/cost/money';
