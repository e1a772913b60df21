/** The default rate card for "Restore defaults": the one place the dashboard depends on it. */
export { DEFAULT_RATE_CARD as DEFAULT_RATES } from '@/lib/cost/rate-card';
