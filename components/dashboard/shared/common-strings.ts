/** The shared (common) strings and tier labels, re-exported for dashboard components. */

export { tierLabel } from '@/components/shared/figures';
export { t } from '@/lib/i18n';
